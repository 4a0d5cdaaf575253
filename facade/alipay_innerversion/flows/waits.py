"""When a wait reports, stops and sleeps: the pure decisions of the polling helpers.

A :class:`Poller` holds a deadline and a back-off (``interval`` growing by half each
poll up to ``max_interval``) and calls ``on_progress`` whenever what it observes changes.
Both clients drive the same pollers; they differ only in how they sleep.
:class:`VersionStatus` is the spec's list (``x-version-statuses``), re-exported.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable
from typing import Any

from alipay_innerversion_api.api import VersionStatus

from ..errors import InvalidRequestError, WaitTimeoutError

__all__ = ["DEFAULT_WAIT_TIMEOUT", "Poller", "VersionStatus", "check_wait"]

DEFAULT_WAIT_TIMEOUT = 600.0


def _positive(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidRequestError(f"{name} must be a number of seconds, not {value!r}.")
    if not (math.isfinite(value) and value > 0):
        raise InvalidRequestError(
            f"{name} must be a positive, finite number of seconds, not {value!r}."
        )
    return float(value)


def check_wait(
    timeout: object, interval: object, max_interval: object = 15.0
) -> tuple[float, float, float]:
    """Validated ``(timeout, interval, max_interval)``: every wait checks them before it
    sends anything (an upload with ``wait=True`` before it uploads)."""
    return (
        _positive("wait timeout", timeout),
        _positive("poll interval", interval),
        max(_positive("max poll interval", max_interval), _positive("poll interval", interval)),
    )


class Poller:
    """A deadline, a back-off and change reporting for one wait."""

    def __init__(
        self,
        what: str,
        timeout: float,
        interval: float,
        max_interval: float,
        on_progress: Callable[[Any], object] | None,
        *,
        key: Callable[[Any], Hashable],
        describe: Callable[[Any], str],
        hint: str | None = None,
        package_id: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self._clock = clock
        self.deadline = clock() + timeout
        self.interval = interval
        self.max_interval = max_interval
        self.on_progress = on_progress
        self._key = key
        self._describe = describe
        self._hint = hint
        self.package_id = package_id
        self.last: Any = None

    def observe(self, status: Any) -> None:
        """Report ``status`` to ``on_progress`` when it differs from the previous one."""
        previous, self.last = self.last, status
        if self.on_progress is not None and (
            previous is None or self._key(previous) != self._key(status)
        ):
            self.on_progress(status)

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raise once the deadline has passed."""
        remaining = self.deadline - self._clock()
        if remaining <= 0:
            last = self._describe(self.last) if self.last is not None else "never polled"
            state = getattr(self.last, "state", None) or getattr(self.last, "status", None)
            raise WaitTimeoutError(
                f"Gave up waiting for {self.what}; last state: {last}.",
                package_id=self.package_id,
                last_state=str(getattr(state, "value", state)) if state is not None else None,
                hint=self._hint,
            )
        delay = min(self.interval, remaining)
        self.interval = min(self.max_interval, self.interval * 1.5)
        return delay
