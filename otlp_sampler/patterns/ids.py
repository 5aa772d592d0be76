"""Stable pattern ids: the same service and template give the same id in every process."""

from __future__ import annotations

from collections.abc import Callable
from hashlib import blake2b

# A fixed key so our ids never collide by accident with other blake2b digests of the same
# text (and are not Python's per-process salted hash()). Changing it renames every pattern.
PATTERN_ID_KEY = b"otlp-sampler/pattern-id/v1"


def pattern_id(service: str, template: str) -> str:
    """16 lowercase hex characters naming ``template`` within ``service``."""
    return pattern_namer(service)(template)


def pattern_namer(service: str) -> Callable[[str], str]:
    """``pattern_id`` bound to one service: the keyed hash of its prefix is computed once
    and copied for each template (a miner names every new pattern of its service)."""
    prefix = blake2b(digest_size=8, key=PATTERN_ID_KEY)
    prefix.update(service.encode("utf-8", "surrogatepass"))
    prefix.update(b"\x00")

    def name(template: str) -> str:
        digest = prefix.copy()
        digest.update(template.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    return name
