"""The platform's operations, one function per operation of :data:`..spec.OPERATIONS`.

Each takes a :class:`..model.Call` (the platform's lock held) and returns the answer's JSON
object, or raises :class:`..model.BusinessError` through :meth:`..model.Call.fail`. An
operation the spec has and no module here implements (one Alipay added, reaching the
emulator through ``make spec`` and ``make gen`` alone) is served by :func:`accept`: its
request is checked against the spec like any other (required fields included), and the
answer is an empty success.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from alipay_innerversion_api.api import OPERATIONS as GENERATED

from ..model import Call
from ..spec import OPERATIONS
from . import builds, lifecycle, queries

__all__ = ["HANDLERS", "accept"]

Handler = Callable[[Call], dict[str, Any]]


def accept(call: Call) -> dict[str, Any]:
    """An operation with no behaviour of its own: a success with no documented field, once
    every field the spec requires is there. A field left out or blank is answered with
    ``invalid-parameter`` (the kinds and values were checked before the handler ran; an
    operation with a handler answers its own ``*_IS_BLANK`` code instead)."""
    for parameter in GENERATED[call.operation.replace(".", "_")].parameters:
        if parameter.required and not _given(call.data.get(parameter.name)):
            call.fail("invalid-parameter", f"{parameter.name} is required")
    return {}


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


_IMPLEMENTED: Mapping[str, Handler] = {**builds.HANDLERS, **lifecycle.HANDLERS, **queries.HANDLERS}
assert _IMPLEMENTED.keys() <= OPERATIONS.keys(), "a handler for an operation the spec lacks"

HANDLERS: Mapping[str, Handler] = {name: _IMPLEMENTED.get(name, accept) for name in OPERATIONS}
