"""``analyze``'s output: the report as a table or JSON, and ``--per-line``'s one object a record."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from otlp_sampler.analyze.volume import PatternVolume
from otlp_sampler.analyze.window import SEVERITY_BUCKETS
from otlp_sampler.commands.analyze.readers import Export, Record, bodies
from otlp_sampler.commands.text import clip, human_bytes
from otlp_sampler.patterns import PatternCatalog
from otlp_sampler.policy import PolicyDocument


def write_per_line(records: Iterable[Record | Export], catalog: PatternCatalog, out: IO[str]) -> None:
    """One JSON object per record, in input order, with the id and template assigned then."""
    index = 0
    write = out.write
    for item in records:
        for line, service, body in bodies(item):
            index += 1
            miner = catalog.miner(service)
            pattern_id = miner.add(body)
            write(json.dumps({"index": index, "line": line, "service": service, "pattern_id": pattern_id,
                              "template": miner.template(pattern_id)}, ensure_ascii=False))
            write("\n")



@dataclass(slots=True)
class Report:
    rows: list[PatternVolume]
    sampling: Any
    span: float | None  # seconds between the first and last timestamp, when records have them
    assumed: float | None  # seconds the untimed records were spread over
    policy: PolicyDocument | None = None  # what the heuristic generator proposes for this traffic

    @property
    def records(self) -> int:
        return sum(r.records for r in self.rows)

    @property
    def bytes(self) -> int:
        return sum(r.bytes for r in self.rows)

    @property
    def kept_records(self) -> int:
        return sum(r.kept_records for r in self.rows)

    @property
    def kept_bytes(self) -> int:
        return sum(r.kept_bytes for r in self.rows)

    def as_dict(self, top: int) -> dict[str, Any]:
        rows = self.rows[:top] if top > 0 else self.rows
        records = self.records or 1
        return {
            "records": self.records,
            "bytes": self.bytes,
            "services": len({r.service for r in self.rows}),
            "pattern_count": len(self.rows),
            "time": {"span_seconds": self.span, "assumed_seconds": self.assumed},
            "projection": {
                "sampling": _sampling_summary(self.sampling),
                "kept_records": self.kept_records,
                "kept_bytes": self.kept_bytes,
                "reduction_records": 1 - self.kept_records / records,
                "reduction_bytes": 1 - self.kept_bytes / (self.bytes or 1),
            },
            "proposed_policy": self.policy.model_dump(mode="json") if self.policy else None,
            "patterns": [
                {
                    "service": r.service, "pattern_id": r.pattern_id, "template": r.template,
                    "count": r.records, "share": r.records / records, "bytes": r.bytes,
                    "severities": _severity_counts(r), "example": r.examples[0] if r.examples else "",
                    "projected": {"records": r.kept_records, "bytes": r.kept_bytes},
                }
                for r in rows
            ],
        }


def _sampling_summary(sampling) -> str:
    severity = next((name for name, n in (("ERROR", 17), ("WARN", 13), ("INFO", 9), ("DEBUG", 5))
                     if sampling.keep_severity >= n), str(sampling.keep_severity))
    parts = [f"keep {severity} and above"]
    if sampling.novelty.enabled:
        parts.append(f"the first {sampling.novelty.keep} of each new pattern")
    if sampling.default_rate:
        parts.append(f"{sampling.default_rate:g} of the rest")
    elif sampling.dynamic.enabled:
        dynamic = sampling.dynamic
        parts.append(f"{dynamic.target_reduction:.0%} of the rest's bytes cut, patterns under "
                     f"{dynamic.keep_whole_below:g} per {_human_seconds(dynamic.interval)} kept whole")
    return ", ".join(parts)


def write_table(report: Report, top: int, name: str, out: IO[str]) -> None:
    records, size = report.records, report.bytes
    services = len({r.service for r in report.rows})
    write = out.write
    write(f"{name}: {records:,} records ({human_bytes(size)}), {services} service"
          f"{'s' if services != 1 else ''}, {len(report.rows):,} patterns\n")
    if report.span is not None:
        write(f"time: from the records' timestamps, {_human_seconds(report.span)}\n")
    elif report.assumed is not None:
        write(f"time: no timestamps; records spread over {_human_seconds(report.assumed)} (--duration)\n")
    else:
        write("time: no timestamps; records taken at 1,000 a second (set --duration)\n")
    write(f"sampling: {_sampling_summary(report.sampling)}\n"
          f"would keep {report.kept_records:,} records ({_share(report.kept_records, records)}) and "
          f"{human_bytes(report.kept_bytes)} ({_share(report.kept_bytes, size)} of the bytes, "
          f"{_share(size - report.kept_bytes, size)} fewer)\n\n")
    rows = report.rows[:top] if top > 0 else report.rows
    write(f"{'count':>10} {'share':>6}  {'severity':<18} {'kept':>9} {'kept bytes':>10}  service  pattern\n")
    for row in rows:
        mix = _severity_mix(_severity_counts(row))
        write(f"{row.records:>10,} {_share(row.records, records):>6}  {mix:<18} "
              f"{row.kept_records:>9,} {human_bytes(row.kept_bytes):>10}  {row.service}  {row.pattern_id}\n")
        write(f"{'':>19}{clip(row.template, 160)}\n")
        if row.examples and row.examples[0] != row.template:
            write(f"{'':>19}e.g. {clip(row.examples[0], 155)}\n")
    if len(rows) < len(report.rows):
        write(f"... {len(report.rows) - len(rows):,} more patterns (--top 0 lists all)\n")
    if report.policy is not None:
        write_proposed_policy(report.policy, out)


def write_proposed_policy(policy: PolicyDocument, out: IO[str]) -> None:
    """What the side loop's heuristic generator would make of this traffic, and what it saves."""
    rules = [(service, pattern_id, rule) for service, service_policy in policy.services.items()
             for pattern_id, rule in service_policy.patterns.items()]
    sampled = [r for r in rules if r[2].rate < 1.0]
    target = policy.target_reduction or 0.0
    out.write(f"\nproposed policy (heuristic, target {target:.0%} of bytes): {len(rules):,} rules, "
              f"{len(sampled):,} sampled\n")
    estimate = policy.estimate
    if estimate is not None:
        out.write(f"projected: {estimate.bytes_in_per_s:,.0f} -> {estimate.bytes_out_per_s:,.0f} bytes/s "
                  f"({estimate.reduction:.1%} fewer), ${estimate.cost_per_month_in:,.2f} -> "
                  f"${estimate.cost_per_month_out:,.2f} a month\n")
    for service, pattern_id, rule in sorted(sampled, key=lambda r: r[2].rate)[:10]:
        out.write(f"  rate {rule.rate:<7.4g} {service}  {pattern_id}  {clip(rule.template, 90)}\n"
                  f"  {'':>12}{clip(rule.reason, 110)}\n")
    if len(sampled) > 10:
        out.write(f"  ... {len(sampled) - 10:,} more sampled rules (--policy-out FILE writes them all)\n")


def _severity_counts(volume: PatternVolume) -> dict[str, int]:
    return {SEVERITY_BUCKETS[i]: n for i, n in enumerate(volume.severities) if n}


def _severity_mix(severities: dict[str, int]) -> str:
    total = sum(severities.values()) or 1
    ranked = sorted(severities.items(), key=lambda kv: -kv[1])
    return " ".join(f"{name} {n / total:.0%}" for name, n in ranked[:3])


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def _human_seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"

