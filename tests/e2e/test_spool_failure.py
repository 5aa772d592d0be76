"""A spool write that fails (disk full, directory gone) is answered as backpressure.

The client was not told its request was accepted, so it must be told to retry: HTTP 503
with Retry-After (or gRPC UNAVAILABLE), never a non-retryable 500 that makes the OTel
exporter drop the records (docs/reliability.md § Delivery semantics, the spool's cap).
"""

from __future__ import annotations

import shutil

import aiohttp
import pytest

from tests.e2e.harness import running_proxy
from tests.receive.conftest import sample_request

pytestmark = pytest.mark.e2e


async def test_failed_spool_write_answers_503_so_the_client_retries(tmp_path):
    spool = tmp_path / "spool"
    overrides = {"exporter": {"protocol": "debug", "queue": {"spool_dir": str(spool)}},
                 "sampling": {"keep_severity": "TRACE"}}
    async with running_proxy(overrides) as app:
        shutil.rmtree(spool)  # every write to the spool now fails with ENOENT
        body = sample_request(3).SerializeToString()
        url = f"http://127.0.0.1:{app.ports['http']}/v1/logs"
        async with aiohttp.ClientSession() as session, session.post(
                url, data=body, headers={"Content-Type": "application/x-protobuf"}) as response:
            assert response.status == 503, await response.text()
            assert int(response.headers["Retry-After"]) >= 1
        spool.mkdir()  # let the shutdown close the spool cleanly
