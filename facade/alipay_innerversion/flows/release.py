"""``release``: the whole pipeline a release manager runs, safe to run again.

upload → build → review → gray stage(s) → publish → push. It first reads the version's
status from Alipay (``info_query``) and does only the steps still needed, so a run
stopped at any point (even killed) is finished by running it again: a version already
released is pushed, not released again; one in review is waited for, not resubmitted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

import attrs

from alipay_innerversion_api.api import (
    OPERATIONS,
    AuditSubmitArguments,
    AuditSubmitResult,
    Call,
    CallOptions,
    Calls,
    GrayFinishArguments,
    GrayFinishResult,
    GrayPublishArguments,
    GrayPublishResult,
    InfoQueryArguments,
    InfoQueryResult,
    OnlinePublishArguments,
    OnlinePublishResult,
    SyncArguments,
    SyncResult,
)
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy as GrayStrategy,
)
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionSyncModelSyncType as SyncType,
)

from ..arguments import check_field, prepared
from ..error_codes import ALREADY_DONE_CODES
from ..errors import AlipayApiError, AlipayError, InvalidRequestError
from .builds import upload, wait_for_build
from .packages import PackageInput, load_package
from .steps import Context, Flow, Sleep, perform
from .versions import wait_for_audit
from .waits import DEFAULT_WAIT_TIMEOUT, VersionStatus, check_wait

__all__ = ["ReleaseResult", "release"]

StageCallback = Callable[[str, str], object]
"""``on_stage(stage, detail)``: ``stage`` is upload, build, review, gray, publish, push."""

_UNKNOWN_VERSION = "APP_INFO_NOT_EXIST"  # info_query's code for a version it does not know


@attrs.frozen
class ReleaseResult:
    """What a release run did: the steps it took (those already done are not repeated)."""

    version: str
    steps: tuple[str, ...]
    status: str
    trace_ids: tuple[str, ...] = ()


def _status(info: InfoQueryResult) -> VersionStatus | None:
    return VersionStatus.parse(info.status)


@attrs.frozen
class _Stages:
    """The calls a release may make after its first one, each checked (and made into wire
    fields, once) before the first: a field missing for the push must not surface after
    the version was published. Typed by the generated ``Calls``."""

    info: Call[InfoQueryResult]
    review: Call[AuditSubmitResult] | None
    """None while ``version_desc`` is not given (a release that needs the review refuses)."""
    gray_finish: Call[GrayFinishResult]
    gray: tuple[Call[GrayPublishResult], ...]
    publish: Call[OnlinePublishResult]
    push: Call[SyncResult]


def _stages(
    version: str,
    mini_app_id: str | None,
    bundle_id: str | None,
    app_origin: str | None,
    version_desc: str | None,
    review_fields: dict[str, Any],
    gray_strategies: Sequence[str],
    sync_type: str,
    options: CallOptions,
) -> _Stages:
    """Every call after the upload, checked now; the values the spec lists (``sync_type``,
    ``gray_strategy``) and the version rule are checked from the generated table."""
    where: InfoQueryArguments = {
        "app_version": version,
        "mini_app_id": mini_app_id,
        "bundle_id": bundle_id,
        "app_origin": app_origin,
    }
    review = {
        **review_fields,  # more audit_submit fields: the check names any it does not know
        **where,
        "version_desc": version_desc or "(checked later)",
    }
    reviewing = prepared(OPERATIONS["audit_submit"], cast(AuditSubmitArguments, review))
    finish: GrayFinishArguments = {
        "app_version": version,
        "mini_app_id": mini_app_id,
        "bundle_id": bundle_id,
        "app_origin": app_origin,
    }
    publish: OnlinePublishArguments = {
        "app_version": version,
        "mini_app_id": mini_app_id,
        "bundle_id": bundle_id,
        "app_origin": app_origin,
    }
    check_field(OPERATIONS["sync"], "sync_type", sync_type)
    push: SyncArguments = {
        "app_version": version,
        "mini_app_id": mini_app_id,
        # blank when not given: refused as required by the check, naming the keyword
        "bundle_id": bundle_id or "",
        "app_origin": app_origin or "",
        "sync_type": SyncType(sync_type),
    }
    gray: list[Call[GrayPublishResult]] = []
    for strategy in gray_strategies:
        check_field(OPERATIONS["gray_publish"], "gray_strategy", strategy)
        stage: GrayPublishArguments = {
            "app_version": version,
            "mini_app_id": mini_app_id,
            "bundle_id": bundle_id,
            "app_origin": app_origin,
            "gray_strategy": GrayStrategy(strategy),
        }
        gray.append(Calls.gray_publish(prepared(OPERATIONS["gray_publish"], stage), options))
    return _Stages(
        info=Calls.info_query(prepared(OPERATIONS["info_query"], where), options),
        review=Calls.audit_submit(reviewing, options) if version_desc else None,
        gray_finish=Calls.gray_finish(prepared(OPERATIONS["gray_finish"], finish), options),
        gray=tuple(gray),
        publish=Calls.online_publish(prepared(OPERATIONS["online_publish"], publish), options),
        push=Calls.sync(prepared(OPERATIONS["sync"], push), options),
    )


_SYNC_TYPE = next(p for p in OPERATIONS["sync"].parameters if p.name == "sync_type")


def release(
    ctx: Context,
    *,
    build_version: str,
    package: PackageInput | None = None,
    source_url: str | None = None,
    version_desc: str | None = None,
    gray_strategies: Sequence[str] = (),
    gray_pause: float = 0.0,
    sync_type: str | None = None,
    mini_app_id: str | None = None,
    bundle_id: str | None = None,
    app_origin: str | None = None,
    inst_code: str | None = None,
    review_fields: dict[str, Any] | None = None,
    wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_stage: StageCallback | None = None,
    on_progress: Callable[[Any], object] | None = None,
    app_auth_token: str | None = None,
) -> Flow[ReleaseResult]:
    """Release ``build_version`` all the way, doing only what its status still needs.

    ``package`` (or ``source_url``) is needed only when the version does not exist yet.
    ``gray_strategies`` (e.g. ``["p10", "p50"]``) are gray stages before the release,
    ``gray_pause`` seconds apart. ``review_fields`` are more fields of ``audit_submit``.
    Raises :class:`AuditRejectedError` when the review rejects the version, and
    :class:`AlipayError` for a version taken down (``OFFLINE``).
    """
    check_wait(wait_timeout, poll_interval)
    if (
        isinstance(gray_pause, bool)
        or not isinstance(gray_pause, int | float)
        or not gray_pause >= 0
    ):
        raise InvalidRequestError("gray_pause must be 0 or more seconds.")
    if sync_type is None:  # the spec's x-sdk-default (a push to every user)
        sync_type = str(_SYNC_TYPE.default)
    options = CallOptions(app_auth_token)
    # Upload, the first call that changes anything, checks its own arguments.
    calls = _stages(
        build_version,
        mini_app_id,
        bundle_id,
        app_origin,
        version_desc,
        review_fields or {},
        gray_strategies,
        sync_type,
        options,
    )
    if package is not None:  # refuse a package it cannot send before the first call
        package = load_package(package, limit=ctx.package_limit).data
    steps: list[str] = []
    traces: list[str] = []

    def stage(name: str, detail: str, *, part: bool = False) -> None:
        if not (part and steps[-1:] == [name]):  # submit + wait: one review step
            steps.append(name)
        if on_stage is not None:
            on_stage(name, detail)

    def note(trace_id: str | None) -> None:
        if trace_id:
            traces.append(trace_id)

    def read() -> Flow[InfoQueryResult | None]:
        try:
            return (yield from perform(calls.info))
        except AlipayApiError as error:
            if error.code == _UNKNOWN_VERSION:
                return None
            raise

    info = yield from read()
    if (info is None or _status(info) is VersionStatus.INIT) and not version_desc:
        raise InvalidRequestError(
            f"Version {build_version} still needs its review: give version_desc (what "
            "changed in it), which Alipay requires to submit it."
        )
    if info is None:
        if package is None and source_url is None:
            raise InvalidRequestError(
                f"Version {build_version} does not exist yet: give the package to upload."
            )
        stage("upload", f"upload {build_version} and build it")
        own = mini_app_id or ctx.app_id  # upload needs it; no mini_app_id: the calling app
        try:
            uploaded = yield from upload(
                ctx,
                {
                    "mini_app_id": own,
                    "build_version": build_version,
                    "bundle_id": bundle_id,
                    "app_origin": app_origin,
                    "inst_code": inst_code,
                },
                package=package,
                source_url=source_url,
                wait=True,
                wait_timeout=wait_timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
                options=options,
            )
            note(uploaded.trace_id)
        except AlipayApiError as error:
            if error.code not in ALREADY_DONE_CODES:  # the spec's already-done codes
                raise
            stage("build", f"{build_version} was uploaded before: wait for its build")
            yield from wait_for_build(
                ctx,
                mini_app_id=own,
                build_version=build_version,
                bundle_id=bundle_id,
                inst_code=inst_code,
                timeout=wait_timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
                app_auth_token=app_auth_token,
            )
        info = yield from read()
        if info is None:
            raise AlipayError(
                f"Version {build_version} was built but Alipay does not list it yet.",
                hint="Run the release again in a moment.",
            )
    status = _status(info)
    if status is VersionStatus.INIT:
        assert calls.review is not None  # version_desc was given (refused above otherwise)
        stage("review", f"submit {build_version} for review")
        note((yield from perform(calls.review)).trace_id)
        status = VersionStatus.AUDITING
    if status in (VersionStatus.AUDITING, VersionStatus.AUDIT_REJECT):
        stage("review", f"wait for the review of {build_version}", part=True)
        info = yield from wait_for_audit(
            ctx,
            app_version=build_version,
            bundle_id=bundle_id,
            app_origin=app_origin,
            mini_app_id=mini_app_id,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            app_auth_token=app_auth_token,
        )
        status = _status(info)
    if status is VersionStatus.OFFLINE:
        raise AlipayError(
            f"Version {build_version} was taken down (OFFLINE): it is not released again.",
            hint="Release a new version, or roll back with content_rollback.",
        )
    if status in (VersionStatus.WAIT_RELEASE, VersionStatus.GRAY):
        current = info.gray_strategy if status is VersionStatus.GRAY else None
        stages = list(gray_strategies)
        start = stages.index(current) + 1 if current in stages else 0
        if status is VersionStatus.GRAY and current not in stages:
            start = len(stages)  # a gray stage nobody asked for: publish from it
        for index, strategy in enumerate(stages[start:], start):
            if status is VersionStatus.GRAY:
                note((yield from perform(calls.gray_finish)).trace_id)
            stage("gray", f"gray release {build_version} to {strategy}")
            note((yield from perform(calls.gray[index])).trace_id)
            status = VersionStatus.GRAY
            if gray_pause and index < len(stages) - 1:
                yield Sleep(gray_pause)
        stage("publish", f"publish {build_version}")
        note((yield from perform(calls.publish)).trace_id)
        status = VersionStatus.RELEASE
    if status is not VersionStatus.RELEASE:
        raise AlipayError(f"Version {build_version} is {info.status}: not releasable from here.")
    stage("push", f"push {build_version} to clients ({sync_type})")
    note((yield from perform(calls.push)).trace_id)
    return ReleaseResult(build_version, tuple(steps), VersionStatus.RELEASE, tuple(traces))
