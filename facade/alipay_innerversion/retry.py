"""When to retry and how long to wait: a pure policy, shared by the sync and async paths.

Retried: network failures and timeouts, HTTP 5xx, and rate limiting (HTTP 429,
``app-call-limited``, ``method-call-limited``). Never retried: 4xx business errors and
failed response verification. Waits grow exponentially with full jitter, are capped,
and honour ``Retry-After`` up to :data:`MAX_RETRY_AFTER` (one cap for the transport and the
batch engine; a non-finite or negative value is ignored). A retry is the same logical
request: same ``alipay-request-id``, fresh nonce, timestamp and signature.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import AlipayApiError, AlipayError, RateLimitError, TransportError

__all__ = [
    "MAX_RETRY_AFTER",
    "RetryPolicy",
    "honoured_retry_after",
    "is_retryable",
    "parse_retry_after",
]

MAX_RETRY_AFTER = 60.0
"""The longest ``Retry-After`` this SDK waits for, in seconds, wherever it reads one: a
header asking for a day (or ``inf``) must not stall a call or a batch."""


def honoured_retry_after(retry_after: float | None, cap: float = MAX_RETRY_AFTER) -> float | None:
    """The wait a ``Retry-After`` value earns: None when absent, not finite or negative
    (the caller then backs off by itself), else the value capped at ``cap``."""
    if retry_after is None or not math.isfinite(retry_after) or retry_after < 0:
        return None
    return min(retry_after, cap)


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` extra attempts; delays ``initial_delay * 2**n`` with jitter, capped."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = MAX_RETRY_AFTER

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if self.initial_delay < 0 or self.max_delay < 0:
            raise ValueError("retry delays must not be negative")

    def delay(
        self,
        retry_number: int,
        retry_after: float | None = None,
        rng: Callable[[], float] = random.random,
    ) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry).

        ``Retry-After`` wins when given (capped at ``max_retry_after``); otherwise the wait
        is drawn between half and all of the capped exponential step, so concurrent
        clients spread out without ever retrying immediately.
        """
        honoured = honoured_retry_after(retry_after, self.max_retry_after)
        if honoured is not None:
            return honoured
        step = min(self.max_delay, self.initial_delay * (2.0 ** (retry_number - 1)))
        return step * (0.5 + 0.5 * rng())


def is_retryable(error: AlipayError) -> bool:
    """Whether another attempt of the same request may succeed."""
    if isinstance(error, TransportError | RateLimitError):
        return True
    return isinstance(error, AlipayApiError) and error.http_status >= 500


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date); None if absent,
    bad, not finite or negative (a date in the past is 0). Not capped: see
    :func:`honoured_retry_after`."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    return seconds if math.isfinite(seconds) and seconds >= 0 else None
