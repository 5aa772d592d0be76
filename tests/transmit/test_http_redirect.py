"""A redirect from the upstream must not count as delivery.

aiohttp follows a 301/302 answer to a POST with a body-less GET; a 200 from that GET
(a landing page, a load balancer's http->https hop) would count every record delivered
while none arrived. The exporter does not follow redirects: a 3xx is a failure, logged.
"""

from __future__ import annotations

from aiohttp import web

from otlp_sampler.transmit import Outcome
from otlp_sampler.transmit.http_exporter import HttpExporter
from tests.peers.sinks import make_request
from tests.transmit.conftest import exporter_config


async def test_a_redirect_is_not_success():
    posts = []

    async def logs(request: web.Request) -> web.Response:
        posts.append(await request.read())
        raise web.HTTPMovedPermanently("/landing")

    async def landing(request: web.Request) -> web.Response:
        return web.Response(text="<html>welcome</html>", content_type="text/html")

    app = web.Application()
    app.router.add_post("/v1/logs", logs)
    app.router.add_get("/landing", landing)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    exporter = HttpExporter(exporter_config(f"http://127.0.0.1:{port}/v1/logs"))
    try:
        result = await exporter.send(make_request(5))
    finally:
        await exporter.close()
        await runner.cleanup()
    assert len(posts) == 1
    assert result.outcome is not Outcome.SUCCESS
    assert "301" in result.reason
