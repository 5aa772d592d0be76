"""Log lines from a Loki query API — Grafana Loki, or PostHog's LogQL API — for ``analyze``.

:class:`LokiReader` reads ``[start, end)`` of a LogQL query from ``/loki/api/v1/query_range``
in time windows, each in pages of ``limit`` lines oldest first, and yields every line once,
in time order, with the service and severity its stream labels name (:class:`LokiLine`).
It waits out 429s (``Retry-After``) and exhausted rate-limit quotas, retries 5xx, and turns
every other refusal into a :class:`LokiError` of one line that never holds the credential.
docs/posthog.md describes the paging, the retries and the API it relies on.

One request at a time, standard-library HTTP: a rate-limited API is read best sequentially.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from otlp_sampler.config import RetryConfig, parse_duration
from otlp_sampler.transmit.retry import MAX_HINT, Backoff, parse_retry_after

QUERY_RANGE = "/loki/api/v1/query_range"
DEFAULT_POSTHOG_HOST = "https://us.posthog.com"
SERVICE_LABELS = ("service_name", "service.name", "service")
SEVERITY_LABELS = ("level", "detected_level", "severity", "severity_text")
SECOND_NS = 10**9
DEFAULT_LIMIT = 1000  # lines a request; Loki refuses more than max_entries_limit_per_query (5000)
DEFAULT_WINDOW = 3600.0
# Lines of one nanosecond cannot be paged by time: they are asked for at once, up to this many.
MAX_GROUP = 50_000
MAX_THROTTLED = 20  # 429s in a row before giving up on the API
MAX_FAILURES = 6  # 5xx or broken connections in a row before giving up
_MAX_ENTRIES = re.compile(r"max entries limit.*\(\s*\d+\s*>\s*(\d+)\s*\)")


@dataclass(frozen=True, slots=True)
class LokiLine:
    time_ns: int
    line: str
    service: str  # from the stream labels; "" when none names it
    severity: str  # likewise


class LokiError(Exception):
    """Why the read failed, as one line for the user. Never holds the credential."""


class _LimitTooHigh(Exception):
    def __init__(self, maximum: int) -> None:
        super().__init__(maximum)
        self.maximum = maximum


@dataclass(frozen=True)
class LokiEndpoint:
    """Where the query_range API is and how to be let in."""

    url: str  # the query_range URL itself
    name: str  # how messages name it: scheme, host and port only
    headers: dict[str, str] = field(default_factory=dict)
    secret: str | None = None  # scrubbed from anything the server says back
    credential_hint: str = ""  # what to check when the credential is refused
    not_found_hint: str = ""


def loki_endpoint(url: str, token: str | None = None, org_id: str | None = None) -> LokiEndpoint:
    """A Loki (or Loki-compatible) API from its base URL, or the query_range URL itself."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LokiError(f"--from-loki needs an http(s) URL such as http://loki:3100, not {url!r}")
    base = url.rstrip("/")
    full = base if base.endswith(QUERY_RANGE) else base + QUERY_RANGE
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if org_id:
        headers["X-Scope-OrgID"] = org_id
    hint = "; check LOKI_TOKEN" if token else "; it wants a token: set LOKI_TOKEN"
    return LokiEndpoint(full, f"Loki at {_origin(parts)}", headers, token or None, hint,
                        f"; is {url} the base URL of a Loki query API?")


def posthog_endpoint(project_id: str, host: str | None, key: str | None) -> LokiEndpoint:
    """A PostHog project's LogQL API (docs/posthog.md): personal API key as a Bearer token."""
    if not re.fullmatch(r"[\w@-]+", project_id):
        raise LokiError(f"--from-posthog takes a project id (a number), not {project_id!r}")
    if not key:
        raise LokiError("POSTHOG_PERSONAL_API_KEY is not set: create a personal API key (phx_…) with the "
                        "logs:read scope and export it")
    host = (host or DEFAULT_POSTHOG_HOST).rstrip("/")
    # POSTHOG_HOST often names the ingestion host `serve` sends to (us.i.posthog.com): the API is one up.
    host = re.sub(r"^(https?://[\w-]+)\.i\.posthog\.com$", r"\1.posthog.com", host)
    parts = urlsplit(host)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LokiError(f"POSTHOG_HOST must be a URL such as {DEFAULT_POSTHOG_HOST}, not {host!r}")
    url = f"{host}/api/projects/{quote(project_id)}/logs{QUERY_RANGE}"
    hint = "; POSTHOG_PERSONAL_API_KEY must be a personal API key (phx_…) with the logs:read scope"
    if key.startswith("phc_"):
        hint += ", and the key set is a project token (phc_…)"
    return LokiEndpoint(url, f"PostHog at {_origin(parts)}", {"Authorization": f"Bearer {key}"}, key, hint,
                        f"; is {project_id} the id of a project this key can read, and POSTHOG_HOST right?")


def _origin(parts) -> str:
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


class LokiReader:
    """Every line of a LogQL log query in ``[start_ns, end_ns)``, once, oldest first."""

    def __init__(self, endpoint: LokiEndpoint, query: str, start_ns: int, end_ns: int, *,
                 limit: int = DEFAULT_LIMIT, window_ns: int = int(DEFAULT_WINDOW * SECOND_NS),
                 progress: LokiProgress | None = None, sleep: Callable[[float], None] = time.sleep,
                 timeout: float = 120.0) -> None:
        self.endpoint = endpoint
        self.query = query
        self.start_ns, self.end_ns = start_ns, end_ns
        self.limit = max(1, limit)
        self.window_ns = max(1, window_ns)
        self.progress = progress or LokiProgress(enabled=False)
        self.sleep = sleep
        self.timeout = timeout
        self.requests = 0
        self.lines_read = 0
        self.incomplete = 0  # nanoseconds with more lines than the API gives at once: read in part
        self._answered = False  # a connection refused before any answer is a wrong URL, not a blip
        self._quota_until = 0.0  # monotonic time the rate-limit quota refills, when it ran out
        self._backoff = Backoff(RetryConfig())

    def lines(self) -> Iterator[LokiLine]:
        windows = list(self._windows())
        for number, (start, end) in enumerate(windows, start=1):
            self.progress.window = (number, len(windows))
            for line in self._window(start, end):
                self.lines_read += 1
                yield line
        if not self.lines_read:
            self.progress.warn(f"the query matched no lines from {_iso(self.start_ns)} "
                               f"to {_iso(self.end_ns)}")

    def _windows(self) -> Iterator[tuple[int, int]]:
        start = self.start_ns
        while start < self.end_ns:
            end = min(start + self.window_ns, self.end_ns)
            yield start, end
            start = end

    def _window(self, start: int, end: int) -> Iterator[LokiLine]:
        """Pages oldest first; each next page starts at the last timestamp of the one before.

        A page may end inside a run of lines sharing its last nanosecond, so that run is held
        back and read again, whole, as the head of the next page (``start`` is inclusive).
        A page holding a single nanosecond cannot be paged by time: :meth:`_one_nanosecond`.
        """
        cursor = start
        while cursor < end:
            page, asked = self._page(cursor, end, self.limit)
            if len(page) < asked:  # fewer than asked: nothing more in [cursor, end)
                yield from page
                return
            last = page[-1].time_ns
            if page[0].time_ns == last:
                yield from self._one_nanosecond(last, asked)
                cursor = last + 1
                continue
            held = len(page)
            while page[held - 1].time_ns == last:
                held -= 1
            yield from page[:held]
            cursor = last

    def _one_nanosecond(self, time_ns: int, asked: int) -> list[LokiLine]:
        while True:
            wanted = min(asked * 4, MAX_GROUP)
            page, asked = self._page(time_ns, time_ns + 1, wanted)
            if len(page) < asked:
                return page
            if asked < wanted or asked >= MAX_GROUP:  # the API (or we) will give no more at once
                self.incomplete += 1
                self.progress.warn(f"{asked:,} or more lines share the timestamp {time_ns} ns, more than "
                                   f"are given at once: {asked:,} of them are analysed")
                return page

    def _page(self, start: int, end: int, limit: int) -> tuple[list[LokiLine], int]:
        """One page and the limit it was asked with (lowered to the server's maximum if it said one)."""
        while True:
            try:
                return self._query(start, end, limit), limit
            except _LimitTooHigh as exc:
                if exc.maximum >= limit or exc.maximum < 1:
                    raise LokiError(f"{self.endpoint.name} refuses {limit} lines a request and "
                                    f"names no smaller maximum; try --limit 100") from None
                self.limit = min(self.limit, exc.maximum)
                limit = exc.maximum

    def _query(self, start: int, end: int, limit: int) -> list[LokiLine]:
        params = {"query": self.query, "start": str(start), "end": str(end), "limit": str(limit),
                  "direction": "forward"}
        document = self._get(params)
        lines = parse_streams(document, self.endpoint.name)
        # Only [start, end): a server answering beyond it would make lines count twice at the edges.
        lines = [line for line in lines if start <= line.time_ns < end]
        self.progress.update(self.lines_read + len(lines))
        return lines

    # ------------------------------------------------------------------ HTTP

    def _get(self, params: dict[str, str]) -> Any:
        url = f"{self.endpoint.url}?{urlencode(params)}"
        throttled = failures = 0
        while True:
            self._await_quota()
            request = Request(url, headers={**self.endpoint.headers, "Accept": "application/json",
                                            "Accept-Encoding": "gzip", "User-Agent": "otlp-sampler-analyze"})
            self.requests += 1
            try:
                with _OPENER.open(request, timeout=self.timeout) as response:
                    self._note_quota(response.headers)
                    body = _read(response)
                self._answered = True
                try:
                    return json.loads(body)
                except ValueError:
                    raise LokiError(f"{self.endpoint.name} answered with something that is not JSON: "
                                    f"{self._detail(body)}") from None
            except HTTPError as exc:
                self._answered = True
                self._note_quota(exc.headers)
                body = _read(exc)
                hint = parse_retry_after(exc.headers.get("Retry-After")) if exc.headers else None
                if exc.code == 429:
                    throttled += 1
                    if throttled > MAX_THROTTLED:
                        raise LokiError(f"{self.endpoint.name} still answers 429 Too Many Requests after "
                                        f"{MAX_THROTTLED} waits: {self._detail(body)}") from None
                    if hint is None:
                        hint = self._quota_wait() or self._backoff.delay(throttled - 1)
                    self._quota_until = 0.0  # this wait is the quota's
                    self._wait(hint, "rate limited")
                    continue
                if exc.code in (500, 502, 503, 504):
                    failures += 1
                    if failures >= MAX_FAILURES:
                        raise LokiError(f"{self.endpoint.name} answered {exc.code} {exc.reason} "
                                        f"{failures} times: {self._detail(body)}") from None
                    self._wait(self._backoff.delay(failures - 1, hint), f"{exc.code} {exc.reason}")
                    continue
                raise self._refusal(exc.code, str(exc.reason), body) from None
            except (URLError, OSError, http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", None) or exc
                if isinstance(reason, OSError) and reason.strerror:
                    reason = reason.strerror.lower()
                failures += 1
                if not self._answered or failures >= MAX_FAILURES:
                    raise LokiError(f"cannot read from {self.endpoint.name}: {reason}") from None
                self._wait(self._backoff.delay(failures - 1), str(reason))

    def _refusal(self, status: int, reason: str, body: bytes) -> Exception:
        name, detail = self.endpoint.name, self._detail(body)
        if status == 400:
            maximum = _MAX_ENTRIES.search(detail)
            if maximum:
                return _LimitTooHigh(int(maximum.group(1)))
            return LokiError(f"{name} rejected the query (400 Bad Request): {detail}")
        if status == 401:
            return LokiError(f"{name} refused the credentials (401 Unauthorized): {detail}"
                             f"{self.endpoint.credential_hint}")
        if status == 403:
            return LokiError(f"{name} forbids this read (403 Forbidden): {detail}"
                             f"{self.endpoint.credential_hint}")
        if status == 404:
            return LokiError(f"{name} has no such API (404 Not Found){self.endpoint.not_found_hint}")
        return LokiError(f"{name} answered {status} {reason}: {detail}")

    def _detail(self, body: bytes) -> str:
        """What the server said, on one line, short, without the credential."""
        text = body.decode("utf-8", "replace")
        try:
            document = json.loads(text)
        except ValueError:
            document = None
        if isinstance(document, dict):
            found = next((document[k] for k in ("detail", "error", "message") if document.get(k)), None)
            text = str(found) if found is not None else text
        text = " ".join(text.split()) or "(no message)"
        if self.endpoint.secret:
            text = text.replace(self.endpoint.secret, "<credential>")
        return text if len(text) <= 300 else text[:299] + "…"

    # ------------------------------------------------------------------ rate limits

    def _note_quota(self, headers) -> None:
        """An exhausted quota (RateLimit-* or X-RateLimit-* headers) pauses until its reset."""
        if headers is None:
            return
        remaining = _number(headers.get("RateLimit-Remaining") or headers.get("X-RateLimit-Remaining"))
        reset = _number(headers.get("RateLimit-Reset") or headers.get("X-RateLimit-Reset"))
        if remaining is None or remaining > 0 or reset is None:
            return
        seconds = reset - time.time() if reset > 1e9 else reset  # an epoch time, or seconds from now
        self._quota_until = time.monotonic() + min(max(seconds, 0.0), MAX_HINT)

    def _quota_wait(self) -> float:
        return max(0.0, self._quota_until - time.monotonic())

    def _await_quota(self) -> None:
        wait = self._quota_wait()
        self._quota_until = 0.0
        if wait > 0:
            self._wait(wait, "rate-limit quota used up")

    def _wait(self, seconds: float, why: str) -> None:
        self.progress.waiting(seconds, why)
        self.sleep(seconds)


class _CredentialsStayHome(HTTPRedirectHandler):
    """Follows redirects, but takes the credential (and tenant) along only to the same origin."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and _origin(urlsplit(newurl)) != _origin(urlsplit(req.full_url)):
            for name in ("Authorization", "X-scope-orgid"):
                new.headers.pop(name, None)
        return new


_OPENER = build_opener(_CredentialsStayHome)


def parse_streams(document: Any, name: str) -> list[LokiLine]:
    """The lines of a query_range answer, ordered by time (then text), labels mapped."""
    if not isinstance(document, dict) or document.get("status") != "success":
        said = document.get("error") if isinstance(document, dict) else None
        raise LokiError(f"{name} did not answer with status success{f': {said}' if said else ''}")
    data = document.get("data")
    kind = data.get("resultType") if isinstance(data, dict) else None
    if kind != "streams":
        raise LokiError(f"the query gives {kind or 'no'} results, not log lines: analyze needs a log "
                        'query such as {service_name="checkout"}, not a metric query')
    lines: list[LokiLine] = []
    try:
        for stream in data.get("result") or []:
            labels = stream.get("stream") or {}
            service, severity = stream_fields(labels)
            values = stream.get("values") or []
            if len(values) > 1 and int(values[0][0]) > int(values[-1][0]):
                raise LokiError(f"{name} answered newest first although direction=forward was asked: "
                                "it cannot be paged without losing lines")
            for value in values:
                meta = value[2] if len(value) > 2 and isinstance(value[2], dict) else None
                if meta:  # structured metadata next to the line (categorize-labels encoding)
                    flat = {**labels, **meta.get("structuredMetadata", {}), **meta.get("parsed", {})}
                    lines.append(LokiLine(int(value[0]), str(value[1]), *stream_fields(flat)))
                else:
                    lines.append(LokiLine(int(value[0]), str(value[1]), service, severity))
    except (AttributeError, TypeError, ValueError, IndexError) as exc:
        raise LokiError(f"{name} answered a query_range document of an unexpected shape ({exc})") from None
    lines.sort(key=lambda line: (line.time_ns, line.line))
    return lines


def stream_fields(labels: dict[str, Any]) -> tuple[str, str]:
    """(service, severity) a stream's labels name; Loki's ``unknown`` level counts as none."""
    service = next((str(labels[k]) for k in SERVICE_LABELS if labels.get(k)), "")
    severity = next((str(labels[k]) for k in SEVERITY_LABELS
                     if labels.get(k) and str(labels[k]).lower() != "unknown"), "")
    return service, severity


def _iso(time_ns: int) -> str:
    return datetime.fromtimestamp(time_ns // SECOND_NS, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _read(response) -> bytes:
    try:
        body = response.read()
    except (OSError, http.client.HTTPException):
        return b""
    if response.headers and response.headers.get("Content-Encoding", "").lower() == "gzip":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            pass
    return body


class LokiProgress:
    """Lines read, the window, and waits on stderr, twice a second, on a terminal only.

    Warnings (lines the API would not give) are written in any case.
    """

    def __init__(self, enabled: bool, stream=None) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.window = (0, 0)
        self.shown = False
        self._next = 0.0

    def update(self, lines: int) -> None:
        now = time.monotonic()
        if not self.enabled or now < self._next:
            return
        self._next = now + 0.5
        number, count = self.window
        self._show(f"analyze: {lines:,} lines, window {number}/{count}")

    def waiting(self, seconds: float, why: str) -> None:
        if self.enabled:
            self._show(f"analyze: {why}: waiting {seconds:.1f}s")
            self._next = 0.0

    def warn(self, message: str) -> None:
        self.done()
        self.stream.write(f"otlp-sampler analyze: warning: {message}\n")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def _show(self, text: str) -> None:
        self.stream.write(f"\r\033[K{text}")
        self.stream.flush()
        self.shown = True


# ---------------------------------------------------------------------- the command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading a Loki API or PostHog instead of a FILE (docs/posthog.md)")
    source = group.add_mutually_exclusive_group()
    source.add_argument("--from-loki", metavar="URL",
                        help="a Loki query API's base URL, e.g. http://loki:3100 (LOKI_TOKEN: a Bearer "
                             "token, LOKI_ORG_ID: X-Scope-OrgID, from the environment)")
    source.add_argument("--from-posthog", metavar="PROJECT_ID",
                        help="a PostHog project's logs (POSTHOG_PERSONAL_API_KEY, phx_… with logs:read; "
                             f"POSTHOG_HOST, default {DEFAULT_POSTHOG_HOST})")
    group.add_argument("--query", metavar="LOGQL",
                       help='the LogQL log query, e.g. \'{service_name="checkout"}\'')
    group.add_argument("--since", type=_span, default=3600.0, metavar="DURATION",
                       help="how far back from --end to read, e.g. 30m, 24h, 7d (default 1h)")
    group.add_argument("--end", type=_time_ns, default=None, metavar="TIME",
                       help="the end of the range, RFC3339 or Unix seconds (default: now)")
    group.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                       help="lines a request (default %(default)s)")
    group.add_argument("--window", type=_span, default=DEFAULT_WINDOW, metavar="DURATION",
                       help="the time one run of requests covers (default 1h)")


def open_reader(args: argparse.Namespace, *, progress: bool) -> tuple[LokiReader, str]:
    """The reader ``--from-loki``/``--from-posthog`` ask for, and a name for the report."""
    if args.file:
        raise LokiError("give a FILE or --from-loki/--from-posthog, not both")
    if not args.query:
        raise LokiError('--query is needed with --from-loki and --from-posthog, e.g. --query '
                        '\'{service_name="checkout"}\'')
    if args.limit < 1:
        raise LokiError("--limit must be at least 1")
    environ = os.environ
    if args.from_posthog:
        endpoint = posthog_endpoint(args.from_posthog, environ.get("POSTHOG_HOST"),
                                    environ.get("POSTHOG_PERSONAL_API_KEY"))
        name = f"PostHog project {args.from_posthog} {args.query}"
    else:
        endpoint = loki_endpoint(args.from_loki, environ.get("LOKI_TOKEN"), environ.get("LOKI_ORG_ID"))
        name = f"{endpoint.name} {args.query}"
    end = args.end if args.end is not None else time.time_ns()
    start = end - int(args.since * SECOND_NS)
    reader = LokiReader(endpoint, args.query, start, end, limit=args.limit,
                        window_ns=int(args.window * SECOND_NS), progress=LokiProgress(progress))
    return reader, name


def _span(value: str) -> float:
    text = value.strip()
    try:
        seconds = float(text[:-1]) * 86400 if text.endswith("d") else parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if seconds <= 0:
        raise argparse.ArgumentTypeError("a duration must be positive")
    return seconds


def _time_ns(value: str) -> int:
    text = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        number = float(text)
        # Seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude.
        scale = next(s for s in (1, 10**3, 10**6, 10**9) if number / s < 1e10)
        return int(text) * (SECOND_NS // scale) if text.isdigit() else int(number * SECOND_NS / scale)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an RFC3339 time or Unix seconds") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp()) * SECOND_NS + when.microsecond * 1000
