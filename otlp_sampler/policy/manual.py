"""The one path of a hand-written policy: an admin PUT (``policy apply``), ``sampling.policy_file``,
a rollback and ``policy validate`` all call :func:`check_manual_policy`.

A person's policy is checked by the guards in manual mode and refused with every problem
listed, never silently corrected: what runs is what the person wrote, or nothing changes
(docs/policy-format.md § Hand-written policies).
"""

from __future__ import annotations

from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.policy.document import PolicyDocument
from otlp_sampler.policy.guards import validate_policy


class PolicyRejected(ValueError):
    """A policy the guards refuse; ``problems`` lists each reason (the API answers 400)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("policy refused: " + "; ".join(self.problems))


def check_manual_policy(doc: PolicyDocument, *, sampling: SamplingConfig,
                        generator: PolicyGeneratorConfig | None = None) -> None:
    """Raise :class:`PolicyRejected` with every problem the manual-mode guards find in ``doc``."""
    problems = validate_policy(doc, sampling=sampling, generator=generator, manual=True)
    if problems:
        raise PolicyRejected(problems)
