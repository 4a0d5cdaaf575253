"""Uploads and build waits: ``upload``, ``upload_status``, ``wait_for_build``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from alipay_innerversion_api.api import (
    OPERATIONS,
    CallOptions,
    PackageFields,
    UploadArguments,
    UploadstatusQueryResult,
)

from ..arguments import wire_fields
from ..errors import BuildFailedError, InvalidRequestError
from ..results import BuildState, BuildStatus, UploadResult
from ..wire import Base64Bytes
from .packages import PackageInput, load_package
from .steps import Call, Context, Flow, ProgressCallback, Sleep, given
from .waits import DEFAULT_WAIT_TIMEOUT, Poller, check_wait

__all__ = ["UploadOptions", "upload", "upload_status", "wait_for_build"]


def _status_query(
    package_id: str | None,
    mini_app_id: str | None,
    build_version: str | None,
    bundle_id: str | None,
    inst_code: str | None,
) -> dict[str, Any]:
    if not package_id and not (mini_app_id and build_version):
        raise InvalidRequestError(
            "Say which build: package_id (returned by upload), or mini_app_id and build_version."
        )
    return given(
        build_package_id=package_id,
        mini_app_id=mini_app_id,
        build_version=build_version,
        bundle_id=bundle_id,
        inst_code=inst_code,
    )


def _build_status(result: UploadstatusQueryResult, query: dict[str, Any]) -> BuildStatus:
    return BuildStatus.from_data(
        result.data,
        package_id=query.get("build_package_id"),
        build_version=query.get("build_version"),
        trace_id=result.trace_id,
        request_id=result.request_id,
    )


def _build_poller(
    package_id: str | None,
    timeout: float,
    interval: float,
    max_interval: float,
    on_progress: ProgressCallback | None,
) -> Poller:
    return Poller(
        f"the build of package {package_id}",
        timeout,
        interval,
        max_interval,
        on_progress,
        key=lambda s: (s.state, s.build_status, s.build_info),
        describe=lambda s: s.describe(),
        package_id=package_id,
        hint="The build may still finish: poll upload_status again later "
        "(`alipay-mini status --package-id ...`), or wait with a longer timeout.",
    )


def _finish_build(status: BuildStatus, package_id: str | None) -> BuildStatus:
    """Return a successful final status, raise for any other final one."""
    if status.state is BuildState.SUCCEEDED:
        return status
    reason = {
        BuildState.FAILED: "failed",
        BuildState.TIMED_OUT: "timed out on Alipay's side",
    }.get(status.state, f"ended with an unrecognised build_status {status.build_status!r}")
    package = status.package_id or package_id
    # Polled by version (a resumed release), Alipay's answer may carry no package id.
    which = f"package {package}" if package else f"version {status.build_version or '?'}"
    raise BuildFailedError(
        f"Build of {which} {reason}" + (f": {status.build_info}" if status.build_info else "."),
        package_id=package,
        build_status=status.build_status,
        build_info=status.build_info,
        log_url=status.log_url,
        trace_id=status.trace_id,
        request_id=status.request_id,
    )


def _poll_build(poller: Poller, query: dict[str, Any], options: CallOptions) -> Flow[BuildStatus]:
    while True:
        result = yield Call("uploadstatus_query", query, options)
        status = _build_status(result, query)
        poller.observe(status)
        if status.is_final:
            return _finish_build(status, poller.package_id)
        yield Sleep(poller.next_delay())


def upload_status(
    ctx: Context,
    *,
    package_id: str | None = None,
    mini_app_id: str | None = None,
    build_version: str | None = None,
    bundle_id: str | None = None,
    inst_code: str | None = None,
    app_auth_token: str | None = None,
    request_id: str | None = None,
) -> Flow[BuildStatus]:
    """Where a build stands (uploadstatus/query): by ``package_id`` or by ``mini_app_id``
    and ``build_version``; ``state`` reads Alipay's ``build_status`` code."""
    query = _status_query(package_id, mini_app_id, build_version, bundle_id, inst_code)
    result = yield Call("uploadstatus_query", query, CallOptions(app_auth_token, request_id))
    return _build_status(result, query)


def wait_for_build(
    ctx: Context,
    *,
    package_id: str | None = None,
    mini_app_id: str | None = None,
    build_version: str | None = None,
    bundle_id: str | None = None,
    inst_code: str | None = None,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    max_poll_interval: float = 15.0,
    on_progress: ProgressCallback | None = None,
    app_auth_token: str | None = None,
) -> Flow[BuildStatus]:
    """Poll a build until it ends; return its final status if it succeeded.

    Polls back off from ``poll_interval`` to ``max_poll_interval`` seconds;
    ``on_progress(status)`` is called whenever the state changes. Raises
    :class:`BuildFailedError` (with ``build_info`` and ``log_url``) if the build fails or
    times out on Alipay's side, and :class:`WaitTimeoutError` once ``timeout`` seconds
    have passed.
    """
    timeout, interval, max_interval = check_wait(timeout, poll_interval, max_poll_interval)
    query = _status_query(package_id, mini_app_id, build_version, bundle_id, inst_code)
    poller = _build_poller(package_id, timeout, interval, max_interval, on_progress)
    return (yield from _poll_build(poller, query, CallOptions(app_auth_token)))


class UploadOptions(UploadArguments, total=False):
    """``upload``'s keywords: the upload operation's fields, and the friendly ones."""

    package: PackageInput | None
    source_url: str | None
    wait: bool
    wait_timeout: float
    poll_interval: float
    on_progress: ProgressCallback | None
    app_auth_token: str | None
    request_id: str | None
    timeout: float | None
    max_retries: int | None
    extra_body: Mapping[str, Any] | None
    extra_query: Mapping[str, str] | None
    extra_headers: Mapping[str, str] | None


_FRIENDLY = frozenset(
    {"package", "source_url", "wait", "wait_timeout", "poll_interval", "on_progress"}
    | {"app_auth_token", "request_id", "timeout", "max_retries"}
    | {"extra_body", "extra_query", "extra_headers"}
)


_UPLOAD = OPERATIONS["upload"]


def _package_fields() -> PackageFields:
    fields = _UPLOAD.package_fields
    if fields is None:
        raise RuntimeError("the spec names no x-package-fields for upload: run make spec")
    return fields


_PACKAGE = _package_fields()
_DEFAULTS = {p.python_name: p.default for p in _UPLOAD.parameters if p.default is not None}


def upload(ctx: Context, **options: Unpack[UploadOptions]) -> Flow[UploadResult]:
    """Start building a version of a mini program from a package.

    ``package`` is the zip's bytes, a path to a ``.zip``, or a folder (zipped
    deterministically); the client base64-encodes it and fills the fields the spec names
    for it (``x-package-fields``: ``build_package_stream``, ``build_package_md_5`` and
    ``build_source_pkg_size``). Alternatively ``source_url`` (``build_source_pkg_url``)
    names a zip Alipay downloads. Every other keyword is a field of the upload operation,
    passed as it is (``mini_app_id`` and ``build_version`` are required; a field with an
    ``x-sdk-default``, ``build_app_type``, gets it when not given).

    Alipay answers at once with a ``package_id``; the build runs asynchronously. With
    ``wait=True`` this also waits for the build (``wait_timeout`` seconds, polling every
    ``poll_interval`` seconds and backing off, ``on_progress(status)`` on every change)
    and puts its final state in ``result.build``. ``app_auth_token``, ``request_id``,
    ``timeout`` and ``max_retries`` apply to the upload call. Every argument is checked
    before the package is sent.
    """
    given: dict[str, Any] = dict(options)
    package = given.get("package")
    source_url = given.get("source_url")
    wait = bool(given.get("wait", False))
    wait_timeout = given.get("wait_timeout", DEFAULT_WAIT_TIMEOUT)
    poll_interval = given.get("poll_interval", 2.0)
    on_progress = given.get("on_progress")
    app_auth_token = given.get("app_auth_token")
    request_id = given.get("request_id")
    fields = {k: v for k, v in given.items() if k not in _FRIENDLY}
    if wait:
        timeout, interval, max_interval = check_wait(wait_timeout, poll_interval)
    arguments: dict[str, Any] = dict(fields)
    filled = {_PACKAGE.stream, _PACKAGE.md5, _PACKAGE.size} & set(arguments)
    if source_url is not None:
        if _PACKAGE.url in arguments:
            raise InvalidRequestError(f"Give source_url or {_PACKAGE.url}, not both.")
        arguments[_PACKAGE.url] = source_url
    by_url = _PACKAGE.url in arguments
    if package is not None and (by_url or filled):
        raise InvalidRequestError(
            "Give the package one way: package= (bytes, a .zip path or a folder), "
            f"source_url=, or the raw {_PACKAGE.stream} fields."
        )
    if package is None and not by_url and _PACKAGE.stream not in arguments:
        raise InvalidRequestError(
            "Give exactly one of package (bytes, a .zip path or a folder) and source_url."
        )
    for name, default in _DEFAULTS.items():
        arguments.setdefault(name, default)
    wire_fields(_UPLOAD, arguments)  # field errors before reading the package
    loaded = None
    if package is not None:
        loaded = load_package(package, limit=ctx.package_limit)
        arguments[_PACKAGE.stream] = Base64Bytes(loaded.data)
        arguments[_PACKAGE.md5] = loaded.md5
        arguments[_PACKAGE.size] = str(loaded.size)
    call = CallOptions(
        app_auth_token,
        request_id,
        given.get("timeout"),
        given.get("max_retries"),
        given.get("extra_body"),
        given.get("extra_query"),
        given.get("extra_headers"),
    )
    result: UploadResult = yield Call("upload", arguments, call, UploadResult)  # read once
    build_version = str(arguments.get("build_version") or "") or None
    status = BuildStatus.from_data(
        result.data,
        build_version=build_version,
        trace_id=result.trace_id,
        request_id=result.request_id,
    )
    result.status = status
    result.package_md5 = loaded.md5 if loaded else arguments.get(_PACKAGE.md5)
    result.package_size = loaded.size if loaded else None
    if not wait:
        return result
    package_id = status.package_id
    poller = _build_poller(package_id, timeout, interval, max_interval, on_progress)
    poller.observe(status)
    query = _status_query(
        package_id,
        str(arguments.get("mini_app_id") or ctx.app_id),  # none given: the calling app
        build_version,
        arguments.get("bundle_id"),
        arguments.get("inst_code"),
    )
    result.build = yield from _poll_build(poller, query, CallOptions(app_auth_token))
    return result
