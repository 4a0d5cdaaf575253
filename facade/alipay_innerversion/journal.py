"""The batch's durable record: a SQLite journal (WAL mode), one row per mini program,
with the request id each app's upgrade is sent with and where it stands."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .targets import BatchTarget, token_fingerprint

__all__ = ["DONE", "FAILED", "IN_FLIGHT", "PENDING", "Journal", "JournalRow"]

PENDING, IN_FLIGHT, DONE, FAILED = "pending", "in_flight", "done", "failed"


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
