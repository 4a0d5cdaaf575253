"""Operations that read the platform's state (and plugin betas).

``info/query``, ``last/query`` and ``condition/batchquery`` are the reads that advance a
decided review (:func:`.lifecycle.observe`). Answers carry the fields of the operation's
response model that have a value; times are ``yyyy-MM-dd HH:mm:ss`` (UTC+8).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..model import STATUSES, Call, _MiniApp, _Version, timestamp
from .lifecycle import observe

__all__ = ["HANDLERS"]

MAX_PAGE_SIZE = 10
BETA_OPERATIONS = {"pass": "CHECKED", "reject": "REJECT"}


def _present(answer: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in answer.items() if value not in (None, "", ())}


def _build_source(version: _Version) -> str:
    return "02" if version.source == "template" else "01"


def info_query(call: Call) -> dict[str, Any]:
    name = call.required("app_version", "PARAMS_VALID_ERROR")
    missing = "APP_INFO_NOT_EXIST"
    _, v = call.version(call.bundle_id(), name, missing_app=missing, missing_version=missing)
    observe(call, v)
    return _present(
        {
            "app_version": v.build_version,
            "build_source": _build_source(v),
            "bundle_id": v.bundle_id,
            "create_time": timestamp(v.created),
            "description": v.description,
            "ext_json": v.ext_json,
            "gmt_modified": timestamp(v.modified),
            "gray_start_time": timestamp(v.gray_start_time),
            "gray_strategy": v.gray_strategy,
            "mini_app_id": call.mini_app_id,
            "offline_time": timestamp(v.offline_time),
            "package_url": v.package_url,
            "plugin_refs": [
                _present(
                    {
                        "plugin_id": ref.get("plugin_id"),
                        "require_version": ref.get("plugin_version"),
                    }
                )
                for ref in v.plugin_refs
            ],
            "process_task_id": v.process_task_id,
            "reject_reason": v.reject_reason,
            "rollback_time": timestamp(v.rollback_time),
            "scan_result": "true",  # as the spec's example, like need_rotation
            "screen_shot_list": ",".join(v.screen_shots),
            "shelf_time": timestamp(v.shelf_time),
            "source_url": v.source_url,
            "status": v.status,
            "template_extra": None,
            "template_version": v.template_version,
        }
    )


def last_query(call: Call) -> dict[str, Any]:
    call.required("app_origin", "APP_ORIGIN_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    call.required("pid", "PID_IS_BLANK")
    mini = call.mini()
    bundle = mini.bundles.get(bundle_id) if mini else None
    versions = [v for v in bundle.versions.values() if v.status] if bundle else []
    latest = max(versions, key=lambda v: v.created, default=None)
    if latest is not None:
        observe(call, latest)
    info = mini.info if mini else {}
    return _present(
        {
            "app_desc": info.get("app_desc"),
            "app_name": info.get("app_name"),
            "app_version": latest.build_version if latest else None,
            "bundle_id": bundle_id,
            "category_ids": info.get("mini_category_ids") or info.get("app_category_ids"),
            "english_name": info.get("app_english_name"),
            "logo_url": info.get("app_logo"),
            "mini_app_id": call.mini_app_id,
            "service_phone": info.get("service_phone"),
            "slogan": info.get("app_slogan"),
            "status": latest.status if latest else None,
            "sub_application_type": _sub_type(mini),
        }
    )


def _sub_type(mini: _MiniApp | None) -> str:
    return "TINY_TEMPLATE" if mini is not None and mini.template_id else "TINY_NORMAL"


def condition_batchquery(call: Call) -> dict[str, Any]:
    call.required("app_origin", "APP_ORIGIN_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    statuses = [s.strip() for s in call.text("version_status").split(",") if s.strip()]
    if not statuses:
        call.fail("VERSION_STATUS_LIST_IS_BLANK", "version_status is blank")
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        call.fail(
            "INVALID_VERSION_STATUS",
            f"unknown version_status {', '.join(unknown)}; use {', '.join(STATUSES)}",
        )
    page_num = _integer(call, "page_num", 1, "INVALID_PAGE_NUM")
    if page_num < 0:
        call.fail("PAGE_NUM_LESS_ZERO", "page_num is negative")
    if page_num < 1:
        call.fail("PAGE_NUM_LESS_ONE", "page_num starts at 1")
    page_size = _integer(call, "page_size", MAX_PAGE_SIZE, "INVALID_PAGE_SIZE")
    if page_size < 0:
        call.fail("PAGE_SIZE_LESS_ZERO", "page_size is negative")
    if page_size == 0:
        call.fail("INVALID_PAGE_SIZE", f"page_size must be 1 to {MAX_PAGE_SIZE}")
    if page_size > MAX_PAGE_SIZE:
        call.fail("PAGE_SIZE_MORE_TEN", f"page_size must be at most {MAX_PAGE_SIZE}")
    mini = call.mini()
    bundle = mini.bundles.get(bundle_id) if mini else None
    versions = [v for v in bundle.versions.values() if v.status] if bundle else []
    for version in versions:
        observe(call, version)
    matching = sorted(
        (v for v in versions if v.status in statuses), key=lambda v: v.created, reverse=True
    )
    page = matching[(page_num - 1) * page_size : page_num * page_size]
    return {
        "mini_version_base_info_list": [
            _present(
                {
                    "app_version": v.build_version,
                    "build_source": _build_source(v),
                    "bundle_id": v.bundle_id,
                    "gray_strategy": v.gray_strategy,
                    "mini_app_id": call.mini_app_id,
                    "status": v.status,
                }
            )
            for v in page
        ]
    }


def _integer(call: Call, name: str, default: int, code: str) -> int:
    text = call.text(name)
    if not text:
        return default
    try:
        return int(text)
    except ValueError:
        call.fail(code, f"{name} {text} is not an integer")


def instantiation_query(call: Call) -> dict[str, Any]:
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    name = call.version_name("MINI_APP_VERSION_IS_BLANK")
    missing = "APP_INFO_NOT_EXIST"
    _, v = call.version(bundle_id, name, missing_app=missing, missing_version=missing)
    if v.template_id is None:
        call.fail("SUB_APPLICATION_TYPE_ERROR", f"version {name} was not made from a template")
    return _present(
        {
            "app_version": name,
            "bundle_id": bundle_id,
            "mini_app_id": call.mini_app_id,
            "template_id": v.template_id,
            "template_version": v.template_version,
        }
    )


def modelforoffline_query(call: Call) -> dict[str, Any]:
    mini = call.mini()
    bundle = mini.bundles.get(call.bundle_id()) if mini else None
    released = bundle.released() if bundle else None
    name = call.text("app_version") or (released.build_version if released else "")
    version = bundle.versions.get(name) if bundle else None
    if bundle is None or version is None or version.status is None:
        call.fail(
            "invalid-parameter", f"version {name or '(blank)'} of the mini program is unknown"
        )
    model = {
        "appId": call.mini_app_id,
        "version": version.build_version,
        "bundleId": version.bundle_id,
        "status": version.status,
        "packageUrl": version.package_url,
        "plugins": [dict(ref) for ref in version.plugin_refs],
    }
    return {
        "model_json": json.dumps(model, ensure_ascii=False, separators=(",", ":")),
        "sync_id": bundle.syncs.get(name, ""),
    }


def betainfo_query(call: Call) -> dict[str, Any]:
    plugin_id = call.required("plugin_id", "PLUGINID_IS_BLANK")
    plugin_version = call.required("plugin_version", "PACKAGE_VERSION_IS_BLANK")
    wanted = call.text("bundle_id")
    items = [
        b
        for b in call.platform.betas
        if b.plugin_id == plugin_id
        and b.plugin_version == plugin_version
        and (not wanted or b.bundle_id == wanted)
    ]
    states = {b.beta_status for b in items}
    status = next((s for s in ("WAITCHECK", "REJECT", "CHECKED") if s in states), None)
    return _present(
        {
            "plugin_beta_item_list": [
                _present(
                    {
                        "app_name": b.app_name,
                        "beta_status": b.beta_status,
                        "memo": b.memo,
                        "mini_app_id": b.mini_app_id,
                        "plugin_id": b.plugin_id,
                        "plugin_version": b.plugin_version,
                        "qr_code_url": f"https://emulator.invalid/beta/{b.plugin_id}/"
                        f"{b.plugin_version}/{b.mini_app_id}",
                    }
                )
                for b in items
            ],
            "status": status,
        }
    )


def beta_confirm(call: Call) -> dict[str, Any]:
    operate = call.text("operate").lower()
    if operate not in BETA_OPERATIONS:
        call.fail("invalid-parameter", "operate must be pass or reject")
    plugin_id = call.text("plugin_id")
    waiting = [
        b
        for b in call.platform.betas
        if b.plugin_id == plugin_id and b.mini_app_id == call.mini_app_id
    ]
    if not plugin_id or not waiting:
        call.fail(
            "PLUGIN_BETA_RELATION_NOT_EXIST",
            f"mini program {call.mini_app_id} is not invited to test plugin {plugin_id or '?'}",
        )
    beta = waiting[-1]
    beta.beta_status = BETA_OPERATIONS[operate]
    beta.memo = call.text("memo") or None
    return {}


HANDLERS: dict[str, Callable[[Call], dict[str, Any]]] = {
    "info.query": info_query,
    "last.query": last_query,
    "condition.batchquery": condition_batchquery,
    "instantiation.query": instantiation_query,
    "modelforoffline.query": modelforoffline_query,
    "betainfo.query": betainfo_query,
    "beta.confirm": beta_confirm,
}
