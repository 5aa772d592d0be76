"""The policy as the SDK's decision reads it, compiled from a ``Policy`` message, and its disk cache.

A policy with no rule, no default and no drop rule (version 0, a proxy with sampling off,
or none known at all) is *open*: every record is kept untouched, without mining it.

The proxy names a record's pattern from its whole request (``PatternMiner.add_batch``), the
SDK from the record alone (``add``), so the two may give a record different ids
(docs/sdk.md § Records the proxy names otherwise): :class:`RuleTemplates` finds the rule
whose template a record's text is an instance of, for a record whose own id the policy
does not name.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import tempfile
from pathlib import Path
from types import SimpleNamespace

from google.protobuf.message import DecodeError

from otlp_sampler._generated.v1 import policy_pb2
from otlp_sampler.patterns.masking import MAX_CHARS, WILDCARD, clip
from otlp_sampler.sample.rules import DropRules, Exemptions

log = logging.getLogger("otlp_sampler.sdk")


class SourcePolicy:
    """One version of the policy for one service: rules by pattern id, default, guarantees."""

    __slots__ = ("default_rate", "detect_severity", "drop_rules", "exemptions", "floor_interval",
                 "http_5xx_as_error", "keep_severity", "message", "min_rate", "novelty_keep", "open", "rules",
                 "templates", "version")

    def __init__(self, message: policy_pb2.Policy) -> None:
        self.message = message
        self.version = message.version
        guarantees = message.guarantees
        self.keep_severity = guarantees.keep_severity or 13
        self.min_rate = guarantees.min_rate
        self.novelty_keep = guarantees.novelty_keep
        self.floor_interval = guarantees.floor_interval_seconds
        self.detect_severity = guarantees.detect_severity
        self.http_5xx_as_error = guarantees.http_5xx_as_error
        self.default_rate = message.default_rate if message.HasField("default_rate") else None
        self.rules = {pattern_id: (rule.rate, rule.max_per_second)
                      for pattern_id, rule in message.patterns.items()}
        self.templates = RuleTemplates({pattern_id: (rule.template, rule.rate)
                                        for pattern_id, rule in message.patterns.items()})
        # The proxy sent only this service's drop rules: they apply whatever the service.
        self.drop_rules = DropRules([SimpleNamespace(service=None, match=d.match, rate=d.rate)
                                     for d in message.drop_rules])
        self.exemptions = Exemptions([
            SimpleNamespace(attribute=e.attribute, equals=e.equals if e.HasField("equals") else None,
                            resource=e.resource) for e in message.exemptions])
        self.open = not (self.rules or self.default_rate is not None or message.drop_rules)


# A status class the miner writes for an HTTP status (``5xx`` for 503): its digit and any two.
_STATUS_CLASS = re.compile(r"(?<![0-9A-Za-z])([1-5])xx(?![0-9A-Za-z])")
_SPACES = re.compile(r"(\s+)")
_LETTER = re.compile(r"[^\W\d_]")
# The proxy's generators cut a rule's template at this many characters
# (policygen.heuristic.MAX_TEMPLATE_CHARS): a template as long is read as a text's opening.
TEMPLATE_CUT = 500


class RuleTemplates:
    """The policy's rules by their templates: ``match(text)`` is the id of the rule whose
    template ``text`` is an instance of (:func:`template_expression`), the most specific one
    when several are (the most characters the template fixes; of equally specific ones the
    highest rate: when unsure, keep more); None when none is. A template that fixes no word
    with a letter (``<*>``, ``<*> <*>``) matches nothing: every text would be its instance.

    A rule is looked for only under a word of the text that its template fixes whole
    (between spaces; the longest such word), or, for a template with none, tried whenever
    the text holds its longest fixed part; its expression is compiled when first tried.
    """

    __slots__ = ("_by_id", "_by_word", "_loose", "_rules", "_words", "templates")

    def __init__(self, rules: dict[str, tuple[str, float]]) -> None:
        self.templates = {pattern_id: template for pattern_id, (template, _) in rules.items() if template}
        # per rule: [pattern id, template, rate, specificity, compiled expression or None]
        self._rules: list[list] = []
        self._by_id: dict[str, list] = {}
        self._by_word: dict[str, list[list]] = {}
        self._loose: list[tuple[str, list]] = []
        for pattern_id, (template, rate) in rules.items():
            fixed = template.replace(WILDCARD, " ")
            if not template or not _LETTER.search(fixed):
                continue
            entry = [pattern_id, template, rate, len(fixed) - fixed.count(" "), None]
            self._rules.append(entry)
            self._by_id[pattern_id] = entry
            words = template.split()
            if len(template) >= TEMPLATE_CUT:
                del words[-1:]  # (perhaps cut)
            whole = [word for word in words if WILDCARD not in word and not _STATUS_CLASS.search(word)]
            if whole:
                self._by_word.setdefault(max(whole, key=len), []).append(entry)
            else:
                parts = [part for chunk in template.split(WILDCARD) for part in chunk.split()]
                self._loose.append((_STATUS_CLASS.split(max(parts, key=len))[0], entry))

        self._words = frozenset(self._by_word)

    def __bool__(self) -> bool:
        return bool(self._rules)

    def covers(self, pattern_id: str, template: str) -> bool:
        """Whether every instance of ``template`` (a template of this SDK's miner) is an
        instance of the template of the rule ``pattern_id`` (True when that has none to read:
        the id is all there is). Not so where this miner's pattern of that id is more general
        than the proxy's, or another variant of its shape (sampler._check)."""
        entry = self._by_id.get(pattern_id)
        if entry is None:
            return True
        expression = entry[4]
        if expression is None:
            expression = entry[4] = template_expression(entry[1])
        return expression.fullmatch(template) is not None

    def match(self, text: str) -> str | None:
        """The id of the most specific rule whose template ``text`` is an instance of, or None."""
        if len(text) > MAX_CHARS:
            text = clip(text)  # what the miner read of it
        best = None
        by_word = self._by_word
        for word in self._words.intersection(text.split()):  # (in C: most texts hold none)
            for entry in by_word[word]:
                best = _better(best, entry, text)
        for part, entry in self._loose:
            if part in text:
                best = _better(best, entry, text)
        return None if best is None else best[0]


def _better(best: list | None, entry: list, text: str) -> list | None:
    if best is not None and (entry[3] < best[3] or (entry[3] == best[3] and entry[2] <= best[2])):
        return best  # (no more specific, nor keeping more: not worth the expression)
    expression = entry[4]
    if expression is None:
        expression = entry[4] = template_expression(entry[1])
    return entry if expression.fullmatch(text) is not None else best


@functools.lru_cache(maxsize=4096)  # (a new policy version names mostly the same templates)
def template_expression(template: str) -> re.Pattern:
    """What texts are instances of ``template``: its fixed parts as they are (a status
    class any status of it, or itself, whitespace any whitespace), ``<*>`` one character or
    more but no whitespace: one token, as the miner's templates hold a value of a record of
    the same length (``<*>`` itself too: a template whose variables lie in this one's is an
    instance). A ``<*>`` the miner folded several words into (a cause, a run that ends a
    text) so matches none of those texts: they go to the default or the proxy, as a
    ``<*>`` of any length took new kinds of message for a broad template's (``ERROR: <*>:
    <*>``, ``INFO: Auth: <*>``: on r16 s0 45 records where the proxy has no rule, 12 before)."""
    opening = len(template) >= TEMPLATE_CUT
    if opening:
        template = template[:max(template.rfind(" "), 1)]  # (its last word may be cut)
    parts = []
    for chunk in template.split(WILDCARD):
        pieces = []
        for piece in _SPACES.split(chunk):
            if not piece:
                continue
            if piece[0].isspace():
                pieces.append(r"\s+")
            else:
                pieces.append(_STATUS_CLASS.sub(r"\1(?:[0-9][0-9]|xx)", re.escape(piece)))
        parts.append("".join(pieces))
    return re.compile(r"\s*" + r"\S+?".join(parts) + (r"(?:\s.*)?" if opening else r"\s*"), re.DOTALL)


OPEN = SourcePolicy(policy_pb2.Policy())  # nothing known: keep everything


def cache_path(cache_dir: str | os.PathLike | None, service: str) -> Path:
    """Where the last policy of ``service`` is kept: ``cache_dir``, else
    ``$XDG_CACHE_HOME/otlp-sampler`` or ``~/.cache/otlp-sampler``. Not keyed by the proxy's
    address: a restart that reaches the fleet under another address still finds it."""
    if cache_dir is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        cache_dir = os.path.join(base, "otlp-sampler")
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in service)[:200]
    return Path(cache_dir) / f"policy-{safe}.binpb"


def load_cached(path: Path, service: str) -> policy_pb2.Policy | None:
    """The cached policy message, or None (none yet, unreadable or another service's)."""
    try:
        message = policy_pb2.Policy.FromString(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, DecodeError) as exc:
        log.warning("otlp-sampler SDK: ignoring the policy cache %s: %s", path, exc)
        return None
    return message if message.service == service else None


def save_cached(path: Path, message: policy_pb2.Policy) -> None:
    """Write atomically (a temporary file renamed), so a crash never leaves half a policy."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as handle:
            temporary = handle.name
            handle.write(message.SerializeToString())
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("otlp-sampler SDK: could not cache the policy in %s: %s", path, exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
