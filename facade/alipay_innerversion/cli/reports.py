"""What the release commands report: JSON payloads of results, and a build's progress."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console

from ..results import BuildReport, BuildState, BuildStatus, OperationResult, UploadResult

__all__ = [
    "BuildProgress",
    "operation_payload",
    "optional_text",
    "status_payload",
    "upload_payload",
]

_STATE_STYLE = {
    BuildState.QUEUED: "yellow",
    BuildState.BUILDING: "cyan",
    BuildState.SUCCEEDED: "green",
    BuildState.FAILED: "red",
    BuildState.TIMED_OUT: "red",
    BuildState.UNKNOWN: "magenta",
}


def optional_text(value: object) -> str | None:
    """A generated result's optional field for JSON: None when the answer had none."""
    return value if isinstance(value, str) and value else None


def status_payload(status: BuildStatus) -> dict[str, Any]:
    return {
        "package_id": status.package_id,
        "build_version": status.build_version,
        "state": status.state.value,
        "build_status": optional_text(status.build_status),
        "need_rotation": status.rotating,
        "is_final": status.is_final,
        "build_info": optional_text(status.build_info),
        "log_url": optional_text(status.log_url),
        "build_package_url": optional_text(status.build_package_url),
        "trace_id": status.trace_id,
        "request_id": status.request_id,
    }


def upload_payload(result: UploadResult) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "operation": "upload",
        "package_id": optional_text(result.package_id),
        "build_version": optional_text(result.build_version),
        "state": result.state.value,
        "package_md5": result.package_md5,
        "package_size": result.package_size,
        "trace_id": result.trace_id,
        "request_id": result.request_id,
    }
    if result.build is not None:
        payload["build"] = status_payload(result.build)
    return payload


def operation_payload(
    result: OperationResult, mini_app_id: str | None = None, version: str | None = None
) -> dict[str, Any]:
    return {
        "operation": result.operation,
        "mini_app_id": mini_app_id,
        "version": version,
        "trace_id": result.trace_id,
        "request_id": result.request_id,
    }


class BuildProgress:
    """Live build display on stderr: a spinner with the current state, and one line per
    change so CI logs keep the history."""

    def __init__(self, console: Console, label: str, enabled: bool = True) -> None:
        self._console = console
        self._label = label
        self._enabled = enabled
        self._started = time.monotonic()
        self._status: Any = None

    @contextmanager
    def show(self) -> Iterator[Callable[[BuildReport], None]]:
        if not self._enabled:
            yield lambda status: None
            return
        with self._console.status(f"{self._label}: uploading", spinner="dots") as live:
            self._status = live
            yield self.update

    def update(self, status: BuildReport) -> None:
        style = _STATE_STYLE[status.state]
        elapsed = time.monotonic() - self._started
        line = (
            f"[{style}]{status.state.value}[/] (build_status={optional_text(status.build_status)})"
        )
        if status.build_info:
            line += f" {status.build_info}"
        self._console.print(f"  {elapsed:5.1f}s  {self._label}: {line}", highlight=False)
        if self._status is not None:
            self._status.update(f"{self._label}: {line}")
