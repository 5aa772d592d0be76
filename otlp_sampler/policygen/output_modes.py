"""Structured output: which ``response_format`` an OpenAI-compatible server accepts, and memory of it.

Servers differ. OpenAI, vLLM and Ollama take ``json_schema``; llama-cpp-python's server
refuses it (HTTP 500) but constrains decoding to a schema sent as
``{"type": "json_object", "schema": ...}``; some refuse every ``response_format`` (HTTP 422).
The LLM generator walks :data:`MODES` from the configured one, steps down when a server
refuses the format (:func:`is_format_refusal`) and remembers, per base URL, the mode that
answered (:class:`ModeMemory`), so later cycles and restarts go straight to it.
The ladder, the refusals of each server and the file: docs/policy-format.md.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai

log = logging.getLogger(__name__)

# Strongest first: each rung asks less of the server than the one before.
MODES = ("json_schema", "json_object_schema", "json_object", "text")
# What servers answer to a response_format they do not take: llama-cpp-python 500,
# vLLM 400, Ollama 400 or 500, text-generation-inference 422.
REFUSAL_STATUSES = frozenset({400, 422, 500})
# ... naming the format: the field itself, the schema, or the grammar made from it.
# Ollama says "invalid JSON schema in format", vLLM "JSON schema contains features not
# supported by xgrammar", llama.cpp and Ollama's runner speak of grammars.
FORMAT_WORDS = re.compile(r"response_format|json[ _]schema|grammar", re.IGNORECASE)
# A remembered mode is tried again from the configured start after this long: the server
# behind a URL may have been upgraded (or replaced) since.
REMEMBER_SECONDS = 24 * 3600.0


def response_format(mode: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The ``response_format`` request field of ``mode``; None: the field is left out."""
    if mode == "json_schema":
        return {"type": "json_schema",
                "json_schema": {"name": "sampling_policy", "strict": True, "schema": schema}}
    if mode == "json_object_schema":
        return {"type": "json_object", "schema": schema}
    if mode == "json_object":
        return {"type": "json_object"}
    return None


def is_format_refusal(exc: openai.APIStatusError) -> bool:
    """True when the server refused the request's ``response_format``, not the request."""
    if exc.status_code not in REFUSAL_STATUSES:
        return False
    body = json.dumps(exc.body, default=str) if exc.body is not None else ""
    return bool(FORMAT_WORDS.search(f"{exc.message} {body}"))


def ladder(start: str, remembered: str | None) -> list[str]:
    """The modes to try in order: from the remembered one if it is below ``start``, else from ``start``."""
    first = MODES.index(start)
    if remembered in MODES:
        first = max(first, MODES.index(remembered))
    return list(MODES[first:])


class ModeMemory:
    """The mode each server (by base URL) answered in, kept in memory and, given a path, in a
    small JSON file so that a restart skips the refused attempts. A file that cannot be read
    or written is logged and memory alone is used. An entry is forgotten after
    ``remember_seconds``: the next request negotiates again from the configured mode."""

    def __init__(self, path: str | Path | None = None, *, clock: Callable[[], float] = time.time,
                 remember_seconds: float = REMEMBER_SECONDS) -> None:
        self.path = Path(path) if path else None
        self._clock = clock
        self._remember_seconds = remember_seconds
        self._servers: dict[str, dict[str, Any]] | None = None  # loaded on first use
        self._unwritable = False

    def get(self, url: str) -> str | None:
        entry = self._loaded().get(url, {})
        at = entry.get("at")
        if not isinstance(at, int | float) or self._clock() - at > self._remember_seconds:
            return None
        mode = entry.get("mode")
        return mode if mode in MODES else None

    def remember(self, url: str, mode: str) -> bool:
        """Record that ``url`` answered in ``mode``; True when that is news (worth a log line)."""
        if self.get(url) == mode:
            return False
        self._loaded()[url] = {"mode": mode, "at": self._clock()}
        self._save()
        return True

    def _loaded(self) -> dict[str, dict[str, Any]]:
        if self._servers is None:
            self._servers = {}
            if self.path is not None and self.path.exists():
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    self._servers = {url: entry for url, entry in data.get("servers", {}).items()
                                     if isinstance(entry, dict)}
                except (OSError, ValueError, AttributeError) as exc:  # rewritten at the next save
                    log.warning("cannot read %s (%s); negotiating structured output afresh", self.path, exc)
        return self._servers

    def _save(self) -> None:
        if self.path is None or self._unwritable:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(self.path.name + ".tmp")
            partial.write_text(json.dumps({"servers": self._servers}, indent=1), encoding="utf-8")
            os.replace(partial, self.path)  # a reader never sees half a file
        except OSError as exc:
            log.warning("cannot write %s (%s); structured output modes are remembered in memory only",
                        self.path, exc)
            self._unwritable = True
