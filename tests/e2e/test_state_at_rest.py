"""What the running proxy leaves on disk: no raw log secrets, and files only its user can read.

Issue 14, item 12: the sqlite state file kept raw example bodies (AWS keys, card numbers)
and was created 0644 in a 0755 directory.
"""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from otlp_sampler.policy import PolicyDocument
from otlp_sampler.store import SqliteStore
from otlp_sampler.transmit.spool import Spool
from tests.e2e.harness import running_proxy
from tests.e2e.traffic import OtlpGrpc
from tests.peers.sinks import GrpcSink, make_request
from tests.peers.waiting import eventually

pytestmark = pytest.mark.e2e

AWS_KEY = "AKIAIOSFODNN7QX2RZ4M"
CARD = "4111 1111 1111 1111"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def stored_windows(path) -> int:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM windows").fetchone()[0]


async def test_the_sqlite_state_holds_redacted_examples_in_private_files(tmp_path):
    state = tmp_path / "state" / "state.db"
    config = {"analysis": {"enabled": True, "interval": 0.3},
              "store": {"kind": "sqlite", "path": str(state)},
              "sampling": {"default_rate": 0.5}}
    body = f"charged card {CARD} with key {AWS_KEY} for order {{i}}"
    async with GrpcSink() as sink, running_proxy({**config, "exporter": {"protocol": "grpc",
                                                                         "endpoint": sink.url}}) as app, \
            OtlpGrpc(app.ports["grpc"]) as client:
        await client.send(make_request(200, service="billing", body=body))
        await eventually(lambda: state.exists() and stored_windows(state) > 0, timeout=15,
                         what="a window published to the store")
        await client.send(make_request(200, service="billing", body=body))
        await eventually(lambda: app.loop.last_volumes is not None, timeout=15, what="a second window")
        with sqlite3.connect(state) as db:
            payloads = [row[0] for row in db.execute("SELECT payload FROM windows")]
        assert any("<card>" in payload and "<api-key>" in payload for payload in payloads), payloads
        files = [p for p in state.parent.iterdir() if p.name.startswith("state.db")]
        assert {p.name for p in files} >= {"state.db", "state.db-wal"}
        for path in files:  # the WAL holds recent pages: search every file, as an attacker would
            data = path.read_bytes()
            assert AWS_KEY.encode() not in data and CARD.encode() not in data, path.name
            assert mode(path) == 0o600, (path.name, oct(mode(path)))
        assert mode(state.parent) == 0o700


async def test_an_existing_world_readable_state_file_is_narrowed(tmp_path):
    state = tmp_path / "state.db"
    state.touch(mode=0o644)
    os.chmod(state, 0o644)
    store = SqliteStore(state)
    try:
        await store.save_policy(PolicyDocument())
    finally:
        await store.close()
    assert mode(state) == 0o600


async def test_the_spool_directory_is_private(tmp_path):
    spool = Spool(tmp_path / "spool", max_bytes=1 << 20)
    spool.recover()
    await spool.append(make_request(3).SerializeToString(), 3)
    await spool.close()
    assert mode(tmp_path / "spool") == 0o700
    assert all(mode(path) == 0o600 for path in (tmp_path / "spool").iterdir())
