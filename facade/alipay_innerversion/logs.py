"""The ``alipay_innerversion`` logger: one line per HTTP attempt, never a secret.

DEBUG: every attempt (method, path, outcome, trace and request ids, duration). INFO: each
retry, with the reason and the wait. Nothing logged holds a key, a token or a body.
"""

from __future__ import annotations

import logging
import time

import httpx

from .errors import AlipayError

__all__ = ["log_attempt", "logger"]

logger = logging.getLogger("alipay_innerversion")


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
) -> None:
    """Log one attempt: DEBUG normally, INFO when it is followed by a retry."""
    level = logging.INFO if delay is not None else logging.DEBUG
    if not logger.isEnabledFor(level):
        return
    elapsed_ms = (time.monotonic() - started) * 1000
    if response is not None:
        outcome = str(response.status_code)
        trace_id = response.headers.get("alipay-trace-id")
    else:
        assert error is not None
        status = getattr(error, "http_status", None)
        code = getattr(error, "code", None) or getattr(error, "check", None)
        outcome = f"{status or type(error).__name__}{f' {code}' if code else ''}"
        trace_id = error.trace_id
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
