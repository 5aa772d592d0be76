"""Rules from the config that the hot path applies: exemptions and manual drops.

Resource exemptions and drop rules are settled once per resource or per pattern, not per
record; only attribute exemptions look at each record, and only when some are configured.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from otlp_sampler.otlp.records import value_text

if TYPE_CHECKING:  # the SDK builds these from its policy message, without the proxy's config
    from otlp_sampler.config import DropRuleConfig, ExemptionConfig

Exemption = tuple[str, str | None]  # (attribute key, value it must equal or None for "present")


class Exemptions:
    """Compiled ``sampling.exemptions``, split by where they look."""

    __slots__ = ("on_records", "on_resource")

    def __init__(self, configs: Sequence[ExemptionConfig]) -> None:
        self.on_resource: list[Exemption] = [(c.attribute, c.equals) for c in configs if c.resource]
        self.on_records: list[Exemption] = [(c.attribute, c.equals) for c in configs if not c.resource]

    def resource_matches(self, attributes) -> bool:
        return bool(self.on_resource) and matches(attributes, self.on_resource)

    def record_matches(self, attributes) -> bool:
        return matches(attributes, self.on_records)

    def __bool__(self) -> bool:
        return bool(self.on_records or self.on_resource)


def matches(attributes, exemptions: list[Exemption]) -> bool:
    """True when any key/value pair in ``attributes`` satisfies any exemption."""
    for kv in attributes:
        key = kv.key
        for wanted_key, equals in exemptions:
            if key == wanted_key and (equals is None or value_text(kv.value) == equals):
                return True
    return False


def mapping_matches(attributes: Mapping, exemptions: list[Exemption]) -> bool:
    """:func:`matches` over a mapping of Python values (the SDK's records): a value reads as
    the proxy's ``value_text`` reads it once encoded (``true``/``false``, numbers as written)."""
    for wanted_key, equals in exemptions:
        if wanted_key in attributes:
            if equals is None:
                return True
            value = attributes[wanted_key]
            text = ("true" if value else "false") if isinstance(value, bool) else str(value)
            if text == equals:
                return True
    return False


class DropRules:
    """Compiled ``sampling.drop``: per (service, template), the rate of the first match."""

    __slots__ = ("_rules",)

    def __init__(self, configs: Sequence[DropRuleConfig]) -> None:
        self._rules = [(c.service, re.compile(c.match), c.rate) for c in configs]

    def rate_for(self, service: str, template: str) -> float | None:
        for rule_service, pattern, rate in self._rules:
            if (rule_service is None or rule_service == service) and pattern.search(template):
                return rate
        return None
