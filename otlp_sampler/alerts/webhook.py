"""Delivery of alerts to one webhook: a bounded queue and a task of its own.

Each webhook has its own queue (``alerts.queue_size``; a full queue drops the new alert's
delivery and counts it) and one task that sends in order, so a dead or slow webhook
holds up only its own alerts: never another webhook, the side loop or the hot path.
Every request has a time limit (``timeout``). Connection errors, timeouts, 408, 429 and
5xx are retried with ``alerts.retry``'s backoff, a ``Retry-After`` being the least wait,
until ``max_elapsed_time``; other answers are final. The outcome of each attempt goes to
``on_result``, which keeps the alert's delivery status in the history.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import aiohttp

from otlp_sampler import __version__
from otlp_sampler.alerts.payloads import payload
from otlp_sampler.alerts.record import AlertRecord, Delivery
from otlp_sampler.config import RetryConfig, WebhookConfig
from otlp_sampler.metrics import Metrics
from otlp_sampler.transmit.retry import Backoff, parse_retry_after

log = logging.getLogger(__name__)

RETRYABLE_STATUSES = frozenset({408, 429})  # and every 5xx
MAX_ERROR_CHARS = 200

ResultCallback = Callable[[int, Delivery], Awaitable[None]]


class WebhookSender:
    """One webhook's queue and delivery task; :meth:`offer` never waits."""

    def __init__(self, config: WebhookConfig, retry: RetryConfig, metrics: Metrics, *,
                 on_result: ResultCallback, queue_size: int) -> None:
        self.config = config
        self.name = config.name or "webhook"
        self.retry = retry
        self.metrics = metrics
        self._on_result = on_result
        self._queue: asyncio.Queue[tuple[AlertRecord, bytes]] = asyncio.Queue(maxsize=queue_size)
        self._backoff = Backoff(retry)
        self._headers = {"Content-Type": "application/json", "User-Agent": f"otlp-sampler/{__version__}",
                         **config.headers}
        self._task: asyncio.Task | None = None
        self._session: aiohttp.ClientSession | None = None

    def delivery(self) -> Delivery:
        return Delivery(webhook=self.name, format=self.config.format)

    @property
    def waiting(self) -> int:
        return self._queue.qsize()

    def offer(self, record: AlertRecord) -> bool:
        """Queue ``record`` (as it is now) for this webhook; False when the queue is full."""
        try:
            self._queue.put_nowait((record, payload(record, self.config.format)))
        except asyncio.QueueFull:
            return False
        self.metrics.alert_queue.inc()
        return True

    def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.config.timeout))
        self._task = asyncio.create_task(self._run(), name=f"alert-webhook-{self.name}")

    async def stop(self, grace: float) -> None:
        """Let queued deliveries finish for up to ``grace`` seconds, then cancel the rest."""
        if self._task is None:
            return
        if grace > 0:
            try:
                await asyncio.wait_for(self._queue.join(), grace)
            except TimeoutError:
                log.warning("alert webhook %s: deliveries unfinished at shutdown", self.name)
        self._task.cancel()
        await asyncio.wait([self._task], timeout=1.0)
        self._task = None
        self.metrics.alert_queue.dec(self._queue.qsize())
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _run(self) -> None:
        while True:
            record, body = await self._queue.get()
            self.metrics.alert_queue.dec()
            try:
                await self._deliver(record, body)
            except Exception:  # a bug here must not end this webhook's deliveries
                log.exception("alert webhook %s: delivery of alert %d failed", self.name, record.id)
            finally:
                self._queue.task_done()

    async def _deliver(self, record: AlertRecord, body: bytes) -> None:
        """Send until it is accepted, refused for good, or the retry budget is spent."""
        delivery = self.delivery()
        started = time.monotonic()
        budget = self.retry.max_elapsed_time
        while True:
            delivery.attempts += 1
            status, hint, error = await self._post(body)
            if status is not None and 200 <= status < 300:
                delivery.status, delivery.error, delivery.sent_at = "sent", None, datetime.now(UTC)
                break
            delivery.error = error
            retryable = status is None or status in RETRYABLE_STATUSES or status >= 500
            wait = self._backoff.delay(delivery.attempts - 1, hint)
            out_of_time = budget and time.monotonic() - started + wait > budget
            if not (retryable and self.retry.enabled) or out_of_time:
                delivery.status = "failed"
                log.warning("alert %d not delivered to webhook %s after %d attempt(s): %s", record.id,
                            self.name, delivery.attempts, error)
                break
            await self._on_result(record.id, delivery.model_copy())  # the history shows the retries
            await asyncio.sleep(wait)
        self.metrics.alert_deliveries.labels(kind=record.kind, outcome=delivery.status).inc()
        await self._on_result(record.id, delivery)

    async def _post(self, body: bytes) -> tuple[int | None, float | None, str]:
        """One attempt: (HTTP status or None, Retry-After seconds, what went wrong)."""
        assert self._session is not None
        try:
            async with self._session.post(self.config.url, data=body, headers=self._headers,
                                          allow_redirects=False) as response:
                text = (await response.content.read(MAX_ERROR_CHARS)).decode("utf-8", "replace")
                status = response.status
                hint = parse_retry_after(response.headers.get("Retry-After"))
        except TimeoutError:
            self.metrics.alert_delivery_attempts.labels(outcome="timeout").inc()
            return None, None, f"no answer within {self.config.timeout:g}s"
        except (aiohttp.ClientError, OSError) as exc:
            self.metrics.alert_delivery_attempts.labels(outcome="connection").inc()
            return None, None, f"connection failed: {_reason(exc)}"
        self.metrics.alert_delivery_attempts.labels(outcome=_outcome(status)).inc()
        shown = " ".join("".join(c if c.isprintable() else " " for c in text).split())
        return status, hint, f"HTTP {status}" + (f": {shown}" if shown else "")


def _outcome(status: int) -> str:
    if 200 <= status < 300:
        return "ok"
    if status == 429:
        return "http_429"
    return "http_5xx" if status >= 500 else "http_4xx"


def _reason(exc: Exception) -> str:
    """Why a connection failed, without the URL (a Slack webhook's path is its secret)."""
    os_error = getattr(exc, "os_error", None)
    if isinstance(os_error, OSError) and os_error.strerror:
        return os_error.strerror
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__
