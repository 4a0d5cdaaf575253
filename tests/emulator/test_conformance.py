"""The emulator's operation table (``emulator/spec.py``, read from the generated package)
against the project's openapi.yaml read directly: the same operations, methods, paths,
request fields or query parameters, field types and error codes, so what the generator's
template extracts (``x-known-codes`` included) is what the spec says."""

from __future__ import annotations

from typing import Any

import pytest

from alipay_innerversion.emulator.spec import COMMON_CODES, OPERATIONS, PREFIX

from .support import _codes, error_model, openapi

ID_PREFIX = "alipay.open.mini.innerversion."


def documented() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """openapi.yaml's operations of the group: name -> (method, path, operation object)."""
    found = {}
    for path, item in openapi()["paths"].items():
        for method, operation in item.items():
            op_id = operation.get("operationId", "") if isinstance(operation, dict) else ""
            if op_id.startswith(ID_PREFIX):
                found[op_id.removeprefix(ID_PREFIX)] = (method.upper(), path, operation)
    return found


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref:
        resolved: dict[str, Any] = openapi()["components"]["schemas"][ref.rsplit("/", 1)[1]]
        return resolved
    return schema


def kind(schema: dict[str, Any]) -> str:
    schema = resolve(schema)
    if schema.get("type") == "array":
        items = resolve(schema["items"])
        return "array:" + ("object" if items.get("type", "object") == "object" else items["type"])
    return str(schema.get("type", "object"))


def fields_of(operation: dict[str, Any]) -> dict[str, str]:
    if "parameters" in operation:
        return {p["name"]: kind(p["schema"]) for p in operation["parameters"] if p["in"] == "query"}
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    return {name: kind(prop) for name, prop in resolve(body).get("properties", {}).items()}


def test_every_documented_operation_is_emulated() -> None:
    assert set(documented()) <= set(OPERATIONS)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_matches_openapi(name: str) -> None:
    ours = OPERATIONS[name]
    theirs = documented()
    if name not in theirs:
        pytest.skip(f"openapi.yaml has no {name} yet (the emulator serves it from Alipay's)")
    method, path, operation = theirs[name]
    assert (ours.method, ours.path) == (method, path)
    assert ours.path.startswith(PREFIX)
    assert dict(ours.fields) == fields_of(operation)
    schemas = openapi()["components"]["schemas"]
    assert set(ours.codes) == _codes(schemas[error_model(name)])


def test_common_codes_match_openapi() -> None:
    assert set(COMMON_CODES) == _codes(openapi()["components"]["schemas"]["CommonErrorType"])
