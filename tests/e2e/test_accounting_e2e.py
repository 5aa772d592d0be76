"""Accounting per pattern through real proxies: answered from the first batch, kept across a
restart, and summed over two proxies sharing one store (sqlite file or real Redis)."""

from __future__ import annotations

import uuid

import aiohttp
import pytest

from tests.e2e.harness import running_proxy
from tests.peers.otel_client import SdkClient
from tests.store.conftest import REDIS_URL, delete_prefix, require_redis

pytestmark = pytest.mark.e2e


async def send(app, count: int, service: str = "billing") -> None:
    client = SdkClient("grpc", app.ports["grpc"], service)
    for i in range(count):
        client.emit(f"invoice {i} sent to customer c{i % 7}", 9)
    assert await client.flush()
    await client.shutdown()


async def get(app, path: str):
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{app.ports['admin']}{path}") as response:
        assert response.status == 200, await response.text()
        return await response.json()


@pytest.fixture(params=["sqlite", "redis"])
async def shared_store(request, tmp_path):
    if request.param == "sqlite":
        yield {"kind": "sqlite", "path": str(tmp_path / "state.db")}
        return
    await require_redis()
    prefix = f"otlp-sampler-test:{uuid.uuid4().hex}:"
    yield {"kind": "redis", "url": REDIS_URL, "key_prefix": prefix}
    await delete_prefix(prefix)


async def test_patterns_answer_from_the_first_batch_and_sums_survive_restarts_and_add_across_proxies(
        shared_store):
    config = {"store": shared_store, "accounting": {"interval": "1h"}}  # only reads and stops flush
    async with running_proxy(config) as first, running_proxy(config) as second:
        await send(first, 120)
        (pattern,) = await get(first, "/api/v1/patterns")  # no analysis window has passed
        assert (pattern["template"], pattern["records_received"]) == ("invoice <*> sent to customer <*>", 120)
        assert pattern["records_kept"] + pattern["records_dropped"] == 120
        assert pattern["severities"] == {"INFO": 120}
        assert sum(pattern["kept_by_rule"].values()) == pattern["records_kept"]
        await send(second, 80)
        (pattern,) = await get(second, "/api/v1/patterns")  # a read flushes second's counts first
        assert pattern["records_received"] == 200  # both proxies' add up
    async with running_proxy(config) as restarted:
        (pattern,) = await get(restarted, "/api/v1/patterns")
        assert pattern["records_received"] == 200
        series = await get(restarted, "/api/v1/timeseries?minutes=5&patterns=true")
        assert sum(series["total"]["records_in"]) == 200
        assert sum(series["services"]["billing"]["records_out"]) == pattern["records_kept"]
        (row,) = series["patterns"]
        assert (row["pattern_id"], sum(row["records_in"])) == (pattern["pattern_id"], 200)
        detail = await get(restarted, f"/api/v1/patterns/{pattern['pattern_id']}?service=billing")
        assert detail["records_received"] == 200 and detail["examples"] == []  # none kept since restart


async def test_an_unknown_pattern_is_404():
    async with running_proxy({}) as app, aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{app.ports['admin']}/api/v1/patterns/0123456789abcdef") as response:
        assert response.status == 404
        assert "0123456789abcdef" in (await response.json())["detail"]


async def test_timeseries_is_404_when_accounting_is_off():
    async with running_proxy({"accounting": {"enabled": False}}) as app, aiohttp.ClientSession() as session, \
            session.get(f"http://127.0.0.1:{app.ports['admin']}/api/v1/timeseries") as response:
        assert response.status == 404
