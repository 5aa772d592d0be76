"""The tier judge: the model classifies each new pattern once, off the hot path, and every
replica and restart reuses the answer.

The side loop hands :meth:`TierJudge.submit` each window's picture; patterns without a
verdict wait on their deterministic tier (meaning/tiers.py). The judge's task
(:meth:`TierJudge.run`) first looks them up in the store's catalog of verdicts (another
replica, or this one before a restart, may have judged them), then — on the leader only,
which ``ask`` says — puts the rest to the model in batches of ``policy_generator.llm.batch_size``
(``tier_question.py``), guards each answer (``tier_guard.py``) and saves the verdicts to
the store. New verdicts reach the processor through ``on_verdicts`` (its ``set_tiers``) and
the next policy through :meth:`TierJudge.apply`. A pattern is asked about at most
``MAX_ATTEMPTS`` times: a model that keeps failing costs a bounded number of tokens, and a
batch refused by the anchors is not asked again for ``RETRY_REFUSED_AFTER`` (its verdict,
the deterministic tier, is saved). Calls over the token budget leave the patterns waiting
for the next pass.

The anchors refuse one batch; the **track record** refuses a model: its answers are used
only while at most a quarter of its last ``TRACK_RECORD`` batches failed the anchors
(counted over at least ``MIN_TRACK_RECORD``, so two early refusals are enough), since a
model answering at random passes a batch now and then. Once the record is bad, its earlier
verdicts go back to the deterministic tier and are saved that way (``distrusted``), and so
are the patterns of each pass: one batch is still asked, so the record can mend, the rest
are not. Refused and distrusted verdicts expire after ``RETRY_REFUSED_AFTER``, or at once
when ``llm.model`` names another model: an upgraded model is asked again.
docs/policy-format.md § Tiers from the model.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections import deque
from collections.abc import Callable

from otlp_sampler.analyze.volume import Key, VolumePicture
from otlp_sampler.config import PolicyGeneratorConfig, SamplingConfig
from otlp_sampler.meaning import Classifier, Tier
from otlp_sampler.metrics import Metrics
from otlp_sampler.policygen.answer import LLMFailure
from otlp_sampler.policygen.chat import ChatClient, short
from otlp_sampler.policygen.tier_guard import Anchor, Candidate, Verdict, anchor_problem, guarded
from otlp_sampler.policygen.tier_question import build_question, read_answer

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 2  # failed questions about one pattern before it stays on its deterministic tier
MAX_PENDING = 5000  # patterns waiting at once; more wait for a later window
TRACK_RECORD = 50  # the model's last batches its trust is judged on
MIN_TRACK_RECORD = 4  # judged over at least this many, so a model is not trusted on one lucky batch
MAX_REFUSED_SHARE = 0.25  # of those, the most that may have failed the anchors
RETRY_REFUSED_AFTER = 86_400.0  # seconds a refused or distrusted verdict is kept before asking again
NOT_FROM_THE_MODEL = ("refused", "distrusted")  # stored verdicts that are the deterministic tier
TiersSetter = Callable[[dict[Key, tuple[Tier, str]]], None]  # the processor's set_tiers


class TierJudge:
    """See the module docstring. ``store`` is the proxy's (``tier_verdicts``, ``save_tier_verdicts``)."""

    def __init__(self, sampling: SamplingConfig, generator: PolicyGeneratorConfig, chat: ChatClient, store,
                 metrics: Metrics, *, on_verdicts: TiersSetter | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = generator
        self.enabled = sampling.importance.enabled
        self.classifier = Classifier(sampling.importance)
        self.chat = chat
        self.store = store
        self.metrics = metrics
        self.on_verdicts = on_verdicts
        self.clock = clock
        self.verdicts: dict[Key, Verdict] = {}
        self._candidates: dict[Key, Candidate] = {}  # each verdict's pattern: a distrusted model's are undone
        self._expires: dict[Key, float] = {}  # when a refused or distrusted verdict is asked again
        self._record: deque[bool] = deque(maxlen=TRACK_RECORD)  # per batch answered: refused by the anchors?
        self._pending: dict[Key, Candidate] = {}
        self._attempts: dict[Key, int] = {}
        self._ask = False
        self._wake = asyncio.Event()
        self.batches_refused = 0
        self.last_failure: str | None = None

    # ------------------------------------------------------------------ what the loop calls

    def submit(self, volumes: VolumePicture, *, ask: bool = True) -> None:
        """Queue the patterns of ``volumes`` not judged yet; ``ask``: this replica may ask the
        model (the leader), else it only reads verdicts others stored. Never waits."""
        if not self.enabled:
            return
        now = self.clock()
        for key, volume in volumes.patterns.items():
            if key in self._expires and self._expires[key] <= now:  # refused a while ago: ask again
                del self.verdicts[key], self._expires[key]
            if key in self.verdicts or len(self._pending) >= MAX_PENDING:
                continue
            if key in self._pending:  # a later window may carry examples the first lacked
                if not self._pending[key].examples and volume.examples:
                    self._pending[key] = Candidate.of(volume, self.classifier)
                continue
            self._pending[key] = Candidate.of(volume, self.classifier)
        self._ask = ask
        self._show_awaiting()
        if self._pending:
            self._wake.set()

    @property
    def awaiting(self) -> int:
        return len(self._pending)

    @property
    def trusted(self) -> bool:
        """Whether the model's answers are used: at most ``MAX_REFUSED_SHARE`` of its recent
        batches failed the anchors."""
        return sum(self._record) <= MAX_REFUSED_SHARE * max(len(self._record), MIN_TRACK_RECORD)

    @property
    def track_record(self) -> str:
        return f"{sum(self._record)} of its last {len(self._record)} batches failed the anchors"

    def tiers(self) -> dict[Key, tuple[Tier, str]]:
        """Every verdict as the processor's ``set_tiers`` takes them."""
        return {key: (verdict.tier, verdict.reason) for key, verdict in self.verdicts.items()
                if verdict.source in ("model", "guarded")}

    def apply(self, volumes: VolumePicture) -> VolumePicture:
        """``volumes`` with each judged pattern on its verdict's tier (the others unchanged)."""
        tiers = self.tiers()
        if not tiers:
            return volumes
        patterns = {}
        for key, volume in volumes.patterns.items():
            found = tiers.get(key)
            if found is not None and (found[0].value, found[1]) != (volume.tier, volume.tier_reason):
                volume = dataclasses.replace(volume, tier=found[0].value, tier_reason=found[1])
            patterns[key] = volume
        return dataclasses.replace(volumes, patterns=patterns)

    async def run(self) -> None:
        """Judge what waits whenever something new is submitted, until cancelled."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.judge_pending()
            except Exception:  # one bad pass must not end the task: the next window tries again
                log.exception("judging tiers failed; new patterns stay on their deterministic tier")

    # ------------------------------------------------------------------ one pass

    async def judge_pending(self) -> int:
        """Read stored verdicts for what waits, then (when asking) put the rest to the model.
        Returns how many patterns got a verdict."""
        before, tiers_before = len(self.verdicts), self.tiers()
        keys = list(self._pending)
        if keys:
            await self._from_store(keys)
        if self._ask and self._pending:
            size = self.config.llm.batch_size
            waiting = list(self._pending.values())
            for start in range(0, len(waiting), size):
                if start and not self.trusted:  # one batch a pass lets its record mend, at one batch's cost
                    model = self.chat.llm.model
                    await self._save(self._keep([self._distrusted(c, model) for c in waiting[start:]]))
                    break
                if not await self._judge_batch(waiting[start:start + size]):
                    break  # over the budget: the rest waits for the next pass
        self._show_awaiting()
        judged = len(self.verdicts) - before
        tiers = self.tiers()
        if (judged or tiers != tiers_before) and self.on_verdicts is not None:  # a distrusted model's undone
            self.on_verdicts(tiers)
        return judged

    async def _from_store(self, keys: list[Key]) -> None:
        try:
            stored = await self.store.tier_verdicts(keys)
        except Exception as exc:  # the cache is an economy: without it the model is asked
            log.warning("cannot read tier verdicts from the store (%s); asking the model", exc)
            return
        now, model = self.clock(), self.chat.llm.model
        demoted = []
        for key, record in stored.items():
            try:
                verdict = Verdict.from_record(record)
                at = float(record.get("at", 0))
            except (ValueError, TypeError):
                continue
            if verdict.source in NOT_FROM_THE_MODEL:
                if verdict.model != model or at + RETRY_REFUSED_AFTER <= now:
                    continue  # another model refused, or long ago: this one is asked
                self._expires[key] = at + RETRY_REFUSED_AFTER
            candidate = self._pending.pop(key, None)
            if candidate is None:  # judged meanwhile
                continue
            self.verdicts[key] = verdict
            self._candidates[key] = candidate
            self.metrics.tier_verdicts.labels(source="cache").inc()
            if not self.trusted and verdict.source in ("model", "guarded") and verdict.model == model:
                demoted.append(self._distrusted(candidate, model))
        await self._save(self._keep(demoted))

    async def _judge_batch(self, batch: list[Candidate]) -> bool:
        """One question; False when the budget stopped it (nothing more to ask this pass)."""
        question = build_question(batch, self.config)
        try:
            completion = await self.chat.complete(question.messages, purpose="tiers", schema=question.schema,
                                                  max_tokens=question.max_tokens)
            choice = completion.choices[0] if completion.choices else None
            if choice is None or not choice.message.content:
                raise LLMFailure("empty", "the model returned no content")
            truncated = choice.finish_reason == "length"
            try:
                answers = read_answer(choice.message.content, question, truncated=truncated)
            except LLMFailure:
                log.debug("the tier answer refused: %r", choice.message.content[:2000])
                raise
        except LLMFailure as failure:
            self.metrics.llm_failures.labels(reason=failure.reason).inc()
            self.last_failure = str(failure)
            if failure.reason == "budget":
                return False
            log.warning("tier question refused (%s): %s; %d pattern(s) stay on their deterministic tier",
                        failure.reason, failure.detail, len(batch))
            self._failed(batch, failure)
            return True
        model = self.chat.llm.model
        pairs: list[tuple[Candidate | Anchor, Tier]] = [
            (item, answers[item_id][0]) for item_id, item in question.items.items()]
        problem = anchor_problem(pairs)
        log.debug("tier answers: %s", {i: (t.value, r[:60]) for i, (t, r) in answers.items()})
        was_trusted = self.trusted
        self._record.append(problem is not None)
        found: list[tuple[Candidate, Verdict]] = []
        if problem is not None:
            self.batches_refused += 1
            self.last_failure = f"anchors: {problem}"
            log.warning("tier answers refused: %s; %d pattern(s) keep their deterministic tier",
                        problem, len(batch))
            found = [(candidate, Verdict(candidate.tier, candidate.reason, "refused", model))
                     for candidate in batch]
        elif not self.trusted:
            found = [self._distrusted(candidate, model) for candidate in batch]
        else:
            found = [(item, guarded(item, answers[item_id][0], answers[item_id][1], model=model))
                     for item_id, item in question.items.items() if isinstance(item, Candidate)]
        if was_trusted and not self.trusted:  # what it said before, when it passed by luck, is undone too
            undone = [self._distrusted(self._candidates[key], model) for key, verdict in self.verdicts.items()
                      if verdict.source in ("model", "guarded") and verdict.model == model]
            log.warning("the model %s is not trusted with tiers: %s; its answers are not used until "
                        "its record mends, and %d earlier verdict(s) go back to the deterministic tier",
                        model, self.track_record, len(undone))
            found += undone
        await self._save(self._keep(found))
        return True

    def _distrusted(self, candidate: Candidate, model: str | None) -> tuple[Candidate, Verdict]:
        reason = f"{candidate.reason} (the model's tiers are not used: {self.track_record})".strip()
        return candidate, Verdict(candidate.tier, reason, "distrusted", model)

    def _keep(self, found: list[tuple[Candidate, Verdict]]) -> list[dict]:
        """Hold ``found``'s verdicts in memory and count them; returns their records for the store."""
        now = self.clock()
        for candidate, verdict in found:
            key = candidate.key
            self.verdicts[key] = verdict
            self._candidates[key] = candidate
            self._pending.pop(key, None)
            self._attempts.pop(key, None)
            if verdict.source in NOT_FROM_THE_MODEL:
                self._expires[key] = now + RETRY_REFUSED_AFTER
            else:
                self._expires.pop(key, None)
            self.metrics.tier_verdicts.labels(source=verdict.source).inc()
        return [verdict.record(c.service, c.pattern_id, now) for c, verdict in found]

    async def _save(self, records: list[dict]) -> None:
        if not records:
            return
        try:
            await self.store.save_tier_verdicts(records)
        except Exception as exc:  # kept in memory: this process does not ask again
            log.warning("cannot save tier verdicts to the store (%s); other replicas will ask again", exc)

    def _failed(self, batch: list[Candidate], failure: LLMFailure) -> None:
        for candidate in batch:
            key = candidate.key
            self._attempts[key] = self._attempts.get(key, 0) + 1
            if self._attempts[key] >= MAX_ATTEMPTS:
                reason = f"{candidate.reason} (no usable answer: {short(failure, 120)})".strip()
                self.verdicts[key] = Verdict(candidate.tier, reason, "failed", self.chat.llm.model)
                self._pending.pop(key, None)
                self.metrics.tier_verdicts.labels(source="failed").inc()

    def _show_awaiting(self) -> None:
        self.metrics.patterns_awaiting_tier.set(len(self._pending))


class TieredGenerator:
    """``policy_generator.llm.task: tiers``: the heuristic's policy over the judge's tiers.

    The model never chooses a rate: each pattern's tier (the model's verdict within the
    guards, or the deterministic one while it waits) weighs it in the water-filling, which
    meets the byte budget (docs/policy-format.md § The heuristic). The policy names the
    model, and the tokens the model spent since the previous policy."""

    kind = "llm"

    def __init__(self, heuristic, judge: TierJudge) -> None:
        self.heuristic = heuristic
        self.judge = judge
        self.config = heuristic.config
        self._spent = (0, 0)

    async def propose(self, analysis, previous):
        from otlp_sampler.policy import GeneratorInfo

        chat = self.judge.chat
        spent = (chat.prompt_tokens, chat.completion_tokens)
        info = GeneratorInfo(kind="llm", model=self.config.llm.model, prompt_tokens=spent[0] - self._spent[0],
                             completion_tokens=spent[1] - self._spent[1])
        self._spent = spent
        volumes = self.judge.apply(analysis.volumes)
        return await asyncio.to_thread(self.heuristic.generate, volumes, previous, info=info)

    async def aclose(self) -> None:
        await self.judge.chat.aclose()
