"""A replayed workload from the Loghub dev sample: eight systems as services with skewed volumes.

Records go through the real PatternCatalog in arrival order, as on the hot path, and are
counted into a StatsWindow the way the sampling processor counts them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from otlp_sampler.analyze.window import StatsWindow, severity_bucket
from tests.patterns.corpus.layouts import labelled_rows

# (where the machine keeps it, wherever the checkout is: CI runs these tests from a clone elsewhere)
DATA = Path("/work/shared/data/loghub-dev")
# Service -> how many times its 2k lines are drawn: a few chatty services dominate, as in life.
WEIGHTS = {"HDFS": 8, "Spark": 5, "HealthApp": 3, "BGL": 1.5, "OpenSSH": 1, "Hadoop": 0.5,
           "Zookeeper": 0.5, "Apache": 0.5}
LEVELS = {"": 0, "TRACE": 1, "DEBUG": 5, "INFO": 9, "NOTICE": 10, "WARN": 13, "WARNING": 13,
          "ERROR": 17, "SEVERE": 17, "FATAL": 21}
RECORD_OVERHEAD = 60  # bytes an encoded record carries besides its body (timestamps, ids, ...)


@dataclass(frozen=True, slots=True)
class Line:
    service: str
    message: str
    severity: int


def load_lines() -> dict[str, list[Line]]:
    lines: dict[str, list[Line]] = {}
    for name in WEIGHTS:
        rows = labelled_rows(DATA / f"{name}_2k.log_structured.csv")
        lines[name.lower()] = [
            Line(name.lower(), row["Content"], LEVELS[(row.get("Level") or "").upper()]) for row in rows
        ]
    return lines


def draw(lines: dict[str, list[Line]], seed: int, scale: float = 1.0) -> list[Line]:
    """A shuffled stream: each service's lines drawn with replacement, WEIGHTS x 2000 x scale of them."""
    rng = random.Random(seed)
    stream: list[Line] = []
    for name, weight in WEIGHTS.items():
        pool = lines[name.lower()]
        stream.extend(rng.choices(pool, k=int(len(pool) * weight * scale)))
    rng.shuffle(stream)
    return stream


def record_bytes(line: Line) -> int:
    return len(line.message.encode()) + RECORD_OVERHEAD


def fill_window(catalog, stream: list[Line], *, started: float = 0.0, duration: float = 60.0,
                reservoir_per_pattern: int = 5) -> tuple[StatsWindow, list[tuple[str, str, int, int]]]:
    """Count ``stream`` into a window as if every record had been kept; also return
    ``(service, pattern_id, severity, bytes)`` per record for replaying a policy."""
    window = StatsWindow(started=started, reservoir_per_pattern=reservoir_per_pattern)
    window._rng = random.Random(7)
    assigned = []
    for line in stream:
        miner = catalog.miner(line.service)
        pattern_id = miner.add(line.message)
        size = record_bytes(line)
        stats = window.stats_for(line.service, pattern_id, "")
        stats.records += 1
        stats.bytes += size
        stats.kept_records += 1
        stats.kept_bytes += size
        stats.severities[severity_bucket(line.severity)] += 1
        window.add_example(stats, line.message)
        assigned.append((line.service, pattern_id, line.severity, size))
    for (service, pattern_id), stats in window.patterns.items():
        stats.template = catalog.miner(service).template(pattern_id) or ""
    window.ended = started + duration
    return window, assigned
