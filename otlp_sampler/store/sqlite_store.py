"""The default store: one sqlite file (``store.path``), shared by the workers of one machine.

sqlite calls are rare (one policy per analysis interval, a few admin requests), so they run
in a worker thread over one connection guarded by a lock; the event loop never blocks on
the disk. WAL mode lets readers in other processes (``serve --workers N``) proceed while a
writer commits, and ``BEGIN IMMEDIATE`` makes "read last version, insert the next" atomic
across those processes.

The file holds templates and (redacted) examples of the logs: it is created 0600 in a
directory created 0700, and an existing file readable by others is narrowed to 0600.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from otlp_sampler.analyze.accounting import AccountingBatch, PatternTotals, SeriesPoint
from otlp_sampler.policy import PolicyDocument
from otlp_sampler.store.base import (
    PatternEntry,
    PolicyCallback,
    PolicyNotFound,
    PolicySummary,
    StoreError,
    StoreHealth,
    Subscribers,
    cancel_task,
    rollback_document,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# 2: the windows table; 3: the accounting tables; 4: alerts and alert_claims; 5: tier_verdicts
# (each created on open, so a file of an older version gains the new tables: the migration)
SCHEMA_VERSION = 5
OPEN_WAIT = 10.0  # seconds a process waits for others opening the same file (sqlite's busy timeout too)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS policies (
    version INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    generator_kind TEXT NOT NULL,
    generator_model TEXT,
    target_reduction REAL,
    estimated_reduction REAL,
    rules INTEGER NOT NULL,
    rollback_of INTEGER,
    document TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS patterns (
    service TEXT NOT NULL,
    pattern_id TEXT NOT NULL,
    template TEXT NOT NULL,
    first_seen REAL NOT NULL,
    PRIMARY KEY (service, pattern_id)
);
CREATE INDEX IF NOT EXISTS patterns_by_first_seen ON patterns (first_seen);
CREATE TABLE IF NOT EXISTS leader (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS windows (
    owner TEXT PRIMARY KEY,
    expires_at REAL NOT NULL,
    payload TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pattern_counts (
    service TEXT NOT NULL,
    pattern_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (service, pattern_id, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pattern_seen (
    service TEXT NOT NULL,
    pattern_id TEXT NOT NULL,
    last_seen REAL NOT NULL,
    PRIMARY KEY (service, pattern_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS series (
    minute INTEGER NOT NULL,
    service TEXT NOT NULL,
    pattern_id TEXT NOT NULL,
    records INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    kept_records INTEGER NOT NULL,
    kept_bytes INTEGER NOT NULL,
    PRIMARY KEY (minute, service, pattern_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS series_by_pattern ON series (service, pattern_id, minute);
CREATE TABLE IF NOT EXISTS alerts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL,
    kind TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alert_claims (
    key TEXT PRIMARY KEY,
    until REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tier_verdicts (
    service TEXT NOT NULL,
    pattern_id TEXT NOT NULL,
    verdict TEXT NOT NULL,
    PRIMARY KEY (service, pattern_id)
) WITHOUT ROWID;
"""
_LEADER = "side-loop"


class SqliteStore:
    """:class:`~otlp_sampler.store.base.PolicyStore` in one sqlite file.

    Subscribers hear of this process's saves at once and of other processes' saves by a
    cheap poll every ``poll_interval`` seconds (only while someone is subscribed).
    """

    def __init__(self, path: str | Path, *, poll_interval: float = 1.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = str(path)
        self._poll_interval = poll_interval
        self._clock = clock  # wall clock: lock expiry must agree across processes
        if self.path != ":memory:":
            try:
                Path(self.path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                _private_files(self.path)
            except OSError as exc:
                raise StoreError(f"cannot create store.path {self.path} or its directory: {exc}") from None
        self._db = self._open()
        self.health = StoreHealth(f"sqlite store {self.path}")
        self._lock = threading.Lock()
        self._subscribers = Subscribers()
        self._poller: asyncio.Task | None = None
        self._closed = False

    # ----------------------------------------------------------------- plumbing

    def _open(self) -> sqlite3.Connection:
        """A connection in WAL mode with the schema made, waiting out other processes that
        open the same file at once (``serve --workers N`` starts its workers together).

        Switching a new file to WAL takes an exclusive lock that sqlite's busy timeout does
        not always wait for: a second process gets "database is locked" at once. Such a
        refusal is retried, from a fresh connection, until OPEN_WAIT seconds have passed;
        any other error, or the same one after that, is the store's error."""
        deadline = time.monotonic() + OPEN_WAIT
        pause = 0.01
        while True:
            db = None
            try:
                # isolation_level=None: we open transactions ourselves (BEGIN IMMEDIATE where it matters).
                db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False,
                                     timeout=OPEN_WAIT)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                return db
            except sqlite3.Error as exc:
                if db is not None:
                    db.close()
                if not _busy(exc) or time.monotonic() + pause > deadline:
                    raise StoreError(f"cannot open the sqlite store {self.path}: {exc}") from None
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


    async def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        def locked() -> T:
            with self._lock:
                if self._closed:
                    raise StoreError("the sqlite store is closed")
                try:
                    return work(self._db)
                except sqlite3.Error as exc:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise StoreError(f"sqlite store {self.path}: {exc}") from None

        try:
            result = await asyncio.to_thread(locked)
        except StoreError as exc:
            if not self._closed:
                self.health.failed(str(exc))
            raise
        self.health.ok()
        return result

    # ----------------------------------------------------------------- policies

    async def save_policy(self, doc: PolicyDocument) -> PolicyDocument:
        def insert(db: sqlite3.Connection) -> PolicyDocument:
            db.execute("BEGIN IMMEDIATE")
            (last,) = db.execute("SELECT COALESCE(MAX(version), 0) FROM policies").fetchone()
            saved = doc.model_copy(update={"version": last + 1})
            db.execute(
                "INSERT INTO policies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (saved.version, saved.created_at.isoformat(), saved.generator.kind, saved.generator.model,
                 saved.target_reduction, saved.estimate.reduction if saved.estimate else None,
                 sum(len(s.patterns) for s in saved.services.values()), saved.generator.rollback_of,
                 saved.model_dump_json()),
            )
            db.execute("COMMIT")
            return saved

        saved = await self._run(insert)
        await self._subscribers.deliver(saved.model_copy(deep=True))
        return saved

    async def current_policy(self) -> PolicyDocument | None:
        row = await self._run(
            lambda db: db.execute("SELECT document FROM policies ORDER BY version DESC LIMIT 1").fetchone()
        )
        return PolicyDocument.model_validate_json(row[0]) if row else None

    async def get_policy(self, version: int) -> PolicyDocument:
        row = await self._run(
            lambda db: db.execute("SELECT document FROM policies WHERE version = ?", (version,)).fetchone()
        )
        if row is None:
            raise PolicyNotFound(f"no policy version {version}")
        return PolicyDocument.model_validate_json(row[0])

    async def history(self, limit: int = 50) -> list[PolicySummary]:
        rows = await self._run(lambda db: db.execute(
            "SELECT version, created_at, generator_kind, generator_model, target_reduction,"
            " estimated_reduction, rules, rollback_of FROM policies ORDER BY version DESC LIMIT ?",
            (max(limit, 0),),
        ).fetchall())
        return [_summary(row) for row in rows]

    async def rollback(self, version: int) -> PolicyDocument:
        return await self.save_policy(rollback_document(await self.get_policy(version)))

    async def _last_version(self) -> int:
        row = await self._run(
            lambda db: db.execute("SELECT COALESCE(MAX(version), 0) FROM policies").fetchone()
        )
        return int(row[0])

    # ----------------------------------------------------------------- patterns

    async def upsert_patterns(self, entries: list[tuple[str, str, str, float]]) -> int:
        rows = list(entries)
        if not rows:
            return 0

        def upsert(db: sqlite3.Connection) -> int:
            db.execute("BEGIN IMMEDIATE")
            before = db.total_changes
            db.executemany("INSERT OR IGNORE INTO patterns VALUES (?, ?, ?, ?)", rows)
            new = db.total_changes - before
            db.executemany(
                "UPDATE patterns SET first_seen = ? WHERE service = ? AND pattern_id = ? AND first_seen > ?",
                [(seen, service, pattern_id, seen) for service, pattern_id, _, seen in rows],
            )
            db.execute("COMMIT")
            return new

        return await self._run(upsert)

    async def patterns(self, service: str | None = None, limit: int = 1000) -> list[PatternEntry]:
        query = "SELECT service, pattern_id, template, first_seen FROM patterns"
        params: tuple[Any, ...] = ()
        if service is not None:
            query += " WHERE service = ?"
            params = (service,)
        query += " ORDER BY first_seen DESC, service, pattern_id LIMIT ?"
        rows = await self._run(lambda db: db.execute(query, (*params, max(limit, 0))).fetchall())
        return [PatternEntry(*row) for row in rows]

    # ----------------------------------------------------------------- leader lock

    async def try_acquire_leader(self, owner: str, ttl: float) -> bool:
        def acquire(db: sqlite3.Connection) -> bool:
            now = self._clock()
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT owner, expires_at FROM leader WHERE name = ?", (_LEADER,)).fetchone()
            if row is not None and row[0] != owner and row[1] > now:
                db.execute("ROLLBACK")
                return False
            db.execute("INSERT OR REPLACE INTO leader VALUES (?, ?, ?)", (_LEADER, owner, now + ttl))
            db.execute("COMMIT")
            return True

        return await self._run(acquire)

    async def release_leader(self, owner: str) -> None:
        await self._run(
            lambda db: db.execute("DELETE FROM leader WHERE name = ? AND owner = ?", (_LEADER, owner))
        )

    # ----------------------------------------------------------------- replicas' windows

    async def publish_window(self, owner: str, payload: dict, ttl: float) -> None:
        def publish(db: sqlite3.Connection) -> None:
            now = self._clock()
            text = json.dumps(payload)  # here, in the worker thread: a big window is not encoded on the loop
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT OR REPLACE INTO windows VALUES (?, ?, ?)", (owner, now + ttl, text))
            db.execute("DELETE FROM windows WHERE expires_at <= ?", (now,))  # replicas gone for good
            db.execute("COMMIT")

        await self._run(publish)

    async def collect_windows(self, exclude_owner: str | None = None) -> list[dict]:
        def collect(db: sqlite3.Connection) -> list[dict]:
            rows = db.execute("SELECT payload FROM windows WHERE expires_at > ? AND owner IS NOT ?"
                              " ORDER BY owner", (self._clock(), exclude_owner)).fetchall()
            return [json.loads(text) for (text,) in rows]

        return await self._run(collect)

    # ----------------------------------------------------------------- accounting

    async def add_accounting(self, batch: AccountingBatch, *, retention: float) -> None:
        counts = [(t.service, t.pattern_id, name, value)
                  for t in batch.patterns.values() for name, value in t.counts().items()]
        seen = [(t.service, t.pattern_id, t.last_seen) for t in batch.patterns.values()]
        points = [(p.minute, p.service, p.pattern_id, p.records, p.bytes, p.kept_records, p.kept_bytes)
                  for p in batch.points]

        def add(db: sqlite3.Connection) -> None:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT INTO pattern_counts VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE"
                           " SET value = value + excluded.value", counts)
            db.executemany("INSERT INTO pattern_seen VALUES (?, ?, ?) ON CONFLICT DO UPDATE"
                           " SET last_seen = max(last_seen, excluded.last_seen)", seen)
            db.executemany("INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                           " records = records + excluded.records, bytes = bytes + excluded.bytes,"
                           " kept_records = kept_records + excluded.kept_records,"
                           " kept_bytes = kept_bytes + excluded.kept_bytes", points)
            db.execute("DELETE FROM series WHERE minute < ?", (self._clock() - retention,))
            db.execute("COMMIT")

        await self._run(add)

    async def pattern_totals(self, service: str | None = None) -> list[PatternTotals]:
        where, params = ("WHERE service = ?", (service,)) if service is not None else ("", ())

        def read(db: sqlite3.Connection) -> list[PatternTotals]:
            totals: dict[tuple[str, str], PatternTotals] = {}
            for owner, pattern_id, last_seen in db.execute(
                    f"SELECT service, pattern_id, last_seen FROM pattern_seen {where}", params):
                totals[(owner, pattern_id)] = PatternTotals(owner, pattern_id, last_seen=last_seen)
            rows = db.execute(f"SELECT service, pattern_id, name, value FROM pattern_counts {where}", params)
            for owner, pattern_id, name, value in rows:
                entry = totals.setdefault((owner, pattern_id), PatternTotals(owner, pattern_id))
                entry.add_counts({name: value})
            return list(totals.values())

        return await self._run(read)

    async def series(self, start: float, end: float, *, service: str | None = None,
                     pattern_id: str | None = None, patterns: bool = False) -> list[SeriesPoint]:
        query = "SELECT * FROM series WHERE minute >= ? AND minute < ?"
        params: list[Any] = [start, end]
        if service is not None:
            query += " AND service = ?"
            params.append(service)
        if pattern_id is not None:
            query += " AND pattern_id = ?"
            params.append(pattern_id)
        elif not patterns:
            query += " AND pattern_id = ''"
        rows = await self._run(lambda db: db.execute(query + " ORDER BY minute, service, pattern_id",
                                                     params).fetchall())
        return [SeriesPoint(*row) for row in rows]

    # ----------------------------------------------------------------- alerts

    async def pattern_first_seen(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
        def read(db: sqlite3.Connection) -> dict[tuple[str, str], float]:
            found = {}
            for service, pattern_id in keys:
                row = db.execute("SELECT first_seen FROM patterns WHERE service = ? AND pattern_id = ?",
                                 (service, pattern_id)).fetchone()
                if row is not None:
                    found[(service, pattern_id)] = row[0]
            return found

        return await self._run(read) if keys else {}

    async def save_tier_verdicts(self, records: list[dict]) -> None:
        def save(db: sqlite3.Connection) -> None:
            db.execute("BEGIN IMMEDIATE")
            rows = [(r["service"], r["pattern_id"], json.dumps(r)) for r in records]
            db.executemany("INSERT OR REPLACE INTO tier_verdicts (service, pattern_id, verdict)"
                           " VALUES (?, ?, ?)", rows)
            db.execute("COMMIT")

        if records:
            await self._run(save)

    async def tier_verdicts(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        def read(db: sqlite3.Connection) -> dict[tuple[str, str], dict]:
            found = {}
            for service, pattern_id in keys:
                row = db.execute("SELECT verdict FROM tier_verdicts WHERE service = ? AND pattern_id = ?",
                                 (service, pattern_id)).fetchone()
                if row is not None:
                    found[(service, pattern_id)] = json.loads(row[0])
            return found

        return await self._run(read) if keys else {}

    async def claim_alert(self, key: str, ttl: float) -> bool:
        def claim(db: sqlite3.Connection) -> bool:
            now = self._clock()
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT until FROM alert_claims WHERE key = ?", (key,)).fetchone()
            if row is not None and row[0] > now:
                db.execute("ROLLBACK")
                return False
            db.execute("DELETE FROM alert_claims WHERE until <= ?", (now,))  # cooldowns run out
            db.execute("INSERT OR REPLACE INTO alert_claims VALUES (?, ?)", (key, now + ttl))
            db.execute("COMMIT")
            return True

        return await self._run(claim)

    async def save_alert(self, record: dict, *, keep: int) -> int:
        def insert(db: sqlite3.Connection) -> int:
            text = json.dumps(record)
            db.execute("BEGIN IMMEDIATE")
            cursor = db.execute("INSERT INTO alerts (service, kind, record) VALUES (?, ?, ?)",
                                (str(record.get("service", "")), str(record.get("kind", "")), text))
            # AUTOINCREMENT: an id is never reused, even after the oldest alerts are trimmed.
            db.execute("DELETE FROM alerts WHERE id <= ?", (cursor.lastrowid - max(keep, 1),))
            db.execute("COMMIT")
            return int(cursor.lastrowid)

        return await self._run(insert)

    async def update_alert(self, alert_id: int, record: dict) -> bool:
        text = json.dumps(record)
        changed = await self._run(
            lambda db: db.execute("UPDATE alerts SET record = ? WHERE id = ?", (text, alert_id)).rowcount)
        return changed > 0

    async def alerts(self, *, service: str | None = None, kind: str | None = None,
                     limit: int = 50) -> list[dict]:
        query, params = "SELECT id, record FROM alerts WHERE 1 = 1", []
        for column, value in (("service", service), ("kind", kind)):
            if value is not None:
                query += f" AND {column} = ?"
                params.append(value)
        query += " ORDER BY id DESC LIMIT ?"
        rows = await self._run(lambda db: db.execute(query, (*params, max(limit, 0))).fetchall())
        return [{**json.loads(text), "id": alert_id} for alert_id, text in rows]

    # ----------------------------------------------------------------- news of new versions

    async def subscribe(self, callback: PolicyCallback, *, since: int | None = None) -> None:
        last = await self._last_version()
        entry = self._subscribers.add(callback, last if since is None else since)
        if last > entry.last:
            await self._subscribers.deliver(await self.get_policy(last), only=entry)
        if self._poller is None:
            self._poller = asyncio.create_task(self._poll(), name="sqlite-store-poll")

    async def _poll(self) -> None:
        # Other processes writing the same file cannot call us: look for their versions.
        while True:
            await asyncio.sleep(self._poll_interval)
            try:
                last = await self._last_version()
                if last > self._subscribers.lowest_seen:
                    await self._subscribers.deliver(await self.get_policy(last))
            except StoreError as exc:
                log.warning("policy poll failed: %s", exc)

    async def close(self) -> None:
        await cancel_task(self._poller)
        self._poller = None
        self._subscribers.clear()

        def shut() -> None:
            with self._lock:
                if not self._closed:
                    self._closed = True
                    self._db.close()

        await asyncio.to_thread(shut)


def _busy(exc: sqlite3.Error) -> bool:
    """Whether sqlite refused for another connection's lock (worth waiting), not a fault."""
    text = str(exc)
    return "database is locked" in text or "database is busy" in text


def _private_files(path: str) -> None:
    """Create the database file 0600 (sqlite gives its -wal and -shm files the same mode)
    and narrow an existing one, and its -wal and -shm, to 0600."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for name in (path, f"{path}-wal", f"{path}-shm"):
        try:
            mode = stat.S_IMODE(os.stat(name).st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            os.chmod(name, 0o600)
            log.info("store file %s was readable by others (mode %o): narrowed to 0600", name, mode)


def _summary(row: tuple) -> PolicySummary:
    version, created_at, kind, model, target, estimated, rules, rollback_of = row
    return PolicySummary(version, datetime.fromisoformat(created_at), kind, model, target, estimated, rules,
                         rollback_of)
