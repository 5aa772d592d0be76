"""``otlp_sampler.v1.PolicyService`` on the OTLP/gRPC port: the policy for SDKs, their drop reports.

An SDK that samples at the source (docs/sdk.md) asks ``GetPolicy`` for its service's rules
at start, keeps ``WatchPolicy`` open to hear of every new version as soon as the processor
applies it (``SamplingProcessor.on_policy_set`` wakes the streams), and sends what it dropped
with ``ReportPatternStats``, which the processor counts as received and dropped
(``add_source_drops``). The messages are compiled per service from the policy in force and
cached per version; the protocol is protos/otlp_sampler/v1/policy.proto.

Auth is the receivers': ``receivers.auth_tokens`` (and the trusted upstreams' tokens) when
set. Reports are believed only from a trusted upstream (``sampling.trusted_upstreams``):
their counts reach the savings and the policy's volumes as summary records do the sink.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import AsyncIterator

import grpc

from otlp_sampler._generated.v1 import policy_pb2, policy_pb2_grpc
from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.receive.auth import TokenAuth
from otlp_sampler.sample import SamplingProcessor, compile_policy

log = logging.getLogger("otlp_sampler.receive.policy")

_PATTERN_ID = re.compile(r"[0-9a-f]{16}")
_MAX_REPORTERS = 10_000  # last sequence remembered per reporter, least recently seen forgotten
_MAX_CACHED = 256  # compiled messages, (version, service) each
_MAX_TEMPLATE = 2048
_MAX_SERVICE = 256
_MAX_PATTERNS_PER_REPORT = 100_000


def _authorized(context: grpc.aio.ServicerContext, auth: TokenAuth) -> bool:
    for key, value in context.invocation_metadata() or ():
        if key == "authorization":
            return auth.check_authorization(value if isinstance(value, str) else None)
    return False


class PolicyServicer(policy_pb2_grpc.PolicyServiceServicer):
    """The three calls of PolicyService over one proxy's processor and config."""

    def __init__(self, config: Config, processor: SamplingProcessor, metrics: Metrics, *,
                 auth: TokenAuth, trusted: TokenAuth, refusal: str | None = None) -> None:
        """``refusal``: every call is refused with FAILED_PRECONDITION and this message (the
        proxy serves no policy: ``tenants.mode: passthrough``); an SDK then keeps every record."""
        self._config = config
        self._refusal = refusal
        self._processor = processor
        self._metrics = metrics
        self._auth = auth
        self._trusted = trusted
        self._cache: OrderedDict[tuple[int, int, str], policy_pb2.Policy] = OrderedDict()
        self._sequences: OrderedDict[str, int] = OrderedDict()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._changed: asyncio.Event | None = None
        self._closed = False
        processor.on_policy_set = self.policy_changed

    # ------------------------------------------------------------------ news of new versions

    def policy_changed(self) -> None:
        """Wake every WatchPolicy stream; safe from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._wake()
        else:
            loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def close(self) -> None:
        """End every WatchPolicy stream now (the proxy is stopping): SDKs reconnect elsewhere."""
        self._closed = True
        self.policy_changed()

    # ------------------------------------------------------------------ the calls

    async def GetPolicy(self, request: policy_pb2.GetPolicyRequest, context) -> policy_pb2.Policy:
        await self._check(context, request.tenant, request.service)
        return self.policy_for(request.service)

    async def WatchPolicy(self, request: policy_pb2.WatchPolicyRequest,
                          context) -> AsyncIterator[policy_pb2.Policy]:
        await self._check(context, request.tenant, request.service)
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
            self._changed = asyncio.Event()
        gauge = self._metrics.policy_watchers
        gauge.inc()
        try:
            sent = None
            while not self._closed:
                changed = self._changed
                message = self.policy_for(request.service)
                if message is not sent:  # the first one at once, then each new compilation
                    sent = message
                    yield message
                await changed.wait()
        finally:
            gauge.dec()

    async def ReportPatternStats(self, request: policy_pb2.ReportPatternStatsRequest,
                                 context) -> policy_pb2.ReportPatternStatsResponse:
        await self._check(context, request.tenant, request.service)
        if not _authorized(context, self._trusted):
            await context.abort(grpc.StatusCode.PERMISSION_DENIED,
                                "ReportPatternStats needs a bearer token of sampling.trusted_upstreams")
        problem = _report_problem(request)
        if problem:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, problem)
        sequences = self._sequences
        last = sequences.get(request.reporter, 0)
        if request.sequence <= last:  # a retry of a report already counted
            sequences.move_to_end(request.reporter)
            return policy_pb2.ReportPatternStatsResponse(records=0)
        sequences[request.reporter] = request.sequence
        sequences.move_to_end(request.reporter)
        if len(sequences) > _MAX_REPORTERS:
            sequences.popitem(last=False)
        records = 0
        add = self._processor.add_source_drops
        for stats in request.patterns:
            add(request.service, stats.pattern_id, stats.template[:_MAX_TEMPLATE], stats.dropped_records,
                stats.dropped_bytes, list(stats.severities))
            records += stats.dropped_records
        return policy_pb2.ReportPatternStatsResponse(records=records)

    async def _check(self, context, tenant: str, service: str) -> None:
        if self._refusal is not None:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, self._refusal)
        if self._auth.enabled and not _authorized(context, self._auth):
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or invalid bearer token")
        if tenant:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                f"tenant {tenant[:64]!r}: this proxy has no tenants (leave tenant empty)")
        if not service or len(service) > _MAX_SERVICE:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                f"service must be the SDK's service.name (1 to {_MAX_SERVICE} characters)")

    # ------------------------------------------------------------------ the message

    def policy_for(self, service: str) -> policy_pb2.Policy:
        """The policy in force compiled for ``service``; the same object until it changes."""
        document = self._processor.policy
        key = (id(document), document.version if document is not None else 0, service)
        message = self._cache.get(key)
        if message is None:
            message = self._cache[key] = policy_message(self._config, document, service)
            if len(self._cache) > _MAX_CACHED:
                self._cache.popitem(last=False)
        return message


def policy_message(config: Config, document, service: str) -> policy_pb2.Policy:
    """What an SDK of ``service`` needs of ``document`` (None: no policy yet) and the config."""
    sampling = config.sampling
    message = policy_pb2.Policy(version=document.version if document is not None else 0, service=service)
    guarantees = message.guarantees
    guarantees.keep_severity = sampling.keep_severity
    guarantees.min_rate = sampling.min_rate
    guarantees.novelty_keep = sampling.novelty.keep if sampling.novelty.enabled else 0
    guarantees.floor_interval_seconds = config.analysis.interval  # as build_processor's floor
    guarantees.detect_severity = sampling.detect_severity
    guarantees.http_5xx_as_error = sampling.http_5xx_as_error
    if not sampling.enabled:
        return message  # no rules, no default: the SDK keeps everything, as the proxy does
    table = compile_policy(document)
    default = table.default_for(service, sampling.default_rate)
    if default is not None:
        message.default_rate = default
    rules = document.services.get(service) if document is not None else None
    if rules is not None:
        for pattern_id, rule in rules.patterns.items():
            entry = message.patterns[pattern_id]
            entry.rate = rule.rate
            entry.max_per_second = rule.max_per_second or 0.0
            entry.template = rule.template or ""
    for drop in sampling.drop:
        if drop.service is None or drop.service == service:
            message.drop_rules.add(match=drop.match, rate=drop.rate)
    for exemption in sampling.exemptions:
        entry = message.exemptions.add(attribute=exemption.attribute, resource=exemption.resource)
        if exemption.equals is not None:
            entry.equals = exemption.equals
    return message


def _report_problem(request: policy_pb2.ReportPatternStatsRequest) -> str:
    if not request.reporter or len(request.reporter) > 128:
        return "reporter must be the SDK's id (1 to 128 characters)"
    if request.sequence < 1:
        return "sequence starts at 1"
    if len(request.patterns) > _MAX_PATTERNS_PER_REPORT:
        return f"at most {_MAX_PATTERNS_PER_REPORT} patterns per report"
    for stats in request.patterns:
        if not _PATTERN_ID.fullmatch(stats.pattern_id):
            return f"pattern_id {stats.pattern_id[:32]!r} is not 16 hex digits"
        if sum(stats.severities) > stats.dropped_records:
            return f"pattern {stats.pattern_id}: severities add up to more than dropped_records"
    return ""
