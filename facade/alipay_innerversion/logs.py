"""The tracing seam: one :class:`CallEvent` per HTTP attempt, to the logger and to hooks.

The ``alipay_innerversion`` logger gets DEBUG for every attempt (method, path, outcome,
trace and request ids, duration) and INFO for each retry, with the reason and the wait.
``event_hooks=`` on either client receives the same facts as a :class:`CallEvent` (to
feed OpenTelemetry spans or metrics without patching). Nothing here holds a key, a token
or a body.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from .errors import AlipayError

__all__ = ["CallEvent", "EventHook", "log_attempt", "logger"]

logger = logging.getLogger("alipay_innerversion")


@dataclass(frozen=True, slots=True)
class CallEvent:
    """One finished HTTP attempt of a call.

    ``operation`` is the client method's name (None for requests not made by a client);
    ``outcome`` the HTTP status, or the error class and its code or check; ``error`` the
    SDK exception the attempt ended in (None on success); ``retry_in`` the wait before
    the next attempt (None: no retry follows).
    """

    operation: str | None
    method: str
    path: str
    request_id: str
    trace_id: str | None
    attempt: int
    attempts: int
    outcome: str
    http_status: int | None
    duration: float
    retry_in: float | None
    error: AlipayError | None


EventHook = Callable[[CallEvent], object]
"""``hook(event)``, called after every attempt, in the calling thread or task; what it
raises propagates to the caller."""


def log_attempt(
    method: str,
    path: str,
    request_id: str,
    attempt: int,
    attempts: int,
    started: float,
    *,
    response: httpx.Response | None = None,
    error: AlipayError | None = None,
    delay: float | None = None,
    operation: str | None = None,
    hooks: Sequence[EventHook] = (),
) -> None:
    """Log one attempt (DEBUG, or INFO when a retry follows) and pass it to ``hooks``."""
    level = logging.INFO if delay is not None else logging.DEBUG
    if not hooks and not logger.isEnabledFor(level):
        return
    elapsed = time.monotonic() - started
    elapsed_ms = elapsed * 1000
    status: int | None
    if response is not None:
        status = response.status_code
        outcome = str(status)
        trace_id = response.headers.get("alipay-trace-id")
    else:
        assert error is not None
        status = getattr(error, "http_status", None)
        code = getattr(error, "code", None) or getattr(error, "check", None)
        outcome = f"{status or type(error).__name__}{f' {code}' if code else ''}"
        trace_id = error.trace_id
    if hooks:
        event = CallEvent(
            operation, method, path, request_id, trace_id, attempt, attempts, outcome,
            status, elapsed, delay, error,
        )  # fmt: skip
        for hook in hooks:
            hook(event)
    if not logger.isEnabledFor(level):
        return
    retry = f" retry_in={delay:.2f}s" if delay is not None else ""
    logger.log(
        level,
        "%s %s -> %s trace_id=%s request_id=%s attempt=%d/%d duration_ms=%.0f%s",
        method,
        path,
        outcome,
        trace_id or "-",
        request_id,
        attempt,
        attempts,
        elapsed_ms,
        retry,
    )
