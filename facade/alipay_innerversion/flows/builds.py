"""Uploads and build waits: ``upload``, ``upload_status``, ``wait_for_build``."""

from __future__ import annotations

from typing import Any, cast

from alipay_innerversion_api.api import (
    OPERATIONS,
    CallOptions,
    Calls,
    PackageFields,
    UploadArguments,
    UploadstatusQueryArguments,
)

from ..arguments import prepared, prepared_with
from ..errors import BuildFailedError, InvalidRequestError
from ..results import BuildReport, BuildState, BuildStatus, UploadResult
from ..wire import Base64Bytes
from .packages import PackageInput, load_package
from .steps import Context, Flow, ProgressCallback, Sleep, perform
from .waits import DEFAULT_WAIT_TIMEOUT, Poller, check_wait

__all__ = ["upload", "upload_status", "wait_for_build"]

_STATUS = OPERATIONS["uploadstatus_query"]


def _status_query(
    package_id: str | None,
    mini_app_id: str | None,
    build_version: str | None,
    bundle_id: str | None,
    inst_code: str | None,
) -> UploadstatusQueryArguments:
    if not package_id and not (mini_app_id and build_version):
        raise InvalidRequestError(
            "Say which build: package_id (returned by upload), or mini_app_id and build_version."
        )
    return {
        "build_package_id": package_id,
        "mini_app_id": mini_app_id,
        "build_version": build_version,
        "bundle_id": bundle_id,
        "inst_code": inst_code,
    }


def _query_status(query: UploadstatusQueryArguments, options: CallOptions) -> Flow[BuildStatus]:
    """One uploadstatus/query, its answer read once into a :class:`BuildStatus` that
    names the build asked about (the answer does not)."""
    status = yield from perform(Calls.uploadstatus_query(query, options).read_as(BuildStatus))
    status.package_id = query.get("build_package_id")
    status.build_version = query.get("build_version")
    return status


def _build_poller(
    package_id: str | None,
    timeout: float,
    interval: float,
    max_interval: float,
    on_progress: ProgressCallback | None,
) -> Poller:
    def key(status: BuildReport) -> tuple[object, ...]:
        return (status.state, status.build_status, status.build_info)

    def describe(status: BuildReport) -> str:
        return status.describe()

    return Poller(
        f"the build of package {package_id}",
        timeout,
        interval,
        max_interval,
        on_progress,
        key=key,
        describe=describe,
        package_id=package_id,
        hint="The build may still finish: poll upload_status again later "
        "(`alipay-mini status --package-id ...`), or wait with a longer timeout.",
    )


def _finish_build(status: BuildStatus, package_id: str | None) -> BuildStatus:
    """Return a successful final status, raise for any other final one."""
    if status.state is BuildState.SUCCEEDED:
        return status
    build_status, build_info, log_url = (
        # as text even when a hostile answer typed them otherwise (JSON is not checked
        # against the spec's string type when read)
        str(value) if value else None
        for value in (status.build_status, status.build_info, status.log_url)
    )
    reason = {
        BuildState.FAILED: "failed",
        BuildState.TIMED_OUT: "timed out on Alipay's side",
    }.get(status.state, f"ended with an unrecognised build_status {build_status!r}")
    package = status.package_id or package_id
    # Polled by version (a resumed release), Alipay's answer may carry no package id.
    which = f"package {package}" if package else f"version {status.build_version or '?'}"
    raise BuildFailedError(
        f"Build of {which} {reason}" + (f": {build_info}" if build_info else "."),
        package_id=package,
        build_status=build_status,
        build_info=build_info,
        log_url=log_url,
        trace_id=status.trace_id,
        request_id=status.request_id,
    )


def _poll_build(
    poller: Poller, query: UploadstatusQueryArguments, options: CallOptions
) -> Flow[BuildStatus]:
    query = prepared(_STATUS, query)  # every poll sends the same: made into wire fields once
    while True:
        status = yield from _query_status(query, options)
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
    return (yield from _query_status(query, CallOptions(app_auth_token, request_id)))


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


_UPLOAD = OPERATIONS["upload"]


def _package_fields() -> PackageFields:
    fields = _UPLOAD.package_fields
    if fields is None:
        raise RuntimeError("the spec names no x-package-fields for upload: run make spec")
    return fields


_PACKAGE = _package_fields()
_DEFAULTS = {p.python_name: p.default for p in _UPLOAD.parameters if p.default is not None}


def upload(
    ctx: Context,
    arguments: UploadArguments,
    *,
    package: PackageInput | None,
    source_url: str | None,
    wait: bool,
    wait_timeout: float,
    poll_interval: float,
    on_progress: ProgressCallback | None,
    options: CallOptions,
) -> Flow[UploadResult]:
    """Start building a version of a mini program from a package.

    ``arguments`` are the upload operation's fields (the generated ``upload`` method
    takes each by name, from the spec, and hands them here with its friendly keywords).
    ``package`` is the zip's bytes, a path to a ``.zip``, or a folder (zipped
    deterministically); the client base64-encodes it and fills the fields the spec names
    for it (``x-package-fields``: ``build_package_stream``, ``build_package_md_5`` and
    ``build_source_pkg_size``). Alternatively ``source_url`` (``build_source_pkg_url``)
    names a zip Alipay downloads. A field with an ``x-sdk-default`` (``build_app_type``)
    gets it when not given.

    Alipay answers at once with a ``package_id``; the build runs asynchronously. With
    ``wait=True`` this also waits for the build (``wait_timeout`` seconds, polling every
    ``poll_interval`` seconds and backing off, ``on_progress(status)`` on every change)
    and puts its final state in ``result.build``. ``options`` apply to the upload call.
    Every argument is checked before anything is sent; the answer is read once.
    """
    if wait:
        timeout, interval, max_interval = check_wait(wait_timeout, poll_interval)
    # The package's fields are named by the spec's table (x-package-fields), not literally.
    fields: dict[str, Any] = {k: v for k, v in arguments.items() if v is not None}
    filled = {_PACKAGE.stream, _PACKAGE.md5, _PACKAGE.size} & set(fields)
    if source_url is not None:
        if _PACKAGE.url in fields:
            raise InvalidRequestError(f"Give source_url or {_PACKAGE.url}, not both.")
        fields[_PACKAGE.url] = source_url
    by_url = _PACKAGE.url in fields
    if package is not None and (by_url or filled):
        raise InvalidRequestError(
            "Give the package one way: package= (bytes, a .zip path or a folder), "
            f"source_url=, or the raw {_PACKAGE.stream} fields."
        )
    if package is None and not by_url and _PACKAGE.stream not in fields:
        raise InvalidRequestError(
            "Give exactly one of package (bytes, a .zip path or a folder) and source_url."
        )
    for name, default in _DEFAULTS.items():
        fields.setdefault(name, default)
    # Every field checked (and made into wire fields, once) before the package is read.
    ready = prepared(_UPLOAD, cast(UploadArguments, fields))
    loaded = None
    if package is not None:
        loaded = load_package(package, limit=ctx.package_limit)
        carried = {
            _PACKAGE.stream: Base64Bytes(loaded.data),
            _PACKAGE.md5: loaded.md5,
            _PACKAGE.size: str(loaded.size),
        }
        ready = prepared_with(ready, carried)
    call = Calls.upload(ready, options).read_as(UploadResult)
    result = yield from perform(call)  # read once, into the facade's result
    result.package_md5 = loaded.md5 if loaded else fields.get(_PACKAGE.md5)
    result.package_size = loaded.size if loaded else None
    if not wait:
        return result
    package_id = result.package_id or None
    poller = _build_poller(package_id, timeout, interval, max_interval, on_progress)
    poller.observe(result)
    query = _status_query(
        package_id,
        arguments.get("mini_app_id") or ctx.app_id,  # none given: the calling app
        arguments["build_version"],
        arguments.get("bundle_id"),
        arguments.get("inst_code"),
    )
    result.build = yield from _poll_build(poller, query, CallOptions(options.app_auth_token))
    return result
