"""The built-in console: a page over the admin API at ``/``, its assets at ``/console/<name>``.

Every asset ships in this folder (no CDN, no build step) and the page only ever talks to
the host that served it: its Content-Security-Policy forbids anything else. The page
polls the JSON endpoints and renders them; what it shows is described in
docs/operations.md § The console.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

from otlp_sampler import __version__
from otlp_sampler.policy.estimate import BYTES_PER_GB

ASSET_TYPES = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}

# The browser refuses any request, script, style or image from elsewhere: the console
# works on an offline host, and a compromised asset cannot send data away.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    # The assets are small; revalidating on each load means an upgrade is seen at once.
    "Cache-Control": "no-cache",
}


@cache
def _asset(name: str) -> bytes:
    return resources.files(__package__).joinpath(name).read_bytes()


def mount_console(app: FastAPI, *, writes_need_token: bool, price_per_gb: float) -> None:
    """Serve the console on ``app``: ``/``, ``/console/<asset>`` and ``/console/settings.json``."""

    @app.get("/", include_in_schema=False)
    async def console_page() -> Response:
        return Response(_asset("index.html"), media_type="text/html; charset=utf-8", headers=_HEADERS)

    @app.get("/console/settings.json", include_in_schema=False)
    async def console_settings() -> dict[str, object]:
        # What the page cannot learn from the API: whether writes need the token (so it
        # can disable its buttons and say why) and the price its money figures use.
        return {"version": __version__, "writes_need_token": writes_need_token,
                "price_per_gb": price_per_gb, "bytes_per_gb": BYTES_PER_GB}

    @app.get("/console/{name}", include_in_schema=False)
    async def console_asset(name: str) -> Response:
        media_type = ASSET_TYPES.get(name)
        if media_type is None:
            raise HTTPException(404, f"no console asset {name!r}")
        return Response(_asset(name), media_type=media_type, headers=_HEADERS)
