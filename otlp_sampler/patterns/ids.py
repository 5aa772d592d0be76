"""Stable pattern ids: the same service and template give the same id in every process."""

from __future__ import annotations

from hashlib import blake2b
from typing import Final

# A fixed key so our ids never collide by accident with other blake2b digests of the same
# text (and are not Python's per-process salted hash()). Changing it renames every pattern.
PATTERN_ID_KEY: Final = b"otlp-sampler/pattern-id/v1"


def pattern_id(service: str, template: str) -> str:
    """16 lowercase hex characters naming ``template`` within ``service``."""
    return PatternNamer(service).name(template)


class PatternNamer:
    """``pattern_id`` bound to one service: the keyed hash of its prefix is computed once
    and copied for each template (a miner names every new pattern of its service). A class
    with a method, not a closure: compiled, the miner calls the method in C, a closure it
    would call as a Python object (docs/patterns.md, Speed)."""

    __slots__ = ("_prefix",)

    def __init__(self, service: str) -> None:
        prefix = blake2b(digest_size=8, key=PATTERN_ID_KEY)
        prefix.update(service.encode("utf-8", "surrogatepass"))
        prefix.update(b"\x00")
        self._prefix = prefix

    def name(self, template: str) -> str:
        """``pattern_id(service, template)``."""
        digest = self._prefix.copy()
        digest.update(template.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
