"""Batch template upgrades across many mini programs, crash-safe and exactly once.

An ISV upgrades its merchants' template instances, one ``upgrade`` call each, with each
merchant's app auth token. ``run_upgrade_batch`` does it on the async client with
bounded concurrency and records every step in a SQLite journal (WAL mode) as it goes:

* each app gets its ``alipay-request-id`` when the batch is planned, stored in the
  journal, so every resend of that app's upgrade (client retry, batch retry, or a rerun
  after the process was killed) is the same logical request, which the gateway applies
  at most once;
* an app is marked ``in_flight`` before it is sent and ``done``/``failed`` right after,
  so a rerun with ``resume=True`` skips finished apps and resends only the rest.

Tokens come from the apps file on every run and are never written to the journal: only
a fingerprint is kept, to notice a changed file.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .client import AsyncInnerVersionClient
from .errors import (
    AlipayApiError,
    AlipayError,
    InvalidRequestError,
    RateLimitError,
    TransportError,
)

__all__ = [
    "BatchEvent",
    "BatchSummary",
    "BatchTarget",
    "Journal",
    "read_targets",
    "run_upgrade_batch",
    "token_fingerprint",
]

PENDING, IN_FLIGHT, DONE, FAILED = "pending", "in_flight", "done", "failed"


def token_fingerprint(token: str | None) -> str | None:
    """A non-reversible tag of a token (SHA-256, 16 hex digits), safe to store and show."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16] if token else None


@dataclass(frozen=True)
class BatchTarget:
    """One mini program to upgrade, with the merchant's token if calling on its behalf."""

    mini_app_id: str
    app_auth_token: str | None = field(default=None, repr=False)
    bundle_id: str | None = None
    app_origin: str | None = None


def read_targets(path: Path) -> list[BatchTarget]:
    """Read a CSV file (with a header row) or JSON lines of ``mini_app_id``,
    ``app_auth_token``, ``bundle_id``, ``app_origin``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidRequestError(f"cannot read apps file {path}: {exc.strerror}") from None
    rows: list[tuple[int, dict[str, object]]] = []
    if text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                raise InvalidRequestError(f"{path.name}:{number}: not a JSON object") from None
            if not isinstance(item, dict):
                raise InvalidRequestError(f"{path.name}:{number}: not a JSON object")
            rows.append((number, item))
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "mini_app_id" not in reader.fieldnames:
            raise InvalidRequestError(
                f"{path.name}: the CSV header must name a mini_app_id column "
                "(optional: app_auth_token, bundle_id, app_origin)."
            )
        rows.extend((number, dict(row)) for number, row in enumerate(reader, start=2))
    targets: list[BatchTarget] = []
    seen: set[str] = set()
    for number, row in rows:
        unknown = set(row) - {"mini_app_id", "app_auth_token", "bundle_id", "app_origin"}
        if unknown:
            raise InvalidRequestError(f"{path.name}:{number}: unknown field(s) {sorted(unknown)}")
        app_id = str(row.get("mini_app_id") or "").strip()
        if not app_id:
            raise InvalidRequestError(f"{path.name}:{number}: mini_app_id is empty")
        if app_id in seen:
            raise InvalidRequestError(f"{path.name}:{number}: mini_app_id {app_id} appears twice")
        seen.add(app_id)
        targets.append(
            BatchTarget(
                mini_app_id=app_id,
                app_auth_token=_optional_text(row.get("app_auth_token")),
                bundle_id=_optional_text(row.get("bundle_id")),
                app_origin=_optional_text(row.get("app_origin")),
            )
        )
    if not targets:
        raise InvalidRequestError(f"{path.name} lists no mini programs.")
    return targets


def _optional_text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


@dataclass(frozen=True)
class JournalRow:
    mini_app_id: str
    request_id: str
    status: str
    attempts: int
    code: str | None
    message: str | None
    trace_id: str | None


class Journal:
    """The batch's durable record: one row per mini program (SQLite, WAL mode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS batch (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS upgrade (
                mini_app_id TEXT PRIMARY KEY,
                request_id TEXT NOT NULL,
                token_fingerprint TEXT,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                code TEXT,
                message TEXT,
                trace_id TEXT,
                answered INTEGER NOT NULL DEFAULT 0,
                updated_at REAL NOT NULL
            );
            """
        )

    def close(self) -> None:
        self._db.close()

    def is_empty(self) -> bool:
        count: int = self._db.execute("SELECT COUNT(*) FROM upgrade").fetchone()[0]
        return count == 0

    def parameters(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM batch").fetchall())

    def plan(self, targets: Sequence[BatchTarget], template_id: str, template_version: str) -> None:
        """Record the batch: its parameters and, per app, a request id and ``pending``."""
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "INSERT INTO batch (key, value) VALUES (?, ?)",
                [("template_id", template_id), ("template_version", template_version)],
            )
            self._db.executemany(
                "INSERT INTO upgrade (mini_app_id, request_id, token_fingerprint, status, "
                "updated_at) VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        t.mini_app_id,
                        uuid.uuid4().hex,
                        token_fingerprint(t.app_auth_token),
                        PENDING,
                        now,
                    )
                    for t in targets
                ],
            )

    def add_missing(self, targets: Iterable[BatchTarget]) -> int:
        """On resume: plan apps the apps file gained since; return how many."""
        now = time.time()
        cursor = self._db.executemany(
            "INSERT OR IGNORE INTO upgrade (mini_app_id, request_id, token_fingerprint, status, "
            "updated_at) VALUES (?, ?, ?, ?, ?)",
            [
                (t.mini_app_id, uuid.uuid4().hex, token_fingerprint(t.app_auth_token), PENDING, now)
                for t in targets
            ],
        )
        return cursor.rowcount

    def rows(self, *statuses: str) -> list[JournalRow]:
        query = (
            "SELECT mini_app_id, request_id, status, attempts, code, message, trace_id FROM upgrade"
        )
        params: tuple[str, ...] = ()
        if statuses:
            query += f" WHERE status IN ({','.join('?' * len(statuses))})"
            params = statuses
        return [JournalRow(*row) for row in self._db.execute(query + " ORDER BY rowid", params)]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((PENDING, IN_FLIGHT, DONE, FAILED), 0)
        for status, count in self._db.execute(
            "SELECT status, COUNT(*) FROM upgrade GROUP BY status"
        ):
            counts[status] = count
        return counts

    def mark(
        self,
        mini_app_id: str,
        status: str,
        *,
        code: str | None = None,
        message: str | None = None,
        trace_id: str | None = None,
        attempt: bool = False,
        answered: bool = False,
    ) -> None:
        """Record a step. ``answered``: the gateway gave a definitive business answer
        (so a later retry is a new request, not a resend of this one)."""
        self._db.execute(
            "UPDATE upgrade SET status = ?, code = ?, message = ?, trace_id = ?, "
            "attempts = attempts + ?, answered = ?, updated_at = ? WHERE mini_app_id = ?",
            (
                status,
                code,
                message,
                trace_id,
                1 if attempt else 0,
                1 if answered else 0,
                time.time(),
                mini_app_id,
            ),
        )

    def reset_failed(self) -> int:
        """Make failed apps pending again.

        An app Alipay answered with a business error gets a new request id: sending it
        again is a new request, and Alipay would otherwise replay the old answer. An app
        whose outcome is unknown (network, verification) keeps its id, so a request that
        did reach Alipay is not applied twice.
        """
        rows = self._db.execute(
            "SELECT mini_app_id, answered FROM upgrade WHERE status = ?", (FAILED,)
        ).fetchall()
        with self._transaction():
            for mini_app_id, answered in rows:
                if answered:
                    self._db.execute(
                        "UPDATE upgrade SET request_id = ? WHERE mini_app_id = ?",
                        (uuid.uuid4().hex, mini_app_id),
                    )
                self._db.execute(
                    "UPDATE upgrade SET status = ?, attempts = 0, answered = 0 "
                    "WHERE mini_app_id = ?",
                    (PENDING, mini_app_id),
                )
        return len(rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


@dataclass(frozen=True)
class BatchEvent:
    """Progress of one app: ``done``, ``failed``, ``retry`` (requeued after a transient
    failure) or ``paused`` (the batch backs off after rate limiting)."""

    kind: str
    mini_app_id: str
    code: str | None = None
    delay: float = 0.0


@dataclass
class BatchSummary:
    total: int
    done: int
    failed: int
    skipped: int
    elapsed: float
    failures: list[JournalRow]


async def run_upgrade_batch(
    client: AsyncInnerVersionClient,
    targets: Sequence[BatchTarget],
    journal: Journal,
    *,
    template_id: str,
    template_version: str,
    concurrency: int = 8,
    max_attempts: int = 5,
    backoff: float = 1.0,
    max_backoff: float = 30.0,
    on_event: Callable[[BatchEvent], object] | None = None,
) -> BatchSummary:
    """Upgrade every planned, unfinished app in ``journal``; see the module docstring.

    Transient failures left after the client's own retries (network, 5xx, rate limiting)
    requeue the app, up to ``max_attempts`` sends; rate limiting also pauses every worker
    for a growing delay. Business errors fail the app at once.
    """
    if concurrency < 1:
        raise InvalidRequestError("concurrency must be at least 1.")
    started = time.monotonic()
    by_id = {t.mini_app_id: t for t in targets}
    todo = [row for row in journal.rows(PENDING, IN_FLIGHT) if row.mini_app_id in by_id]
    skipped = journal.counts()[DONE]
    queue: asyncio.Queue[tuple[JournalRow, int]] = asyncio.Queue()
    for row in todo:
        queue.put_nowait((row, row.attempts))
    emit = on_event or (lambda event: None)
    pause = _Pause(backoff, max_backoff)

    async def worker() -> None:
        while True:
            try:
                row, attempts = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await pause.wait()
            target = by_id[row.mini_app_id]
            journal.mark(row.mini_app_id, IN_FLIGHT, attempt=True)
            attempts += 1
            try:
                result = await client.upgrade(
                    mini_app_id=target.mini_app_id,
                    template_id=template_id,
                    template_version=template_version,
                    app_origin=target.app_origin,
                    bundle_id=target.bundle_id,
                    app_auth_token=target.app_auth_token,
                    request_id=row.request_id,
                )
            except (RateLimitError, TransportError, AlipayApiError) as error:
                transient = isinstance(error, RateLimitError | TransportError) or (
                    isinstance(error, AlipayApiError) and error.http_status >= 500
                )
                code = getattr(error, "code", None) or type(error).__name__
                if transient and attempts < max_attempts:
                    journal.mark(row.mini_app_id, PENDING, code=code, message=error.message)
                    if isinstance(error, RateLimitError):
                        emit(
                            BatchEvent(
                                "paused", row.mini_app_id, code, pause.trip(error.retry_after)
                            )
                        )
                    emit(BatchEvent("retry", row.mini_app_id, code))
                    queue.put_nowait((row, attempts))
                    continue
                journal.mark(
                    row.mini_app_id,
                    FAILED,
                    code=code,
                    message=error.message,
                    trace_id=error.trace_id,
                    # A business answer has a code; an undocumented answer (a signed 2xx
                    # other than 200) leaves the outcome unknown, so the request id stays.
                    answered=isinstance(error, AlipayApiError)
                    and not transient
                    and error.code is not None,
                )
                emit(BatchEvent("failed", row.mini_app_id, code))
                continue
            except AlipayError as error:  # verification or decryption: do not guess, record
                journal.mark(
                    row.mini_app_id,
                    FAILED,
                    code=type(error).__name__,
                    message=error.message,
                    trace_id=error.trace_id,
                )
                emit(BatchEvent("failed", row.mini_app_id, type(error).__name__))
                continue
            pause.reset()
            journal.mark(row.mini_app_id, DONE, trace_id=result.trace_id)
            emit(BatchEvent("done", row.mini_app_id))

    await asyncio.gather(*(worker() for _ in range(min(concurrency, max(1, len(todo))))))
    counts = journal.counts()
    return BatchSummary(
        total=len(by_id),
        done=counts[DONE],
        failed=counts[FAILED],
        skipped=skipped,
        elapsed=time.monotonic() - started,
        failures=journal.rows(FAILED),
    )


class _Pause:
    """A batch-wide cool-down after rate limiting, doubling while limits persist."""

    def __init__(self, base: float, cap: float) -> None:
        self._base = base
        self._cap = cap
        self._step = 0
        self._until = 0.0

    def trip(self, retry_after: float | None) -> float:
        delay = (
            retry_after if retry_after is not None else min(self._cap, self._base * 2.0**self._step)
        )
        self._step += 1
        self._until = max(self._until, time.monotonic() + delay)
        return delay

    def reset(self) -> None:
        self._step = 0

    async def wait(self) -> None:
        remaining = self._until - time.monotonic()
        if remaining > 0:
            await asyncio.sleep(remaining)
