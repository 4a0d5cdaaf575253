"""Operations that move a version through its statuses, and the reviewer.

The reviewer "advances as you poll", like builds: ``audit/submit`` puts the version in
``AUDITING`` with the reviewer's decision (the platform's ``review`` option, or the next
scripted one); the first read of the version after that (``info/query``, ``last/query``,
``condition/batchquery``) still says ``AUDITING``, and from the next read on the decision
shows: ``WAIT_RELEASE``, or ``AUDIT_REJECT`` with ``reject_reason``. A ``pending`` review
waits for :meth:`Platform.decide_review`, which applies the decision at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alipay_innerversion_api.api import OPERATIONS as GENERATED

from ..model import (
    AUDIT_REJECT,
    AUDITING,
    GRAY,
    INIT,
    OFFLINE,
    RELEASE,
    WAIT_RELEASE,
    Call,
    _Bundle,
    _Version,
    version_key,
)
from .builds import release

__all__ = ["GRAY_STRATEGIES", "HANDLERS", "SYNC_TYPES", "apply_review", "observe"]


def _listed(operation: str, field: str) -> tuple[str, ...]:
    """The values the spec lists for a request field (the generated table)."""
    found = (p for p in GENERATED[operation].parameters if p.name == field)
    return tuple(str(value) for value in next(found).enum)


GRAY_STRATEGIES = _listed("gray_publish", "gray_strategy")
"""The ``gray_strategy`` values the spec lists (share of users, or an audience rule)."""
SYNC_TYPES = _listed("sync", "sync_type")
"""``sync_type``: ``global`` pushes to all users, ``recent`` to targeted (recent) users."""
RELEASE_TYPES = _listed("online_publish", "release_type")
MAX_SCREEN_SHOTS = 5
MAX_VERSION_DESC = 500


def apply_review(version: _Version, decision: str, reason: str | None, now: float) -> None:
    if decision == "approve":
        version.status, version.reject_reason = WAIT_RELEASE, None
    else:
        version.status, version.reject_reason = AUDIT_REJECT, reason
    version.review, version.review_reason, version.modified = None, None, now


def observe(call: Call, version: _Version) -> None:
    """A read of ``version``: a decided review shows from the second read after submit."""
    if version.status != AUDITING or version.review is None:
        return
    if version.review_reads >= 1:
        apply_review(version, version.review, version.review_reason, call.now)
    else:
        version.review_reads += 1


# -- review --------------------------------------------------------------------------------------


def audit_submit(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "APP_VERSION_IS_BLANK")
    description = call.required("version_desc", "VERSION_DESC_IS_BLANK")
    if len(description) > MAX_VERSION_DESC:
        call.fail("INVALID_VERSION_DESC_LENGTH", f"version_desc exceeds {MAX_VERSION_DESC}")
    app_name = call.text("app_name")
    if app_name and not 3 <= len(app_name) <= 20:
        call.fail("INVALID_MINI_APP_NAME_LENGTH", "app_name must have 3 to 20 characters")
    shots = call.data.get("screen_shot_list") or []
    if len(shots) > MAX_SCREEN_SHOTS:
        call.fail("SCREEN_SHOT_NUM_IS_INVALID", f"at most {MAX_SCREEN_SHOTS} screenshots")
    email = call.text("service_email")
    if email and "@" not in email:
        call.fail("INVALID_MINI_APP_SERVICE_MAIL", f"service_email {email} is not an address")
    missing = "MINI_APP_PACKAGE_INFO_NOT_EXIST"
    bundle, version = call.version(
        call.bundle_id(), name, missing_app=missing, missing_version=missing
    )
    if version.status == AUDITING:
        call.fail("CAN_NOT_SUBMIT_WITH_AUDIT", f"version {name} is already in review")
    if version.status != INIT:
        call.fail("CAN_NOT_SUBMIT_WITHOUT_INIT", f"version {name} is {version.status}, not INIT")
    released = bundle.released()
    mine, theirs = version_key(name), version_key(released.build_version) if released else None
    if released is not None and mine and theirs and theirs > mine:
        call.fail(
            "EXIST_LARGER_ONLINED_VERSION",
            f"the released version {released.build_version} is larger than {name}",
        )
    decision, reason = call.platform.next_review()
    call.touch(version, AUDITING)
    version.review = None if decision == "pending" else decision
    version.review_reason, version.review_reads = reason, 0
    version.reject_reason = None
    version.description, version.screen_shots = description, tuple(shots)
    version.process_task_id = call.platform.new_id()
    info = call.create_mini().info  # what the app is, as last submitted (last/query reads it)
    for parameter in GENERATED["audit_submit"].parameters:
        if parameter.kind == "string" and call.text(parameter.name):
            info[parameter.name] = call.text(parameter.name)
    return {}


def audit_cancel(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "VERSION_IS_BLANK")
    _, version = _version(call, name, "APP_INFO_NOT_EXIST", "MINI_APP_PACKAGE_INFO_NOT_EXIST")
    if version.status != AUDITING:
        call.fail("TINYAPP_STATUS_INVALID", f"version {name} is {version.status}, not AUDITING")
    call.touch(version, INIT)
    version.review = version.review_reason = None
    return {}


def backdev_publish(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "APP_VERSION_IS_BLANK")
    _, version = _version(call, name, "APP_INFO_NOT_EXIST", "MINI_APP_PACKAGE_INFO_NOT_EXIST")
    if version.status not in (AUDIT_REJECT, WAIT_RELEASE):
        call.fail(
            "CAN_NOT_BACK_DEV_WITHOUT_AUDIT",
            f"version {name} is {version.status}: only a reviewed version goes back to INIT",
        )
    call.touch(version, INIT)
    version.reject_reason = None
    return {}


# -- gray and release ----------------------------------------------------------------------------


def gray_publish(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "PARAMS_VALID_ERROR")
    strategy = call.required("gray_strategy", "PARAMS_VALID_ERROR")
    if strategy not in GRAY_STRATEGIES:
        call.fail(
            "PARAMS_VALID_ERROR", f"gray_strategy must be one of {', '.join(GRAY_STRATEGIES)}"
        )
    bundle, version = _version(call, name, "APP_INFO_NOT_EXISTS", "APP_VERSION_NOT_EXIST")
    if version.status != WAIT_RELEASE:
        call.fail(
            "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS",
            f"version {name} is {version.status}: only an approved (WAIT_RELEASE) version "
            "goes to gray",
        )
    call.touch(version, GRAY)
    version.gray_strategy, version.gray_start_time, version.had_gray = strategy, call.now, True
    for invited in call.data.get("beta_app_id_list") or ():
        call.platform.invite_beta(call.mini_app_id, name, invited, bundle_id=bundle.bundle_id)
    return {}


def gray_finish(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "APP_VERSION_IS_BLANK")
    _, version = _version(call, name, "APP_INFO_NOT_EXIST", "MINI_APP_PACKAGE_INFO_NOT_EXIST")
    if version.status != GRAY:
        call.fail("CAN_NOT_END_GRAY_WITHOUT_GRAY", f"version {name} is {version.status}, not GRAY")
    call.touch(version, WAIT_RELEASE)
    version.gray_strategy = None
    return {}


def online_publish(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "APP_VERSION_IS_BLANK")
    release_type = call.text("release_type")
    if release_type and release_type not in RELEASE_TYPES:
        call.fail("invalid-parameter", f"release_type must be one of {', '.join(RELEASE_TYPES)}")
    missing = "MINI_APP_PACKAGE_INFO_NOT_EXIST"
    bundle, version = _version(call, name, missing, missing)
    if version.status == RELEASE:
        return {}  # published again: the same state
    if version.status not in (WAIT_RELEASE, GRAY):
        call.fail(
            "CAN_NOT_ONLINE_WITHOUT_AUDIT",
            f"version {name} is {version.status}: only an approved (WAIT_RELEASE) or GRAY "
            "version can be published",
        )
    if call.platform.require_gray and not version.had_gray:
        call.fail("CAN_NOT_ONLINE_WITHOUT_GRAY", f"version {name} needs a gray stage first")
    release(call, bundle, version)
    return {}


def offline_publish(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "APP_VERSION_IS_BLANK")
    missing = "MINI_APP_PACKAGE_INFO_NOT_EXIST"
    _, version = _version(call, name, missing, missing)
    if version.status != RELEASE:
        call.fail("MINI_APP_NOT_ONLINE", f"version {name} is {version.status}, not RELEASE")
    call.touch(version, OFFLINE)
    version.offline_time = call.now
    return {}


def content_rollback(call: Call) -> dict[str, Any]:
    call.required("app_origin", "APP_ORIGIN_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    call.required("pid", "PID_IS_BLANK")
    mini = call.mini()
    bundle = mini.bundles.get(bundle_id) if mini else None
    current = bundle.released() if bundle else None
    if bundle is None or current is None:
        call.fail("unsupport-operation", f"{call.mini_app_id} has no released version")
    name = call.text("app_version")
    if name and name != current.build_version:
        call.fail(
            "invalid-parameter",
            f"app_version {name} is not the released version ({current.build_version})",
        )
    target = _rollback_target(bundle, current)
    if target is None:
        call.fail(
            "unsupport-operation",
            f"no previously released version to roll {current.build_version} back to",
        )
    call.touch(current, WAIT_RELEASE)
    current.rollback_time = call.now
    call.touch(target, RELEASE)
    target.shelf_time, target.rollback_time, target.offline_time = call.now, call.now, None
    return {}


def _rollback_target(bundle: _Bundle, current: _Version) -> _Version | None:
    """The latest earlier release still ``OFFLINE``; the history is cut back to it."""
    for index in range(len(bundle.releases) - 1, -1, -1):
        candidate = bundle.versions.get(bundle.releases[index])
        if candidate is not None and candidate is not current and candidate.status == OFFLINE:
            del bundle.releases[index + 1 :]
            return candidate
    return None


# -- delete and push -----------------------------------------------------------------------------


def info_delete(call: Call) -> dict[str, Any]:
    name = call.version_name("PACKAGE_VERSION_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    call.required("pid", "PID_IS_BLANK")
    bundle, version = call.version(
        bundle_id,
        name,
        missing_app="APP_INFO_NOT_EXIST",
        missing_version="MINI_APP_PACKAGE_INFO_NOT_EXIST",
    )
    if version.status != INIT:
        call.fail("CAN_NOT_DELETE_WITHOUT_DEV", f"version {name} is {version.status}, not INIT")
    del bundle.versions[name]
    return {}


def sync(call: Call) -> dict[str, Any]:
    origin = call.required("app_origin", "APP_ORIGIN_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    sync_type = call.required("sync_type", "SYNC_TYPE_IS_BLANK")
    if sync_type not in SYNC_TYPES:
        call.fail("SYNC_TYPE_NOT_EXIST", f"sync_type must be one of {', '.join(SYNC_TYPES)}")
    mini = call.mini()
    if mini is None:
        call.fail("APP_INFO_NOT_EXIST", f"mini program {call.mini_app_id} does not exist")
    bundle = mini.bundles.get(bundle_id)
    released = bundle.released() if bundle else None
    name = call.text("app_version")
    if bundle is None or released is None or name != released.build_version:
        online = released.build_version if released else "none"
        call.fail(
            "SYNC_WITHOUT_ONLINE_ERROR",
            f"version {name or '(blank)'} is not the released version (released: {online})",
        )
    sync_id = call.platform.new_id()
    bundle.sync_count += 1
    bundle.syncs[name] = sync_id
    bundle.last_sync = {
        "app_version": name,
        "app_origin": origin,
        "bundle_id": bundle_id,
        "sync_type": sync_type,
        "sync_id": sync_id,
    }
    return {}


def _version(call: Call, name: str, missing_app: str, missing: str) -> tuple[_Bundle, _Version]:
    return call.version(call.bundle_id(), name, missing_app=missing_app, missing_version=missing)


HANDLERS: dict[str, Callable[[Call], dict[str, Any]]] = {
    "audit.submit": audit_submit,
    "audit.cancel": audit_cancel,
    "backdev.publish": backdev_publish,
    "gray.publish": gray_publish,
    "gray.finish": gray_finish,
    "online.publish": online_publish,
    "offline.publish": offline_publish,
    "content.rollback": content_rollback,
    "info.delete": info_delete,
    "sync": sync,
}
