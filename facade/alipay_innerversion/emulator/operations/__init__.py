"""The platform's operations, one function per operation of :data:`..spec.OPERATIONS`.

Each takes a :class:`..model.Call` (the platform's lock held) and returns the answer's JSON
object, or raises :class:`..model.BusinessError` through :meth:`..model.Call.fail`. An
operation the spec has and no module here implements (one Alipay added, reaching the
emulator through ``make spec`` and ``make gen`` alone) is served by :func:`accept`: its
request is checked against the spec like any other, and the answer is an empty success.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..model import Call
from ..spec import OPERATIONS
from . import builds, lifecycle, queries

__all__ = ["HANDLERS", "accept"]

Handler = Callable[[Call], dict[str, Any]]


def accept(call: Call) -> dict[str, Any]:
    """An operation with no behaviour of its own: a success with no documented field."""
    return {}


_IMPLEMENTED: Mapping[str, Handler] = {**builds.HANDLERS, **lifecycle.HANDLERS, **queries.HANDLERS}
assert _IMPLEMENTED.keys() <= OPERATIONS.keys(), "a handler for an operation the spec lacks"

HANDLERS: Mapping[str, Handler] = {name: _IMPLEMENTED.get(name, accept) for name in OPERATIONS}
