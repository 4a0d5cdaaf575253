"""The steps a flow yields, and how a client advances one.

A :class:`Call` is the generated one (``alipay_innerversion_api.api.Call``), made by the
generated ``Calls``: its arguments are the operation's ``...Arguments`` and its result
the operation's ``...Result``, both checked by mypy."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

import attrs

from alipay_innerversion_api.api import Call

__all__ = [
    "Call",
    "Context",
    "Done",
    "Failed",
    "Flow",
    "ProgressCallback",
    "Sleep",
    "advance",
    "perform",
]

T = TypeVar("T")


@attrs.frozen
class Sleep:
    """Wait ``seconds`` before the next step."""

    seconds: float


Flow: TypeAlias = Generator[Call[Any] | Sleep, Any, T]


def perform(call: Call[T]) -> Flow[T]:
    """Run ``call`` (a step made by the generated ``Calls``); its typed result, so that
    ``result = yield from perform(Calls.info_query(...))`` is an ``InfoQueryResult`` to
    mypy."""
    result: T = yield call
    return result


@attrs.frozen
class Done(Generic[T]):
    """A flow's result (what :func:`advance` gives once the flow has returned)."""

    value: T


@attrs.frozen
class Failed:
    """A call that raised: :func:`advance` raises ``error`` inside the flow, which may
    handle it (e.g. a version that does not exist yet)."""

    error: BaseException


def advance(flow: Flow[T], sent: object) -> Call[Any] | Sleep | Done[T]:
    """The next step of ``flow`` after ``sent`` (a call's result, or :class:`Failed`),
    or its result."""
    try:
        if isinstance(sent, Failed):
            return flow.throw(sent.error)
        return flow.send(sent)
    except StopIteration as stop:
        return Done(stop.value)


ProgressCallback: TypeAlias = Callable[[Any], object]


class Context(Protocol):
    """What a flow reads of its client."""

    @property
    def package_limit(self) -> int: ...

    @property
    def app_id(self) -> str:
        """The calling app: the mini program when a call names none."""
        ...
