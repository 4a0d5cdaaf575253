"""The platform's operations, one function per operation of :data:`..spec.OPERATIONS`.

Each takes a :class:`..model.Call` (the platform's lock held) and returns the answer's JSON
object, or raises :class:`..model.BusinessError` through :meth:`..model.Call.fail`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..model import Call
from ..spec import OPERATIONS
from . import builds, lifecycle, queries

__all__ = ["HANDLERS"]

HANDLERS: Mapping[str, Callable[[Call], dict[str, Any]]] = {
    **builds.HANDLERS,
    **lifecycle.HANDLERS,
    **queries.HANDLERS,
}
assert HANDLERS.keys() == OPERATIONS.keys(), "every operation of the spec has a handler"
