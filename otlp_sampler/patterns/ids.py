"""Stable pattern ids: the same service and template give the same id in every process."""

from __future__ import annotations

from hashlib import blake2b

# A fixed key so our ids never collide by accident with other blake2b digests of the same
# text (and are not Python's per-process salted hash()). Changing it renames every pattern.
PATTERN_ID_KEY = b"otlp-sampler/pattern-id/v1"


def pattern_id(service: str, template: str) -> str:
    """16 lowercase hex characters naming ``template`` within ``service``."""
    digest = blake2b(digest_size=8, key=PATTERN_ID_KEY)
    digest.update(service.encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(template.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
