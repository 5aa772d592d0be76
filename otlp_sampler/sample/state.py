"""What the processor remembers per (service, pattern) and per service.

One ``PatternState`` per pattern holds everything a record of that pattern needs, so the
hot path does a single dict lookup per record. The decision inputs that depend on the
policy, the stats window or the burst set are cached on it and refreshed when the
processor's epoch (those three plus the dynamic rates) changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.meaning import Tier

if TYPE_CHECKING:
    from otlp_sampler.analyze.window import PatternStats, StatsWindow
    from otlp_sampler.sample.table import CompiledPolicy


class Epoch:
    """The inputs a process() call reads once: swapped as a whole, never mutated."""

    __slots__ = ("bursts", "table", "window")

    def __init__(self, table: CompiledPolicy, window: StatsWindow,
                 bursts: dict[tuple[str, str], float]) -> None:
        self.table = table
        self.window = window
        self.bursts = bursts

    def replace(self, **changes: Any) -> Epoch:
        return Epoch(changes.get("table", self.table), changes.get("window", self.window),
                     changes.get("bursts", self.bursts))


class PatternState:
    __slots__ = (
        "annotation", "burst_until", "cap", "classified", "count", "drop", "dropped", "dropped_bytes",
        "epoch", "ewma", "first", "idle", "kept_in", "least", "level", "level_probe", "level_template",
        "max_per_second", "novel_left", "pattern", "pattern_id", "rate", "rule", "service", "severity_floor",
        "stats", "surge", "t_last", "template", "tier", "tier_reason", "tokens", "weight",
    )

    def __init__(self, service: str, pattern_id: str, novel_left: int) -> None:
        self.service = service
        self.pattern_id = pattern_id
        self.epoch: Epoch | None = None  # None: refresh before use
        self.template = ""
        self.pattern: Any = None  # the miner's live pattern: its text is the current template
        self.stats: PatternStats | None = None
        self.annotation = b""
        # decision inputs, refreshed per epoch
        self.drop: float | None = None  # rule 3 rate, None when no drop rule applies
        self.burst_until = 0.0
        self.rate = 1.0
        self.rule = 0
        self.surge = float("inf")
        self.cap = 0.0  # K_i: records per interval the dynamic sampler keeps at most
        self.least = 0.0  # the lowest rate the dynamic sampler draws at (min_rate, tier floor)
        self.max_per_second = 0.0  # 0: no cap
        self.novel_left = novel_left
        # What the template says (meaning/): the severity every record has at least, the
        # importance tier and its weight, and the level of records that carry none, with
        # the template it was read from (a template that generalises is read again).
        self.severity_floor = 0
        self.classified = (Tier.ROUTINE, "")  # (tier, reason) by the classifier
        self.tier = Tier.ROUTINE
        self.tier_reason = ""
        self.weight = 1.0
        self.level = 0
        self.level_probe: Any = None
        self.level_template: str | None = None
        # The floor interval in which the pattern last kept a record (-1: none; with the floor
        # off the processor's index is -1 too, so the floor never fires).
        self.kept_in = -1
        # token bucket for max_per_second
        self.tokens = 0.0
        self.t_last = 0.0
        # dynamic sampler
        self.count = 0
        self.ewma = 0.0
        self.first = True
        self.idle = 0
        # drops since the last summary
        self.dropped = 0
        self.dropped_bytes = 0


class ServiceState:
    """Per service: its miner, its patterns, the resource summaries are emitted on."""

    __slots__ = ("byte_overhead", "calibrate_in", "cap", "label", "miner", "name",
                 "patterns", "provisional", "resource", "resource_bytes", "schema_url")

    def __init__(self, name: str, miner: Any, label: str, cap: float) -> None:
        self.name = name
        # K0 of the dynamic sampler (see dynamic.py): records per interval a pattern of weight
        # 1 keeps at most; ``keep_whole_below`` until the service's first interval ends, and
        # until then (``provisional``) no flood is cut below the target's share.
        self.cap = cap
        self.provisional = True
        self.miner = miner
        self.label = label
        self.patterns: dict[str, PatternState] = {}
        self.resource = Resource()
        self.resource_bytes = b""  # ``resource`` encoded: a change is seen without copying
        self.schema_url = ""
        # Encoded bytes of a record beyond its body text, measured now and then (see processor).
        self.byte_overhead = 64
        self.calibrate_in = 0
