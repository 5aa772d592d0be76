"""The delivery rules of docs/reliability.md § Retry rules, on a fake clock.

A scripted exporter answers per batch; the clock and the sleeps between attempts are
fake, so "after five minutes of retries" takes no time and the conditions of the rules —
the upstream down altogether versus refusing one batch — are exact.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from otlp_sampler.config import RetryConfig
from otlp_sampler.transmit.delivery import Delivery
from otlp_sampler.transmit.result import EncodedRequest, ExportResult
from otlp_sampler.transmit.retry import MAX_HINT, Backoff, parse_retry_after
from tests.peers.sinks import make_request
from tests.transmit.conftest import records_by_outcome

DOWN = ExportResult.retryable("HTTP 503: down")
ERROR_500 = ExportResult.retryable("HTTP 500: oops", server_error=True)
OK = ExportResult.success()


class FakeTime:
    """A clock that only moves when a retry waits: each sleep advances it by its delay."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)  # let the other batch's delivery run


class ScriptedExporter:
    """Answers each request with ``answer(body of its first record)``; counts attempts per batch."""

    name = "scripted"

    def __init__(self, answer: Callable[[str], ExportResult]) -> None:
        self.answer = answer
        self.attempts: dict[str, int] = {}

    async def send(self, request) -> ExportResult:
        first = request.decode().resource_logs[0].scope_logs[0].log_records[0].body.string_value
        self.attempts[first] = self.attempts.get(first, 0) + 1
        await asyncio.sleep(0)
        return self.answer(first)

    async def close(self) -> None:
        pass


def batch(name: str, records: int = 10) -> tuple[EncodedRequest, int]:
    payload = make_request(records, body=name + " {i}").SerializeToString()
    return EncodedRequest(payload, records), records


def delivery(exporter, metrics, fake: FakeTime, **retry) -> Delivery:
    config = RetryConfig(**{"initial_interval": 0.5, "max_interval": 30, "max_elapsed_time": 300, **retry})
    return Delivery(exporter, config, metrics, clock=fake.clock, sleep=fake.sleep)


async def run_until(fake: FakeTime, condition: Callable[[], bool], *, fake_seconds: float) -> None:
    """Let the deliveries run until ``condition`` or until the fake clock passed ``fake_seconds``."""
    deadline = fake.now + fake_seconds
    while not condition() and fake.now < deadline:
        await asyncio.sleep(0)


async def test_nothing_is_given_up_while_the_upstream_is_down_altogether(metrics):
    fake = FakeTime()
    up = False
    exporter = ScriptedExporter(lambda first: OK if up else DOWN)
    sender = delivery(exporter, metrics, fake)
    task = asyncio.create_task(sender.deliver(*batch("a")))
    await run_until(fake, task.done, fake_seconds=10 * 300)  # ten times max_elapsed_time
    assert not task.done(), "a batch was given up while the upstream accepted nothing"
    assert records_by_outcome(metrics, "failed") == 0
    up = True
    await asyncio.wait_for(task, 5)
    assert records_by_outcome(metrics, "delivered") == 10


async def test_a_batch_the_upstream_refuses_while_it_accepts_others_is_given_up(metrics):
    fake = FakeTime()
    exporter = ScriptedExporter(lambda first: DOWN if first.startswith("poison") else OK)
    sender = delivery(exporter, metrics, fake)
    poison = asyncio.create_task(sender.deliver(*batch("poison")))
    await asyncio.sleep(0)
    started = fake.now
    await sender.deliver(*batch("good"))  # the upstream accepts another batch meanwhile
    await asyncio.wait_for(poison, 5)
    assert records_by_outcome(metrics, "failed") == 10 and records_by_outcome(metrics, "delivered") == 10
    # ...but only about max_elapsed_time after: it gives up when the next delay (up to
    # max_interval 30 s, jittered by up to 20 %) would pass the limit, so as early as 300 - 36.
    assert 300 - 30 * 1.2 <= fake.now - started <= 300 + 30 * 1.2
    assert "giving up" in sender.last_error


async def test_a_burst_of_500s_is_retried_and_loses_nothing(metrics):
    fake = FakeTime()
    answers = iter([ERROR_500] * 3)
    exporter = ScriptedExporter(lambda first: next(answers, OK))
    sender = delivery(exporter, metrics, fake, jitter=0)
    await asyncio.wait_for(sender.deliver(*batch("a")), 5)
    assert records_by_outcome(metrics, "delivered") == 10 and records_by_outcome(metrics, "rejected") == 0
    assert exporter.attempts["a 0"] == 4
    assert fake.sleeps == [0.5, 1.0, 2.0]  # initial_interval, doubled each time
    # Four attempts, each took no (fake) time, each counted by its outcome.
    assert metrics.registry.get_sample_value("otlp_sampler_export_latency_seconds_count") == 4
    assert metrics.registry.get_sample_value("otlp_sampler_export_latency_seconds_sum") == 0
    requests = "otlp_sampler_export_requests_total"
    assert metrics.registry.get_sample_value(requests, {"outcome": "retryable"}) == 3
    assert metrics.registry.get_sample_value(requests, {"outcome": "success"}) == 1


async def test_a_batch_answered_500_while_others_pass_is_dropped_after_on_http_500_retries(metrics):
    fake = FakeTime()
    exporter = ScriptedExporter(lambda first: ERROR_500 if first.startswith("poison") else OK)
    sender = delivery(exporter, metrics, fake, on_http_500=3)
    poison = asyncio.create_task(sender.deliver(*batch("poison")))
    await asyncio.sleep(0)
    await sender.deliver(*batch("good"))
    await asyncio.wait_for(poison, 5)
    assert exporter.attempts["poison 0"] == 4  # the first attempt and three retries
    assert records_by_outcome(metrics, "rejected") == 10 and records_by_outcome(metrics, "delivered") == 10
    assert "HTTP 500 4 times" in sender.last_error


async def test_500_to_everything_holds_the_batch_like_an_outage(metrics):
    fake = FakeTime()
    up = False
    exporter = ScriptedExporter(lambda first: OK if up else ERROR_500)
    sender = delivery(exporter, metrics, fake, on_http_500=3)
    task = asyncio.create_task(sender.deliver(*batch("a")))
    await run_until(fake, task.done, fake_seconds=10 * 300)
    assert not task.done() and exporter.attempts["a 0"] > 10
    up = True
    await asyncio.wait_for(task, 5)
    assert records_by_outcome(metrics, "delivered") == 10 and records_by_outcome(metrics, "rejected") == 0


async def test_on_http_500_zero_is_the_otlp_rule(metrics):
    fake = FakeTime()
    exporter = ScriptedExporter(lambda first: ERROR_500)
    sender = delivery(exporter, metrics, fake, on_http_500=0)
    await asyncio.wait_for(sender.deliver(*batch("a")), 5)
    assert exporter.attempts["a 0"] == 1 and records_by_outcome(metrics, "rejected") == 10


async def test_a_retry_after_of_a_day_waits_one_hour(metrics):
    fake = FakeTime()
    answers = iter([ExportResult.retryable("HTTP 429", retry_after=86_400.0)])
    exporter = ScriptedExporter(lambda first: next(answers, OK))
    sender = delivery(exporter, metrics, fake, max_elapsed_time=0)
    await asyncio.wait_for(sender.deliver(*batch("a")), 5)
    assert fake.sleeps == [MAX_HINT] and MAX_HINT == 3600.0


def test_retry_after_is_capped_at_one_hour_wherever_it_comes_from():
    assert parse_retry_after("86400") == 3600.0
    assert Backoff(RetryConfig()).delay(0, hint=1e9) == 3600.0
    assert Backoff(RetryConfig()).delay(0, hint=120.0) == 120.0  # below the cap it is a floor


def test_backoff_jitter_spreads_each_wait_evenly_within_its_bounds():
    """retry.jitter 0.2: every wait lies within ±20 % of its base, and both ends are reached;
    an upstream hint below our backoff does not shorten it."""
    import random

    backoff = Backoff(RetryConfig(initial_interval=0.5, jitter=0.2), random.Random(7))
    first = [backoff.delay(0) for _ in range(2000)]
    assert 0.4 <= min(first) < 0.41 and 0.59 < max(first) <= 0.6
    assert 0.49 < sum(first) / len(first) < 0.51
    hinted = [backoff.delay(0, hint=0.0) for _ in range(200)]
    assert min(hinted) >= 0.4 and max(hinted) <= 0.6
