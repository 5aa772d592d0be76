"""Hot reload of ``sampling.policy_file``: a policy kept in a file (JSON or YAML) by hand or by CI.

The watcher polls the file's modification time and size; when either changes it parses
the file, checks it as every hand-written policy is checked
(:func:`~otlp_sampler.policy.manual.check_manual_policy`) and hands it to
``processor.set_policy``. A file that cannot be read, parsed or passed is logged with
every reason and the policy in force stays, until the file changes again.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Protocol

from otlp_sampler.config import SamplingConfig
from otlp_sampler.policy import PolicyDocument, PolicyError, parse_policy
from otlp_sampler.policy.manual import PolicyRejected, check_manual_policy

log = logging.getLogger("otlp_sampler.sample.policy_file")


class PolicyTarget(Protocol):
    config: SamplingConfig

    def set_policy(self, document: PolicyDocument) -> None: ...


class PolicyFileWatcher:
    """Applies the policy in ``path`` to ``processor`` now and whenever the file changes."""

    def __init__(self, path: str | os.PathLike[str], processor: PolicyTarget, interval: float = 2.0) -> None:
        self.path = Path(path)
        self.processor = processor
        self.interval = max(interval, 0.05)
        self._seen: tuple[int, int] | None = None  # (mtime_ns, size) last looked at, good or bad
        self.applied: PolicyDocument | None = None  # the last document taken from the file
        self.last_error: str | None = None

    def check(self) -> bool:
        """Look at the file once; True when a new policy was applied."""
        try:
            stat = self.path.stat()
        except OSError as exc:
            return self._refuse(None, f"cannot read {self.path}: {exc.strerror or exc}")
        signature = (stat.st_mtime_ns, stat.st_size)
        if signature == self._seen:
            return False
        try:
            text = self.path.read_bytes()
            document = parse_policy(text)
        except OSError as exc:
            return self._refuse(signature, f"cannot read {self.path}: {exc.strerror or exc}")
        except PolicyError as exc:
            return self._refuse(signature, f"{self.path}: {exc}")
        try:
            check_manual_policy(document, sampling=self.processor.config)
        except PolicyRejected as exc:
            return self._refuse(signature, f"{self.path}: refused by the guards: {'; '.join(exc.problems)}")
        self._seen = signature
        self.processor.set_policy(document)
        self.applied = document
        self.last_error = None
        patterns = sum(len(s.patterns) for s in document.services.values())
        log.info("policy file %s applied: version %d, %d services, %d pattern rules",
                 self.path, document.version, len(document.services), patterns)
        return True

    def _refuse(self, signature: tuple[int, int] | None, reason: str) -> bool:
        # Log once per distinct problem, not once per poll.
        if reason != self.last_error or signature != self._seen:
            log.warning("policy file not applied, the policy in force stays: %s", reason)
        self._seen = signature
        self.last_error = reason
        return False

    async def run(self) -> None:
        """Check now, then every ``interval`` seconds until cancelled."""
        while True:
            try:
                self.check()
            except Exception:  # a watcher that dies silently would freeze the policy
                log.exception("policy file check failed")
            await asyncio.sleep(self.interval)
