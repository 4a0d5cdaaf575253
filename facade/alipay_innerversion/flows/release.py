"""``release``: the whole pipeline a release manager runs, safe to run again.

upload → build → review → gray stage(s) → publish → push. It first reads the version's
status from Alipay (``info_query``) and does only the steps still needed, so a run
stopped at any point (even killed) is finished by running it again: a version already
released is pushed, not released again; one in review is waited for, not resubmitted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from alipay_innerversion_api.api import OPERATIONS, CallOptions, InfoQueryResult

from ..arguments import wire_fields
from ..error_codes import ALREADY_DONE_CODES
from ..errors import AlipayApiError, AlipayError, InvalidRequestError
from .builds import upload, wait_for_build
from .packages import PackageInput, load_package
from .steps import Call, Context, Flow, Sleep, given
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


def _check_every_stage(
    ctx: Context,
    version: str,
    where: dict[str, Any],
    version_desc: str | None,
    review_fields: dict[str, Any],
    gray_strategies: Sequence[str],
    sync_type: str,
    upload_fields: dict[str, Any],
) -> None:
    """Check the arguments of every call the release may make, before the first one: a
    field missing for the push must not surface after the version was published. The
    values the spec lists (``sync_type``, ``gray_strategy``) and the version rule are
    checked here too, from the generated table."""
    on = {"app_version": version, **where}
    stages: list[tuple[str, dict[str, Any]]] = [
        ("info_query", on),
        (
            "upload",
            {
                "mini_app_id": where.get("mini_app_id") or ctx.app_id,
                "build_version": version,
                **upload_fields,
            },
        ),
        (
            "audit_submit",
            {**on, "version_desc": version_desc or "(checked later)", **review_fields},
        ),
        ("online_publish", on),
        ("sync", {**on, "sync_type": sync_type}),
    ]
    if gray_strategies:
        stages.append(("gray_finish", on))
        stages += [("gray_publish", {**on, "gray_strategy": s}) for s in gray_strategies]
    for name, arguments in stages:
        wire_fields(OPERATIONS[name], arguments)


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
    where = given(mini_app_id=mini_app_id, bundle_id=bundle_id, app_origin=app_origin)
    _check_every_stage(
        ctx,
        build_version,
        where,
        version_desc,
        review_fields or {},
        gray_strategies,
        sync_type,
        given(bundle_id=bundle_id, app_origin=app_origin, inst_code=inst_code),
    )
    if package is not None:  # refuse a package it cannot send before the first call
        package = load_package(package, limit=ctx.package_limit).data
    options = CallOptions(app_auth_token)
    steps: list[str] = []
    traces: list[str] = []

    def stage(name: str, detail: str, *, part: bool = False) -> None:
        if not (part and steps[-1:] == [name]):  # submit + wait: one review step
            steps.append(name)
        if on_stage is not None:
            on_stage(name, detail)

    def note(result: Any) -> None:
        if getattr(result, "trace_id", None):
            traces.append(result.trace_id)

    def read() -> Flow[InfoQueryResult | None]:
        try:
            info: InfoQueryResult = yield Call(
                "info_query", {"app_version": build_version, **where}, options
            )
        except AlipayApiError as error:
            if error.code == _UNKNOWN_VERSION:
                return None
            raise
        return info

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
        fields = given(bundle_id=bundle_id, app_origin=app_origin, inst_code=inst_code)
        try:
            uploaded = yield from upload(
                ctx,
                mini_app_id=own,
                build_version=build_version,
                package=package,
                source_url=source_url,
                wait=True,
                wait_timeout=wait_timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
                app_auth_token=app_auth_token,
                **fields,
            )
            note(uploaded)
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
        stage("review", f"submit {build_version} for review")
        submitted = yield Call(
            "audit_submit",
            {
                "app_version": build_version,
                **given(version_desc=version_desc),
                **(review_fields or {}),
                **where,
            },
            options,
        )
        note(submitted)
        status = VersionStatus.AUDITING
    if status in (VersionStatus.AUDITING, VersionStatus.AUDIT_REJECT):
        stage("review", f"wait for the review of {build_version}", part=True)
        info = yield from wait_for_audit(
            ctx,
            app_version=build_version,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            app_auth_token=app_auth_token,
            **where,
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
                note((yield Call("gray_finish", {"app_version": build_version, **where}, options)))
            stage("gray", f"gray release {build_version} to {strategy}")
            note(
                (
                    yield Call(
                        "gray_publish",
                        {"app_version": build_version, "gray_strategy": strategy, **where},
                        options,
                    )
                )
            )
            status = VersionStatus.GRAY
            if gray_pause and index < len(stages) - 1:
                yield Sleep(gray_pause)
        stage("publish", f"publish {build_version}")
        note((yield Call("online_publish", {"app_version": build_version, **where}, options)))
        status = VersionStatus.RELEASE
    if status is not VersionStatus.RELEASE:
        raise AlipayError(f"Version {build_version} is {info.status}: not releasable from here.")
    stage("push", f"push {build_version} to clients ({sync_type})")
    note(
        (
            yield Call(
                "sync",
                {"app_version": build_version, "sync_type": sync_type, **where},
                options,
            )
        )
    )
    return ReleaseResult(build_version, tuple(steps), VersionStatus.RELEASE, tuple(traces))
