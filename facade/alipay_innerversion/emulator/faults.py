"""Fault injection: what the emulator does wrong on purpose, so clients can prove they cope.

Two ways to ask for faults, combinable: *rates* (a fraction of requests gets a fault,
drawn from a seeded generator, for soak and chaos tests) and a *script* (the next
requests get exactly these faults, in order, for deterministic tests). A scripted
fault wins over the rates. Faults apply to requests that passed verification, so a
script is never consumed by a request the gateway rejects anyway; ``latency`` applies
to every request.

The settings are plain attributes, changeable while the server runs (tests flip them
from their own thread); the script is a thread-safe queue. :meth:`Faults.injected` counts
the faults handed out so far, by kind, so a chaos test can say how many it survived.
"""

from __future__ import annotations

import math
import random
import threading
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Final

from .spec import OPERATIONS

__all__ = ["FAULT_KINDS", "Faults", "fault_error"]

FAULT_KINDS: Final = frozenset({"ok", "drop", "drop-after", "500", "503", "rate-limit", "slow"})
"""Scriptable faults.

``ok``: no fault (a placeholder in a script). ``drop``: the connection closes mid-response
*before* the request is applied. ``drop-after``: the request is applied (and remembered
for idempotency), then the connection closes mid-response. ``500``: ``unknow-error``.
``503``: ``SYSTEM_ERROR`` where the operation lists it, else ``unknow-error``.
``rate-limit``: HTTP 429 ``app-call-limited`` (with ``Retry-After`` when
:attr:`Faults.retry_after` is set). ``slow``: the request waits :attr:`Faults.slow_seconds`
and is then handled normally, even if the client gave up. The codes are those of
:func:`fault_error`.
"""

_FAULT_ERRORS: Final[Mapping[str, tuple[int, tuple[str, ...], str]]] = {
    "500": (500, ("unknow-error",), "the gateway had an internal error (injected fault)"),
    "503": (
        503,
        ("SYSTEM_ERROR", "unknow-error"),
        "the system is busy, retry later (injected fault)",
    ),
    "rate-limit": (
        429,
        ("app-call-limited",),
        "the app is being rate limited (injected fault)",
    ),
}
"""Error faults: HTTP status, the codes that fit (best first), message."""


def fault_error(kind: str, operation: str) -> tuple[int, str, str] | None:
    """``(status, code, message)`` of an error fault for ``operation``; None for the others.

    The code is the first that fits and that Alipay lists for the operation or in
    ``CommonErrorType`` (:meth:`.spec.OperationSpec.allows`): Alipay's SDKs type an error by
    those lists (the Java v3 SDK's typed error is null for any other code), so ``SYSTEM_ERROR``
    goes only to the operations that list it and the others get the common
    ``unknow-error``.
    """
    if kind not in _FAULT_ERRORS:
        return None
    status, candidates, message = _FAULT_ERRORS[kind]
    spec = OPERATIONS[operation]
    for code in candidates:
        if spec.allows(code):
            return status, code, message
    raise LookupError(f"no code for a {kind} fault is documented for {operation}")


_RATES = ("drop_rate", "drop_after_rate", "error_rate", "rate_limit_rate", "slow_rate")
_SECONDS = ("latency", "slow_seconds")


@dataclass
class Faults:
    """Per-emulator fault settings; every attribute may be changed at run time.

    - ``latency``: seconds added to every request once it has arrived (``asyncio.sleep``,
      so the server stays responsive; a request whose client gave up is still processed).
    - ``drop_rate``, ``drop_after_rate``, ``error_rate``, ``rate_limit_rate``,
      ``slow_rate``: fractions (0..1) of verified requests dropped before being applied,
      dropped after being applied, answered ``error_status`` (500 or 503), rate limited,
      or made ``slow`` (a latency spike). One draw is compared with them in that order,
      so their sum should stay at or below 1.
    - ``retry_after``: seconds sent as ``Retry-After`` when rate limiting (None: none).
    - ``slow_seconds``: how long a ``slow`` request (scripted or drawn) waits.
    - ``seed``: seeds the generator behind the rates; assigning it restarts the sequence.
    """

    latency: float = 0.0
    drop_rate: float = 0.0
    drop_after_rate: float = 0.0
    error_rate: float = 0.0
    error_status: int = 503
    rate_limit_rate: float = 0.0
    slow_rate: float = 0.0
    retry_after: float | None = None
    slow_seconds: float = 1.0
    seed: int | None = None
    _script: deque[str] = field(default_factory=deque, init=False, repr=False, compare=False)
    _rng: random.Random = field(
        default_factory=random.Random, init=False, repr=False, compare=False
    )
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )
    _injected: Counter[str] = field(default_factory=Counter, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _RATES:
            value = float(value)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value}")
        elif name in _SECONDS:
            value = float(value)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a non-negative number of seconds")
        elif name == "retry_after" and value is not None:
            value = float(value)
            if not math.isfinite(value) or value < 0:
                raise ValueError("retry_after must be None or a non-negative number of seconds")
        elif name == "error_status" and value not in (500, 503):
            raise ValueError("error_status must be 500 or 503")
        object.__setattr__(self, name, value)
        if name == "seed" and "_rng" in self.__dict__:
            with self._lock:
                self._rng.seed(value)

    # -- script ------------------------------------------------------------------------
    def inject(self, *kinds: str) -> None:
        """Script the faults of the next verified requests, in order (see ``FAULT_KINDS``)."""
        unknown = [kind for kind in kinds if kind not in FAULT_KINDS]
        if unknown:
            raise ValueError(
                f"unknown fault kind(s) {', '.join(map(repr, unknown))}; "
                f"use {', '.join(sorted(FAULT_KINDS))}"
            )
        with self._lock:
            self._script.extend(kinds)

    def pending(self) -> tuple[str, ...]:
        """Scripted faults not used yet."""
        with self._lock:
            return tuple(self._script)

    def clear_script(self) -> None:
        with self._lock:
            self._script.clear()

    def reset(self) -> None:
        """Back to no faults at all (defaults, empty script, generator reseeded, counts zeroed)."""
        defaults = Faults()
        for spec in fields(self):
            if spec.init:
                setattr(self, spec.name, getattr(defaults, spec.name))
        self.clear_script()
        with self._lock:
            self._injected.clear()

    def injected(self) -> dict[str, int]:
        """How many faults of each kind were handed out since creation or :meth:`reset`.

        Every one of them took effect: the gateway applies each fault it is given.
        ``latency`` is a setting, not a fault, and is not counted.
        """
        with self._lock:
            return dict(self._injected)

    # -- decisions (called by the gateway, once per verified request) -------------------
    def next_fault(self) -> str | None:
        """The fault for the next verified request: scripted first, else drawn from the rates.

        Exactly one number is drawn per request whatever the rates, so a seed gives the
        same sequence of faults for the same sequence of requests.
        """
        with self._lock:
            if self._script:
                kind = self._script.popleft()
                chosen = None if kind == "ok" else kind
            else:
                chosen = self._draw(self._rng.random())
            if chosen is not None:
                self._injected[chosen] += 1
            return chosen

    def _draw(self, draw: float) -> str | None:
        threshold = 0.0
        for rate, kind in (
            (self.drop_rate, "drop"),
            (self.drop_after_rate, "drop-after"),
            (self.error_rate, str(self.error_status)),
            (self.rate_limit_rate, "rate-limit"),
            (self.slow_rate, "slow"),
        ):
            threshold += rate
            if draw < threshold:
                return kind
        return None
