"""The generated client imports, and its models speak the JSON that api.md documents."""

from __future__ import annotations

import importlib
import json

import httpx
import pytest

import alipay_innerversion_api
from alipay_innerversion_api import models as m
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_info_delete as delete_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_instantiation_query as instantiation_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_online as online_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_templated_upload as templated_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_uploadstatus_query as status_api,
)
from tools.spec_report import load_structure

from ..conftest import ROOT

UPLOAD_KEYS = {
    "app_origin",
    "build_app_type",
    "build_extra_info",
    "build_extra_mini_project_config",
    "build_js_permission",
    "build_main_url",
    "build_max_android_client_version",
    "build_max_ios_client_version",
    "build_min_android_client_version",
    "build_min_ios_client_version",
    "build_package_md_5",
    "build_package_name",
    "build_package_stream",
    "build_qcloud_info",
    "build_signed_pkg_url",
    "build_source_pkg_size",
    "build_source_pkg_url",
    "build_sub_url",
    "build_version",
    "builded_package_size",
    "builded_package_url",
    "bundle_id",
    "client_type",
    "inst_code",
    "mini_app_id",
    "plugin_refs",
}


@pytest.mark.parametrize(
    "module",
    sorted(op_id.replace(".", "_") for op_id in load_structure(ROOT / "openapi.yaml").operations),
)
def test_every_operation_module_exposes_sync_and_async(module: str) -> None:
    mod = importlib.import_module(
        f"alipay_innerversion_api.api.alipay_open_mini_innerversion.{module}"
    )
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(mod, name))
    assert alipay_innerversion_api.Client is not None


def test_upload_model_serialises_every_documented_key() -> None:
    plugin = m.MiniAppPluginReference(
        plugin_id="p1", plugin_version="*", lazy=True, plugin_lazy=False
    )
    kwargs: dict[str, object] = {key: f"v-{key}" for key in UPLOAD_KEYS - {"plugin_refs"}}
    model = m.AlipayOpenMiniInnerversionUploadModel(plugin_refs=[plugin], **kwargs)  # type: ignore[arg-type]
    data = model.to_dict()
    assert set(data) == UPLOAD_KEYS
    assert data["build_package_md_5"] == "v-build_package_md_5"
    assert data["plugin_refs"] == [
        {"plugin_id": "p1", "plugin_version": "*", "lazy": True, "plugin_lazy": False}
    ]


def test_unset_fields_are_not_sent() -> None:
    model = m.AlipayOpenMiniInnerversionUpgradeModel(
        mini_app_id="2021000000000002", template_id="2021000000000099", template_version="1.2.3"
    )
    assert model.to_dict() == {
        "mini_app_id": "2021000000000002",
        "template_id": "2021000000000099",
        "template_version": "1.2.3",
    }


@pytest.mark.parametrize(
    ("cls", "keys"),
    [
        (
            m.AlipayOpenMiniInnerversionOnlineModel,
            {
                "app_online_version",
                "app_offline_version",
                "app_origin",
                "bundle_id",
                "inst_code",
                "mini_app_id",
            },
        ),
        (
            m.AlipayOpenMiniInnerversionSyncModel,
            {"app_origin", "app_version", "bundle_id", "dev_id", "mini_app_id", "sync_type"},
        ),
        (
            m.AlipayOpenMiniInnerversionUpgradeModel,
            {"app_origin", "bundle_id", "mini_app_id", "template_id", "template_version"},
        ),
    ],
)
def test_request_models_serialise_to_api_md_keys(cls: type, keys: set[str]) -> None:
    model = cls(**{key: "x" for key in keys})
    assert set(model.to_dict()) == keys


def test_response_model_keeps_unknown_fields() -> None:
    sample = {
        "build_status": "2",
        "need_rotation": "false",
        "version_created": "true",
        "log_url": "https://cdn.example.com/log",
        "field_alipay_added_later": {"nested": 1},
    }
    parsed = m.AlipayOpenMiniInnerversionUploadstatusQueryResponseModel.from_dict(sample)
    assert parsed.build_status == "2"
    assert parsed.need_rotation == "false"
    assert parsed.log_url == "https://cdn.example.com/log"
    assert parsed.additional_properties == {"field_alipay_added_later": {"nested": 1}}
    assert parsed.to_dict() == sample


def test_empty_200_models_have_proper_names_and_accept_extras() -> None:
    for cls in (
        m.AlipayOpenMiniInnerversionOnlineResponseModel,
        m.AlipayOpenMiniInnerversionSyncResponseModel,
        m.AlipayOpenMiniInnerversionUpgradeResponseModel,
        m.AlipayOpenMiniInnerversionAuditSubmitResponseModel,
        m.AlipayOpenMiniInnerversionTemplatedUploadResponseModel,
    ):
        parsed = cls.from_dict({"something_new": "1"})
        assert parsed.additional_properties == {"something_new": "1"}


def test_generated_operation_sends_documented_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    client = alipay_innerversion_api.Client(base_url="https://openapi.alipay.com")
    client.set_httpx_client(
        httpx.Client(base_url="https://openapi.alipay.com", transport=httpx.MockTransport(handler))
    )
    body = m.AlipayOpenMiniInnerversionOnlineModel(mini_app_id="2021", app_online_version="1.0.2")
    result = online_api.sync(client=client, body=body)
    assert isinstance(result, m.AlipayOpenMiniInnerversionOnlineResponseModel)
    assert seen[0].method == "POST"
    assert seen[0].url.path == "/v3/alipay/open/mini/innerversion/online"
    assert json.loads(seen[0].content) == {"mini_app_id": "2021", "app_online_version": "1.0.2"}

    status_api.sync(client=client, build_package_id="20240001", bundle_id="com.alipay.alipaywallet")
    assert seen[1].method == "GET"
    assert dict(seen[1].url.params) == {
        "build_package_id": "20240001",
        "bundle_id": "com.alipay.alipaywallet",
    }


def test_new_operations_send_alipays_keys() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"template_id": "2021000000000099", "extra": "1"})

    client = alipay_innerversion_api.Client(base_url="https://openapi.alipay.com")
    client.set_httpx_client(
        httpx.Client(base_url="https://openapi.alipay.com", transport=httpx.MockTransport(handler))
    )
    body = m.AlipayOpenMiniInnerversionTemplatedUploadModel(
        app_version="1.0.1", template_id="2021000000000099", ext='{"extEnable":true}'
    )
    templated_api.sync(client=client, body=body)
    assert seen[0].url.path == "/v3/alipay/open/mini/innerversion/templated/upload"
    assert json.loads(seen[0].content) == {
        "app_version": "1.0.1",
        "template_id": "2021000000000099",
        "ext": '{"extEnable":true}',
    }
    parsed = instantiation_api.sync(
        client=client, app_version="1.0.1", bundle_id="com.alipay.alipaywallet"
    )
    assert isinstance(parsed, m.AlipayOpenMiniInnerversionInstantiationQueryResponseModel)
    assert parsed.template_id == "2021000000000099"
    assert parsed.additional_properties == {"extra": "1"}
    assert seen[1].method == "GET"
    assert dict(seen[1].url.params) == {
        "app_version": "1.0.1",
        "bundle_id": "com.alipay.alipaywallet",
    }

    delete_api.sync(
        client=client, app_version="1.0.1", bundle_id="com.alipay.alipaywallet", pid="2088"
    )
    assert seen[2].method == "DELETE"
    assert seen[2].url.path == "/v3/alipay/open/mini/innerversion/info/delete"


def test_nested_models_round_trip() -> None:
    sample = {
        "mini_version_base_info_list": [
            {"app_version": "0.0.5", "status": "GRAY", "gray_strategy": "p10"},
        ]
    }
    parsed = m.AlipayOpenMiniInnerversionConditionBatchqueryResponseModel.from_dict(sample)
    assert not isinstance(parsed.mini_version_base_info_list, alipay_innerversion_api.types.Unset)
    assert parsed.mini_version_base_info_list[0].status == "GRAY"
    assert parsed.to_dict() == sample
