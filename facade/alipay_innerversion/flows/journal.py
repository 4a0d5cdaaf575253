"""The batch's durable record: a SQLite journal (WAL mode), one row per mini program,
with the request id each app's upgrade is sent with and where it stands.

One run at a time: a :class:`Journal` holds an exclusive OS lock (``flock`` on
``<journal>.lock``, which holds the owner's pid) from opening to :meth:`Journal.close`.
The lock belongs to the open file, so it ends with the process, even a ``kill -9``:
nothing stale is left to clear. A second run on the same journal gets a
:class:`JournalLockedError` naming the journal and the process that holds it, instead
of sending every upgrade a second time.

A file that is not a journal (not SQLite, damaged, truncated, another schema) and a
write that fails (a full disk, an I/O error) are a :class:`JournalError` that says what
to do. SQLite writes each step in one transaction, so a failed write leaves the journal
as it was before that step: resuming after the cause is fixed is safe.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

from ..errors import InvalidRequestError
from .targets import BatchTarget, token_fingerprint

_flock: Callable[[int, int], object] | None
try:
    import fcntl

    _flock, _LOCK_NOW = fcntl.flock, fcntl.LOCK_EX | fcntl.LOCK_NB
except ImportError:  # pragma: no cover - not POSIX: journals are not locked there
    _flock, _LOCK_NOW = None, 0

__all__ = [
    "DONE",
    "FAILED",
    "IN_FLIGHT",
    "PENDING",
    "Journal",
    "JournalError",
    "JournalLockedError",
    "JournalRow",
]

PENDING, IN_FLIGHT, DONE, FAILED = "pending", "in_flight", "done", "failed"

_COLUMNS = frozenset(
    {"mini_app_id", "request_id", "token_fingerprint", "status", "attempts", "code"}
    | {"message", "trace_id", "answered", "updated_at"}
)
# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF)
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 3, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26

_LOCK_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
)

_P = ParamSpec("_P")
_T = TypeVar("_T")


class JournalError(InvalidRequestError):
    """The batch journal cannot be used or written: not a journal, damaged, locked by
    another run, or a write failed (disk full). Nothing more was sent; ``path`` names it."""

    def __init__(self, message: str, *, path: Path, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path


class JournalLockedError(JournalError):
    """Another run (process ``pid``, when it could be read) is using the journal."""

    def __init__(self, message: str, *, path: Path, pid: int | None, hint: str | None) -> None:
        super().__init__(message, path=path, hint=hint)
        self.pid = pid


@dataclass(frozen=True)
class JournalRow:
    mini_app_id: str
    request_id: str
    status: str
    attempts: int
    code: str | None
    message: str | None
    trace_id: str | None


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _damaged(path: Path, detail: str) -> JournalError:
    return JournalError(
        f"The journal {path} is not a usable upgrade-batch journal ({detail}).",
        path=path,
        hint="Check that the path names the journal this batch wrote. A damaged journal "
        "cannot be resumed safely: keep it for the record (the sqlite3 tool may still read "
        "it) and run the remaining apps with a new journal file.",
    )


def _write_failed(path: Path, what: str, error: sqlite3.Error) -> JournalError:
    code = _code(error)
    if code == _SQLITE_FULL:
        cause = "the disk is full"
    elif code == _SQLITE_IOERR:
        cause = "an I/O error (a full disk, a quota, a failing device)"
    elif code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        cause = "it cannot be written here (permissions, read-only file system)"
    elif code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _damaged(path, f"SQLite: {error}")
    else:
        cause = f"SQLite: {error}"
    return JournalError(
        f"Could not {what} in the journal {path}: {cause}. The journal keeps everything "
        "recorded before this step, and the batch stopped here.",
        path=path,
        hint="Fix the cause (free some space), then resume the batch on the same journal "
        "(alipay-mini upgrade-batch ... --resume, or run_upgrade_batch again): apps in "
        "flight are resent with their request id, finished ones are not sent again.",
    )


def _guarded(what: str) -> Callable[[Callable[_P, _T]], Callable[_P, _T]]:
    """Turn SQLite's errors in a journal method into a :class:`JournalError`."""

    def decorate(method: Callable[_P, _T]) -> Callable[_P, _T]:
        def run(*args: _P.args, **kwargs: _P.kwargs) -> _T:
            try:
                return method(*args, **kwargs)
            except sqlite3.Error as error:
                journal = args[0]
                assert isinstance(journal, Journal)
                raise _write_failed(journal.path, what, error) from None

        run.__name__, run.__doc__, run.__qualname__ = (
            method.__name__,
            method.__doc__,
            method.__qualname__,
        )
        return run

    return decorate


class _Lock:
    """An exclusive ``flock`` on ``<journal>.lock``, released by :meth:`release` or when
    the process ends."""

    def __init__(self, journal: Path) -> None:
        self.path = _lock_path(journal)
        self._fd: int | None = None
        if _flock is None:  # pragma: no cover
            return
        try:
            # Never through a link, never blocking: the pid written below must not land in
            # a file a link points to (a journal in a shared folder), nor a FIFO hang here.
            fd = os.open(self.path, _LOCK_FLAGS, 0o600)
        except OSError as error:
            linked = error.errno == errno.ELOOP
            raise JournalError(
                f"Cannot open the lock file {self.path} of the journal {journal} "
                f"({'it is a symbolic link' if linked else error.strerror}).",
                path=journal,
                hint="Remove the link (the lock file is the journal's own, made by the run)."
                if linked
                else "Keep the journal in a folder that exists and that you can write to.",
            ) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise JournalError(
                f"The lock file {self.path} of the journal {journal} is not a regular file.",
                path=journal,
                hint="Remove it (the lock file is the journal's own, made by the run).",
            )
        try:
            _flock(fd, _LOCK_NOW)
        except OSError as error:
            pid = _read_pid(fd)
            os.close(fd)
            if error.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise JournalError(
                    f"Cannot lock the journal {journal} ({error.strerror}).",
                    path=journal,
                    hint="Keep the journal on a local file system.",
                ) from None
            owner = f"process {pid}" if pid else "another process"
            raise JournalLockedError(
                f"The journal {journal} is in use by another run ({owner}); two runs on one "
                "journal would send every upgrade twice, so this one sent nothing.",
                path=journal,
                pid=pid,
                hint="Wait for that run to end (or stop it), then resume: a run that was "
                "killed leaves no lock behind.",
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file ends its flock
            self._fd = None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


class Journal:
    """The batch's durable record: one row per mini program (SQLite, WAL mode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = _Lock(path)
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            self._lock.release()
            raise _write_failed(path, "open the batch record", error) from None
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        path = self.path
        try:
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
            problems = [row[0] for row in self._db.execute("PRAGMA quick_check")]
        except sqlite3.Error as error:
            if _code(error) in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
                raise _damaged(path, f"SQLite: {error}") from None
            raise _write_failed(path, "open the batch record", error) from None
        if problems != ["ok"]:
            raise _damaged(path, f"SQLite finds it damaged: {problems[0]}")
        tables = {
            row[0]
            for row in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if tables - {"batch", "upgrade"}:
            raise _damaged(path, f"it holds other tables: {', '.join(sorted(tables))}")
        if "upgrade" in tables:
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(upgrade)")}
            if not columns >= _COLUMNS:
                raise _damaged(path, "its upgrade table lacks columns of a journal")
        try:
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
        except sqlite3.Error as error:
            raise _write_failed(path, "create the batch record", error) from None

    def close(self) -> None:
        """Close the journal and release its lock."""
        try:
            self._db.close()
        finally:
            self._lock.release()

    @_guarded("read the batch")
    def is_empty(self) -> bool:
        count: int = self._db.execute("SELECT COUNT(*) FROM upgrade").fetchone()[0]
        return count == 0

    @_guarded("read the batch")
    def parameters(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM batch").fetchall())

    @_guarded("record the plan")
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

    @_guarded("record the apps added since")
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

    @_guarded("read the apps")
    def rows(self, *statuses: str) -> list[JournalRow]:
        query = (
            "SELECT mini_app_id, request_id, status, attempts, code, message, trace_id FROM upgrade"
        )
        params: tuple[str, ...] = ()
        if statuses:
            query += f" WHERE status IN ({','.join('?' * len(statuses))})"
            params = statuses
        return [JournalRow(*row) for row in self._db.execute(query + " ORDER BY rowid", params)]

    @_guarded("read the counts")
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((PENDING, IN_FLIGHT, DONE, FAILED), 0)
        for status, count in self._db.execute(
            "SELECT status, COUNT(*) FROM upgrade GROUP BY status"
        ):
            counts[status] = count
        return counts

    @_guarded("record a step")
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

    @_guarded("make failed apps pending")
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
            self._db.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (disk full) may or may not have ended the transaction.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
