"""The SDK's side of PolicyService: fetch, watch and report, on background threads only.

One thread fetches the policy (``GetPolicy``) and then keeps ``WatchPolicy`` open, so a
new version is applied as soon as the proxy has it; when the proxy cannot be reached it
retries with a growing delay (0.5 s to 30 s) while the sampler keeps the last policy it
had (cached on disk) or, with none, keeps every record. That is said once per outage,
never per record. Another thread, every ``report_interval``, has the sampler emit its
summary records and sends the drops to ``ReportPatternStats``; a report is retried with
the same sequence number until the proxy acknowledges it, so it is counted once. The
application's threads never wait on any of this.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

import grpc

from otlp_sampler._generated.v1 import policy_pb2, policy_pb2_grpc

log = logging.getLogger("otlp_sampler.sdk")


class Sampler(Protocol):
    """What the client needs of :class:`otlp_sampler.sdk.sampler.Sampler` (which imports this module)."""

    service: str
    reporter: str
    report_interval: float
    policy_version: int
    has_policy: bool

    def set_policy(self, message: policy_pb2.Policy, *, cache: bool = True) -> None: ...

    def flush(self) -> list: ...

CALL_TIMEOUT = 5.0
FIRST_RETRY, LAST_RETRY = 0.5, 30.0


class PolicyClient:
    """Fetches, watches and reports for one :class:`~otlp_sampler.sdk.sampler.Sampler`."""

    def __init__(self, sampler: Sampler, endpoint: str, *, token: str | None = None,
                 tls: bool = False) -> None:
        self._sampler = sampler
        self._target = endpoint.split("://", 1)[-1]
        self._tls = tls or endpoint.startswith("https://")
        self._metadata = (("authorization", f"Bearer {token}"),) if token else ()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._channel: grpc.Channel | None = None
        self._stream = None
        self._lock = threading.Lock()
        self._pending: policy_pb2.ReportPatternStatsRequest | None = None  # sent, not yet acknowledged
        self._next: dict = {}  # pattern id -> Summary  # drops waiting for the next report
        self._sequence = 0
        self._reachable: bool | None = None  # None: not known yet
        self._reports_refused = False
        self.reports_acknowledged = 0
        self.failures = 0  # attempts to reach the policy service that failed

    def start(self) -> None:
        if self._threads:
            return
        channel = grpc.secure_channel(self._target, grpc.ssl_channel_credentials()) if self._tls \
            else grpc.insecure_channel(self._target)
        self._channel = channel
        self._stub = policy_pb2_grpc.PolicyServiceStub(channel)
        loops = (("otlp-sampler-policy", self._watch), ("otlp-sampler-report", self._report_loop))
        for name, target in loops:
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is pending once more, then stop both threads."""
        if not self._threads:
            return
        for _ in range(2):  # the report in flight, then the drops queued behind it
            if not self._send_report():
                break
        self._stopping.set()
        stream = self._stream
        if stream is not None:
            stream.cancel()
        if self._channel is not None:
            self._channel.close()  # ends a call still waiting on a proxy that does not answer
        for thread in self._threads:
            thread.join(timeout)

    # ------------------------------------------------------------------ the policy

    def _watch(self) -> None:
        sampler = self._sampler
        delay = FIRST_RETRY
        while not self._stopping.is_set():
            try:
                policy = self._stub.GetPolicy(policy_pb2.GetPolicyRequest(service=sampler.service),
                                              timeout=CALL_TIMEOUT, metadata=self._metadata)
                self._apply(policy)
                stream = self._stream = self._stub.WatchPolicy(
                    policy_pb2.WatchPolicyRequest(service=sampler.service, known_version=policy.version),
                    metadata=self._metadata)
                for policy in stream:
                    self._apply(policy)
                    delay = FIRST_RETRY
            except grpc.RpcError as exc:
                if self._stopping.is_set():
                    return
                self._unreachable(exc)
            else:
                if self._stopping.is_set():
                    return
                self._unreachable(None)  # the proxy ended the stream: it is stopping
            self._stopping.wait(delay)
            delay = min(delay * 2, LAST_RETRY)

    def _apply(self, policy: policy_pb2.Policy) -> None:
        sampler = self._sampler
        changed = policy.version != sampler.policy_version or not sampler.has_policy
        sampler.set_policy(policy, cache=changed)
        if self._reachable is not True:
            log.info("otlp-sampler SDK: %s follows the policy of %s, version %d",
                     sampler.service, self._target, policy.version)
        self._reachable = True

    def _unreachable(self, exc: grpc.RpcError | None) -> None:
        self.failures += 1
        if self._reachable is False:
            return  # said once per outage
        self._reachable = False
        sampler = self._sampler
        why = f"{exc.code().name}: {exc.details()}" if exc is not None else "the proxy closed the stream"
        if sampler.has_policy:
            log.warning("otlp-sampler SDK: the policy service at %s is unreachable (%s); sampling with "
                        "policy version %d until it answers", self._target, why, sampler.policy_version)
        else:
            log.warning("otlp-sampler SDK: the policy service at %s is unreachable (%s) and no policy is "
                        "cached: keeping every record until it answers", self._target, why)

    # ------------------------------------------------------------------ reports

    def queue_report(self, drops: list) -> None:
        """Add drops to the next report (merged per pattern)."""
        with self._lock:
            waiting = self._next
            for drop in drops:
                merged = waiting.get(drop.pattern_id)
                if merged is None:
                    waiting[drop.pattern_id] = drop
                else:
                    merged.count += drop.count
                    merged.bytes += drop.bytes
                    merged.severities = [a + b for a, b in
                                         zip(merged.severities, drop.severities, strict=True)]

    def _report_loop(self) -> None:
        while not self._stopping.wait(self._sampler.report_interval):
            self._sampler.flush()
            self._send_report()

    def _send_report(self) -> bool:
        """Send the pending report (or make one of the queued drops); True when one was acknowledged."""
        with self._lock:
            if self._pending is None and self._next:
                self._sequence += 1
                self._pending = policy_pb2.ReportPatternStatsRequest(
                    service=self._sampler.service, reporter=self._sampler.reporter, sequence=self._sequence,
                    patterns=[policy_pb2.PatternStats(pattern_id=d.pattern_id, template=d.template,
                                                      dropped_records=d.count, dropped_bytes=d.bytes,
                                                      severities=d.severities) for d in self._next.values()])
                self._next = {}
            request = self._pending
        if request is None or self._reports_refused:
            return False
        try:
            self._stub.ReportPatternStats(request, timeout=CALL_TIMEOUT, metadata=self._metadata)
        except grpc.RpcError as exc:
            if exc.code() in (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAUTHENTICATED,
                              grpc.StatusCode.UNIMPLEMENTED):
                self._reports_refused = True
                log.warning("otlp-sampler SDK: the proxy at %s refuses drop reports (%s: %s); its savings "
                            "and volumes will not include this SDK's drops (give it a token of "
                            "sampling.trusted_upstreams)", self._target, exc.code().name, exc.details())
            return False  # kept pending: retried with the same sequence, counted once
        with self._lock:
            if self._pending is request:
                self._pending = None
        self.reports_acknowledged += 1
        return True
