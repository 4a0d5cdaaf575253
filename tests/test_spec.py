"""openapi.yaml is a valid OpenAPI 3.0 document that follows Alipay's structure.

The operation list is not kept by hand here: it is the structure report's view of openapi.yaml
compared with its view of Alipay's description as the committed digest holds it
(:func:`tests.upstream.alipay_shaped`), plus our deprecated ``upgrade``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tools.spec_report import Structure, load_structure, structure_from_document

from .conftest import ROOT
from .upstream import alipay_shaped

TAG = "alipay.open.mini.innerversion"
UPGRADE = "alipay.open.mini.innerversion.upgrade"
PREFIX = "AlipayOpenMiniInnerversion"
# The operations this spec started with keep their earlier (looser) constraints.

# Field -> the codes by which an operation says it is blank (Alipay's names vary).
BLANK_CODES = {
    "app_version": (
        "APP_VERSION_IS_BLANK",
        "VERSION_IS_BLANK",
        "PACKAGE_VERSION_IS_BLANK",
        "MINI_APP_VERSION_IS_BLANK",
    ),
    "build_version": ("PACKAGE_VERSION_IS_BLANK",),
    "plugin_version": ("PACKAGE_VERSION_IS_BLANK",),
    "plugin_id": ("PLUGINID_IS_BLANK",),
    "version_status": ("VERSION_STATUS_LIST_IS_BLANK",),
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def ours() -> Structure:
    return load_structure(ROOT / "openapi.yaml")


@pytest.fixture(scope="module")
def upstream() -> Structure:
    return structure_from_document(alipay_shaped())


@pytest.fixture(scope="module")
def upstream_doc() -> dict[str, Any]:
    return alipay_shaped()


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _ops(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op) for path, item in spec["paths"].items() for method, op in item.items()
    ]


def test_spec_is_valid_openapi_3_0() -> None:
    spec_dict, base_uri = read_from_filename(str(ROOT / "openapi.yaml"))
    validate(spec_dict, base_uri=base_uri)  # raises on any violation
    assert spec_dict["openapi"] == "3.0.3"


def test_servers_are_production_and_both_sandbox_hosts(spec: dict[str, Any]) -> None:
    urls = [s["url"] for s in spec["servers"]]
    assert urls == [
        "https://openapi.alipay.com",
        "https://openapi-sandbox.dl.alipaydev.com",
        "http://openapi.sandbox.dl.alipaydev.com",
    ]
    assert all(s["description"] for s in spec["servers"])


def test_operations_are_alipays_plus_deprecated_upgrade(
    ours: Structure, upstream: Structure
) -> None:
    assert upstream.operations  # however many Alipay describes: no count kept by hand
    expected = {op_id: (op.method, op.path) for op_id, op in upstream.operations.items()}
    expected[UPGRADE] = ("post", "/v3/alipay/open/mini/innerversion/upgrade")
    assert {op_id: (op.method, op.path) for op_id, op in ours.operations.items()} == expected
    assert {op.method for op in ours.operations.values()} == {"get", "post", "delete"}


def test_shared_operations_have_alipays_structure(ours: Structure, upstream: Structure) -> None:
    for op_id, theirs in upstream.operations.items():
        mine = ours.operations[op_id]
        assert mine.params == theirs.params, op_id
        assert mine.models == theirs.models, op_id
        assert mine.error_codes == theirs.error_codes, op_id
        links_free = {k: v for k, v in mine.fields.items() if not k.startswith("error.links")}
        assert links_free == {
            k: v for k, v in theirs.fields.items() if not k.startswith("error.links")
        }, op_id
    assert ours.common_error_codes == upstream.common_error_codes


def test_every_operation_has_one_tag_and_our_own_docs(spec: dict[str, Any]) -> None:
    for method, path, op in _ops(spec):
        assert op["tags"] == [TAG], (method, path)
        assert op["summary"]
        assert op["description"]
        text = op["summary"] + op["description"]
        assert text.isascii(), f"{op['operationId']}: descriptions are ours, in English"
        assert op.get("deprecated", False) is (op["operationId"] == UPGRADE)
    upgrade = spec["paths"]["/v3/alipay/open/mini/innerversion/upgrade"]["post"]
    assert "templated/upload" in upgrade["description"]
    assert "instantiation/query" in upgrade["description"]


def test_the_whole_spec_is_english(spec: dict[str, Any]) -> None:
    assert (ROOT / "openapi.yaml").read_text(encoding="utf-8").isascii()


def test_default_response_is_common_or_operation_error(spec: dict[str, Any]) -> None:
    for _method, _path, op in _ops(spec):
        default = _resolve(spec, op["responses"]["default"])
        assert "alipay-trace-id" in default["headers"]
        schema = _resolve(spec, default["content"]["application/json"]["schema"])
        refs = [branch["$ref"].rsplit("/", 1)[-1] for branch in schema["anyOf"]]
        name = "".join(w.capitalize() for w in op["operationId"].split(".")[4:])
        assert refs == ["CommonErrorType", f"{PREFIX}{name}ErrorResponseModel"]


def _error_models(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemas = spec["components"]["schemas"]
    return {
        name: model
        for name, model in schemas.items()
        if name == "CommonErrorType" or name.endswith("ErrorResponseModel")
    }


def test_error_models_never_fail_to_parse(spec: dict[str, Any], ours: Structure) -> None:
    models = _error_models(spec)
    own = {op.models["error"] for op in ours.operations.values() if "error" in op.models}
    assert len(own) > 1  # no count kept by hand: every operation's own error model
    assert set(models) == {"CommonErrorType"} | own
    for name, model in models.items():
        assert model["required"] == ["code", "message"], name
        code = model["properties"]["code"]
        assert code["type"] == "string"
        assert "enum" not in code, f"{name}: code must stay an open string"
        assert code["x-known-codes"], name
        assert model["properties"]["message"] == {
            "type": "string",
            "description": "Human-readable message.",
        }
        links = model["properties"]["links"]
        kinds = {branch.get("type") for branch in links["oneOf"]}
        assert kinds == {"string", "array"}
        array = next(b for b in links["oneOf"] if b["type"] == "array")
        assert _resolve(spec, array["items"])["properties"].keys() == {"link", "desc"}


def test_known_codes_are_alipays_enums(spec: dict[str, Any], upstream_doc: dict[str, Any]) -> None:
    theirs = upstream_doc["components"]["schemas"]
    for name, model in _error_models(spec).items():
        known = model["properties"]["code"]["x-known-codes"]
        if name == f"{PREFIX}UpgradeErrorResponseModel":
            assert "TEMPLATE_VERSION_NOT_EXIST" in known
            continue
        assert known == theirs[name]["properties"]["code"]["enum"], name
    upload = spec["components"]["schemas"][f"{PREFIX}UploadErrorResponseModel"]
    assert "APP_NOT_EXSIT" in upload["properties"]["code"]["x-known-codes"]  # Alipay's spelling


def test_required_fields_follow_the_operations_own_error_codes(
    spec: dict[str, Any], ours: Structure
) -> None:
    """A field is required only when an ``*_IS_BLANK``-style code says the server needs it."""
    schemas = spec["components"]["schemas"]
    for op_id, op in ours.operations.items():
        item = spec["paths"][op.path][op.method]
        required = [p["name"] for p in item.get("parameters", []) if p.get("required")]
        if "request" in op.models:
            required += schemas[op.models["request"]].get("required", [])
        if op_id == UPGRADE:  # ours, from the seed API page: it cannot work without them
            assert required == ["template_id", "template_version"], op_id
            continue
        assert "mini_app_id" not in required, op_id
        for name in required:
            codes = BLANK_CODES.get(name, (f"{name.upper()}_IS_BLANK",))
            assert set(codes) & op.error_codes, (op_id, name)


VERSION_FIELDS = {
    "app_version",
    "build_version",
    "template_version",
    "app_online_version",
    "app_offline_version",
}


def test_every_version_field_of_a_request_follows_the_version_rule(spec: dict[str, Any]) -> None:
    """One rule for a version (issue 21): x.y.z numbers without leading zeros, on every
    version field of a request body or query, and on nothing in an answer."""
    rule = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"
    request_models = {
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for item in spec["paths"].values()
        for op in item.values()
        if "requestBody" in op
    }
    seen = 0
    for name, model in spec["components"]["schemas"].items():
        for field, prop in (model.get("properties") or {}).items():
            if name in request_models and field in VERSION_FIELDS:
                assert prop.get("pattern") == rule, (name, field)
                seen += 1
            else:
                assert "pattern" not in prop, (name, field)
    for item in spec["paths"].values():
        for op in item.values():
            for parameter in op.get("parameters") or []:
                if parameter["name"] in VERSION_FIELDS:
                    assert parameter["schema"].get("pattern") == rule, op["operationId"]
                    seen += 1
    assert seen >= 22  # the version fields Alipay had when the rule was written, or more
    for good in ("0.0.1", "1.0.12", "10.20.30"):
        assert re.fullmatch(rule, good)
    for bad in ("v5", "4.0", "1.2.3.4", "4.0.0-beta", " 4.0.1", "4.0.1 ", "01.2.3", "1.02.3", ""):
        assert not re.fullmatch(rule, bad), bad


def test_documented_values_in_examples(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    sync = schemas[f"{PREFIX}SyncModel"]["properties"]["sync_type"]
    assert sync["example"] == "global"
    assert "`global`" in sync["description"]
    assert "`recent`" in sync["description"]
    assert schemas[f"{PREFIX}UploadModel"]["properties"]["client_type"]["example"] == "DINGDING"
    assert "PUSH" not in (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_upload_model_uses_alipay_key_spelling(spec: dict[str, Any]) -> None:
    props = spec["components"]["schemas"][f"{PREFIX}UploadModel"]["properties"]
    assert "build_package_md_5" in props
    assert "build_package_md5" not in props
    assert len(props) >= 26  # Alipay's fields when this was written, or more
    plugin = _resolve(spec, props["plugin_refs"]["items"])
    assert plugin["properties"]["lazy"]["type"] == "boolean"


def test_code_facts_name_real_exception_classes_and_drive_the_client() -> None:
    """x-code-facts (overlay) -> ERROR_CODE_FACTS (generated) -> the exception raised."""
    from alipay_innerversion import errors
    from alipay_innerversion.error_codes import hint_for
    from alipay_innerversion_api.api import ERROR_CODE_FACTS

    assert ERROR_CODE_FACTS
    for code, fact in ERROR_CODE_FACTS.items():
        if fact.exception is not None:
            cls = getattr(errors, fact.exception)
            assert issubclass(cls, errors.AlipayApiError), code
            assert errors.error_class_for(code, 400) is cls, code
        if fact.hint is not None:
            assert hint_for(code) == fact.hint


def test_query_parameters_carry_the_specs_descriptions() -> None:
    """openapi-python-client drops a query parameter's description (it is the parameter's,
    not its schema's): ``make spec`` mirrors it, so ``help()``, the CLI and the docs show
    the same words for GET and DELETE fields as for body fields."""
    from alipay_innerversion_api.api import OPERATIONS

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    described = {
        (p["name"], op.get("operationId")): p["description"]
        for item in spec["paths"].values()
        for op in item.values()
        for p in op.get("parameters") or []
        if p.get("in") == "query" and p.get("description")
    }
    assert described
    queries = [p for op in OPERATIONS.values() for p in op.parameters if p.location == "query"]
    assert queries
    assert all(p.description for p in queries), [p.name for p in queries if not p.description]
    assert set(described.values()) >= {p.description for p in queries}
