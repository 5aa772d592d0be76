"""A Loki query API in the tests: Grafana Loki's ``query_range``, or PostHog's LogQL API.

It holds streams (:meth:`FakeLoki.push`) and answers ``GET``/``POST /loki/api/v1/query_range``
as the real one does (docs/posthog.md cites the reference):

- ``query``: a stream selector ``{label="v", label=~"re", label!="v", label!~"re"}`` with at
  least one matcher that cannot match the empty string, then line filters ``|= != |~ !~``;
  anything else is ``400`` ``parse error at line 1, col N: …``;
- ``start`` (inclusive) and ``end`` (exclusive): nanoseconds, float seconds or RFC3339;
  ``since``; ``limit`` (default 100, above ``max_entries`` a ``400 max entries limit per
  query exceeded``); ``direction`` ``forward``/``backward`` (default backward); a range
  longer than ``max_query_length`` is a ``400``;
- the answer ``{"status":"success","data":{"resultType":"streams","result":[{"stream":{…},
  "values":[["<ns>","<line>"],…]}]}}`` holds the first ``limit`` lines in the direction's
  order across all streams; lines sharing a nanosecond come in no meaningful order;
- ``token``: only ``Authorization: Bearer <token>`` is let in (401 otherwise, 403 for
  ``forbidden`` tokens);
- :meth:`FakeLoki.script` answers the next requests with :class:`Status` (e.g. 429 with
  ``Retry-After``) or :class:`Quota` (a normal answer carrying rate-limit headers).

``posthog=True`` serves ``/api/projects/<id>/logs/loki/api/v1/query_range`` for the
``projects`` it knows (404 for others) with PostHog's JSON errors; Loki's are plain text.
The server runs on its own thread, so tests call the synchronous CLI directly::

    with FakeLoki(token="phx_test") as loki:
        loki.push({"service_name": "checkout", "level": "info"}, [(ts_ns, "GET /cart 200")])
        main(["analyze", "--from-loki", loki.url, ...])
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

HOUR_NS = 3600 * 10**9


@dataclass(frozen=True)
class Status:
    """Answer one request with this status, headers and (Loki: text, PostHog: JSON) message."""

    status: int
    message: str = "scripted failure"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Quota:
    """Answer one request normally, with these (rate-limit) headers on the response."""

    headers: dict[str, str]


class QueryError(ValueError):
    """A request Loki answers with 400 Bad Request: the text is Loki's message."""


@dataclass(slots=True)
class _Entry:
    time_ns: int
    stream: tuple[tuple[str, str], ...]
    line: str
    tie: bytes  # the order among lines of one nanosecond: arbitrary, but stable


class FakeLoki:
    def __init__(self, *, token: str | None = None, forbidden: tuple[str, ...] = (),
                 posthog: bool = False, projects: tuple[str, ...] = ("1",), max_entries: int = 5000,
                 max_query_length_ns: int = 721 * HOUR_NS) -> None:
        self.token = token
        self.forbidden = set(forbidden)
        self.posthog = posthog
        self.projects = set(projects)
        self.max_entries = max_entries
        self.max_query_length_ns = max_query_length_ns
        self.entries: list[_Entry] = []
        self.requests: list[dict[str, Any]] = []  # every request's parameters and headers
        self._script: deque[Status | Quota] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.url = ""  # Loki: the base URL; PostHog: the host

    # ------------------------------------------------------------------ data and script

    def push(self, labels: dict[str, str], values: list[tuple[int, str]]) -> None:
        stream = tuple(sorted(labels.items()))
        for time_ns, line in values:
            tie = hashlib.blake2b(f"{stream}{line}".encode(), digest_size=8).digest()
            self.entries.append(_Entry(int(time_ns), stream, line, tie))

    def script(self, *behaviours: Status | Quota) -> None:
        self._script.extend(behaviours)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> FakeLoki:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True, name="fake-loki")
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake Loki server did not start")
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._loop is not None and self._thread is not None
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._start())
        ready.set()
        self._loop.run_forever()
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        path = ("/api/projects/{project}/logs/loki/api/v1/query_range" if self.posthog
                else "/loki/api/v1/query_range")
        app.router.add_route("GET", path, self._handle)
        app.router.add_route("POST", path, self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # ------------------------------------------------------------------ the API

    async def _handle(self, request: web.Request) -> web.Response:
        params = dict(request.query)
        if request.method == "POST":
            params.update({k: str(v) for k, v in (await request.post()).items()})
        self.requests.append({"params": params, "headers": dict(request.headers)})
        project = request.match_info.get("project")
        if project is not None and project not in self.projects:
            return self._error(404, "Not found.", code="not_found")
        refused = self._check_auth(request.headers.get("Authorization", ""))
        if refused is not None:
            return refused
        extra: dict[str, str] = {}
        if self._script:
            behaviour = self._script.popleft()
            if isinstance(behaviour, Status):
                return self._error(behaviour.status, behaviour.message, headers=behaviour.headers)
            extra = behaviour.headers
        try:
            document = self.query_range(params)
        except QueryError as exc:
            return self._error(400, str(exc), code="invalid_input")
        response = web.json_response(document, headers=extra)
        response.enable_compression()  # gzip when asked, as Loki's query frontend compresses answers
        return response

    def _check_auth(self, header: str) -> web.Response | None:
        if self.token is None:
            return None
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return self._error(401, "Authentication credentials were not provided.", code="not_authenticated")
        if token in self.forbidden:
            return self._error(403, "API key missing required scope 'logs:read'", code="permission_denied")
        if token != self.token:
            return self._error(401, "Invalid Personal API key.", code="authentication_failed")
        return None

    def _error(self, status: int, message: str, *, code: str = "error",
               headers: dict[str, str] | None = None) -> web.Response:
        if self.posthog:  # PostHog's API errors (docs/api): type, code, detail
            kind = {401: "authentication_error", 403: "authentication_error", 429: "throttled_error"}
            body = {"type": kind.get(status, "invalid_request"), "code": code, "detail": message,
                    "attr": None}
            return web.json_response(body, status=status, headers=headers)
        # Loki writes its errors as plain text (pkg/util/server/error.go WriteError).
        return web.Response(status=status, text=message, headers=headers)

    def query_range(self, params: dict[str, str]) -> dict[str, Any]:
        """The answer to one query_range request; QueryError for what Loki answers with 400."""
        selector, filters = parse_logql(params.get("query", ""))
        end = parse_time(params["end"]) if "end" in params else _now_ns()
        if "start" in params:
            start = parse_time(params["start"])
        elif "since" in params:
            start = end - _parse_go_duration(params["since"])
        else:
            start = end - HOUR_NS
        if end <= start:
            raise QueryError("end timestamp must not be before or equal to start time")
        if end - start > self.max_query_length_ns:
            raise QueryError(f"the query time range exceeds the limit (query length: {_go(end - start)}, "
                             f"limit: {_go(self.max_query_length_ns)})")
        try:
            limit = int(params.get("limit", "100"))
        except ValueError as exc:
            raise QueryError(f'strconv.Atoi: parsing "{params["limit"]}": invalid syntax') from exc
        if limit <= 0:
            raise QueryError("limit must be a positive value")
        if limit > self.max_entries:
            raise QueryError(f"max entries limit per query exceeded, limit > max_entries_limit_per_query "
                             f"({limit} > {self.max_entries})")
        direction = params.get("direction", "backward").lower()
        if direction not in ("forward", "backward"):
            raise QueryError(f"invalid direction '{params['direction']}'")
        chosen = [e for e in self.entries
                  if start <= e.time_ns < end and _selects(selector, e.stream) and _passes(filters, e.line)]
        backward = direction == "backward"
        chosen.sort(key=lambda e: (-e.time_ns, e.tie) if backward else (e.time_ns, e.tie))
        chosen = chosen[:limit]
        streams: dict[tuple[tuple[str, str], ...], list[list[str]]] = {}
        for entry in chosen:  # each stream's values keep the direction's order
            streams.setdefault(entry.stream, []).append([str(entry.time_ns), entry.line])
        result = [{"stream": dict(stream), "values": values} for stream, values in streams.items()]
        return {"status": "success", "data": {"resultType": "streams", "result": result,
                                              "stats": {"summary": {"totalEntriesReturned": len(chosen)}}}}


# ---------------------------------------------------------------------- LogQL, the part the tests use

_MATCHER = re.compile(r'\s*([A-Za-z_][\w.]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*')
_FILTER = re.compile(r'\s*(\|=|!=|\|~|!~)\s*"((?:[^"\\]|\\.)*)"\s*')


def parse_logql(query: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """A stream selector and line filters, or QueryError with Loki's message."""
    text = query.strip()
    if not text.startswith("{"):
        raise QueryError(f"parse error at line 1, col 1: syntax error: unexpected {_token(text)}")
    position, matchers = 1, []
    while True:
        match = _MATCHER.match(text, position)
        if not match:
            raise QueryError(f"parse error at line 1, col {position + 1}: syntax error: "
                             f"unexpected {_token(text[position:])}, expecting IDENTIFIER")
        matchers.append((match.group(1), match.group(2), _unquote(match.group(3))))
        position = match.end()
        if text.startswith(",", position):
            position += 1
            continue
        if text.startswith("}", position):
            position += 1
            break
        raise QueryError(f"parse error at line 1, col {position + 1}: syntax error: "
                         f"unexpected {_token(text[position:])}, expecting , or }}")
    if not any(_needs_value(op, value) for _, op, value in matchers):
        raise QueryError('parse error : queries require at least one regexp or equality matcher that does '
                         'not have an empty-compatible value. For instance, app=~".*" does not meet this '
                         'requirement, but app=~".+" will')
    filters = []
    while position < len(text):
        match = _FILTER.match(text, position)
        if not match:
            raise QueryError(f"parse error at line 1, col {position + 1}: syntax error: "
                             f"unexpected {_token(text[position:])}")
        filters.append((match.group(1), _unquote(match.group(2))))
        position = match.end()
    return matchers, filters


def _needs_value(op: str, value: str) -> bool:
    if op == "=":
        return value != ""
    if op == "=~":
        return re.fullmatch(value, "") is None
    return False


def _selects(matchers: list[tuple[str, str, str]], stream: tuple[tuple[str, str], ...]) -> bool:
    labels = dict(stream)
    for name, op, value in matchers:
        have = labels.get(name, "")
        ok = {"=": have == value, "!=": have != value,
              "=~": re.fullmatch(value, have) is not None, "!~": re.fullmatch(value, have) is None}[op]
        if not ok:
            return False
    return True


def _passes(filters: list[tuple[str, str]], line: str) -> bool:
    for op, value in filters:
        ok = {"|=": value in line, "!=": value not in line,
              "|~": re.search(value, line) is not None, "!~": re.search(value, line) is None}[op]
        if not ok:
            return False
    return True


def _unquote(text: str) -> str:
    return json.loads(f'"{text}"')


def _token(rest: str) -> str:
    rest = rest.strip()
    return rest.split()[0] if rest else "$end"


# ---------------------------------------------------------------------- times


def parse_time(value: str) -> int:
    """Nanoseconds from what Loki accepts: integer nanoseconds, float seconds, RFC3339."""
    if re.fullmatch(r"\d+", value):
        return int(value)
    try:
        return int(float(value) * 10**9)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise QueryError(f'cannot parse "{value}" to a valid timestamp') from exc
    return int(when.timestamp()) * 10**9 + when.microsecond * 1000


def _parse_go_duration(value: str) -> int:
    match = re.fullmatch(r"(\d+)(ms|s|m|h|d)", value)
    if not match:
        raise QueryError(f'cannot parse "{value}" to a valid duration')
    unit = {"ms": 10**6, "s": 10**9, "m": 60 * 10**9, "h": HOUR_NS, "d": 24 * HOUR_NS}[match.group(2)]
    return int(match.group(1)) * unit


def _go(nanoseconds: int) -> str:
    seconds = nanoseconds // 10**9
    return f"{seconds // 3600}h{seconds % 3600 // 60}m{seconds % 60}s"


def _now_ns() -> int:
    import time

    return time.time_ns()
