"""Alerts: the side loop's anomalies told to people (docs/operations.md § Alerts).

``record.py`` (the alert), ``select.py`` (which anomalies alert, and what they say),
``alerter.py`` (cooldowns, history, the explanation's deadline), ``webhook.py`` (each
webhook's queue, retries), ``payloads.py`` (JSON and Slack bodies), ``explain.py`` (the
model's explanation). :func:`build_alerter` wires them from the config.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from otlp_sampler.alerts.record import AlertRecord
from otlp_sampler.config import Config
from otlp_sampler.metrics import Metrics
from otlp_sampler.store import PolicyStore

if TYPE_CHECKING:
    from otlp_sampler.alerts.alerter import Alerter
    from otlp_sampler.policygen.chat import ChatClient

__all__ = ["AlertRecord", "Alerter", "build_alerter"]


def __getattr__(name: str) -> Any:
    # The alerter (and aiohttp, for its webhooks) is imported when alerts are on, not with
    # the package: the admin API imports AlertRecord on every start-up.
    if name == "Alerter":
        from otlp_sampler.alerts.alerter import Alerter

        return Alerter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_alerter(config: Config, store: PolicyStore, metrics: Metrics, *,
                  chat: ChatClient | None = None) -> Alerter | None:
    """The alerter ``config.alerts`` asks for; None when alerts are off. Explanations go
    through ``chat``, the proxy's client of the model (a new one when None)."""
    alerts = config.alerts
    if not alerts.enabled:
        return None
    from otlp_sampler.alerts.alerter import Alerter

    explainer = None
    if alerts.explain.enabled:
        # openai is imported only when explanations are on: it slows every start-up otherwise.
        from otlp_sampler.alerts.explain import Explainer

        explainer = Explainer(config.policy_generator.llm, alerts.explain, metrics, chat=chat)
    return Alerter(alerts, store, metrics, interval=config.analysis.interval, explainer=explainer)
