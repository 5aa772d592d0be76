"""The LLM prompt: files in ``prompts/`` filled with one cycle's analysis.

The prompt text lives in ``prompts/system.md`` and ``prompts/user.md`` (``${name}``
placeholders, :class:`string.Template`) so it can be read and changed without touching
code. Everything taken from logs (service names, templates, examples, family labels) is
redacted here when redaction is on, and always written as a JSON string on one line with
no run of "===": untrusted text cannot end the data section or start one of its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from importlib import resources
from string import Template

from otlp_sampler.analyze.analysis import Analysis
from otlp_sampler.analyze.volume import Key, PatternVolume
from otlp_sampler.analyze.window import SEVERITY_BUCKETS
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.redact import redact

MAX_EXAMPLES = 3
MAX_EXAMPLE_CHARS = 300
MAX_TEMPLATE_CHARS = 400
MAX_FAMILIES = 40
MAX_ANOMALIES = 50
SEVERITY_NAMES = {1: "TRACE", 5: "DEBUG", 9: "INFO", 13: "WARN", 17: "ERROR", 21: "FATAL"}
_MARKER = re.compile(r"={3,}")  # the prompt's section markers are "=== ... ==="


def untrusted(text: str) -> str:
    """Log-borne text without the makings of a marker: runs of "=" cut to two.

    It then goes into the prompt JSON-encoded (in a pattern's row, or quoted on its own),
    which turns newlines and quotes into escapes, so it stays on its line and in its quotes.
    """
    return _MARKER.sub("==", text)


def shown_service(service: str, generator: PolicyGeneratorConfig) -> str:
    """A service name as the prompt shows it (and as the model's answer names it)."""
    return untrusted(redact(service) if generator.llm.redact else service)


def load_prompt(name: str) -> str:
    """A prompt file from the package (works from a wheel or a zip too)."""
    return resources.files("otlp_sampler.policygen").joinpath("prompts", name).read_text(encoding="utf-8")


def build_messages(
    analysis: Analysis,
    selected: list[PatternVolume],
    *,
    suggested: dict[Key, float],
    previous: dict[Key, float],
    sampling: SamplingConfig,
    generator: PolicyGeneratorConfig,
    schema: dict,
) -> list[dict[str, str]]:
    """System and user messages for one cycle; ``selected`` are the patterns shown."""
    redactor: Callable[[str], str] = redact if generator.llm.redact else (lambda text: text)

    def clean(text: str) -> str:  # for a field of a JSON row
        return untrusted(redactor(text))

    def quote(text: str) -> str:  # for text standing alone on a line
        return json.dumps(clean(text), ensure_ascii=False)

    volumes = analysis.volumes
    total_bytes = volumes.total_bytes or 1
    scale = volumes.interval / volumes.duration if volumes.duration > 0 else 1.0
    anomalous: dict[Key, list[str]] = {}
    for anomaly in analysis.anomalies:
        if anomaly.key is not None:
            anomalous.setdefault(anomaly.key, []).append(anomaly.kind)
    families = analysis.family_of()
    lines = []
    for p in selected:
        flags = sorted(set(anomalous.get(p.key, [])) | ({"has_keep_severity"} if p.severe else set()))
        row = {
            "service": shown_service(p.service, generator),
            "pattern_id": p.pattern_id,
            "template": clean(p.template)[:MAX_TEMPLATE_CHARS],  # redact first: a cut secret may not match
            "records_per_interval": round(p.per_interval, 1),
            "bytes_share_percent": round(100 * p.bytes / total_bytes, 2),
            "avg_bytes": round(p.avg_bytes),
            "severities": _severity_mix(p),
            "tier": p.tier,
            "tier_reason": clean(p.tier_reason)[:MAX_TEMPLATE_CHARS],  # quotes the template's words
            "flags": flags,
            "family": families.get(p.key),
            "suggested_rate": suggested.get(p.key),
            "previous_rate": previous.get(p.key),
            "examples": [clean(e)[:MAX_EXAMPLE_CHARS] for e in p.examples[:MAX_EXAMPLES]],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    services = [
        f"- {quote(s.service)}: {s.records * scale:.0f} records, {s.bytes * scale:.0f} bytes, "
        f"{s.error_share:.1%} errors, {s.patterns} patterns"
        for s in sorted(volumes.services.values(), key=lambda s: -s.bytes)
    ]
    user = Template(load_prompt("user.md")).substitute(
        target_percent=round(100 * generator.target_reduction, 1),
        interval=f"{volumes.interval:g}",  # not round(): a 0.5 s interval is not "0 seconds"
        keep_severity=SEVERITY_NAMES.get(sampling.keep_severity, str(sampling.keep_severity)),
        min_rate=sampling.min_rate,
        max_step=generator.max_step,
        window_seconds=f"{volumes.duration:.1f}",
        total_records=volumes.total_records,
        total_bytes=volumes.total_bytes,
        shown_patterns=len(selected),
        all_patterns=len(volumes.patterns),
        services=_lines(services),
        families=_lines(_family_lines(analysis, quote, total_bytes)),
        anomalies=_lines(f"- {quote(a.service)}{'/' + a.pattern_id if a.pattern_id else ''}: {a.describe()}"
                         for a in analysis.anomalies[:MAX_ANOMALIES]),
        patterns="\n".join(lines),
        schema=json.dumps(schema),
    )
    return [{"role": "system", "content": load_prompt("system.md")}, {"role": "user", "content": user}]


def _severity_mix(p: PatternVolume) -> dict[str, int]:
    return {SEVERITY_BUCKETS[i]: n for i, n in enumerate(p.severities) if n}


def _family_lines(analysis: Analysis, quote: Callable[[str], str], total_bytes: int) -> list[str]:
    rows = []
    for family in analysis.families:
        if len(family.keys) < 2:
            continue
        rows.append(f"- {quote(family.label)}: {len(family.keys)} patterns, "
                    f"{100 * family.bytes / total_bytes:.1f}% of bytes")
        if len(rows) >= MAX_FAMILIES:
            break
    return rows


def _lines(rows: Iterable[str]) -> str:
    text = "\n".join(rows)
    return text or "(none)"
