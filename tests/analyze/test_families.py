"""Template families: related templates together, unrelated apart, reproducibly."""

from __future__ import annotations

from collections import Counter

from otlp_sampler.analyze.analysis import template_families
from otlp_sampler.analyze.families import find_families
from tests.analyze.helpers import volumes
from tests.patterns.corpus.layouts import labelled_rows
from tests.policygen.loghub import DATA

TEMPLATES = [
    "Connection to <*> refused",
    "GET /api/users/<*> 200 <*> ms",
    "Connection to <*> timed out after <*> ms",
    "Cache miss for key <*>",
    "GET /api/orders/<*> 200 <*> ms",
    "Cache hit for key <*>",
    "Connection to <*> reset by peer",
    "<*> <*>",
]


def groups(families, templates):
    return sorted(sorted(templates[i] for i in f.members) for f in families)


def test_related_templates_form_families():
    families = find_families(TEMPLATES)
    assert groups(families, TEMPLATES) == sorted([
        ["<*> <*>"],
        ["Cache hit for key <*>", "Cache miss for key <*>"],
        ["Connection to <*> refused", "Connection to <*> reset by peer",
         "Connection to <*> timed out after <*> ms"],
        ["GET /api/orders/<*> 200 <*> ms", "GET /api/users/<*> 200 <*> ms"],
    ])
    assert families[0].label.split()[0] in {"connection", "to"} and len(families[0]) == 3
    assert sorted(i for f in families for i in f.members) == list(range(len(TEMPLATES)))


def test_families_are_deterministic_and_independent_of_nothing_but_input():
    assert find_families(TEMPLATES) == find_families(list(TEMPLATES))


def test_edge_cases():
    assert find_families([]) == []
    assert [f.members for f in find_families(["only one <*>"])] == [(0,)]
    assert [f.members for f in find_families(["<*>", "<*> <*>"])] == [(0,), (1,)]
    assert len(find_families(TEMPLATES, max_templates=3)) <= 3


def test_loghub_templates_summarise_into_fewer_families():
    templates = []
    for name in ("HDFS", "Hadoop", "OpenSSH", "Zookeeper"):
        rows = labelled_rows(DATA / f"{name}_2k.log_structured.csv")
        templates += sorted({row["EventTemplate"] for row in rows})
    families = find_families(templates)
    assert len(families) < 0.75 * len(templates)
    # The SSH authentication failures end up together.
    by_template = {templates[i]: n for n, f in enumerate(families) for i in f.members}
    assert by_template["Failed password for <*> from <*> port <*> ssh2"] == \
        by_template["Failed password for invalid user <*> from <*> port <*> ssh2"]
    assert Counter(len(f) for f in families).most_common(1)[0][0] == 1  # no giant catch-all family
    assert max(len(f) for f in families) < 0.1 * len(templates)


def test_template_families_carry_pattern_keys_and_volume():
    picture = volumes({("a", "p1"): 10, ("b", "p2"): 30})
    families = template_families(picture)
    # Both templates read "template of pN <*>": one family across services, heaviest first.
    assert len(families) == 1
    assert set(families[0].keys) == {("a", "p1"), ("b", "p2")}
    assert families[0].records == 40 and families[0].bytes == 4000
