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


def write_per_line(records: Iterable[Record | Export], catalog: PatternCatalog, out: IO[str]) -> int:
    """One JSON object per record, in input order, with the id and template assigned then;
    returns how many."""
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
    return index



@dataclass(slots=True)
class Report:
    rows: list[PatternVolume]
    sampling: Any
    span: float | None  # seconds between the first and last timestamp, when records have them
    assumed: float | None  # seconds the untimed records were spread over
    policy: PolicyDocument | None = None  # what the heuristic generator proposes for this traffic
    interval: float = 60.0  # analysis.interval: the policy reads volumes per interval of this length

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

    def policy_kept(self) -> tuple[float, float] | None:
        """Records and bytes of this input the proposed policy would keep (from its estimate)."""
        estimate = self.policy.estimate if self.policy is not None else None
        if estimate is None:
            return None
        records = self.records * (estimate.records_out_per_s / estimate.records_in_per_s
                                  if estimate.records_in_per_s else 1.0)
        return records, self.bytes * (1.0 - estimate.reduction)

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
            "proposed_projection": _projection(self.policy_kept(), self.records, self.bytes),
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


def _projection(kept: tuple[float, float] | None, records: int, size: int) -> dict[str, float] | None:
    if kept is None:
        return None
    return {"kept_records": kept[0], "kept_bytes": kept[1], "reduction_records": 1 - kept[0] / (records or 1),
            "reduction_bytes": 1 - kept[1] / (size or 1)}


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
    before = "with sampling.policy_file" if report.sampling.policy_file else "before any policy"
    write(f"sampling: {_sampling_summary(report.sampling)}\n"
          f"{before}, the proxy would keep {_kept(report.kept_records, report.kept_bytes, report)}\n\n")
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
        write_proposed_policy(report, out)


# Projections further apart than this get a note on why (they are two different samplers).
PROJECTIONS_DIFFER = 0.05


def write_proposed_policy(report: Report, out: IO[str]) -> None:
    """What the side loop's heuristic generator would make of this traffic, and what it saves,
    in the same terms as the projection before any policy, and why the two differ if they do."""
    policy = report.policy
    assert policy is not None
    rules = [(service, pattern_id, rule) for service, service_policy in policy.services.items()
             for pattern_id, rule in service_policy.patterns.items()]
    sampled = [r for r in rules if r[2].rate < 1.0]
    target = policy.target_reduction or 0.0
    out.write(f"\nproposed policy (heuristic, target {target:.0%} of bytes): {len(rules):,} rules, "
              f"{len(sampled):,} sampled\n")
    kept = report.policy_kept()
    estimate = policy.estimate
    if kept is not None and estimate is not None:
        out.write(f"with it, the proxy would keep {_kept(*kept, report)}; at this input's rate of "
                  f"{human_bytes(estimate.bytes_in_per_s)}/s, ${estimate.cost_per_month_in:,.2f} -> "
                  f"${estimate.cost_per_month_out:,.2f} a month\n")
        dynamic = 1 - report.kept_bytes / (report.bytes or 1)
        if abs(estimate.reduction - dynamic) > PROJECTIONS_DIFFER:
            out.write(_why_they_differ(report) + "\n")
    for service, pattern_id, rule in sorted(sampled, key=lambda r: r[2].rate)[:10]:
        out.write(f"  rate {rule.rate:<7.4g} {service}  {pattern_id}  {clip(rule.template, 90)}\n"
                  f"  {'':>12}{clip(rule.reason, 110)}\n")
    if len(sampled) > 10:
        out.write(f"  ... {len(sampled) - 10:,} more sampled rules (--policy-out FILE writes them all)\n")


def _kept(records: float, size: float, report: Report) -> str:
    """``1,257 records (62.8%) and 186.0 kB (68.4% of the bytes, 31.6% fewer)`` of the input."""
    return (f"{records:,.0f} records ({_share(records, report.records)}) and {human_bytes(size)} "
            f"({_share(size, report.bytes)} of the bytes, {_share(report.bytes - size, report.bytes)} fewer)")


def _why_they_differ(report: Report) -> str:
    seconds = report.span if report.span is not None else report.assumed
    heaviest = max(r.records for r in report.rows)
    average = ""
    if seconds:
        per_interval = heaviest / seconds * report.interval
        average = (f"; the heaviest pattern averages {per_interval:,.2g} records per "
                   f"{_human_seconds(report.interval)}")
        if per_interval < 1:
            average += ", and a policy keeps at least one record per interval"
    dynamic = report.sampling.dynamic.interval
    return (f"(the two projections differ: the policy gives each pattern one rate, from its average "
            f"volume over the {_human_seconds(seconds or 0)} this input covers{average}; before a policy, "
            f"the dynamic sampler decides every {_human_seconds(dynamic)} on its own, so it also cuts "
            f"bursts and spares quiet stretches)")


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
    if seconds < 3 * 86400:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f} days"

