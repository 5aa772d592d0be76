"""Backoff between export attempts, and the upstream's own delay hints.

Exponential backoff with jitter (``exporter.retry``); a delay the upstream asked for
(``Retry-After``, gRPC ``RetryInfo``) is a floor: the wait is the longer of the two.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

from otlp_sampler.config import RetryConfig

# A hint beyond this is taken as a misconfigured upstream, not as a plan: the queue keeps
# pushing back on clients anyway, so probing again after an hour loses nothing.
MAX_HINT = 3600.0


class Backoff:
    """Delays for consecutive attempts of one batch."""

    def __init__(self, config: RetryConfig, rng: random.Random | None = None) -> None:
        self.config = config
        self._rng = rng or random.Random()

    def delay(self, attempt: int, hint: float | None = None) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0)."""
        config = self.config
        base = min(config.max_interval, config.initial_interval * config.multiplier ** min(attempt, 64))
        jittered = base * (1.0 + config.jitter * (2.0 * self._rng.random() - 1.0))
        if hint is not None:
            # As the Collector does: the longer of our backoff and the upstream's wish.
            return max(min(hint, MAX_HINT), jittered, 0.0)
        return max(jittered, 0.0)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header: delta-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_HINT)
