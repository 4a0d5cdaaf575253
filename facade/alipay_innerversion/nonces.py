"""``ResponseNonceCache``: the record that turns a replayed response into an error.

There is one record per process, :data:`SEEN_RESPONSES`, shared by every client,
transport and thread: a genuine answer accepted by one client is refused when it is
delivered again to another (a new client instance included). What it cannot do: see
another process's answers, or tell which request an answer belongs to (Alipay's signature
does not cover the request), so a genuine answer withheld and delivered first as the
answer to another call is accepted there once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

__all__ = ["SEEN_RESPONSES", "ResponseNonceCache"]


class ResponseNonceCache:
    """The ``alipay-nonce`` of every verified response still inside the timestamp window.

    Alipay's response signature covers ``alipay-timestamp``, ``alipay-nonce`` and the body,
    not the request, so a valid response replayed as the answer to another request (or
    twice) verifies. Each genuine response has a fresh nonce, so a nonce seen again before
    its timestamp leaves the window is a replay. After that, the timestamp check rejects
    the response anyway, so entries expire at ``timestamp + window``.

    Thread-safe; bounded by ``max_entries`` (the oldest entries are dropped first, which
    only matters above ``max_entries`` responses per window).
    """

    DEFAULT_MAX_ENTRIES = 50_000

    def __init__(
        self,
        window: float,
        *,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if window <= 0 or max_entries < 1:
            raise ValueError("window must be positive and max_entries at least 1")
        self.window = window
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        # The longest window any accepting client has used: an entry is kept that long, so
        # a client with a longer window than the one that accepted an answer refuses its
        # replay too (the record is shared by every client of the process).
        self._longest = window
        self._signed_at: OrderedDict[str, float] = OrderedDict()  # nonce -> alipay-timestamp

    def __len__(self) -> int:
        with self._lock:
            return len(self._signed_at)

    def __contains__(self, nonce: object) -> bool:
        with self._lock:
            signed_at = self._signed_at.get(nonce) if isinstance(nonce, str) else None
            return signed_at is not None and signed_at + self._longest >= self._clock()

    def add(self, nonce: str, signed_at: float, window: float | None = None) -> bool:
        """Record a verified response's nonce; False when it was already recorded (a replay).

        ``signed_at`` is the response's ``alipay-timestamp`` in seconds since the epoch;
        ``window`` the accepting client's timestamp window (default: the record's own).
        Entries are kept for the longest window seen, so no client can accept a replay
        that its own (longer) window would still let through.
        """
        with self._lock:
            self._longest = max(self._longest, window or self.window)
            horizon = self._clock() - self._longest
            while self._signed_at:  # drop expired entries from the old end
                oldest, oldest_signed_at = next(iter(self._signed_at.items()))
                if oldest_signed_at >= horizon:
                    break
                del self._signed_at[oldest]
            seen = self._signed_at.get(nonce)
            if seen is not None and seen >= horizon:
                return False
            self._signed_at[nonce] = max(signed_at, horizon)  # kept at least until now
            self._signed_at.move_to_end(nonce)
            while len(self._signed_at) > self.max_entries:
                self._signed_at.popitem(last=False)
            return True


SEEN_RESPONSES = ResponseNonceCache(15 * 60)
"""The process's record of accepted answers (entries kept for the longest timestamp window
any client of the process has used; at least the default window, 15 minutes)."""
