"""Typed results of the client's calls, with the ids support asks for.

The result of every operation is generated from the spec (``alipay_innerversion_api.api``:
``GrayPublishResult``, ...): the response fields as attributes, plus ``trace_id``
(Alipay's id for the call), ``request_id`` (ours, the ``alipay-request-id`` sent) and
``data``, the whole verified response object, unknown fields included. Here are the
friendly layer's own: the upload result, and build states read through the spec's
``BuildState`` and ``BUILD_STATUSES`` (``x-build-statuses``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Protocol

import attrs

from alipay_innerversion_api import api as _api
from alipay_innerversion_api.api import BUILD_STATUSES, BuildState

__all__ = ["BuildState", "BuildStatus", "OperationResult", "UploadResult", "build_state"]


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


def _text(value: object) -> str | None:
    return None if value is None else str(value)


@attrs.frozen(kw_only=True)
class BuildStatus:
    """The state of a package build, as uploadstatus/query (or upload) reported it."""

    state: BuildState
    build_status: str | None
    need_rotation: bool | None
    package_id: str | None = None
    build_version: str | None = None
    build_info: str | None = None
    log_url: str | None = None
    build_package_url: str | None = None
    new_build_package_url: str | None = None
    result_url: str | None = None
    new_result_url: str | None = None
    version_created: bool | None = None
    trace_id: str | None = None
    request_id: str | None = None
    data: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def is_final(self) -> bool:
        """Whether polling can stop: succeeded, failed, timed out, or an unknown code that
        Alipay says needs no more polling."""
        if self.state in _FINAL_STATES:
            return True
        return self.state is BuildState.UNKNOWN and self.need_rotation is False

    @property
    def succeeded(self) -> bool:
        return self.state is BuildState.SUCCEEDED

    @classmethod
    def from_data(
        cls,
        data: Mapping[str, Any],
        *,
        package_id: str | None = None,
        build_version: str | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> BuildStatus:
        return cls(
            state=build_state(data.get("build_status")),
            build_status=_text(data.get("build_status")),
            need_rotation=_flag(data.get("need_rotation")),
            package_id=_text(data.get("package_id")) or package_id,
            build_version=_text(data.get("build_version")) or build_version,
            build_info=_text(data.get("build_info")),
            log_url=_text(data.get("log_url")),
            build_package_url=_text(data.get("build_package_url")),
            new_build_package_url=_text(data.get("new_build_package_url")),
            result_url=_text(data.get("result_url")),
            new_result_url=_text(data.get("new_result_url")),
            version_created=_flag(data.get("version_created")),
            trace_id=trace_id,
            request_id=request_id,
            data=dict(data),
        )

    def describe(self) -> str:
        """One line for humans: ``building (build_status=1)``."""
        text = f"{self.state.value} (build_status={self.build_status})"
        return f"{text}: {self.build_info}" if self.build_info else text


@attrs.define
class UploadResult(_api.UploadResult):
    """A build task created by ``upload``: the answer's fields (``package_id``, ...) and ids,
    ``status`` (the build as the answer reports it), the package's MD5 and size, and
    ``build``, the final state, when waited for (``wait=True``)."""

    status: BuildStatus | None = attrs.field(default=None, kw_only=True)
    package_md5: str | None = attrs.field(default=None, kw_only=True)
    package_size: int | None = attrs.field(default=None, kw_only=True)
    build: BuildStatus | None = attrs.field(default=None, kw_only=True)


class OperationResult(Protocol):
    """What every operation's result carries (the generated ``...Result`` classes)."""

    operation: ClassVar[str]
    trace_id: str | None
    request_id: str
    data: dict[str, Any]
