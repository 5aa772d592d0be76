"""``/docs``: Swagger UI over the admin API's OpenAPI document, served from the package.

FastAPI's own page loads Swagger UI from a CDN, so it is blank on a host without internet
access; here the JavaScript, CSS and icon are vendored in ``admin/swagger_ui/`` (with their
licence and origin in its README) and served under ``/docs/assets``.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).parent / "swagger_ui"
ASSETS_PATH = "/docs/assets"


def add_docs(app: FastAPI) -> None:
    """Serve ``/docs`` and its assets; create ``app`` with ``docs_url=None``."""
    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - docs",
            swagger_js_url=f"{ASSETS_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_PATH}/favicon-32x32.png",
            # Swagger UI would fetch a badge from validator.swagger.io for the document.
            swagger_ui_parameters={"validatorUrl": None},
        )
