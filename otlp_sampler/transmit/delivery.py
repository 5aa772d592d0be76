"""Taking one batch to a final outcome: delivered, rejected by the upstream, or given up.

The rules (docs/reliability.md § Delivery semantics):

* retryable failures are retried with backoff, honouring the upstream's delay hint;
* a batch is given up (counted ``failed``, logged as an error) only after
  ``retry.max_elapsed_time`` *and* only if the upstream accepted other batches in the
  meantime — it is refusing this one. While the upstream is down altogether nothing is
  given up: the queue fills, receivers push back, and nothing accepted is lost;
* what the OTLP specification forbids retrying (400 and other 4xx, INVALID_ARGUMENT …) is
  dropped at once, counted ``rejected`` and logged as an error;
* HTTP 500, which OTLP forbids retrying too, is retried ``retry.on_http_500`` times (load
  balancers and PostHog answer transient 500s); a batch still answered 500 after that is
  dropped as rejected — under the same condition as giving up: the upstream accepts
  other batches. While it answers 500 to everything, nothing is dropped;
* too large (413): the batch is halved and each half sent, recursively down to one record;
* an auth failure (401/403) is not retried hot: the batch is held and the upstream probed
  once per ``retry.max_interval``, ``auth_failed`` turns /readyz red, and the queue's
  backpressure tells clients to retry — fixing the token loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable

from otlp_sampler.config import RetryConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit.result import Exporter, ExportResult, Outcome, Sendable, as_message
from otlp_sampler.transmit.retry import Backoff
from otlp_sampler.transmit.split import count_records, split_request

log = logging.getLogger("otlp_sampler.transmit")

# Retry warnings for the same kind of failure are logged at most this often.
LOG_EVERY = 10.0


class Delivery:
    """Sends batches through one exporter with retries; shared by the queue's consumers."""

    def __init__(
        self,
        exporter: Exporter,
        config: RetryConfig,
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        tenant: str | None = None,
    ) -> None:
        """``tenant``: the id of the tenant whose batches these are (tenants.mode passthrough),
        named in every log line."""
        self.exporter = exporter
        self.tenant = tenant
        self._log = _Named(log, {"tenant": tenant}) if tenant else log
        self.config = config
        self.metrics = metrics
        self._clock = clock
        self._sleep = sleep
        self._backoff = Backoff(config, rng)
        self.auth_failed = False
        self.last_error = ""
        self.last_success = float("-inf")
        self._logged: dict[str, float] = {}

    async def deliver(self, request: Sendable, records: int) -> None:
        """Return once the batch reached a final outcome (counted in ``export_records``)."""
        metrics = self.metrics
        first_attempt = self._clock()
        attempt = 0
        server_errors = 0
        while True:
            started = self._clock()
            result = await self.exporter.send(request)
            metrics.export_latency.observe(self._clock() - started)
            if result.sent_bytes:
                metrics.export_bytes.inc(result.sent_bytes)
            outcome = result.outcome
            if outcome is Outcome.SUCCESS:
                self._succeeded(result, records)
                return
            if outcome is Outcome.TOO_LARGE:
                metrics.export_requests.labels("too_large").inc()
                await self._split(request, records, result)
                return
            if outcome is Outcome.PERMANENT and result.auth_failed:
                metrics.export_requests.labels("auth_failed").inc()
                self._auth_failure(result)
                delay = self._backoff.delay(self._auth_attempts(attempt), result.retry_after)
            elif outcome is Outcome.PERMANENT:
                metrics.export_requests.labels("rejected").inc()
                self._drop(records, "rejected", f"the upstream refused {records} records for good "
                                                f"(not retried, per OTLP): {result.reason}")
                return
            else:
                metrics.export_requests.labels("retryable").inc()
                self.last_error = result.reason
                if not self.config.enabled:
                    self._drop(records, "failed", f"{records} records not delivered (retries disabled): "
                                                  f"{result.reason}")
                    return
                if result.server_error:
                    server_errors += 1
                    if self._refused_500(server_errors, first_attempt):
                        self._drop(records, "rejected",
                                   f"the upstream answered HTTP 500 {server_errors} times to a batch of "
                                   f"{records} records while accepting others: {result.reason}")
                        return
                delay = self._backoff.delay(attempt, result.retry_after)
                if self._give_up(first_attempt, delay):
                    self._drop(records, "failed", f"giving up on {records} records after "
                                                  f"{self._clock() - first_attempt:.0f}s of retries while "
                                                  f"the upstream accepts others: {result.reason}")
                    return
                self._warn("retry", f"export failed, retrying in {delay:.2f}s: {result.reason}")
            attempt += 1
            await self._sleep(delay)

    def _auth_attempts(self, attempt: int) -> int:
        # Jump straight to the longest interval: a bad token is not fixed in milliseconds.
        return max(attempt, 64)

    def _refused_500(self, server_errors: int, first_attempt: float) -> bool:
        limit = self.config.on_http_500
        if server_errors <= limit:
            return False
        # 0 is the OTLP rule (never retried); past a limit the 500 is this batch's only
        # while the upstream accepts others.
        return limit == 0 or self.last_success > first_attempt

    def _give_up(self, first_attempt: float, delay: float) -> bool:
        limit = self.config.max_elapsed_time
        if not limit:
            return False
        past_deadline = self._clock() + delay - first_attempt > limit
        return past_deadline and self.last_success > first_attempt

    def _succeeded(self, result: ExportResult, records: int) -> None:
        metrics = self.metrics
        metrics.export_requests.labels("success").inc()
        self.last_success = self._clock()
        if self.auth_failed:
            self.auth_failed = False
            self._log.warning("the upstream accepts our credentials again; export resumed")
        rejected = min(result.rejected, records)
        if rejected:
            metrics.export_records.labels("rejected").inc(rejected)
            self._log.error("the upstream rejected %d of %d records (partial success): %s", rejected, records,
                      result.reason or "no reason given")
        metrics.export_records.labels("delivered").inc(records - rejected)

    async def _split(self, request: Sendable, records: int, result: ExportResult) -> None:
        if records <= 1:
            self._drop(records, "rejected", f"a single record is too large for the upstream: {result.reason}")
            return
        halves = split_request(as_message(request))
        self._log.info("the upstream found a batch of %d records too large; sending it in halves", records)
        for half in halves:
            await self.deliver(half, count_records(half))

    def _auth_failure(self, result: ExportResult) -> None:
        if not self.auth_failed:
            self.auth_failed = True
            check = ("the token its clients send is refused: they must send a valid one" if self.tenant
                     else "Check exporter.headers (or POSTHOG_TOKEN)")
            self._log.error("AUTHENTICATION FAILED at the upstream: %s. %s. Export is held and retried "
                            "every %gs; clients are pushed back once the queue is full.", result.reason,
                            check, self.config.max_interval)
        self.last_error = result.reason

    def _drop(self, records: int, outcome: str, message: str) -> None:
        self.metrics.export_records.labels(outcome).inc(records)
        self.last_error = message
        self._log.error("RECORDS DROPPED: %s", message)

    def _warn(self, key: str, message: str) -> None:
        now = self._clock()
        if now - self._logged.get(key, float("-inf")) >= LOG_EVERY:
            self._logged[key] = now
            self._log.warning(message)


class _Named(logging.LoggerAdapter):
    """Log lines of one tenant's delivery, prefixed with its id (never its token)."""

    def process(self, msg, kwargs):
        return f"tenant {self.extra['tenant']}: {msg}", kwargs
