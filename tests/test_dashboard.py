"""docker/'s Grafana dashboard asks Prometheus only for what a running proxy's /metrics exposes.

No Grafana runs here: the dashboard and its provisioning are read as data and checked
against a real proxy's /metrics page and the compose stack that wires them together; a
real Prometheus (Debian's) scrapes a real proxy fed by an OTel SDK and evaluates every
panel's expression, and ``promtool`` checks the stack's Prometheus config.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import aiohttp
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.harness import running_proxy
from tests.peers import prometheus as prometheus_peer
from tests.peers.otel_client import SdkClient
from tests.peers.waiting import eventually
from tests.test_docker import DOCKER, bind_mounts, compose

DASHBOARD = DOCKER / "grafana" / "dashboards" / "otlp-sampler.json"
METRIC = re.compile(r"\botlp_sampler_[a-z0-9_]+")
VARIABLE = re.compile(r"\$(\w+)")
GRAFANA_VARIABLES = {"__range", "__rate_interval", "__interval"}
SAMPLE_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def panels(board: dict) -> list[dict]:
    found = []
    for panel in board["panels"]:
        found.append(panel)
        found.extend(panel.get("panels", []))
    return found


def expressions(board: dict) -> list[tuple[str, str, str]]:
    """(panel title, expression, legend) of every query."""
    return [(p["title"], t["expr"], t.get("legendFormat", ""))
            for p in panels(board) for t in p.get("targets", [])]


async def exposed_sample_names() -> set[str]:
    """Every sample name a running proxy's /metrics can show, from the families it lists."""
    async with running_proxy({}) as app, aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{app.ports['admin']}/metrics") as response:
        assert response.status == 200
        text = await response.text()
    names = set()
    for family in text_string_to_metric_families(text):
        names.update(family.name + suffix for suffix in SAMPLE_SUFFIXES[family.type])
        names.update(sample.name for sample in family.samples)
    return names


async def test_every_expression_names_metrics_that_metrics_exposes():
    names = await exposed_sample_names()
    queries = expressions(dashboard())
    assert len(queries) >= 20
    for title, expr, _ in queries:
        used = set(METRIC.findall(expr))
        assert used, f"{title}: {expr} asks for no otlp_sampler metric"
        assert used <= names, f"{title}: {sorted(used - names)} not on /metrics"


def test_expressions_use_only_defined_variables_and_legends_name_grouped_labels():
    board = dashboard()
    defined = {v["name"] for v in board["templating"]["list"]} | GRAFANA_VARIABLES
    for title, expr, legend in expressions(board):
        assert set(VARIABLE.findall(expr)) <= defined, f"{title}: {expr}"
        assert expr.count("(") == expr.count(")"), f"{title}: unbalanced parentheses"
        groups = re.findall(r"by \(([^)]*)\)", expr)
        grouped = {label.strip() for group in groups for label in group.split(",")}
        for label in re.findall(r"\{\{(\w+)\}\}", legend):
            assert label in grouped, f"{title}: legend {{{{{label}}}}} is not a label the query keeps"


def test_panels_are_laid_out_without_overlap_and_cover_what_the_issue_lists():
    board = dashboard()
    assert board["uid"] and board["title"]
    ids = [p["id"] for p in panels(board)]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for panel in board["panels"]:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        mine = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"])
                for y in range(grid["y"], grid["y"] + grid["h"])}
        assert not mine & cells, f"{panel['title']} overlaps another panel"
        cells |= mine
    everything = " ".join(expr for _, expr, _ in expressions(board))
    for metric in ("bytes_received_total", "bytes_kept_total", "records_kept_total", "queue_records",
                   "spool_bytes", "export_requests_total", "llm_tokens_total",
                   "export_latency_seconds_bucket", "llm_latency_seconds_bucket"):
        assert f"otlp_sampler_{metric}" in everything, metric
    assert re.search(r"by \(service, rule\)", everything), "no kept ratio per rule and service"


def test_grafana_is_provisioned_with_the_prometheus_that_scrapes_the_proxy():
    services = compose("compose.yaml")["services"]
    grafana, prometheus, proxy = services["grafana"], services["prometheus"], services["otlp-sampler"]

    grafana_mounts = bind_mounts(grafana)
    provisioning = grafana_mounts["/etc/grafana/provisioning"]
    (source,) = yaml.safe_load((provisioning / "datasources" / "prometheus.yaml").read_text())["datasources"]
    assert {p["datasource"]["uid"] for p in panels(dashboard()) if "datasource" in p} == {source["uid"]}
    assert source["url"] == f"http://prometheus:{prometheus_port(prometheus)}"
    (provider,) = yaml.safe_load((provisioning / "dashboards" / "otlp-sampler.yaml").read_text())["providers"]
    assert grafana_mounts[provider["options"]["path"]] == DASHBOARD.parent
    home = Path(grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"])
    assert grafana_mounts[str(home.parent)] / home.name == DASHBOARD

    config_flag = next(a for a in prometheus["command"] if a.startswith("--config.file="))
    config_file = bind_mounts(prometheus)[config_flag.removeprefix("--config.file=")]
    (job,) = yaml.safe_load(config_file.read_text())["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    admin_port = next(p for p in proxy["ports"] if p.endswith(":8888")).rpartition(":")[2]
    assert job["static_configs"][0]["targets"] == [f"otlp-sampler:{admin_port}"]


def prometheus_port(service: dict) -> str:
    return service["ports"][0].rpartition(":")[2]


@pytest.mark.parametrize("name", ["prometheus", "grafana"])
def test_monitoring_is_published_on_loopback_only(name):
    ports = compose("compose.yaml")["services"][name]["ports"]
    assert all(p.startswith("127.0.0.1:") for p in ports)


# --------------------------------------------------------------------------- a real Prometheus

# Grafana's own variables as a 1 s scrape interval makes them; the dashboard's take their defaults.
GRAFANA_VALUES = {"__range": "1m", "__rate_interval": "5s", "__interval": "5s"}
# Panels that must show data as soon as records flow (the others need an LLM, a spool, errors...).
MUST_SHOW = {"Bytes not forwarded", "Records not forwarded", "Saved per month", "Throughput in",
             "Bytes in and out", "Bytes saved by service", "Records received by service",
             "Records kept by rule", "Kept ratio by service and rule", "Export requests received", "Queue",
             "Sent upstream"}


def needs_binary(name: str, installed: bool) -> None:
    if not installed:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs Debian's prometheus package")
        pytest.skip(f"{name} is not installed (apt-get install prometheus)")


def substituted(expr: str, board: dict) -> str:
    values = {v["name"]: v["current"]["value"] for v in board["templating"]["list"]}
    values = {name: ".*" if value == ["$__all"] else value for name, value in values.items()}
    return VARIABLE.sub(lambda m: str({**values, **GRAFANA_VALUES}[m.group(1)]), expr)


async def test_every_panel_evaluates_in_a_real_prometheus_scraping_a_real_proxy(early_prometheus):
    needs_binary("prometheus", prometheus_peer.installed())
    board = dashboard()
    # Prometheus has been scraping the admin port since the session started (tests/conftest.py).
    admin_port = early_prometheus.release()
    async with running_proxy({"admin": {"endpoint": f"127.0.0.1:{admin_port}"}}) as app, \
            early_prometheus.connected() as prometheus:
        assert app.ports["admin"] == admin_port
        # Two rounds of records with a scrape of each, so counters grow from scrape to scrape. (It
        # waits for the records in Prometheus, not for a number of scrapes: this Prometheus scrapes
        # the proxy from its start, before any record, so scrapes alone prove nothing was seen.)
        # Export is asynchronous: a scrape can count a round's records received before its batch
        # goes upstream, so each round also waits for a scrape that saw more records delivered.
        await send_records(app)
        await eventually(lambda: _scraped_at_least(prometheus, RECEIVED, ROUND), timeout=30,
                         what="a scrape of the first round")
        await eventually(lambda: _scraped_at_least(prometheus, DELIVERED, 1), timeout=30,
                         what="a scrape of the first round's delivery")
        delivered = await _scraped(prometheus, DELIVERED)
        await send_records(app)
        await eventually(lambda: _scraped_at_least(prometheus, RECEIVED, 2 * ROUND), timeout=30,
                         what="a scrape of the second round")
        await eventually(lambda: _scraped_at_least(prometheus, DELIVERED, delivered + 1), timeout=30,
                         what="a scrape of the second round's delivery")
        empty, values = [], {}
        for title, expr, _ in expressions(board):
            answer = await prometheus.query(substituted(expr, board))
            assert answer["status"] == "success", f"{title}: {answer.get('error')}"
            result = answer["data"]["result"]
            if not result:
                empty.append(title)
            else:
                values[title] = float(result[0]["value"][1])
    assert not MUST_SHOW & set(empty), f"no data: {sorted(MUST_SHOW & set(empty))}"
    # 402 records a round, of which the two errors and the first of each pattern are kept at least.
    assert 0 < values["Records not forwarded"] < 1
    assert 0 < values["Bytes not forwarded"] < 1


ROUND = 2 * (200 + 1)  # records a round of send_records sends


async def send_records(app) -> None:
    for service in ("checkout", "search"):
        client = SdkClient("http", app.ports["http"], service)
        for i in range(200):
            client.emit(f"request {i} served in {i % 9} ms", 9)
        client.emit("database connection lost", 17)
        assert await client.flush()
        await client.shutdown()


RECEIVED = "sum(otlp_sampler_records_received_total)"
DELIVERED = 'sum(otlp_sampler_export_records_total{outcome="delivered"})'


async def _scraped(prometheus, query: str) -> float:
    """The value of ``query`` over Prometheus's last scrape of the proxy (0 before any sample)."""
    answer = await prometheus.query(query)
    result = answer.get("data", {}).get("result", [])
    return float(result[0]["value"][1]) if result else 0.0


async def _scraped_at_least(prometheus, query: str, count: float) -> bool:
    return await _scraped(prometheus, query) >= count


def test_promtool_accepts_the_stacks_prometheus_config():
    promtool = shutil.which("promtool")
    needs_binary("promtool", promtool is not None)
    result = subprocess.run([promtool, "check", "config", str(DOCKER / "prometheus.yml")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
