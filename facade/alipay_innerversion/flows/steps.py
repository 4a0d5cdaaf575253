"""The steps a flow yields, and how a client advances one."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

import attrs

from alipay_innerversion_api.api import CallOptions
from alipay_innerversion_api.types import Unset

__all__ = [
    "Call",
    "Context",
    "Done",
    "Failed",
    "Flow",
    "ProgressCallback",
    "Sleep",
    "advance",
    "given",
]

T = TypeVar("T")


@attrs.frozen
class Call:
    """Run operation ``name`` with ``arguments``; the flow is sent its result."""

    name: str
    arguments: dict[str, Any]
    options: CallOptions = attrs.field(factory=CallOptions)
    result_class: type[Any] | None = None
    """The class to read the answer into (a subclass of the operation's result, e.g. the
    facade's ``UploadResult``), so the answer is read once; None: the operation's own."""


@attrs.frozen
class Sleep:
    """Wait ``seconds`` before the next step."""

    seconds: float


Flow: TypeAlias = Generator[Call | Sleep, Any, T]


@attrs.frozen
class Done(Generic[T]):
    """A flow's result (what :func:`advance` gives once the flow has returned)."""

    value: T


@attrs.frozen
class Failed:
    """A call that raised: :func:`advance` raises ``error`` inside the flow, which may
    handle it (e.g. a version that does not exist yet)."""

    error: BaseException


def advance(flow: Flow[T], sent: object) -> Call | Sleep | Done[T]:
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


def given(**values: object) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and not isinstance(v, Unset)}
