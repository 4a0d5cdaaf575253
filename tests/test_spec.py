"""openapi.yaml is a valid OpenAPI 3.0 document and says what api.md says."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from .conftest import ROOT

OPERATIONS = {
    ("post", "/v3/alipay/open/mini/innerversion/upload"): "alipay.open.mini.innerversion.upload",
    (
        "get",
        "/v3/alipay/open/mini/innerversion/uploadstatus/query",
    ): "alipay.open.mini.innerversion.uploadstatus.query",
    ("post", "/v3/alipay/open/mini/innerversion/online"): "alipay.open.mini.innerversion.online",
    ("post", "/v3/alipay/open/mini/innerversion/sync"): "alipay.open.mini.innerversion.sync",
    ("post", "/v3/alipay/open/mini/innerversion/upgrade"): "alipay.open.mini.innerversion.upgrade",
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return data


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def test_spec_is_valid_openapi_3_0() -> None:
    spec_dict, base_uri = read_from_filename(str(ROOT / "openapi.yaml"))
    validate(spec_dict, base_uri=base_uri)  # raises on any violation
    assert spec_dict["openapi"] == "3.0.3"


def test_servers_are_production_and_sandbox(spec: dict[str, Any]) -> None:
    urls = [s["url"] for s in spec["servers"]]
    assert urls == ["https://openapi.alipay.com", "https://openapi-sandbox.dl.alipaydev.com"]


def test_every_operation_has_alipay_id_tag_and_docs(spec: dict[str, Any]) -> None:
    found = {
        (method, path): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    assert found == OPERATIONS
    for (method, path), _ in OPERATIONS.items():
        op = spec["paths"][path][method]
        assert op["tags"] == ["alipay.open.mini.innerversion"]
        assert op["summary"]
        assert op["description"]


@pytest.mark.parametrize(("method", "path"), list(OPERATIONS))
def test_default_response_lists_operation_error_before_common(
    spec: dict[str, Any], method: str, path: str
) -> None:
    default = _resolve(spec, spec["paths"][path][method]["responses"]["default"])
    any_of = default["content"]["application/json"]["schema"]["anyOf"]
    refs = [branch["$ref"].rsplit("/", 1)[-1] for branch in any_of]
    assert len(refs) == 2
    assert refs[0].endswith("ErrorResponseModel")
    assert refs[1] == "CommonErrorType"
    model = spec["components"]["schemas"][refs[0]]
    assert model["properties"]["code"]["enum"], "per-operation code enum missing"
    links = model["properties"]["links"]
    assert links["type"] == "array"
    assert _resolve(spec, links["items"])["properties"].keys() == {"link", "desc"}


def test_error_code_enums_match_api_md(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    prefix = "AlipayOpenMiniInnerversion"
    upload = schemas[f"{prefix}UploadErrorResponseModel"]["properties"]["code"]["enum"]
    assert "APP_NOT_EXSIT" in upload  # Alipay's spelling, kept on purpose
    assert "MIN_CLIENT_VERSION_GREATER_THAN_" in upload
    assert "PLUGIN__NOT_ORDERED" in upload
    assert len(upload) == 19
    sync = schemas[f"{prefix}SyncErrorResponseModel"]["properties"]["code"]["enum"]
    assert len(sync) == 14
    status = schemas[f"{prefix}UploadstatusQueryErrorResponseModel"]["properties"]["code"]
    assert status["enum"] == ["SYSTEM_ERROR", "POLLING_BUILD_VERSION_NOT_EXIST"]
    common = schemas["CommonErrorType"]["properties"]["code"]["enum"]
    assert {"invalid-signature", "app-call-limited", "unknow-error"} <= set(common)
    assert len(common) == 16


def test_upload_model_uses_alipay_key_spelling(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"]["AlipayOpenMiniInnerversionUploadModel"]["properties"]
    assert "build_package_md_5" in props
    assert "build_package_md5" not in props
    assert len(props) == 26
    plugin = _resolve(spec, props["plugin_refs"]["items"])
    assert plugin["properties"]["lazy"]["type"] == "boolean"
