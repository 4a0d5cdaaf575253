"""What ``openapi.yaml`` says, read straight from the file (PyYAML), independently of the
generator: the conformance tests compare the clients and the generated table with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
PREFIX = "alipay.open.mini.innerversion."


@dataclass(frozen=True)
class SpecField:
    """One request body field or query parameter of an operation."""

    name: str
    location: str  # "body" or "query"
    required: bool
    schema: dict[str, Any]

    @property
    def pattern(self) -> str | None:
        pattern = self.schema.get("pattern")
        return str(pattern) if pattern is not None else None


@dataclass(frozen=True)
class SpecOperation:
    name: str
    operation_id: str
    method: str
    path: str
    fields: tuple[SpecField, ...]


@cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` chains inside the document."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def method_name(operation_id: str) -> str:
    return operation_id.removeprefix(PREFIX).replace(".", "_")


@cache
def operations() -> dict[str, SpecOperation]:
    found: dict[str, SpecOperation] = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            fields = [
                SpecField(p["name"], "query", bool(p.get("required", False)), resolve(p["schema"]))
                for p in (resolve(p) for p in op.get("parameters", []))
                if p["in"] == "query"
            ]
            body = op.get("requestBody")
            if body is not None:
                model = resolve(resolve(body)["content"]["application/json"]["schema"])
                required = set(model.get("required", []))
                fields += [
                    SpecField(name, "body", name in required, resolve(schema))
                    for name, schema in model.get("properties", {}).items()
                ]
            name = method_name(op["operationId"])
            found[name] = SpecOperation(
                name, op["operationId"], method.upper(), path, tuple(fields)
            )
    return found


def sample(schema: dict[str, Any]) -> Any:
    """A valid value of a schema's kind (patterns here are the ``x.y.z`` version rule)."""
    schema = resolve(schema)
    kind = schema.get("type", "object")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "string":
        pattern = schema.get("pattern")
        value = "1.0.0"
        assert pattern is None or re.search(pattern, value), f"no sample for {pattern}"
        return value
    if kind == "boolean":
        return True
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "array":
        return [sample(schema.get("items", {"type": "string"}))]
    return {name: sample(sub) for name, sub in schema.get("properties", {}).items()}


def known_error_codes() -> set[str]:
    """Every code ``openapi.yaml`` documents, in ``x-known-codes`` or an ``enum`` of the
    ``code`` property of CommonErrorType or any error model."""
    codes: set[str] = set()
    for name, schema in spec()["components"]["schemas"].items():
        if name != "CommonErrorType" and not name.endswith("ErrorResponseModel"):
            continue
        code = resolve(schema.get("properties", {}).get("code", {}))
        for entry in [*code.get("x-known-codes", []), *code.get("enum", [])]:
            # The spec lists "app-key-security-risk, app-cert-expired" as one entry (as
            # Alipay's description does): each part is a code.
            codes.update(part.strip() for part in str(entry).split(","))
    return codes
