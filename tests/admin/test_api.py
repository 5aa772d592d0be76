"""The admin API over a real uvicorn on an ephemeral port, driven by a real HTTP client."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
import socket

import aiohttp
import pytest
import yaml

from otlp_sampler.admin.api import AdminServer
from otlp_sampler.config import AdminConfig
from otlp_sampler.meaning import Tier
from tests.admin.conftest import TOKEN, TRAFFIC, WINDOW_SECONDS, build_volumes, policy_body

API_PATHS = {
    "/healthz", "/readyz", "/metrics", "/api/v1/policy", "/api/v1/policy/history",
    "/api/v1/policy/history/{version}", "/api/v1/policy/explain", "/api/v1/policy/rollback/{version}",
    "/api/v1/policy/regenerate", "/api/v1/patterns", "/api/v1/savings",
}


async def test_health_and_readiness(admin):
    assert (await admin.get("/healthz"))[:2] == (200, {"status": "ok"})
    assert (await admin.get("/readyz"))[:2] == (200, {"ready": True, "reasons": [], "degraded": []})
    # Degraded (the store away) is said, and the proxy stays ready: sampling goes on without it.
    admin.proxy.degraded = ["store: redis store at redis://r:6379/0 failing for 3s: connection refused"]
    assert (await admin.get("/readyz"))[:2] == (200, {"ready": True, "reasons": [],
                                                      "degraded": admin.proxy.degraded})
    admin.proxy.ready, admin.proxy.reasons = False, ["exporter: upstream refused the credentials (401)"]
    status, body, _ = await admin.get("/readyz")
    assert status == 503
    assert body == {"ready": False, "reasons": ["exporter: upstream refused the credentials (401)"],
                    "degraded": admin.proxy.degraded}


async def test_metrics_are_prometheus_text(admin):
    admin.proxy.metrics.records_received.labels(service="checkout").inc(42)
    status, body, headers = await admin.get("/metrics")
    assert status == 200
    assert headers["Content-Type"].startswith("text/plain")
    assert 'otlp_sampler_records_received_total{service="checkout"} 42.0' in body


async def test_openapi_documents_every_endpoint(admin):
    status, spec, _ = await admin.get("/openapi.json")
    assert status == 200
    assert set(spec["paths"]) >= API_PATHS
    put = spec["paths"]["/api/v1/policy"]["put"]
    assert {"application/json", "application/yaml"} <= set(put["requestBody"]["content"])
    assert "PolicyDocument" in spec["components"]["schemas"]
    status, page, _ = await admin.get("/docs")
    assert status == 200 and "swagger" in page.lower()


async def test_docs_page_works_offline_from_assets_in_the_package(admin):
    """/docs names no external host (a CDN leaves it blank on a host without internet) and
    every script, style sheet and icon it names is served by the admin API itself."""
    status, page, headers = await admin.get("/docs")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "//" not in page.replace("<!--", "").replace("-->", ""), "an absolute URL names a host"
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert len(assets) == 3 and all(url.startswith("/docs/assets/") for url in assets), assets
    served = {}
    for url in assets:
        async with admin.http.get(admin.url + url) as response:
            assert response.status == 200, url
            served[url.rpartition(".")[2]] = (response.content_type, await response.read())
    assert served["js"][0].endswith("javascript") and b"SwaggerUIBundle" in served["js"][1]
    assert served["css"][0] == "text/css" and b".swagger-ui" in served["css"][1]
    assert served["png"][0] == "image/png" and served["png"][1].startswith(b"\x89PNG")
    assert (await admin.get("/redoc"))[0] == 404  # ReDoc loads from a CDN: not offered


async def test_manual_policy_json_and_yaml_is_stored_and_swapped_in(admin):
    status, body, _ = await admin.get("/api/v1/policy")
    assert status == 404 and "no policy yet" in body["detail"]

    status, saved, _ = await admin.send("PUT", "/api/v1/policy", json=policy_body(0.2))
    assert status == 200, saved
    assert saved["version"] == 1 and saved["generator"]["kind"] == "manual"
    assert admin.proxy.in_force.version == 1  # hot-swapped
    assert (await admin.proxy.store.current_policy()).version == 1

    text = yaml.safe_dump(policy_body(0.3))
    status, saved, _ = await admin.send("PUT", "/api/v1/policy", data=text,
                                        headers={"Content-Type": "application/yaml"})
    assert status == 200, saved
    status, current, _ = await admin.get("/api/v1/policy")
    assert status == 200 and current["version"] == 2
    assert current["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] == 0.3

    # What `policy show` prints can be edited and applied back: a new manual version, made now.
    current["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] = 0.4
    current["generator"] = {"kind": "heuristic"}
    current["created_at"] = "2020-01-01T00:00:00Z"
    status, saved, _ = await admin.send("PUT", "/api/v1/policy", json=current)
    assert status == 200 and saved["version"] == 3 and saved["generator"]["kind"] == "manual"
    assert not saved["created_at"].startswith("2020")


async def test_manual_policy_estimate_comes_from_the_last_window(admin):
    admin.proxy.volumes = build_volumes()
    status, saved, _ = await admin.send("PUT", "/api/v1/policy", json=policy_body(0.1))
    assert status == 200
    # The rule cuts 90 % of the 900 kB/window pattern; the other two fall to default_rate 0.5,
    # except the ERROR one, which is always kept.
    estimate = saved["estimate"]
    bytes_in = sum(records * size for *_, records, size, _, _ in TRAFFIC) / WINDOW_SECONDS
    assert estimate["bytes_in_per_s"] == pytest.approx(bytes_in)
    kept = (900_000 * 0.1 + 10_000 * 1.0 + 90_000 * 0.5) / WINDOW_SECONDS
    assert estimate["bytes_out_per_s"] == pytest.approx(kept)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (policy_body(0.0001), "min_rate"),
        ("services: [unclosed", "neither JSON nor YAML"),
        (policy_body(2.0), "less than or equal to 1"),
        ("[1, 2]", "must be a mapping"),
    ],
)
async def test_bad_policies_are_refused_with_the_reason(admin, body, reason):
    kwargs = {"json": body} if isinstance(body, dict) else {"data": body}
    status, answer, _ = await admin.send("PUT", "/api/v1/policy", **kwargs)
    assert status == 400
    assert reason in answer["detail"] + " ".join(answer["problems"])
    assert await admin.proxy.store.current_policy() is None
    assert admin.proxy.in_force is None


async def test_manual_drop_rules_are_allowed(admin):
    status, saved, _ = await admin.send("PUT", "/api/v1/policy", json=policy_body(0.0))
    assert status == 200 and saved["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] == 0.0


async def test_history_versions_and_rollback(admin):
    for rate in (0.1, 0.2, 0.3):
        assert (await admin.send("PUT", "/api/v1/policy", json=policy_body(rate)))[0] == 200
    status, history, _ = await admin.get("/api/v1/policy/history", params={"limit": 2})
    assert status == 200
    assert [h["version"] for h in history] == [3, 2]
    assert history[0]["generator_kind"] == "manual" and history[0]["rules"] == 1

    status, old, _ = await admin.get("/api/v1/policy/history/1")
    assert status == 200 and old["services"]["checkout"]["patterns"]["00000000000000c1"]["rate"] == 0.1
    assert (await admin.get("/api/v1/policy/history/99"))[0] == 404

    status, restored, _ = await admin.send("POST", "/api/v1/policy/rollback/1")
    assert status == 200
    assert restored["version"] == 4 and restored["generator"] == {**restored["generator"], "kind": "rollback",
                                                                   "rollback_of": 1}
    assert restored["services"] == old["services"]
    # The hot path follows through the store subscription the app wires; here the store's own.
    status, history, _ = await admin.get("/api/v1/policy/history")
    assert history[0]["version"] == 4 and history[0]["rollback_of"] == 1
    status, missing, _ = await admin.send("POST", "/api/v1/policy/rollback/77")
    assert status == 404 and "77" in missing["detail"]


async def test_regenerate_runs_the_loop(admin):
    status, answer, _ = await admin.send("POST", "/api/v1/policy/regenerate")
    assert status == 409 and "nothing to base a policy on" in answer["detail"]
    admin.proxy.volumes = build_volumes()
    status, doc, _ = await admin.send("POST", "/api/v1/policy/regenerate")
    assert status == 200 and doc["version"] == 1 and doc["generator"]["kind"] == "heuristic"
    assert (await admin.get("/api/v1/policy"))[1]["version"] == 1


async def test_patterns_with_recent_volume(admin):
    store = admin.proxy.store
    await store.upsert_patterns([(s, p, t, 1_600_000_000.0 + i) for i, (s, p, t, *_) in enumerate(TRAFFIC)])
    await store.upsert_patterns([("search", "00000000000000s9", "cache miss for <*>", 1_650_000_000.0)])
    status, rows, _ = await admin.get("/api/v1/patterns")
    assert status == 200 and len(rows) == 4
    assert rows[0]["pattern_id"] == "00000000000000s9"  # no volume yet: the catalog's newest first
    assert rows[0]["records_per_s"] is None

    admin.proxy.volumes = build_volumes()
    status, rows, _ = await admin.get("/api/v1/patterns", params={"limit": 2})
    assert [r["pattern_id"] for r in rows] == ["00000000000000c1", "00000000000000s1"]
    assert rows[0]["records_per_s"] == pytest.approx(900.0)
    assert rows[0]["bytes_per_s"] == pytest.approx(90_000.0)
    assert rows[0]["kept_records_per_s"] == pytest.approx(90.0)
    assert rows[0]["first_seen"].startswith("2020-09-13")
    status, rows, _ = await admin.get("/api/v1/patterns", params={"service": "checkout"})
    assert {r["service"] for r in rows} == {"checkout"} and len(rows) == 2
    errors = next(r for r in rows if r["pattern_id"] == "00000000000000c2")
    assert errors["max_severity"] == "ERROR" and errors["severe_records_per_s"] == pytest.approx(5.0)


async def test_savings_since_start_and_last_window(admin):
    m = admin.proxy.metrics
    m.records_received.labels(service="checkout").inc(1000)
    m.bytes_received.labels(service="checkout").inc(1_000_000)
    m.records_kept.labels(service="checkout", rule="pattern").inc(80)
    m.records_kept.labels(service="checkout", rule="severity").inc(20)
    m.bytes_kept.labels(service="checkout").inc(100_000)
    status, savings, _ = await admin.get("/api/v1/savings")
    assert status == 200
    start = savings["since_start"]
    assert savings["price_per_gb"] == 0.5
    assert (start["records_in"], start["records_out"]) == (1000, 100)
    assert start["reduction"] == pytest.approx(0.9) and start["records_reduction"] == pytest.approx(0.9)
    # 900 kB saved over ~100 s is ~9 kB/s, i.e. ~23.3 GB a month at $0.5/GB.
    assert start["cost_per_month_saved"] == pytest.approx(9000 * 30 * 86400 / 1e9 * 0.5, rel=0.05)
    assert start["services"][0]["service"] == "checkout"
    assert savings["last_window"] is None
    assert savings["llm"] is None  # no model configured

    admin.proxy.volumes = build_volumes()
    window = (await admin.get("/api/v1/savings"))[1]["last_window"]
    assert window["seconds"] == pytest.approx(WINDOW_SECONDS)
    assert window["records_in"] == 9000 + 50 + 900
    assert [s["service"] for s in window["services"]] == ["checkout", "search"]
    checkout = window["services"][0]
    assert checkout["bytes_in"] == 900_000 + 10_000 and checkout["bytes_out"] == 90_000 + 10_000


async def test_explain_gives_share_and_projected_savings(admin):
    admin.proxy.volumes = build_volumes()
    assert (await admin.send("PUT", "/api/v1/policy", json=policy_body(0.1)))[0] == 200
    status, explained, _ = await admin.get("/api/v1/policy/explain")
    assert status == 200
    total = 100_000.0  # bytes/s over the three patterns
    assert explained["bytes_in_per_s"] == pytest.approx(total)
    rule, default = explained["rules"]
    assert (rule["pattern_id"], rule["rate"], rule["reason"]) == ("00000000000000c1", 0.1, "chatty")
    assert rule["volume_share"] == pytest.approx(0.9)
    assert rule["saved_bytes_per_s"] == pytest.approx(90_000 * 0.9)
    assert rule["saved_per_month"] == pytest.approx(81_000 * 30 * 86400 / 1e9 * 0.5)
    # The global default covers the search pattern (halved) and the ERROR one (kept whole).
    assert default["service"] == "*" and default["pattern_id"] is None
    assert default["saved_bytes_per_s"] == pytest.approx(9000 * 0.5)
    assert explained["saved_bytes_per_s"] == pytest.approx(81_000 + 4_500)


async def test_writes_need_the_token_and_reads_stay_open(start_admin, caplog):
    caplog.set_level(logging.DEBUG)
    admin = await start_admin(token=TOKEN)
    assert (await admin.get("/api/v1/policy/history"))[0] == 200
    for token in (None, "wrong-token", TOKEN + "x", ""):
        status, body, headers = await admin.send("PUT", "/api/v1/policy", json=policy_body(), token=token)
        assert status == 401 and headers["WWW-Authenticate"] == "Bearer"
        assert TOKEN not in str(body)
        if token:
            assert token not in str(body)
    status, _, _ = await admin.send("PUT", "/api/v1/policy", json=policy_body(),
                                    headers={"Authorization": f"Basic {TOKEN}"})
    assert status == 401
    for path in ("/api/v1/policy/rollback/1", "/api/v1/policy/regenerate"):
        assert (await admin.send("POST", path))[0] == 401
    assert await admin.proxy.store.current_policy() is None

    status, saved, _ = await admin.send("PUT", "/api/v1/policy", json=policy_body(), token=TOKEN)
    assert status == 200 and saved["version"] == 1
    assert (await admin.send("POST", "/api/v1/policy/rollback/1", token=TOKEN))[0] == 200

    metrics = (await admin.get("/metrics"))[1]
    assert TOKEN not in metrics
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


async def test_server_reports_a_busy_port_and_stops_cleanly(admin):
    port = admin.server.port
    other = AdminServer(AdminConfig(endpoint=f"127.0.0.1:{port}"), admin.proxy.state())
    with pytest.raises(OSError, match=f"127.0.0.1:{port}"):
        await other.start()
    await admin.http.close()
    await admin.server.stop()
    await admin.server.stop()  # twice is fine
    with socket.socket() as probe:  # the port is free again
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


async def test_a_stop_with_a_keep_alive_connection_open_closes_it_and_frees_the_port(admin):
    port = admin.server.port
    assert (await admin.get("/healthz"))[0] == 200  # the session keeps this connection open
    await admin.server.stop()
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
    with pytest.raises(aiohttp.ClientConnectionError):
        await admin.get("/healthz")


async def test_policy_writes_while_serving_do_not_block_reads(admin):
    results = await asyncio.gather(
        *(admin.send("PUT", "/api/v1/policy", json=policy_body(0.1 + i / 100)) for i in range(5)),
        *(admin.get("/api/v1/policy/history") for _ in range(5)),
    )
    assert all(status == 200 for status, *_ in results)
    assert sorted(r[1]["version"] for r in results[:5]) == [1, 2, 3, 4, 5]


async def test_patterns_and_explain_show_each_patterns_tier_and_why(admin):
    store = admin.proxy.store
    await store.upsert_patterns([("search", "00000000000000s9", "cache miss for <*>", 1_650_000_000.0),
                                 ("auth", "00000000000000a1", "login failed for <*>", 1_650_000_001.0),
                                 ("search", "00000000000000s8", "shard <*> rebalanced", 1_650_000_002.0)])
    admin.proxy.tiers[("search", "00000000000000s8")] = (Tier.IMPORTANT, "model: data moving between nodes")
    volumes = build_volumes()
    # The window carries what the processor decided (its classifier, or an override).
    payment = volumes.patterns[("checkout", "00000000000000c2")]
    volumes.patterns[payment.key] = dataclasses.replace(payment, tier="important",
                                                        tier_reason='money: "payment"')
    admin.proxy.volumes = volumes
    status, rows, _ = await admin.get("/api/v1/patterns")
    assert status == 200
    by_id = {r["pattern_id"]: r for r in rows}
    assert (by_id["00000000000000c2"]["tier"], by_id["00000000000000c2"]["tier_reason"]) == \
        ("important", 'money: "payment"')
    assert by_id["00000000000000c1"]["tier"] == "routine"
    # Patterns not in the window are read from their template.
    assert (by_id["00000000000000s9"]["tier"], by_id["00000000000000s9"]["tier_reason"]) == \
        ("noise", 'cache: "cache miss"')
    assert by_id["00000000000000a1"]["tier"] == "critical"
    # ... unless the model judged them: its verdict, as the processor samples them.
    assert (by_id["00000000000000s8"]["tier"], by_id["00000000000000s8"]["tier_reason"]) == \
        ("important", "model: data moving between nodes")

    body = policy_body(0.1)
    body["services"]["checkout"]["patterns"]["00000000000000c2"] = {"rate": 1.0, "reason": "errors"}
    assert (await admin.send("PUT", "/api/v1/policy", json=body))[0] == 200
    explained = (await admin.get("/api/v1/policy/explain"))[1]
    rule = next(r for r in explained["rules"] if r["pattern_id"] == "00000000000000c2")
    assert (rule["tier"], rule["tier_reason"]) == ("important", 'money: "payment"')
    assert next(r for r in explained["rules"] if r["pattern_id"] is None)["tier"] is None
