"""Typed results of the client's calls, with the ids support asks for.

The result of every operation is generated from the spec (``alipay_innerversion_api.api``:
``GrayPublishResult``, ...): the response fields as attributes, plus ``trace_id``
(Alipay's id for the call), ``request_id`` (ours, the ``alipay-request-id`` sent) and
``data``, the whole verified response object, unknown fields included. Here are the
friendly layer's own, each a subclass of the generated result it reads (so a field the
spec renames or retypes breaks mypy here, not in production): the upload result and a
build's status, with build states read through the spec's ``BuildState`` and
``BUILD_STATUSES`` (``x-build-statuses``).
"""

from __future__ import annotations

from typing import Any, ClassVar, Protocol, TypeAlias

import attrs

from alipay_innerversion_api import api as _api
from alipay_innerversion_api.api import BUILD_STATUSES, BuildState
from alipay_innerversion_api.types import Unset

__all__ = [
    "BuildReport",
    "BuildState",
    "BuildStatus",
    "OperationResult",
    "UploadResult",
    "build_state",
]


_FINAL_STATES = frozenset(fact.state for fact in BUILD_STATUSES.values() if fact.final)


def build_state(build_status: object) -> BuildState:
    """Map Alipay's ``build_status`` code to a state (the spec's ``x-build-statuses``)."""
    if build_status is None:
        return BuildState.UNKNOWN
    fact = BUILD_STATUSES.get(str(build_status).strip())
    return fact.state if fact is not None else BuildState.UNKNOWN


def _flag(value: object) -> bool | None:
    """Alipay's ``"true"``/``"false"`` strings (tolerating real booleans)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


class _BuildReading:
    """What a build answer means, read from the generated result's own fields
    (``build_status``, ``need_rotation``, ``build_info``): for the two answers that report
    a build, upload's and uploadstatus/query's. No field is copied."""

    __slots__ = ()
    build_status: str | Unset
    need_rotation: str | Unset
    build_info: str | Unset

    @property
    def state(self) -> BuildState:
        """Alipay's ``build_status`` code as a state (the spec's ``x-build-statuses``)."""
        return build_state(self.build_status or None)

    @property
    def rotating(self) -> bool | None:
        """``need_rotation`` read: whether Alipay says to keep polling (None: not said)."""
        return _flag(self.need_rotation)

    @property
    def is_final(self) -> bool:
        """Whether polling can stop: succeeded, failed, timed out, or an unknown code that
        Alipay says needs no more polling."""
        if self.state in _FINAL_STATES:
            return True
        return self.state is BuildState.UNKNOWN and self.rotating is False

    @property
    def succeeded(self) -> bool:
        return self.state is BuildState.SUCCEEDED

    def describe(self) -> str:
        """One line for humans: ``building (build_status=1)``."""
        text = f"{self.state.value} (build_status={self.build_status or None})"
        return f"{text}: {self.build_info}" if self.build_info else text


@attrs.define
class BuildStatus(_BuildReading, _api.UploadstatusQueryResult):
    """uploadstatus/query's answer (the generated result: ``build_status``, ``build_info``,
    ``log_url``, ... and the ids), read once, plus ``state``, ``is_final``,
    ``succeeded`` and the build it is about (``package_id`` or ``build_version``, as
    asked: the answer does not name it)."""

    package_id: str | None = attrs.field(default=None, kw_only=True)
    build_version: str | None = attrs.field(default=None, kw_only=True)


@attrs.define
class UploadResult(_BuildReading, _api.UploadResult):
    """A build task created by ``upload``: the answer's fields (``package_id``,
    ``build_status``, ...), its ``state``, the package's MD5 and size, and ``build``, the
    final state, when waited for (``wait=True``)."""

    package_md5: str | None = attrs.field(default=None, kw_only=True)
    package_size: int | None = attrs.field(default=None, kw_only=True)
    build: BuildStatus | None = attrs.field(default=None, kw_only=True)


BuildReport: TypeAlias = BuildStatus | UploadResult
"""What a build wait reports to ``on_progress``: the upload's answer, then each status."""


class OperationResult(Protocol):
    """What every operation's result carries (the generated ``...Result`` classes)."""

    operation: ClassVar[str]
    trace_id: str | None
    request_id: str
    data: dict[str, Any]
