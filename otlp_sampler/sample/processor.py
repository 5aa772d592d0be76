"""SamplingProcessor: the keep/drop decision for every record, inline on the hot path.

``process`` mines each record, decides it with the decider of ``decision.py`` (the order,
the interval floor, the consistent draw by trace id, the cap: docs/policy-format.md § The
decision, per record; the SDK runs the same one), removes the dropped ones in place,
annotates the kept ones and counts into the stats window, with the byte estimate.
"""

from __future__ import annotations

import heapq
import logging
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from otlp_sampler.analyze.window import StatsWindow, severity_bucket
from otlp_sampler.config import SamplingConfig
from otlp_sampler.meaning import Classifier, Tier, severity_floor, tier_floors, tier_weights
from otlp_sampler.meaning.levels import kvlist_level
from otlp_sampler.metrics import OTHER_SERVICE, Metrics
from otlp_sampler.otlp.records import MAX_BODY_CHARS, body_text, service_name
from otlp_sampler.otlp.repeated import LINEAR_FROM, move_kept
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.sample.annotate import (
    DEFAULT,
    DETECTED_LEVELS,
    DYNAMIC,
    PATTERN,
    RULES,
    annotate,
    pattern_annotation,
)
from otlp_sampler.sample.decision import CAPPED, Decide, body_level, decider
from otlp_sampler.sample.dynamic import advance, capped_rate, dynamic_rate, surge_threshold, water_fill_cap
from otlp_sampler.sample.rules import DropRules, Exemptions, matches
from otlp_sampler.sample.severity import SeverityTexts
from otlp_sampler.sample.source import decided_rule
from otlp_sampler.sample.state import Epoch, PatternState, ServiceState
from otlp_sampler.sample.summaries import (
    Dropped,
    LedgerGroup,
    decode_ledger,
    encode_ledger,
    summary_request,
)
from otlp_sampler.sample.table import CompiledPolicy, compile_policy

log = logging.getLogger(__name__)

_CALIBRATE_EVERY = 16  # scopes per service between two ByteSize() measurements
_CALIBRATE_RECORDS = 512  # a larger scope is measured on its first this many records
# Records of a scope the miner reads together at most (PatternMiner.add_batch): an SDK's batch
# is 512; the evidence reads no more distinct texts than this (patterns.batch.MAX_LISTS), and
# a larger scope is mined in parts, each placed before the next is read.
_MINED_TOGETHER = 1024
_SEVERITY_BUCKET = tuple(severity_bucket(n) for n in range(25))
_FIRST_INTERVAL_SHARE = 0.1  # a new service's first interval, as a share of dynamic.interval
_EVICT_SHARE = 10  # past the cap, the idlest tenth of a service's patterns is forgotten
_MAX_SERVICES = 1000
# An upstream's rule names, read back (sample/source.py); one it does not know counts as pattern.
_RULE_NUMBER = {name: number for number, name in enumerate(RULES)}
_UNKNOWN = SimpleNamespace(text="")  # the pattern of an id its miner no longer knows (evicted)


def _overhead(records, sample: int) -> int:
    """Encoded bytes per record beyond its body text, over the first ``sample`` records:
    each record's size with its field tag and length prefix, less its body's characters."""
    encoded = text = 0
    for index in range(sample):
        record = records[index]
        size = record.ByteSize()
        encoded += size + 1 + (size.bit_length() + 6) // 7  # tag, varint length
        text += len(body_text(record.body))
    return max(0, round((encoded - text) / sample))


def _mined_texts(records, start: int, stop: int) -> tuple[list[str], list[int]]:
    """What the miner reads of ``records[start:stop]``, a scope's records mined together
    (``PatternMiner.add_batch``): each body's text (``otlp.records.body_text``) cut at
    MAX_BODY_CHARS, and each text's length before the cut (a string body's whole length,
    the size counted for it)."""
    texts: list[str] = []
    sizes: list[int] = []
    max_chars = MAX_BODY_CHARS
    for index in range(start, stop):
        body = records[index].body
        text = body.string_value or body_text(body)
        sizes.append(len(text))
        texts.append(text[:max_chars] if len(text) > max_chars else text)
    return texts, sizes


@dataclass(slots=True)
class BatchOutcome:
    """What one ``process()`` call did; kept + dropped == received."""

    received: int = 0
    kept: int = 0
    dropped: int = 0
    bytes_received: int = 0
    bytes_kept: int = 0
    capped: int = 0  # dropped because a pattern's max_per_second was reached (part of dropped)
    kept_by_rule: dict[str, int] = field(default_factory=dict)
    # With ledger=True: the drops this call counted, to be spooled with its kept records
    # (``(payload, records)``, see summaries.py), and the summary generation they belong to.
    ledger: tuple[bytes, int] | None = None
    generation: int = 0


class SamplingProcessor:
    """Decides per record, annotates what it keeps, counts for the side loop and summaries.

    ``process`` is synchronous and reads the policy, stats window and burst set once per
    call (one reference, the :class:`Epoch`), so ``set_policy``, ``take_window`` and
    ``set_bursts`` never affect a request already being processed.
    """

    def __init__(
        self,
        config: SamplingConfig,
        catalog,
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        seed: int | None = None,
        window_factory: Callable[[], StatsWindow] = StatsWindow,
        floor_interval: float | None = None,
        ledger: bool = False,
    ) -> None:
        """``floor_interval``: seconds per floor interval (docs/policy-format.md § Guarantees);
        None: no floor. ``ledger``: every ``process`` call returns its drops encoded
        (``BatchOutcome.ledger``), for a spool to keep until their summary is spooled."""
        self.config = config
        self._catalog = catalog
        self._metrics = metrics
        self._clock = clock
        self._wall_clock = wall_clock
        self._random = random.Random(config.seed if seed is None else seed).random
        self._window_factory = window_factory
        self._exemptions = Exemptions(config.exemptions)
        self._drop_rules = DropRules(config.drop)
        self._severity_texts = SeverityTexts()
        importance = config.importance
        self._classifier = Classifier(importance)
        self._tier_weight = tier_weights(importance)
        floors = tier_floors(importance)
        self._tier_least = {tier: max(config.min_rate, floors[tier]) for tier in Tier}
        self._tier_overrides: dict[tuple[str, str], tuple[Tier, str]] = {}
        self._services: dict[str, ServiceState] = {}
        self._dirty: list[PatternState] = []  # patterns with drops in calls not yet settled
        # Drops since the last take_summaries(), by service and pattern; the generation counts
        # take_summaries() calls, so a caller knows which summary covers a call's drops.
        self._pending: dict[str, dict[str, Dropped]] = {}
        self._restored: dict[str, tuple[Resource, str]] = {}  # resources of restore_drops' services
        self.summary_generation = 0
        self._ledger = ledger
        self._interval = max(config.dynamic.interval, 0.001)
        self._target_reduction = config.dynamic.target_reduction  # resolved by config.py
        self._per_floor = 1.0 / floor_interval if floor_interval else 0.0
        self._last_recompute = clock()
        self._next_recompute = self._last_recompute + self._interval
        self._epoch = Epoch(compile_policy(None), self._new_window(), {})
        # Called with each window take_window() hands out, before anyone reads it: accounting
        # folds the window's last counts there (analyze/accounting.py).
        self.on_window_taken: Callable[[StatsWindow], None] | None = None
        # Called after every set_policy: the policy service wakes its watching SDKs.
        self.on_policy_set: Callable[[], None] | None = None

    # ------------------------------------------------------------------ side-loop API

    @property
    def policy_version(self) -> int:
        return self._epoch.table.version

    @property
    def policy(self) -> PolicyDocument | None:
        """The policy document in force; None until one is set (the dynamic sampler decides)."""
        return self._epoch.table.document

    def set_policy(self, document: PolicyDocument) -> None:
        """Compile ``document`` and make it the table the next ``process`` call reads."""
        table: CompiledPolicy = compile_policy(document)
        self._epoch = self._epoch.replace(table=table)
        self._metrics.policy_version.set(table.version)
        if self.on_policy_set is not None:
            self.on_policy_set()

    def set_bursts(self, bursts: dict[tuple[str, str], float]) -> None:
        """Patterns to keep in full, ``{(service, pattern_id): until_epoch_seconds}``."""
        self._epoch = self._epoch.replace(bursts=dict(bursts))

    def set_tiers(self, overrides: dict[tuple[str, str], tuple[Tier, str]]) -> None:
        """Importance tiers from another source (an LLM, a person), ``{(service, pattern_id):
        (tier, reason)}``: they replace the classifier's for those patterns from the next record on."""
        self._tier_overrides = dict(overrides)
        self._epoch = self._epoch.replace()  # a new identity makes every pattern refresh

    def tier_override(self, service: str, pattern_id: str) -> tuple[Tier, str] | None:
        """The tier ``set_tiers`` gave a pattern, with its reason; None when it has none."""
        return self._tier_overrides.get((service, pattern_id))

    def take_window(self) -> StatsWindow:
        """The statistics counted since the last call; a fresh window starts now."""
        old = self._epoch.window
        fresh = self._new_window()
        old.ended = fresh.started
        self._epoch = self._epoch.replace(window=fresh)
        if self.on_window_taken is not None:
            self.on_window_taken(old)
        return old

    @property
    def current_window(self) -> StatsWindow:
        """The window being counted into now (read it, never swap it: see take_window)."""
        return self._epoch.window

    def pattern_rule(self, service: str, pattern_id: str) -> tuple[str, float] | None:
        """The rule that samples a pattern's records below keep_severity now, and its rate.

        ``drop`` for a drop rule, else ``pattern``, ``default`` or ``dynamic``; None for a
        pattern this processor does not know (not seen, or forgotten).
        """
        service_state = self._services.get(service)
        state = service_state.patterns.get(pattern_id) if service_state is not None else None
        if state is None:
            return None
        if state.epoch is not self._epoch:  # what its next record would do: a new policy, say
            self._refresh(state, service_state, self._epoch)
        if state.drop is not None:
            return "drop", state.drop
        rate = state.rate
        if state.count > state.surge:  # as process() lowers it for a pattern past its surge
            rate = min(rate, max(state.cap / state.count, state.least))
        return RULES[state.rule], rate

    def add_source_drops(self, service: str, pattern_id: str, template: str, records: int,
                         body_bytes: int, severities: Sequence[int] = ()) -> None:
        """Count records an SDK dropped at the source (ReportPatternStats) as received and
        dropped here: in the stats window (so the side loop's volumes, accounting and the
        catalog include them) and in the records/bytes counters the savings read. No summary
        record: the SDK sends its own. Bytes are the body characters plus this service's
        per-record overhead estimate, as for the records it receives."""
        if records <= 0:
            return
        state = self._service(service)
        size = body_bytes + records * state.byte_overhead
        stats = self._epoch.window.stats_for(state.name, pattern_id, template)
        stats.records += records
        stats.bytes += size
        buckets = stats.severities
        for index, count in enumerate(severities[:len(buckets)]):
            buckets[index] += count
        unbucketed = records - sum(severities[:len(buckets)])
        if unbucketed > 0:
            buckets[0] += unbucketed
        metrics, label = self._metrics, state.label
        metrics.records_received.labels(label).inc(records)
        metrics.bytes_received.labels(label).inc(size)
        metrics.records_dropped.labels(label).inc(records)
        metrics.source_dropped.labels(label).inc(records)

    def pass_decided(self, request: ExportLogsServiceRequest) -> int:
        """Count what a trusted upstream already decided (``sample/source.py`` moved it out of
        its request): each decided record as received and kept here under the rule it
        carries, in the window and the counters; summary records pass uncounted but for
        ``summary_records_total``. Nothing is dropped or annotated. Returns the records."""
        passed = summaries = 0
        epoch = self._epoch
        severity_of_text = self._severity_texts.number
        for rl in request.resource_logs:
            service = self._service(service_name(rl.resource))
            rules = [0] * len(RULES)
            received = size_total = 0
            for sl in rl.scope_logs:
                passed += len(sl.log_records)
                decided = []
                decided_rules = []
                for record in sl.log_records:
                    rule_name = decided_rule(record)
                    if rule_name is None:
                        summaries += 1
                    else:
                        decided.append(record)
                        decided_rules.append(_RULE_NUMBER.get(rule_name, PATTERN))
                # (the scope's records mined together, as process mines them: add_batch, at
                # most _MINED_TOGETHER at a time)
                sizes = []
                pattern_ids = []
                for start in range(0, len(decided), _MINED_TOGETHER):
                    end = min(len(decided), start + _MINED_TOGETHER)
                    texts, part_sizes = _mined_texts(decided, start, end)
                    sizes += part_sizes
                    pattern_ids += service.miner.add_batch(texts)
                for record, rule, size, pattern_id in zip(decided, decided_rules, sizes, pattern_ids,
                                                          strict=True):
                    size += service.byte_overhead
                    state = service.patterns.get(pattern_id)
                    if state is None:
                        state = self._new_state(service, pattern_id, epoch)
                    elif state.epoch is not epoch:
                        self._refresh(state, service, epoch)
                    severity = record.severity_number or severity_of_text(record.severity_text)
                    stats = state.stats
                    stats.records += 1
                    stats.bytes += size
                    stats.severities[severity_bucket(severity)] += 1
                    stats.kept_records += 1
                    stats.kept_bytes += size
                    stats.kept_by_rule[rule] += 1
                    rules[rule] += 1
                    received += 1
                    size_total += size
            if received:
                self._count(service, received, 0, size_total, size_total, 0, rules)
        if summaries:
            self._metrics.summaries.inc(summaries)
        return passed

    def take_summaries(self) -> ExportLogsServiceRequest | None:
        """Summary records for every pattern with drops since the last call, or None.

        Covers the drops of every ``process`` call that returned before, and of no later one:
        ``summary_generation`` (read before this call) is the generation it closes.
        """
        return self.take_summaries_by(lambda service: None).get(None)

    def take_summaries_by(self, owner: Callable[[str], object]) -> dict[object, ExportLogsServiceRequest]:
        """:meth:`take_summaries`, one request per ``owner(service)``: with tenants, a
        service is ``<tenant>/<name>`` and each tenant's summaries go out under its own token."""
        self.summary_generation += 1
        pending, self._pending = self._pending, {}
        restored, self._restored = self._restored, {}
        groups: dict[object, list] = {}
        for name, patterns in pending.items():
            service = self._services.get(name)
            if service is not None and service.resource_bytes:
                resource, schema_url = service.resource, service.schema_url
            else:  # known only from a previous run's ledger
                resource, schema_url = restored.get(name, (Resource(), ""))
            groups.setdefault(owner(name), []).append((resource, schema_url, patterns.values()))
        now = int(self._wall_clock() * 1e9)
        return {key: summary_request(group, now) for key, group in groups.items()}

    def restore_drops(self, ledgers: list[bytes]) -> int:
        """Count a previous run's unsummarised drops (its spooled ledger frames) into the next
        summary; returns how many records they count. A frame that cannot be read is skipped."""
        restored = 0
        for payload in ledgers:
            try:
                groups = decode_ledger(payload)
            except ValueError as exc:  # passed its checksum, so written by another version
                log.warning("skipping a spooled ledger frame: %s", exc)
                continue
            for group in groups:
                patterns = self._pending.setdefault(group.service, {})
                for pattern_id, template, count, size in group.rows:
                    dropped = patterns.get(pattern_id)
                    if dropped is None:
                        dropped = patterns[pattern_id] = Dropped(pattern_id, template)
                    dropped.count += count
                    dropped.bytes += size
                    restored += count
                try:
                    resource = Resource.FromString(group.resource)
                except DecodeError:
                    resource = Resource()
                self._restored[group.service] = (resource, group.schema_url)
        return restored

    def _settle_drops(self, ledger: dict[str, dict[str, list]] | None) -> bool:
        """Move the drops counted on patterns into the pending summary, and into ``ledger``
        (this call's drops, ``{service: {pattern_id: [template, count, bytes]}}``) when
        given. Per pattern with drops, not per record. True when there were any."""
        dirty = self._dirty
        if not dirty:
            return False
        settled = list(dirty)
        dirty.clear()  # in place: process_steps holds its append
        pending = self._pending
        for state in settled:
            count, size = state.dropped, state.dropped_bytes
            if not count:
                continue
            state.dropped = state.dropped_bytes = 0
            patterns = pending.get(state.service)
            if patterns is None:
                patterns = pending[state.service] = {}
            dropped = patterns.get(state.pattern_id)
            if dropped is None:
                dropped = patterns[state.pattern_id] = Dropped(state.pattern_id, state.template)
            dropped.count += count
            dropped.bytes += size
            if ledger is not None:
                rows = ledger.get(state.service)
                if rows is None:
                    rows = ledger[state.service] = {}
                row = rows.get(state.pattern_id)
                if row is None:
                    rows[state.pattern_id] = [state.template, count, size]
                else:
                    row[1] += count
                    row[2] += size
        return True

    def _encode_ledger(self, ledger: dict[str, dict[str, list]]) -> tuple[bytes, int]:
        """One call's drops as a ledger frame (summaries.py), and the records it counts."""
        services = self._services
        groups = []
        counted = 0
        for name, rows in ledger.items():
            service = services.get(name)
            groups.append(LedgerGroup(
                name, service.resource_bytes if service is not None else b"",
                service.schema_url if service is not None else "",
                [(pattern_id, *row) for pattern_id, row in rows.items()]))
            counted += sum(row[1] for row in rows.values())
        return encode_ledger(groups), counted

    # ------------------------------------------------------------------ hot path

    def process(self, request: ExportLogsServiceRequest, *, tenant=None) -> BatchOutcome:
        """Decide every record of ``request``; dropped ones are removed in place, kept ones annotated.

        ``tenant`` (a ``tenants.Tenant``, passthrough mode): its services are kept apart from
        every other tenant's, as ``<tenant>/<service>`` (patterns, rates, policy rules, counts).
        """
        outcome = BatchOutcome()
        for _ in self.process_steps(request, outcome, tenant=tenant):
            pass
        return outcome

    def process_steps(self, request: ExportLogsServiceRequest, outcome: BatchOutcome,
                      slice_records: int = 0, *, tenant=None) -> Iterator[None]:
        """``process``, one slice of ``slice_records`` records at a time: yields between two
        slices (0: never), and has filled ``outcome`` when exhausted (sample/slicing.py).

        Each slice reads the policy, window and bursts once (as a call of its own would) and
        settles its drops before yielding, so calls interleaved with this one count only
        their own; the request itself must not be touched by anyone else until the end.
        """
        config = self.config
        prefix = tenant.prefix if tenant is not None else ""
        if not config.enabled:
            passed = self._pass_through(request, prefix)
            for name in BatchOutcome.__slots__:
                setattr(outcome, name, getattr(passed, name))
            return
        slice_records = slice_records or sys.maxsize
        epoch, add_example, decide = self._slice_context()

        detecting = config.detect_severity
        level_of_body = body_level
        detected_levels = DETECTED_LEVELS
        annotating = config.annotate
        summarising = config.summaries.enabled
        exemptions = self._exemptions
        record_exemptions = exemptions.on_records
        severity_of_text = self._severity_texts.number
        dirty_append = self._dirty.append
        new_state = self._new_state
        refresh = self._refresh
        bucket_of = _SEVERITY_BUCKET
        # This call's drops as the ledger will carry them: {service: {pattern_id: row}}.
        ledger: dict[str, dict[str, list]] | None = {} if self._ledger else None
        settled = False
        budget = slice_records  # records this slice may still take

        rule_totals = [0] * len(RULES)
        resource_logs = request.resource_logs
        empty_resources: list[int] = []

        for resource_index, rl in enumerate(resource_logs):
            resource = rl.resource
            name = service_name(resource)
            service = self._service(prefix + name, name) if prefix else self._service(name)
            get_state = service.patterns.get
            add_batch = service.miner.add_batch
            overhead = service.byte_overhead
            exempt_all = exemptions.resource_matches(resource.attributes)
            rules = [0] * len(RULES)
            received = encoded_total = dropped_total = capped = kept_bytes = 0
            empty_scopes: list[int] = []

            scopes = rl.scope_logs
            for scope_index, sl in enumerate(scopes):
                records = sl.log_records
                count = len(records)
                if not count:
                    empty_scopes.append(scope_index)
                    continue
                calibrating = service.calibrate_in <= 0
                if calibrating and count > _CALIBRATE_RECORDS:
                    # A large scope: calibrate on its first records rather than serialize it all.
                    service.byte_overhead = overhead = _overhead(records, _CALIBRATE_RECORDS)
                    service.calibrate_in = _CALIBRATE_EVERY
                    calibrating = False
                encoded = sl.ByteSize() if calibrating else 0
                text_total = 0
                drops: list[int] = []
                drop = drops.append
                # Large scopes are compacted slice by slice (linear, otlp/repeated.py): kept
                # records move down to ``write``, and the tail is cut once at the end.
                compacting = count >= LINEAR_FROM
                write = 0
                start = 0

                while start < count:
                    if budget <= 0:  # this slice is full and records remain: let others run
                        settled |= self._settle_drops(ledger)
                        yield
                        epoch, add_example, decide = self._slice_context()
                        budget = slice_records
                    stop = min(count, start + budget, start + _MINED_TOGETHER)
                    first_drop = len(drops)

                    # The slice's records are mined together, as one request's: the miner reads
                    # what the others say before it places each (PatternMiner.add_batch).
                    texts, sizes = _mined_texts(records, start, stop)
                    pattern_ids = add_batch(texts)

                    for index, text, size, pattern_id in zip(range(start, stop), texts, sizes, pattern_ids,
                                                             strict=True):
                        record = records[index]
                        text_total += size
                        size += overhead
                        state = get_state(pattern_id)
                        if state is None:
                            state = new_state(service, pattern_id, epoch)
                        elif state.epoch is not epoch:
                            refresh(state, service, epoch)

                        severity = record.severity_number
                        detected = 0
                        if not severity:
                            severity_text = record.severity_text
                            if severity_text:
                                severity = severity_of_text(severity_text)
                            if not severity and detecting:
                                # The level the body states, decided per template where the template
                                # holds it, per record only where it is a variable (a probe) or a
                                # structured body's member.
                                severity = level_of_body(state, text)
                                body = record.body
                                if body.HasField("kvlist_value"):  # (a structured body: no string_value)
                                    severity = kvlist_level(body) or severity
                                detected = severity
                        if state.severity_floor > severity:  # what the template implies: a 5xx status
                            severity = detected = state.severity_floor
                        stats = state.stats
                        stats.records += 1
                        stats.bytes += size
                        # An open enum: clients can send any int32 here.
                        bucket = bucket_of[severity] if 0 <= severity < 25 else severity_bucket(severity)
                        stats.severities[bucket] += 1
                        state.count += 1

                        exempt = exempt_all or (record_exemptions
                                                and matches(record.attributes, record_exemptions))
                        rule = decide(state, severity, exempt, record)
                        if rule >= 0:
                            stats.kept_records += 1
                            stats.kept_bytes += size
                            stats.kept_by_rule[rule] += 1
                            add_example(stats, text)
                            kept_bytes += size
                            rules[rule] += 1
                            if annotating:
                                annotate(record, state.annotation + detected_levels[bucket] if detected
                                         else state.annotation, rule, state.kept_rate)
                        else:
                            if rule == CAPPED:  # drawn, then refused by max_per_second
                                capped += 1
                            drop(index)
                            dropped = state.dropped
                            if not dropped and summarising:
                                dirty_append(state)
                            state.dropped = dropped + 1
                            state.dropped_bytes += size

                    if compacting:
                        write = move_kept(records, drops[first_drop:], start, stop, write)
                    budget -= stop - start
                    start = stop

                received += count
                encoded_total += text_total + count * overhead
                if calibrating:
                    service.byte_overhead = overhead = max(0, round((encoded - text_total) / count))
                    service.calibrate_in = _CALIBRATE_EVERY
                else:
                    service.calibrate_in -= 1
                if drops:
                    dropped_total += len(drops)
                    if len(drops) == count:
                        empty_scopes.append(scope_index)
                    elif compacting:
                        del records[write:]
                    else:
                        for index in reversed(drops):
                            del records[index]

            if dropped_total:
                # Summaries go out on the service's resource as last seen. Never CopyFrom into
                # the long-lived message: upb arenas only grow, so every copy would stay
                # allocated (~230 bytes each, unbounded). Build a new one when it changed.
                encoded = resource.SerializeToString()
                if encoded != service.resource_bytes:
                    service.resource_bytes = encoded
                    service.resource = Resource.FromString(encoded)
                service.schema_url = rl.schema_url
            if len(empty_scopes) == len(scopes):
                empty_resources.append(resource_index)
            else:
                for index in reversed(empty_scopes):
                    del scopes[index]
            if received:
                self._count(service, received, dropped_total, encoded_total, kept_bytes, capped, rules)
                outcome.received += received
                outcome.dropped += dropped_total
                outcome.bytes_received += encoded_total
                outcome.bytes_kept += kept_bytes
                outcome.capped += capped
                for index, kept in enumerate(rules):
                    rule_totals[index] += kept

        for index in reversed(empty_resources):
            del resource_logs[index]
        outcome.kept = outcome.received - outcome.dropped
        outcome.kept_by_rule = {RULES[i]: kept for i, kept in enumerate(rule_totals) if kept}
        if self._settle_drops(ledger) or settled:
            if ledger:
                outcome.ledger = self._encode_ledger(ledger)
            outcome.generation = self.summary_generation

    def _slice_context(self) -> tuple[Epoch, Callable, Decide]:
        """What one slice (a whole call, unsliced) reads once: the epoch (policy, window,
        bursts; an interval's recompute first when due), the window's example reservoir and
        the decider for this moment."""
        now = self._clock()
        if now >= self._next_recompute:
            self._recompute(now)
        epoch = self._epoch
        # -1 with the floor off: it equals every PatternState.kept_in's initial value and is
        # never stored as anything else, so the per-record compare never fires.
        floor_index = int(now * self._per_floor) if self._per_floor else -1
        # The decision order, the draw, the floor and the cap: sample/decision.py, shared with the SDK.
        decide = decider(keep_severity=self.config.keep_severity, now_wall=self._wall_clock(),
                         floor_index=floor_index, draw=self._random, clock=self._clock)
        return epoch, epoch.window.add_example, decide

    # ------------------------------------------------------------------ per batch / per pattern

    def _pass_through(self, request: ExportLogsServiceRequest, prefix: str = "") -> BatchOutcome:
        """Sampling off: count and forward everything untouched (the benchmark's baseline)."""
        metrics = self._metrics
        outcome = BatchOutcome()
        for rl in request.resource_logs:
            received = sum(len(sl.log_records) for sl in rl.scope_logs)
            if not received:
                continue
            size = rl.ByteSize()
            label = metrics.service_label(prefix + service_name(rl.resource))
            if label == OTHER_SERVICE and prefix:  # a tenant's labels past the cap: its own
                label = prefix + OTHER_SERVICE
            metrics.records_received.labels(label).inc(received)
            metrics.bytes_received.labels(label).inc(size)
            metrics.records_kept.labels(label, "disabled").inc(received)
            metrics.bytes_kept.labels(label).inc(size)
            outcome.received += received
            outcome.bytes_received += size
        outcome.kept = outcome.received
        outcome.bytes_kept = outcome.bytes_received
        if outcome.kept:
            outcome.kept_by_rule = {"disabled": outcome.kept}
        return outcome

    def _count(self, service: ServiceState, received: int, dropped: int, size: int, kept_bytes: int,
               capped: int, rules: list[int]) -> None:
        metrics = self._metrics
        label = service.label
        metrics.records_received.labels(label).inc(received)
        metrics.bytes_received.labels(label).inc(size)
        metrics.bytes_kept.labels(label).inc(kept_bytes)
        if dropped:
            metrics.records_dropped.labels(label).inc(dropped)
        if capped:
            metrics.records_capped.labels(label).inc(capped)
        for index, kept in enumerate(rules):
            if kept:
                metrics.records_kept.labels(label, RULES[index]).inc(kept)

    def _service(self, name: str, ids_of: str | None = None) -> ServiceState:
        """``ids_of``: with tenants, the service's own name, which its pattern ids are made
        for (``name`` is ``<tenant>/<service>``)."""
        service = self._services.get(name)
        if service is None:
            if len(self._services) >= _MAX_SERVICES:
                # Bounded like the catalog's miners and the metric labels: the rest share one,
                # a tenant's rest its own (<tenant>/_other): tenants never share state.
                if ids_of is None:
                    name = OTHER_SERVICE
                else:
                    name, ids_of = name[:len(name) - len(ids_of)] + OTHER_SERVICE, OTHER_SERVICE
                service = self._services.get(name)
                if service is not None:
                    return service
            catalog = self._catalog
            miner = catalog.miner(name) if ids_of is None else catalog.miner(name, ids_of=ids_of)
            label = self._metrics.service_label(name)
            if label == OTHER_SERVICE and ids_of is not None:  # a tenant's labels past the cap: its own
                label = name[:len(name) - len(ids_of)] + OTHER_SERVICE
            service = self._services[name] = ServiceState(
                name, miner, label, self.config.dynamic.keep_whole_below)
            # A new service has no cap K of its own yet and is sampled at keep_whole_below
            # until the next recompute: bring that forward so it gets its water-filled K
            # within a fraction of an interval, not up to a whole one.
            self._next_recompute = min(self._next_recompute,
                                       self._clock() + self._interval * _FIRST_INTERVAL_SHARE)
        return service

    def _new_window(self) -> StatsWindow:
        window = self._window_factory()
        window.started = self._wall_clock()
        return window

    def _new_state(self, service: ServiceState, pattern_id: str, epoch: Epoch) -> PatternState:
        patterns = service.patterns
        if len(patterns) >= self.config.max_patterns_per_service:
            self._evict(patterns)
        novelty = self.config.novelty
        state = PatternState(service.name, pattern_id, novelty.keep if novelty.enabled else 0)
        self._refresh(state, service, epoch)
        patterns[pattern_id] = state
        return state

    @staticmethod
    def _evict(patterns: dict[str, PatternState]) -> None:
        # Drops of an evicted pattern are still summarised: its state stays on the dirty list
        # until the call settles its drops.
        victims = heapq.nsmallest(max(1, len(patterns) // _EVICT_SHARE), patterns.values(),
                                  key=lambda s: (-s.idle, s.ewma + s.count))
        for victim in victims:
            del patterns[victim.pattern_id]

    def _refresh(self, state: PatternState, service: ServiceState, epoch: Epoch) -> None:
        """Recompute a pattern's decision inputs for ``epoch`` (once per pattern per epoch)."""
        config = self.config
        name, pattern_id = service.name, state.pattern_id
        state.pattern = service.miner.pattern(pattern_id) or _UNKNOWN
        template = state.pattern.text
        if template != state.template or state.epoch is None:
            state.template = template
            if config.annotate:
                state.annotation = pattern_annotation(template, pattern_id)
            state.classified = self._classifier.classify(name, template)
            state.severity_floor = severity_floor(template, http_5xx_as_error=config.http_5xx_as_error)
        tier, tier_reason = self._tier_overrides.get((name, pattern_id)) or state.classified
        state.tier, state.tier_reason = tier, tier_reason
        state.weight = self._tier_weight[tier]
        stats = state.stats = epoch.window.stats_for(name, pattern_id, template)
        stats.template = template
        stats.tier, stats.tier_reason = tier.value, tier_reason

        table = epoch.table
        rule = table.patterns.get((name, pattern_id))
        drop = self._drop_rules.rate_for(name, template)
        if drop is None and rule is not None and rule[0] <= 0.0:
            drop = 0.0  # only a manual policy can say 0; the guards keep generated ones above min_rate
        state.drop = drop
        state.burst_until = epoch.bursts.get((name, pattern_id), 0.0) if config.burst.enabled else 0.0

        dynamic = config.dynamic
        surge = float("inf")
        max_per_second = 0.0
        if rule is not None and rule[0] > 0.0:
            rate, cap = rule
            state.rule = PATTERN
            if cap:
                max_per_second = cap
                rate = capped_rate(rate, cap, state.ewma, self._interval, config.min_rate)
        else:
            default = table.default_for(name, config.default_rate)
            if default is not None:
                rate = default
                state.rule = DEFAULT
            elif dynamic.enabled:
                # K_i = K0 * w_i, never under keep_whole_below; a tier's floor is the least rate.
                # Until its first recompute a service has no K0 of its own: no flood of it is
                # cut below the target's share (docs/policy-format.md § Patterns no policy names).
                cap = state.cap = max(service.cap * state.weight, dynamic.keep_whole_below)
                least = self._tier_least[tier]
                if service.provisional:
                    least = max(least, 1.0 - self._target_reduction)
                state.least = least
                rate = dynamic_rate(state.ewma, cap, least)
                surge = surge_threshold(state.ewma, cap)
                state.rule = DYNAMIC
            else:
                rate = 1.0
                state.rule = DEFAULT
        if max_per_second and not state.max_per_second:
            state.tokens = max(max_per_second, 1.0)
            state.t_last = self._clock()
        state.max_per_second = max_per_second
        state.rate = rate
        state.surge = surge
        state.epoch = epoch

    def _recompute(self, now: float) -> None:
        """End of a dynamic interval: fold counts into the averages, water-fill each service's
        cap K (see dynamic.py); rates refresh lazily."""
        elapsed = max(now - self._last_recompute, 1e-9)
        intervals = max(1, int(elapsed / self._interval))
        # An interval cut short (a new service brought the recompute forward) counted fewer
        # records: scale them to a whole interval so averages and keep_whole_below keep their unit.
        scale = self._interval / elapsed if elapsed < self._interval else 1.0
        self._last_recompute = now
        self._next_recompute = now + self._interval
        dynamic = self.config.dynamic
        alpha = dynamic.ewma_alpha
        reduction = self._target_reduction
        tier_least = self._tier_least
        gauge = self._metrics.patterns
        for service in self._services.values():
            volumes = []
            overhead = service.byte_overhead
            for state in service.patterns.values():
                count = state.count
                ewma = state.ewma = advance(state.ewma, count * scale, alpha, intervals, state.first)
                state.first = False
                state.count = 0
                state.idle = 0 if count else state.idle + intervals
                if state.rule == DYNAMIC and state.drop is None:
                    stats = state.stats
                    # Bytes per record from the stats window: the same estimate as bytes_received.
                    size = stats.bytes / stats.records if stats is not None and stats.records else overhead
                    volumes.append((ewma, size, state.weight, tier_least[state.tier]))
            cap = water_fill_cap(volumes, reduction)
            if cap is not None:
                service.cap = cap
            service.provisional = False
            gauge.labels(service.label).set(len(service.patterns))
        self._epoch = self._epoch.replace()  # a new identity makes every pattern refresh its rate

