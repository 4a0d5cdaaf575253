"""What the emulator saw: accepted and rejected requests, for tests to assert on.

Tests use the log to prove that nothing was lost or applied twice (retries, drops,
idempotent replays). App auth tokens are secrets: the log keeps a fingerprint of the
token, never the token. The log also counts requests being handled right now, so a test
can wait until requests its clients gave up on (timeouts) have been processed.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["RejectedRequest", "RequestLog", "RequestRecord", "token_fingerprint"]


def token_fingerprint(token: str) -> str:
    """A short, non-reversible identifier of an app auth token (16 hex digits of SHA-256)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class RequestRecord:
    """A request that passed verification, and what the emulator did with it.

    ``status`` is the HTTP status answered, or None when the connection was dropped
    (``fault`` says which). ``applied`` is True when the operation ran (it changed or
    read state); ``replay`` is True when the answer came from the idempotency store
    because the ``alipay-request-id`` was already processed.
    """

    seq: int
    operation: str
    method: str
    path: str
    query: Mapping[str, str]
    app_id: str
    request_id: str | None
    body: Mapping[str, Any] | None
    encrypted: bool
    token_fingerprint: str | None
    replay: bool
    applied: bool
    status: int | None
    code: str | None
    fault: str | None
    trace_id: str | None


@dataclass(frozen=True)
class RejectedRequest:
    """A request the gateway refused during verification (``app_id`` as claimed, if any)."""

    seq: int
    operation: str | None
    method: str
    path: str
    query: Mapping[str, str]
    app_id: str | None
    request_id: str | None
    status: int
    code: str
    message: str
    trace_id: str


class RequestLog:
    """Thread-safe, bounded log of accepted and rejected requests."""

    def __init__(self, limit: int = 10_000) -> None:
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._last_activity = 0.0
        self._seq = 0
        self._accepted: deque[RequestRecord] = deque(maxlen=limit)
        self._rejected: deque[RejectedRequest] = deque(maxlen=limit)

    def next_seq(self) -> int:
        with self._lock:
            self._seq += 1
            return self._seq

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._accepted.append(record)

    def add_rejected(self, record: RejectedRequest) -> None:
        with self._lock:
            self._rejected.append(record)

    def accepted(self) -> list[RequestRecord]:
        with self._lock:
            return sorted(self._accepted, key=lambda record: record.seq)

    def rejected(self) -> list[RejectedRequest]:
        with self._lock:
            return sorted(self._rejected, key=lambda record: record.seq)

    # -- requests in progress ----------------------------------------------------------------
    def begin(self) -> None:
        """A request arrived and is being handled (paired with :meth:`end`)."""
        with self._lock:
            self._in_flight += 1
            self._last_activity = time.monotonic()

    def end(self) -> None:
        with self._lock:
            self._in_flight -= 1
            self._last_activity = time.monotonic()
            self._idle.notify_all()

    @property
    def in_flight(self) -> int:
        """Requests being handled now (their record may not be in the log yet)."""
        with self._lock:
            return self._in_flight

    def wait_idle(self, timeout: float = 10.0, *, settle: float = 0.05) -> bool:
        """Wait until no request has been in progress for ``settle`` seconds.

        ``settle`` covers requests already on the wire that the server has not started on
        yet. Returns False if that did not happen within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                now = time.monotonic()
                if not self._in_flight and now - self._last_activity >= settle:
                    return True
                if now >= deadline:
                    return False
                wait = deadline - now
                if not self._in_flight:
                    wait = min(wait, settle - (now - self._last_activity))
                self._idle.wait(wait)

    def clear(self) -> None:
        with self._lock:
            self._accepted.clear()
            self._rejected.clear()
