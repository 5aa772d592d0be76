"""docs/operations.md lists exactly the metrics a running proxy exposes at /metrics, as declared."""

from __future__ import annotations

import re
from pathlib import Path

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from otlp_sampler.metrics import Metrics, NullMetrics
from tests.e2e.harness import running_proxy

DOC = Path(__file__).resolve().parents[2] / "docs" / "operations.md"


def documented() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``{name: (type, labels)}`` from the table under ``## Metrics``."""
    text = DOC.read_text(encoding="utf-8").split("## Metrics", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for name, kind, labels in re.findall(r"^\| `(otlp_sampler_\w+)` \| (\w+) \|([^|]*)\|", text, re.M):
        rows[name] = (kind, tuple(label.strip() for label in labels.split(",") if label.strip()))
    return rows


def declared() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {d.full_name: (d.type_name, d.labels) for d in Metrics.declared().values()}


def test_docs_list_every_declared_metric_with_its_type_and_labels():
    docs = documented()
    assert docs, "no metric table found in docs/operations.md"
    assert docs == declared()


async def test_metrics_page_exposes_exactly_the_documented_metrics():
    async with running_proxy({}) as app, aiohttp.ClientSession() as http, \
            http.get(f"http://127.0.0.1:{app.ports['admin']}/metrics") as response:
        page = await response.text()
    exposed = {}
    for family in text_string_to_metric_families(page):
        # prometheus_client adds a <name>_created gauge to counters and histograms: not a metric of ours.
        if family.name.startswith("otlp_sampler_") and not family.name.endswith("_created"):
            # The parser names a counter family without its _total suffix.
            name = family.name + "_total" if family.type == "counter" else family.name
            exposed[name] = family.type
    assert exposed == {name: kind for name, (kind, _) in documented().items()}


def test_null_metrics_count_nothing_and_offer_every_metric():
    null = NullMetrics()
    for attribute in Metrics.declared():
        metric = getattr(null, attribute)
        metric.labels("a", "b").inc(3)
        metric.labels(service="x").set(1)
        metric.observe(0.5)
    assert null.render() == b""
    assert null.service_label("checkout") == "checkout"
