"""The one path of a hand-written policy: an admin PUT (``policy apply``), ``sampling.policy_file``,
a rollback and ``policy validate`` all call :func:`check_manual_policy` (``policy validate``
through :func:`manual_policy_problems`, which also reads a file whose shape is wrong).

A person's policy is checked by the guards in manual mode and refused with every problem
listed, never silently corrected: what runs is what the person wrote, or nothing changes
(docs/policy-format.md § Hand-written policies).
"""

from __future__ import annotations

from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.policy.document import (
    PolicyDocument,
    PolicyError,
    load_policy_data,
    parse_policy,
    well_formed_part,
)
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


def manual_policy_problems(text: str | bytes, *, sampling: SamplingConfig,
                           generator: PolicyGeneratorConfig | None = None) -> list[str]:
    """Every problem of a hand-written policy text, none hiding another: its shape problems,
    then the guards' problems in the rules whose shape is right (empty: it would be accepted)."""
    try:
        doc: PolicyDocument | None = parse_policy(text)
        problems: list[str] = []
    except PolicyError as exc:
        problems = list(exc.problems)
        try:
            doc = well_formed_part(load_policy_data(text))
        except PolicyError:
            doc = None  # not even a mapping: nothing more to check
    if doc is not None:
        try:
            check_manual_policy(doc, sampling=sampling, generator=generator)
        except PolicyRejected as exc:
            problems += exc.problems
    return problems
