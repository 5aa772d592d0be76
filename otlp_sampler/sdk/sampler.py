"""``Sampler``: the per-record decision at the source, and what it dropped.

``decide(text, severity, trace_id, attributes)`` mines the text with the proxy's
:class:`~otlp_sampler.patterns.PatternMiner` and decides with the proxy's
:func:`~otlp_sampler.sample.decision.decider` over the same
:class:`~otlp_sampler.sample.state.PatternState`; it answers ``None`` (drop), :data:`PASS`
(keep, untouched: the policy has no word on the pattern, the proxy decides) or the
attributes to add, as the proxy annotates. Patterns the policy names and the service's
default are decided here; records kept so carry ``sampling.rule`` and are not sampled
again by a proxy that trusts this SDK's token (docs/sdk.md § Guarantees).

It is called from any application thread: one lock around mining and deciding. The
network stays on the client's threads (client.py); the policy is swapped by reference.
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.analyze.window import SEVERITY_BUCKETS, severity_bucket
from otlp_sampler.meaning.levels import severity_floor
from otlp_sampler.otlp.records import MAX_BODY_CHARS, UNKNOWN_SERVICE
from otlp_sampler.patterns import PatternMiner
from otlp_sampler.sample.annotate import (
    ADJUSTED_COUNT_KEY,
    DEFAULT,
    DETECTED_LEVEL_KEY,
    PATTERN,
    PATTERN_ID_KEY,
    RULE_KEY,
    RULES,
    TEMPLATE_KEY,
)
from otlp_sampler.sample.decision import body_level, decider
from otlp_sampler.sample.rules import mapping_matches
from otlp_sampler.sample.severity import SeverityTexts
from otlp_sampler.sample.state import PatternState
from otlp_sampler.sdk.policy import OPEN, SourcePolicy, cache_path, load_cached, save_cached

log = logging.getLogger("otlp_sampler.sdk")

PASS: dict = {}  # keep the record as it is (never mutated: read-only by convention)
monotonic = time.monotonic
_DEFERRED = -1  # PatternState.rule of a pattern the policy leaves to the proxy
_UNKNOWN = SimpleNamespace(text="")  # the pattern of an id the miner no longer knows (evicted)
_SEVERITY_BUCKET = tuple(severity_bucket(n) for n in range(25))
_BUCKETS = len(SEVERITY_BUCKETS)  # UNSET, TRACE, DEBUG, INFO, WARN, ERROR, FATAL, as the window counts


class _State(PatternState):
    """A pattern's decision inputs at the source, and whether the policy names its id."""

    __slots__ = ("by_text", "checked")

    def __init__(self, service: str, pattern_id: str, novel_left: int) -> None:
        super().__init__(service, pattern_id, novel_left)
        # True: a record of this pattern takes the rule whose template its text is an
        # instance of (SourcePolicy.templates), as the proxy may name it otherwise: the
        # policy has rules but none by this id, or its rule's template does not cover this
        # miner's template of it (_check)
        self.by_text = False
        self.checked: str | None = None  # the template by_text was found for (None: not yet)


class _Trace:
    """The one field of a record the shared decision reads itself (under the sampler's lock)."""

    __slots__ = ("trace_id",)

    def __init__(self) -> None:
        self.trace_id = 0


@dataclass(slots=True)
class Summary:
    """Records of one pattern dropped at the source since the last summary."""

    pattern_id: str
    template: str
    count: int = 0
    bytes: int = 0  # body characters
    severities: list[int] = field(default_factory=lambda: [0] * _BUCKETS)

    def body(self) -> str:
        return f"sampled out {self.count:,} records like: {self.template}"

    def attributes(self) -> dict:
        """The summary record's attributes, as the proxy writes them on its own."""
        return {"sampling.summary": True, "sampling.dropped_count": self.count,
                "sampling.dropped_bytes": self.bytes, TEMPLATE_KEY: self.template,
                PATTERN_ID_KEY: self.pattern_id}


class Sampler:
    """The policy of one service and the decision for its records; see the module docstring.

    ``Sampler(service, endpoint="localhost:4317", token=None, tls=False, cache_dir=None)``
    starts its background threads at once (``start=False`` to start them later with
    :meth:`start`); :meth:`close` stops them after a last summary and report.
    """

    def __init__(self, service: str | None = None, endpoint: str = "localhost:4317", *,
                 token: str | None = None, tls: bool = False, cache_dir: str | os.PathLike | None = None,
                 report_interval: float = 10.0, max_patterns: int = 5000, seed: int | None = None,
                 resource: Mapping | None = None, start: bool = True) -> None:
        self.service = service or os.environ.get("OTEL_SERVICE_NAME") or UNKNOWN_SERVICE
        # The application's resource attributes, for the proxy's resource exemptions (the
        # OTel integration sets them from the provider's resource).
        self._resource: Mapping = resource or {}
        self._resource_exempt = False
        self.endpoint = endpoint
        self.report_interval = report_interval
        self.reporter = uuid.uuid4().hex
        self._miner = PatternMiner(self.service, max_patterns)
        self._max_patterns = max_patterns
        self._states: dict[str, _State] = {}
        self._drops: dict[str, Summary] = {}
        self._lock = threading.Lock()
        self._trace = _Trace()
        self._draw = random.Random(seed).random
        self._severity_texts = SeverityTexts()
        self._summary_sink: Callable[[list[Summary]], None] | None = None
        self._cache_path = cache_path(cache_dir, self.service)
        self._policy = OPEN
        self._epoch = object()  # a new one per policy: states refresh against it
        self._decide = None  # the shared decider for this policy and floor interval, built on use
        self._floor_index = -1
        self._per_floor = 0.0
        self._record_exemptions: list = []
        cached = load_cached(self._cache_path, self.service)
        if cached is not None:
            self._install(cached)
            log.info("otlp-sampler SDK: %s starts on the cached policy version %d",
                     self.service, cached.version)
        from otlp_sampler.sdk.client import PolicyClient  # grpc: loaded with the sampler, not per record

        self.client = PolicyClient(self, endpoint, token=token, tls=tls)
        if start:
            self.start()

    # ------------------------------------------------------------------ policy

    @property
    def policy_version(self) -> int:
        return self._policy.version

    @property
    def has_policy(self) -> bool:
        return self._policy is not OPEN

    def set_policy(self, message: policy_pb2.Policy, *, cache: bool = True) -> None:
        """Apply a policy from the proxy (the client's threads call this) and cache it."""
        if message.service != self.service:
            log.warning("otlp-sampler SDK: ignoring a policy for service %r (this is %r)",
                        message.service, self.service)
            return
        self._install(message)
        if cache:
            save_cached(self._cache_path, message)

    def set_resource(self, attributes: Mapping) -> None:
        """The application's resource attributes (an exemption on them keeps every record)."""
        self._resource = attributes
        self._resource_exempt = _resource_exempt(self._policy, attributes)

    def _install(self, message: policy_pb2.Policy) -> None:
        policy = SourcePolicy(message)
        floor = policy.floor_interval
        self._resource_exempt = _resource_exempt(policy, self._resource)
        with self._lock:
            self._policy = policy
            self._per_floor = 1.0 / floor if floor > 0 else 0.0
            self._record_exemptions = policy.exemptions.on_records
            self._epoch = object()
            self._decide = None

    # ------------------------------------------------------------------ the emit path

    def severity_of_text(self, text: str) -> int:
        return self._severity_texts.number(text) if text else 0

    def decide(self, text: str, severity: int, trace_id: int = 0,
               attributes: Mapping | None = None) -> dict | None:
        """None: drop the record. :data:`PASS`: keep it as it is. Else the attributes to add."""
        if self._policy.open or self._resource_exempt:
            return PASS
        if len(text) > MAX_BODY_CHARS:
            text = text[:MAX_BODY_CHARS]
        with self._lock:
            policy = self._policy
            pattern_id = self._miner.add(text)
            state = self._states.get(pattern_id)
            if state is None:
                state = self._new_state(pattern_id, policy)
            elif state.epoch is not self._epoch:
                self._refresh(state, policy)
            if state.pattern.text is not state.checked:  # (a new policy, or the template generalised)
                self._check(state, policy)
            if state.by_text:
                # The proxy, which mines a request's records together, may name this record
                # otherwise than this miner did alone: the rule whose template it is an
                # instance of is the proxy's for it (docs/sdk.md § Records the proxy names otherwise)
                named = policy.templates.match(text)
                if named is not None:
                    pattern_id = named
                    state = self._states.get(named)
                    if state is None:
                        state = self._new_state(named, policy)
                    elif state.epoch is not self._epoch:
                        self._refresh(state, policy)
            if state.rule == _DEFERRED:
                return PASS
            detected = 0
            if not severity and policy.detect_severity:
                severity = detected = body_level(state, text)  # the proxy's reading, per template
            if state.severity_floor > severity:  # what the template implies: a 5xx status
                severity = detected = state.severity_floor
            exemptions = self._record_exemptions
            exempt = bool(exemptions) and attributes is not None and mapping_matches(attributes, exemptions)
            per_floor = self._per_floor
            floor_index = int(monotonic() * per_floor) if per_floor else -1
            decide = self._decide
            if decide is None or floor_index != self._floor_index:  # a new policy, or the interval turned
                decide = self._decide = decider(
                    keep_severity=policy.keep_severity, now_wall=time.time(), floor_index=floor_index,
                    draw=self._draw, clock=monotonic)
                self._floor_index = floor_index
            trace = self._trace  # what the decision reads the trace id from, when it draws
            trace.trace_id = trace_id
            rule = decide(state, severity, exempt, trace)
            if rule < 0:
                drops = self._drops.get(pattern_id)
                if drops is None:
                    drops = self._drops[pattern_id] = Summary(pattern_id, state.template)
                drops.count += 1
                drops.bytes += len(text)
                drops.severities[_SEVERITY_BUCKET[severity] if 0 <= severity < 25 else 0] += 1
                return None
            weight = 1.0 / state.kept_rate
        prior = attributes.get(ADJUSTED_COUNT_KEY) if attributes else None
        if prior is not None and type(prior) in (int, float) and 1.0 <= prior < float("inf"):
            weight *= prior  # a record sampled before us stands for more (as the proxy multiplies)
        annotation = {TEMPLATE_KEY: state.template, PATTERN_ID_KEY: pattern_id, RULE_KEY: RULES[rule],
                      ADJUSTED_COUNT_KEY: weight}
        if detected:
            annotation[DETECTED_LEVEL_KEY] = SEVERITY_BUCKETS[severity_bucket(detected)]
        return annotation

    def _new_state(self, pattern_id: str, policy: SourcePolicy) -> _State:
        states = self._states
        if len(states) >= 2 * self._max_patterns:  # the miner evicted most of these long ago
            template, rules = self._miner.template, policy.rules
            self._states = states = {k: s for k, s in states.items()
                                     if template(k) is not None or k in rules}
        state = states[pattern_id] = _State(self.service, pattern_id, policy.novelty_keep)
        self._refresh(state, policy)
        return state

    def _refresh(self, state: _State, policy: SourcePolicy) -> None:
        """The pattern's decision inputs under ``policy``, as the processor's ``_refresh`` reads
        a compiled policy: a rule, else a drop rule, else the default, else the proxy decides.
        A pattern this miner does not know (one the policy names, found by its template) reads
        the rule's template."""
        pattern: Any = self._miner.pattern(state.pattern_id)
        if pattern is None:
            named = policy.templates.templates.get(state.pattern_id)
            pattern = _UNKNOWN if named is None else SimpleNamespace(text=named)
        state.pattern = pattern
        state.template = template = pattern.text
        state.severity_floor = severity_floor(template, http_5xx_as_error=policy.http_5xx_as_error)
        rule = policy.rules.get(state.pattern_id)
        state.checked = None
        drop = policy.drop_rules.rate_for(self.service, template)
        if drop is None and rule is not None and rule[0] <= 0.0:
            drop = 0.0
        state.drop = drop
        max_per_second = 0.0
        if rule is not None and rule[0] > 0.0:
            state.rule, state.rate = PATTERN, rule[0]
            max_per_second = rule[1]
        elif policy.default_rate is not None:
            state.rule, state.rate = DEFAULT, policy.default_rate
        elif drop is not None:
            state.rule, state.rate = PATTERN, drop
        else:
            state.rule, state.rate = _DEFERRED, 1.0
        if max_per_second and not state.max_per_second:
            state.tokens, state.t_last = max(max_per_second, 1.0), time.monotonic()
        state.max_per_second = max_per_second
        state.epoch = self._epoch

    @staticmethod
    def _check(state: _State, policy: SourcePolicy) -> None:
        """Whether ``state``'s records are named by their text (``_State.by_text``) now."""
        template = state.checked = state.pattern.text
        templates = policy.templates
        if not templates:
            state.by_text = False  # nothing to match: the id, the drop rules, the default
        elif state.pattern_id in policy.rules:
            # A pattern's id is its template's as first made, with the words that may vary as
            # <*> (shapes.id_tokens): two variants of one shape that the proxy keeps apart
            # (``onReceive action: SCREEN_ON`` and ``… SCREEN_OFF``) take that id in turn, the
            # first of each miner's, and a miner generalises a pattern past another's under
            # it. Where the rule's template does not cover this miner's, its records take the
            # rule their text is an instance of, and an instance of none its id's rule (as
            # before: a template the policy's author wrote, ``GET /items/{} 200``, need not
            # read as the miner's, and the id is what names the pattern).
            state.by_text = not templates.covers(state.pattern_id, template)
        else:
            state.by_text = True

    # ------------------------------------------------------------------ summaries and reports

    def attach(self, sink: Callable[[list[Summary]], None]) -> None:
        """Where summary records go: the integration in front of which this sampler sits."""
        if self._summary_sink is not None and self._summary_sink != sink:
            raise ValueError("this Sampler already feeds an integration: one Sampler per pipeline, "
                             "or its drops would be summarised twice")
        self._summary_sink = sink

    def take_drops(self) -> list[Summary]:
        """What was dropped since the last call (each pattern once)."""
        with self._lock:
            drops, self._drops = self._drops, {}
        return list(drops.values())

    def flush(self) -> list[Summary]:
        """Send summary records for the drops so far through the integration, and queue them
        for the next report to the proxy; returns them."""
        drops = self.take_drops()
        if drops:
            sink = self._summary_sink
            if sink is not None:
                try:
                    sink(drops)
                except Exception:  # the app's pipeline failing must not lose the report too
                    log.exception("otlp-sampler SDK: could not emit summary records")
            self.client.queue_report(drops)
        return drops

    def start(self) -> None:
        self.client.start()

    def close(self, timeout: float = 5.0) -> None:
        """A last summary and report, then the background threads stop (within ``timeout``)."""
        self.flush()
        self.client.close(timeout)


def _resource_exempt(policy: SourcePolicy, resource: Mapping) -> bool:
    """An exemption on the resource matches: the proxy keeps every record, so the SDK keeps
    them untouched (the proxy marks them ``exempt``)."""
    exemptions = policy.exemptions.on_resource
    return bool(exemptions) and mapping_matches(resource, exemptions)
