"""tools/spec_drift.py: structural drift between Alipay's description and openapi.yaml."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import spec_drift

from ..conftest import FIXTURES, ROOT

UPSTREAM_FIXTURE = FIXTURES / "upstream-structure.yaml"
REAL_UPSTREAM = ROOT.parent / "shared" / "reference" / "alipay-openapi-innerversion.yaml"
PREFIX = "AlipayOpenMiniInnerversion"


@pytest.fixture(scope="module")
def upstream_doc() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(UPSTREAM_FIXTURE.read_text(encoding="utf-8"))
    return data


def _run(
    tmp_path: Path, doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str]]:
    path = tmp_path / "upstream.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    code = spec_drift.main([str(path)])
    lines = capsys.readouterr().out.splitlines()
    return code, lines


def _drift(lines: list[str]) -> list[str]:
    return [line.removeprefix("DRIFT    ") for line in lines if line.startswith("DRIFT ")]


def test_fixture_has_no_prose() -> None:
    text = UPSTREAM_FIXTURE.read_text(encoding="utf-8")
    assert text.isascii()  # Alipay's prose is Chinese; names, types and codes are ASCII
    doc = yaml.safe_load(text)

    def keywords(node: Any, names: bool = False) -> set[str]:
        if isinstance(node, dict):
            found = set() if names else set(node)
            for key, value in node.items():
                found |= keywords(value, names=(key == "properties" and not names))
            return found
        if isinstance(node, list):
            return set().union(*(keywords(v) for v in node)) if node else set()
        return set()

    found = keywords(doc["paths"]) | keywords(doc["components"])
    assert not found & {"summary", "example", "examples", "title", "tags"}
    assert "description" not in keywords(doc["components"])


def test_fixture_matches_our_spec_up_to_intended_differences(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = _run(tmp_path, upstream_doc, capsys)
    assert _drift(lines) == []
    assert code == 0
    assert lines[-1].startswith("spec-drift: 23 upstream operations, 24 ours;")
    assert lines[-1].endswith(" 0 not")
    assert any("operation-removed alipay.open.mini.innerversion.upgrade" in line for line in lines)


@pytest.mark.skipif(not REAL_UPSTREAM.exists(), reason="Alipay's description is not checked out")
def test_real_upstream_file_has_only_intended_differences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = spec_drift.main([str(REAL_UPSTREAM)])
    lines = capsys.readouterr().out.splitlines()
    assert _drift(lines) == []
    assert code == 0


def test_structure_sees_every_kind_of_fact() -> None:
    ours = spec_drift.load_structure(ROOT / "openapi.yaml")
    upload = ours.operations["alipay.open.mini.innerversion.upload"]
    assert (upload.method, upload.path) == ("post", "/v3/alipay/open/mini/innerversion/upload")
    assert upload.fields["request.plugin_refs"] == "array"
    assert upload.fields["request.plugin_refs[]"] == "object<MiniAppPluginReference>"
    assert upload.fields["request.plugin_refs[].lazy"] == "boolean"
    assert upload.models == {
        "request": f"{PREFIX}UploadModel",
        "response": f"{PREFIX}UploadResponseModel",
        "error": f"{PREFIX}UploadErrorResponseModel",
    }
    assert "APP_NOT_EXSIT" in upload.error_codes
    status = ours.operations["alipay.open.mini.innerversion.uploadstatus.query"]
    assert status.params["query:build_package_id"] == "string"
    assert status.error_codes == {"SYSTEM_ERROR", "POLLING_BUILD_VERSION_NOT_EXIST"}
    assert ours.common_error_fields["links"] == "array|string"
    assert "invalid-timestamp" in ours.common_error_codes


def test_removed_field_is_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    del schemas[f"{PREFIX}UploadModel"]["properties"]["build_sub_url"]
    del schemas["MiniAppPluginReference"]["properties"]["plugin_lazy"]
    code, lines = _run(tmp_path, doc, capsys)
    assert code == 1
    assert _drift(lines) == [
        "field-removed alipay.open.mini.innerversion.nobuild.upload"
        " request.plugin_refs[].plugin_lazy (boolean)",
        "field-removed alipay.open.mini.innerversion.upload request.build_sub_url (string)",
        "field-removed alipay.open.mini.innerversion.upload"
        " request.plugin_refs[].plugin_lazy (boolean)",
    ]


def test_new_operation_and_parameter_are_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    paths = doc["paths"]
    new_op = copy.deepcopy(paths["/v3/alipay/open/mini/innerversion/info/query"]["get"])
    new_op["operationId"] = "alipay.open.mini.innerversion.history.query"
    paths["/v3/alipay/open/mini/innerversion/history/query"] = {"get": new_op}
    paths["/v3/alipay/open/mini/other/thing"] = {"get": copy.deepcopy(new_op)}  # outside
    info = paths["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    info["parameters"].append({"name": "inst_code", "in": "query", "schema": {"type": "string"}})
    code, lines = _run(tmp_path, doc, capsys)
    assert code == 1
    assert _drift(lines) == [
        "operation-added alipay.open.mini.innerversion.history.query"
        " (GET /v3/alipay/open/mini/innerversion/history/query)",
        "param-added alipay.open.mini.innerversion.info.query query:inst_code (string)",
    ]


def test_retyped_field_is_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}OnlinePublishModel"]["properties"]["downgrade"] = {"type": "string"}
    schemas[f"{PREFIX}InfoQueryResponseModel"]["properties"]["plugin_refs"]["items"] = {
        "$ref": "#/components/schemas/MiniAppPluginReference"
    }
    code, lines = _run(tmp_path, doc, capsys)
    assert code == 1
    drift = _drift(lines)
    assert (
        "field-retyped alipay.open.mini.innerversion.online.publish request.downgrade"
        " boolean -> string"
    ) in drift
    assert (
        "field-retyped alipay.open.mini.innerversion.info.query response.plugin_refs[]"
        " object<MiniAppPluginInfo> -> object<MiniAppPluginReference>"
    ) in drift
    assert all(line.startswith("field-") for line in drift)


def test_new_error_code_is_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}SyncErrorResponseModel"]["properties"]["code"]["enum"].append(
        "SYNC_TOO_OFTEN"
    )
    schemas["CommonErrorType"]["properties"]["code"]["enum"].remove("invalid-timestamp")
    code, lines = _run(tmp_path, doc, capsys)
    assert code == 1
    assert _drift(lines) == [
        "code-added alipay.open.mini.innerversion.sync SYNC_TOO_OFTEN",
        "code-removed CommonErrorType invalid-timestamp",
    ]


def test_moved_operation_and_renamed_model_are_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    paths = doc["paths"]
    item = paths.pop("/v3/alipay/open/mini/innerversion/info/delete")
    paths["/v3/alipay/open/mini/innerversion/info/delete"] = {"post": item["delete"]}
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}GrayFinishRequest"] = schemas.pop(f"{PREFIX}GrayFinishModel")
    body = paths["/v3/alipay/open/mini/innerversion/gray/finish"]["post"]["requestBody"]
    body["content"]["application/json"]["schema"]["$ref"] = (
        f"#/components/schemas/{PREFIX}GrayFinishRequest"
    )
    code, lines = _run(tmp_path, doc, capsys)
    assert code == 1
    assert _drift(lines) == [
        "model-renamed alipay.open.mini.innerversion.gray.finish request"
        f" {PREFIX}GrayFinishModel -> {PREFIX}GrayFinishRequest",
        "operation-moved alipay.open.mini.innerversion.info.delete"
        " DELETE /v3/alipay/open/mini/innerversion/info/delete"
        " -> POST /v3/alipay/open/mini/innerversion/info/delete",
    ]


def test_allow_list_entries_need_a_reason_and_unlisted_differences_fail(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = tmp_path / "upstream.yaml"
    upstream.write_text(yaml.safe_dump(upstream_doc), encoding="utf-8")
    empty = tmp_path / "allow.yaml"
    empty.write_text("intended: []\n", encoding="utf-8")
    assert spec_drift.main([str(upstream), "--allow", str(empty)]) == 1
    assert any(
        line.startswith("DRIFT    operation-removed alipay.open.mini.innerversion.upgrade")
        for line in capsys.readouterr().out.splitlines()
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("intended:\n  - match: '*'\n", encoding="utf-8")
    assert spec_drift.main([str(upstream), "--allow", str(bad)]) == 2
    entries = spec_drift.load_allow_list(spec_drift.DEFAULT_ALLOW)
    assert entries
    assert all(entry.reason.strip() for entry in entries)


def test_unrelated_document_is_an_input_error(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("openapi: 3.0.3\npaths: {}\n", encoding="utf-8")
    assert spec_drift.main([str(other)]) == 2
