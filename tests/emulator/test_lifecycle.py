"""The release lifecycle over real HTTP, with hand-signed requests for every operation:
each transition, the reviewer and its options, rollback, and every refusal with its code."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from alipay_innerversion import InnerVersionClient, VersionStatus
from alipay_innerversion.emulator import Emulator

from ..conftest import Keys
from .support import MINI, Raw, mini_program_zip, upload_body

ORIGIN, BUNDLE, PID = "alipay_innerapp", "com.alipay.alipaywallet", "2088000000000001"
WHERE = {"mini_app_id": MINI, "bundle_id": BUNDLE, "app_origin": ORIGIN}
NOBUILD_WHERE = {"mini_app_id": MINI, "bundle_id": BUNDLE}  # nobuild/upload has no app_origin


def templated(api: Raw, version: str, **extra: Any) -> None:
    api.call("templated.upload", **WHERE, app_version=version, template_id="tpl-1", **extra)


def status(api: Raw, version: str) -> str:
    info = api.call("info.query", **WHERE, app_version=version)
    return str(info["status"])


def submit(api: Raw, version: str) -> None:
    api.call("audit.submit", **WHERE, app_version=version, version_desc="fixes")


def approved(api: Raw, version: str) -> None:
    """Submit and read until the default reviewer's approval shows."""
    submit(api, version)
    assert status(api, version) == "AUDITING"
    assert status(api, version) == "WAIT_RELEASE"


def publish(api: Raw, version: str) -> None:
    approved(api, version)
    api.call("online.publish", **WHERE, app_version=version)


def test_one_version_through_every_status(emu: Emulator, api: Raw) -> None:
    uploaded = api.call("upload", **upload_body("1.0.0", mini_program_zip()))
    api.refuse("info.query", "APP_INFO_NOT_EXIST", **WHERE, app_version="1.0.0")  # building
    for _ in range(2):
        api.call("uploadstatus.query", build_package_id=uploaded["package_id"])
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert (info["status"], info["build_source"], info["bundle_id"]) == ("INIT", "01", BUNDLE)
    assert info["create_time"]
    assert info["package_url"]

    submit(api, "1.0.0")
    assert status(api, "1.0.0") == "AUDITING"  # the first read after submit
    assert status(api, "1.0.0") == "WAIT_RELEASE"  # the reviewer approved
    api.call("gray.publish", **WHERE, app_version="1.0.0", gray_strategy="p10")
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert (info["status"], info["gray_strategy"]) == ("GRAY", "p10")
    assert info["gray_start_time"]
    api.call("gray.finish", **WHERE, app_version="1.0.0")
    assert status(api, "1.0.0") == "WAIT_RELEASE"
    api.call("gray.publish", **WHERE, app_version="1.0.0", gray_strategy="p50")
    api.call("online.publish", **WHERE, app_version="1.0.0", release_type="normal")
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert info["status"] == "RELEASE"
    assert info["shelf_time"]
    api.call("sync", **WHERE, app_version="1.0.0", sync_type="global")
    assert emu.mini_app(MINI).last_sync is not None
    api.call("offline.publish", **WHERE, app_version="1.0.0")
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert info["status"] == "OFFLINE"
    assert info["offline_time"]
    mini = emu.mini_app(MINI)
    assert mini.versions["1.0.0"].status == "OFFLINE"
    assert mini.online_version is None
    assert mini.bundles[BUNDLE].releases == ("1.0.0",)


def test_rejection_back_to_development_and_delete(emu: Emulator, api: Raw) -> None:
    templated(api, "1.0.0")
    emu.script_review("reject", "the name is too broad")
    submit(api, "1.0.0")
    assert status(api, "1.0.0") == "AUDITING"
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert (info["status"], info["reject_reason"]) == ("AUDIT_REJECT", "the name is too broad")
    api.refuse(
        "audit.submit",
        "CAN_NOT_SUBMIT_WITHOUT_INIT",
        **WHERE,
        app_version="1.0.0",
        version_desc="again",
    )
    api.call("backdev.publish", **WHERE, app_version="1.0.0")
    assert status(api, "1.0.0") == "INIT"
    approved(api, "1.0.0")  # the script is used up: back to approving
    api.call("backdev.publish", **WHERE, app_version="1.0.0")  # WAIT_RELEASE -> INIT too
    api.call("info.delete", **WHERE, app_version="1.0.0", pid=PID)
    assert "1.0.0" not in emu.mini_app(MINI).versions
    api.refuse("info.query", "APP_INFO_NOT_EXIST", **WHERE, app_version="1.0.0")


def test_reject_option_and_cancel(emu: Emulator, api: Raw) -> None:
    emu.review, emu.reject_reason = "reject", "logo unclear"
    templated(api, "1.0.0")
    submit(api, "1.0.0")
    api.refuse(
        "audit.submit",
        "CAN_NOT_SUBMIT_WITH_AUDIT",
        **WHERE,
        app_version="1.0.0",
        version_desc="twice",
    )
    api.call("audit.cancel", **WHERE, app_version="1.0.0")
    assert status(api, "1.0.0") == "INIT"
    api.refuse("audit.cancel", "TINYAPP_STATUS_INVALID", **WHERE, app_version="1.0.0")
    submit(api, "1.0.0")
    listed = api.call("last.query", **WHERE, pid=PID)
    assert (listed["app_version"], listed["status"]) == ("1.0.0", "AUDITING")
    listed = api.call("last.query", **WHERE, pid=PID)
    assert listed["status"] == "AUDIT_REJECT"
    assert emu.version(MINI, "1.0.0").reject_reason == "logo unclear"


def test_pending_reviews_wait_for_the_test(emu: Emulator, api: Raw) -> None:
    emu.review = "pending"
    templated(api, "1.0.0")
    templated(api, "1.0.1")
    submit(api, "1.0.0")
    submit(api, "1.0.1")
    for _ in range(3):
        assert status(api, "1.0.0") == "AUDITING"
    assert emu.pending_reviews() == [(MINI, BUNDLE, "1.0.0"), (MINI, BUNDLE, "1.0.1")]
    assert emu.version(MINI, "1.0.0").review_pending
    emu.decide_review(MINI, "1.0.0", "approve")
    emu.decide_review(MINI, "1.0.1", "reject", reason="crashes on start")
    assert status(api, "1.0.0") == "WAIT_RELEASE"
    assert api.call("info.query", **WHERE, app_version="1.0.1")["reject_reason"] == (
        "crashes on start"
    )
    with pytest.raises(ValueError, match="not in review"):
        emu.decide_review(MINI, "1.0.0", "approve")
    emu.reset()
    assert emu.review == "approve"  # reset restores the constructor's options


def test_gray_and_publish_refusals(emu: Emulator, api: Raw) -> None:
    templated(api, "1.0.0")
    api.refuse(
        "gray.publish",
        "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS",
        **WHERE,
        app_version="1.0.0",
        gray_strategy="p10",
    )
    api.refuse("gray.finish", "CAN_NOT_END_GRAY_WITHOUT_GRAY", **WHERE, app_version="1.0.0")
    api.refuse("online.publish", "CAN_NOT_ONLINE_WITHOUT_AUDIT", **WHERE, app_version="1.0.0")
    api.refuse("offline.publish", "MINI_APP_NOT_ONLINE", **WHERE, app_version="1.0.0")
    api.refuse("backdev.publish", "CAN_NOT_BACK_DEV_WITHOUT_AUDIT", **WHERE, app_version="1.0.0")
    approved(api, "1.0.0")
    api.refuse(
        "gray.publish", "PARAMS_VALID_ERROR", **WHERE, app_version="1.0.0", gray_strategy="p99"
    )
    api.refuse("info.delete", "CAN_NOT_DELETE_WITHOUT_DEV", **WHERE, app_version="1.0.0", pid=PID)
    emu.require_gray = True
    api.refuse("online.publish", "CAN_NOT_ONLINE_WITHOUT_GRAY", **WHERE, app_version="1.0.0")
    api.call("gray.publish", **WHERE, app_version="1.0.0", gray_strategy="p30")
    api.refuse(
        "gray.publish",
        "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS",
        **WHERE,
        app_version="1.0.0",
        gray_strategy="p50",
    )
    api.call("online.publish", **WHERE, app_version="1.0.0")
    api.call("online.publish", **WHERE, app_version="1.0.0")  # again: the same state
    assert emu.mini_app(MINI).online_version == "1.0.0"


def test_publish_replaces_and_rollback_restores(emu: Emulator, api: Raw) -> None:
    rollback = {**WHERE, "pid": PID}
    templated(api, "1.0.0")
    templated(api, "1.1.0")
    api.refuse("content.rollback", "unsupport-operation", **rollback)  # nothing released
    publish(api, "1.0.0")
    api.refuse("content.rollback", "unsupport-operation", **rollback)  # nothing earlier
    publish(api, "1.1.0")
    assert (status(api, "1.0.0"), status(api, "1.1.0")) == ("OFFLINE", "RELEASE")
    api.refuse("content.rollback", "invalid-parameter", **rollback, app_version="1.0.0")
    api.call("content.rollback", **rollback, app_version="1.1.0")
    old = api.call("info.query", **WHERE, app_version="1.0.0")
    new = api.call("info.query", **WHERE, app_version="1.1.0")
    assert (old["status"], new["status"]) == ("RELEASE", "WAIT_RELEASE")
    assert old["rollback_time"]
    assert new["rollback_time"]
    assert "offline_time" not in old
    api.call("sync", **WHERE, app_version="1.0.0", sync_type="recent")
    api.refuse(
        "sync", "SYNC_WITHOUT_ONLINE_ERROR", **WHERE, app_version="1.1.0", sync_type="global"
    )
    api.refuse("content.rollback", "unsupport-operation", **rollback)  # history used up
    api.call("online.publish", **WHERE, app_version="1.1.0")  # the rolled-back one again
    assert emu.mini_app(MINI).bundles[BUNDLE].releases == ("1.0.0", "1.1.0")


def test_legacy_online_moves_the_previous_release_offline(emu: Emulator, api: Raw) -> None:
    templated(api, "1.0.0")
    templated(api, "1.1.0")
    api.call("online", mini_app_id=MINI, app_online_version="1.0.0")  # no review needed
    api.call("online", mini_app_id=MINI, app_online_version="1.1.0")
    assert (status(api, "1.0.0"), status(api, "1.1.0")) == ("OFFLINE", "RELEASE")
    api.call("sync", **WHERE, app_version="1.1.0", sync_type="global")


def test_no_mini_app_id_means_the_calling_app(emu: Emulator, api: Raw, keys: Keys) -> None:
    api.call("templated.upload", app_version="1.0.0", template_id="tpl-1")
    info = api.call("info.query", app_version="1.0.0")
    assert (info["mini_app_id"], info["bundle_id"]) == (keys.app_id, BUNDLE)
    assert emu.mini_app(keys.app_id).versions["1.0.0"].status == "INIT"


@pytest.mark.parametrize(
    ("version", "extra", "code"),
    [
        ("1.0", {}, "INVALID_VERSION"),
        ("v1.0.0", {}, "INVALID_VERSION"),
        ("", {}, "APP_VERSION_IS_BLANK"),
        ("1.0.0", {"template_id": ""}, "TEMPLATE_ID_IS_BLANK"),
        ("2.0.0", {}, "VERSION_HAS_EXISTED"),
        ("1.9.9", {}, "LARGER_VERSION_HAS_EXISTED"),
        ("2.1.0", {"ext": "{not json"}, "INVALID_EXT_JSON"),
        ("2.1.0", {"ext": "[1]"}, "INVALID_EXT_JSON"),
    ],
)
def test_templated_upload_refusals(
    api: Raw, version: str, extra: dict[str, str], code: str
) -> None:
    templated(api, "2.0.0")
    fields = {**WHERE, "app_version": version, "template_id": "tpl-1", **extra}
    api.refuse("templated.upload", code, **fields)


def test_templates_and_instantiation(emu: Emulator, api: Raw) -> None:
    ext = json.dumps({"extEnable": True})
    templated(api, "1.0.0", template_version="0.0.3", ext=ext)
    got = api.call("instantiation.query", **WHERE, app_version="1.0.0")
    assert got == {
        "app_version": "1.0.0",
        "bundle_id": BUNDLE,
        "mini_app_id": MINI,
        "template_id": "tpl-1",
        "template_version": "0.0.3",
    }
    info = api.call("info.query", **WHERE, app_version="1.0.0")
    assert (info["build_source"], info["ext_json"]) == ("02", ext)
    emu.add_template("tpl-2", "1.0.0")
    api.refuse(
        "templated.upload",
        "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
        **WHERE,
        app_version="1.1.0",
        template_id="tpl-1",
    )
    api.refuse(
        "templated.upload",
        "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
        **WHERE,
        app_version="1.1.0",
        template_id="tpl-2",
        template_version="9.9.9",
    )
    api.call(
        "templated.upload",
        **WHERE,
        app_version="1.1.0",
        template_id="tpl-2",
        template_version="1.0.0",
    )
    api.call(
        "nobuild.upload",
        **NOBUILD_WHERE,
        build_version="1.2.0",
        builded_package_url="https://cdn.example.com/p.amr",
        builded_package_size="10",
    )
    api.refuse("instantiation.query", "SUB_APPLICATION_TYPE_ERROR", **WHERE, app_version="1.2.0")
    api.refuse("instantiation.query", "APP_INFO_NOT_EXIST", **WHERE, app_version="9.9.9")


def test_batchquery_lists_by_status_and_pages(api: Raw) -> None:
    for patch in range(12):
        templated(api, f"1.0.{patch}")
    submit(api, "1.0.11")
    query = {**WHERE, "version_status": "INIT,AUDITING"}
    first = api.call("condition.batchquery", **query, page_num="1", page_size="10")
    listed = first["mini_version_base_info_list"]
    assert len(listed) == 10
    assert listed[0] == {
        "app_version": "1.0.11",
        "build_source": "02",
        "bundle_id": BUNDLE,
        "mini_app_id": MINI,
        "status": "AUDITING",
    }
    second = api.call("condition.batchquery", **query, page_num="2", page_size="10")
    # the second read showed the approval of 1.0.11: it left the INIT,AUDITING list
    assert [v["app_version"] for v in second["mini_version_base_info_list"]] == ["1.0.0"]
    waiting = api.call("condition.batchquery", **WHERE, version_status="WAIT_RELEASE")
    assert [v["app_version"] for v in waiting["mini_version_base_info_list"]] == ["1.0.11"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"page_num": "0"}, "PAGE_NUM_LESS_ONE"),
        ({"page_num": "-1"}, "PAGE_NUM_LESS_ZERO"),
        ({"page_num": "one"}, "INVALID_PAGE_NUM"),
        ({"page_size": "11"}, "PAGE_SIZE_MORE_TEN"),
        ({"page_size": "-1"}, "PAGE_SIZE_LESS_ZERO"),
        ({"page_size": "0"}, "INVALID_PAGE_SIZE"),
        ({"page_size": "x"}, "INVALID_PAGE_SIZE"),
        ({"version_status": "INIT,DONE"}, "INVALID_VERSION_STATUS"),
        ({"version_status": " , "}, "VERSION_STATUS_LIST_IS_BLANK"),
        ({"app_origin": ""}, "APP_ORIGIN_IS_BLANK"),
        ({"bundle_id": None}, "BUNDLE_ID_IS_BLANK"),
    ],
)
def test_batchquery_refusals(api: Raw, changes: dict[str, str | None], code: str) -> None:
    fields: dict[str, Any] = {**WHERE, "version_status": "INIT", **changes}
    api.refuse("condition.batchquery", code, **{k: v for k, v in fields.items() if v is not None})


@pytest.mark.parametrize(
    ("operation", "fields", "code"),
    [
        ("audit.submit", {"version_desc": "x"}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("audit.submit", {"version_desc": ""}, "VERSION_DESC_IS_BLANK"),
        ("audit.cancel", {}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("backdev.publish", {}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("gray.publish", {"gray_strategy": "p10"}, "APP_VERSION_NOT_EXIST"),
        ("gray.finish", {}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("online.publish", {}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("online.publish", {"release_type": "fast"}, "invalid-parameter"),
        ("offline.publish", {}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("info.delete", {"pid": PID}, "MINI_APP_PACKAGE_INFO_NOT_EXIST"),
        ("info.delete", {}, "PID_IS_BLANK"),
        ("info.query", {}, "APP_INFO_NOT_EXIST"),
        ("package.create", {"package_type": "PRE_ONLINE"}, "MINI_APP_VERSION_NOT_EXIST"),
        ("package.create", {"package_type": "NIGHTLY"}, "PACKAGE_TYPE_NOT_EXIST"),
        ("modelforoffline.query", {}, "invalid-parameter"),
        ("sync", {"sync_type": "PUSH"}, "SYNC_TYPE_NOT_EXIST"),
        ("sync", {"sync_type": "global"}, "SYNC_WITHOUT_ONLINE_ERROR"),
        ("content.rollback", {"pid": ""}, "PID_IS_BLANK"),
        ("last.query", {"pid": PID, "app_origin": " "}, "APP_ORIGIN_IS_BLANK"),
    ],
)
def test_unknown_versions_and_blank_fields(
    api: Raw, operation: str, fields: dict[str, str], code: str
) -> None:
    templated(api, "1.0.0")  # the mini program exists; version 9.9.9 does not
    version = {} if operation == "last.query" else {"app_version": "9.9.9"}  # it takes none
    api.refuse(operation, code, **{**WHERE, **version, **fields})


@pytest.mark.parametrize(
    ("operation", "field", "code"),
    [
        ("audit.submit", "app_version", "APP_VERSION_IS_BLANK"),
        ("audit.cancel", "app_version", "VERSION_IS_BLANK"),
        ("gray.publish", "app_version", "PARAMS_VALID_ERROR"),
        ("info.delete", "app_version", "PACKAGE_VERSION_IS_BLANK"),
        ("info.delete", "bundle_id", "BUNDLE_ID_IS_BLANK"),
        ("instantiation.query", "app_version", "MINI_APP_VERSION_IS_BLANK"),
        ("package.create", "app_origin", "APP_ORIGIN_IS_BLANK"),
        ("sync", "app_origin", "APP_ORIGIN_IS_BLANK"),
        ("sync", "sync_type", "SYNC_TYPE_IS_BLANK"),
        ("content.rollback", "bundle_id", "BUNDLE_ID_IS_BLANK"),
        ("last.query", "pid", "PID_IS_BLANK"),
        ("betainfo.query", "plugin_id", "PLUGINID_IS_BLANK"),
        ("betainfo.query", "plugin_version", "PACKAGE_VERSION_IS_BLANK"),
    ],
)
def test_blank_required_fields(api: Raw, operation: str, field: str, code: str) -> None:
    fields = {
        **WHERE,
        "app_version": "1.0.0",
        "version_desc": "d",
        "gray_strategy": "p10",
        "pid": PID,
        "sync_type": "global",
        "package_type": "PRE_ONLINE",
        "plugin_id": "2021000000000009",
        "plugin_version": "1.0.0",
    }
    fields[field] = ""
    allowed = set(emu_fields(operation))
    api.refuse(operation, code, **{k: v for k, v in fields.items() if k in allowed})


def emu_fields(operation: str) -> list[str]:
    from alipay_innerversion.emulator.spec import OPERATIONS

    return list(OPERATIONS[operation].fields)


def test_package_create_and_offline_model(emu: Emulator, api: Raw) -> None:
    templated(api, "1.0.0")
    api.call(
        "nobuild.upload",
        **NOBUILD_WHERE,
        build_version="1.1.0",
        builded_package_url="https://cdn.example.com/p.amr",
        builded_package_size="10",
    )
    pack = {**WHERE, "package_type": "PRE_ONLINE"}
    api.refuse("package.create", "APP_IS_BUILD_BY_TEMPLATE", **pack, app_version="1.0.0")
    api.call("package.create", **pack, app_version="1.1.0")
    api.call("package.create", **{**pack, "package_type": "COVERAGE"}, app_version="1.1.0")
    assert emu.version(MINI, "1.1.0").packages == ("PRE_ONLINE", "COVERAGE")
    api.refuse(
        "package.create",
        "NOT_CREATE_COVERAGE_NOT_ALIPAY",
        **{**pack, "bundle_id": "com.amap.app", "package_type": "COVERAGE"},
        app_version="1.1.0",
    )
    publish(api, "1.1.0")
    api.refuse("package.create", "MINI_APP_VERSION_NOT_INIT", **pack, app_version="1.1.0")
    api.call("sync", **WHERE, app_version="1.1.0", sync_type="global")
    model = api.call("modelforoffline.query", mini_app_id=MINI, bundle_id=BUNDLE)
    assert json.loads(model["model_json"])["version"] == "1.1.0"
    assert model["sync_id"] == emu.mini_app(MINI).last_sync["sync_id"]  # type: ignore[index]


def test_nobuild_upload_refusals(api: Raw) -> None:
    good = {
        **NOBUILD_WHERE,
        "build_version": "1.0.0",
        "builded_package_url": "https://cdn.example.com/p.amr",
        "builded_package_size": "10",
    }
    api.refuse("nobuild.upload", "PACKAGE_URL_IS_BLANK", **{**good, "builded_package_url": ""})
    api.refuse("nobuild.upload", "PACKAGE_SIZE_IS_BLANK", **{**good, "builded_package_size": ""})
    api.refuse(
        "nobuild.upload",
        "SUB_PACKAGE_PARAM_EXIST_EMPTY",
        **good,
        sub_packages=[{"path": "", "type": "SUB"}],
    )
    api.refuse("nobuild.upload", "PACKAGE_VERSION_IS_BLANK", **{**good, "build_version": ""})
    api.refuse("nobuild.upload", "invalid-parameter", **{**good, "no_sign": "yes"})
    api.call("nobuild.upload", **good)
    api.refuse("nobuild.upload", "BUILD_VERSION_ALREADY_EXIST", **good)


def test_plugin_betas(emu: Emulator, api: Raw, keys: Keys) -> None:
    plugin = "2021000000000009"
    templated(api, "1.0.0")
    approved(api, "1.0.0")
    api.call(
        "gray.publish",
        **WHERE,
        app_version="1.0.0",
        gray_strategy="p10",
        beta_app_id_list=[keys.app_id],
    )
    emu.invite_beta(plugin, "0.0.1", keys.app_id, app_name="demo")
    info = api.call("betainfo.query", plugin_id=plugin, plugin_version="0.0.1")
    assert info["status"] == "WAITCHECK"
    assert info["plugin_beta_item_list"][0]["app_name"] == "demo"
    api.refuse("beta.confirm", "PLUGIN_BETA_RELATION_NOT_EXIST", plugin_id="nope", operate="pass")
    api.refuse("beta.confirm", "invalid-parameter", plugin_id=plugin, operate="maybe")
    api.call("beta.confirm", plugin_id=plugin, operate="reject", memo="breaks checkout")
    item = api.call("betainfo.query", plugin_id=plugin, plugin_version="0.0.1")
    assert (item["status"], item["plugin_beta_item_list"][0]["memo"]) == (
        "REJECT",
        "breaks checkout",
    )
    api.call("beta.confirm", plugin_id=MINI, operate="pass")  # invited by the gray release
    assert {b["beta_status"] for b in emu.beta_relations()} == {"REJECT", "CHECKED"}


@pytest.mark.anyio
async def test_lifecycle_async(emu: Emulator, api: Raw) -> None:
    async with httpx.AsyncClient(base_url=emu.base_url) as client:
        await api.asend(client, "templated.upload", **WHERE, app_version="3.0.0", template_id="t")
        await api.asend(client, "audit.submit", **WHERE, app_version="3.0.0", version_desc="d")
        seen = [
            (await api.asend(client, "info.query", **WHERE, app_version="3.0.0"))["status"]
            for _ in range(2)
        ]
        assert seen == ["AUDITING", "WAIT_RELEASE"]
        await api.asend(client, "gray.publish", **WHERE, app_version="3.0.0", gray_strategy="p10")
        await api.asend(client, "online.publish", **WHERE, app_version="3.0.0")
        await api.asend(client, "sync", **WHERE, app_version="3.0.0", sync_type="global")
        await api.asend(client, "offline.publish", **WHERE, app_version="3.0.0")
    assert emu.version(MINI, "3.0.0").status == "OFFLINE"


def test_a_held_review_is_decided_over_http_by_another_process(keys: Keys) -> None:
    """`--review pending` in a separate emulator process: its control routes decide."""
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        review="pending",
    ) as emu:
        where = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "ctl"}
        with InnerVersionClient(emu.client_config()) as client:
            client.templated_upload(app_version="1.0.0", template_id="t", **where)
            client.audit_submit(app_version="1.0.0", version_desc="x", **where)
            for _ in range(3):
                info = client.info_query(app_version="1.0.0", **where)
                assert VersionStatus.parse(info.status) is VersionStatus.AUDITING
            control = f"{emu.base_url}/__emulator__/reviews"
            pending = httpx.get(control).json()["pending"]
            assert pending == [
                {
                    "mini_app_id": keys.app_id,
                    "bundle_id": "com.alipay.alipaywallet",
                    "app_version": "1.0.0",
                }
            ]
            decided = httpx.post(
                f"{control}/decide",
                json={
                    "mini_app_id": keys.app_id,
                    "app_version": "1.0.0",
                    "decision": "reject",
                    "reason": "blurry",
                },
            )
            assert decided.status_code == 200, decided.text
            info = client.info_query(app_version="1.0.0", **where)
            assert (info.status, info.reject_reason) == ("AUDIT_REJECT", "blurry")
            again = httpx.post(
                f"{control}/decide", json={"mini_app_id": keys.app_id, "app_version": "1.0.0"}
            )
            assert again.status_code == 409
            assert "not in review" in again.json()["error"]
            assert httpx.post(f"{control}/decide", json={"app_version": "1"}).status_code == 400


def test_last_query_shows_the_app_as_last_submitted(api: Raw) -> None:
    """The app's name, description, logo, phone and categories given with audit.submit
    (the spec's fields, not a list kept in the emulator) are what last.query answers."""
    templated(api, "1.0.0")
    api.call(
        "audit.submit",
        **WHERE,
        app_version="1.0.0",
        version_desc="fixes",
        app_name="Demo",
        app_english_name="Demo EN",
        app_desc="A demo app",
        app_slogan="Try it",
        app_logo="https://example.com/logo.png",
        service_phone="13800000000",
        mini_category_ids="XS1001_XS2001",
    )
    last = api.call("last.query", bundle_id=BUNDLE, app_origin=ORIGIN, pid=PID, mini_app_id=MINI)
    assert {k: last.get(k) for k in ("app_name", "english_name", "app_desc", "slogan")} == {
        "app_name": "Demo",
        "english_name": "Demo EN",
        "app_desc": "A demo app",
        "slogan": "Try it",
    }
    assert (last["logo_url"], last["service_phone"], last["category_ids"]) == (
        "https://example.com/logo.png",
        "13800000000",
        "XS1001_XS2001",
    )
