"""Bearer-token authentication shared by both receivers."""

from __future__ import annotations

import hmac
from collections.abc import Iterable


class TokenAuth:
    """Accepts a request when its token equals one of the configured ones.

    Every configured token is compared, with :func:`hmac.compare_digest`, whatever the
    outcome, so the answer's timing reveals neither a token nor which one matched.
    With no tokens configured, authentication is off (:attr:`enabled` is False).
    """

    __slots__ = ("_tokens",)

    def __init__(self, tokens: Iterable[str] = ()) -> None:
        self._tokens = tuple(token.encode("utf-8") for token in tokens if token)

    @property
    def enabled(self) -> bool:
        return bool(self._tokens)

    def check_token(self, token: str | None) -> bool:
        if not token:
            return False
        candidate = token.encode("utf-8", "surrogateescape")
        matched = False
        for expected in self._tokens:
            matched |= hmac.compare_digest(candidate, expected)
        return matched

    def check_authorization(self, header: str | None) -> bool:
        """True for an ``Authorization: Bearer <token>`` header carrying an accepted token."""
        if not header:
            return False
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer":
            return False
        return self.check_token(token.strip())


def upstream_auth(auth_tokens: Iterable[str], trusted_tokens: Iterable[str]) -> tuple[TokenAuth, TokenAuth]:
    """The receivers' two checks: who may send (``receivers.auth_tokens``, plus the trusted
    upstreams' tokens when authentication is on) and who is a trusted upstream sampler
    (``sampling.trusted_upstreams``)."""
    auth_tokens, trusted_tokens = list(auth_tokens), list(trusted_tokens)
    return TokenAuth([*auth_tokens, *trusted_tokens] if auth_tokens else ()), TokenAuth(trusted_tokens)
