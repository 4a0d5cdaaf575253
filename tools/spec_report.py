"""What changed in the structure of Alipay's description: ``make spec UPSTREAM=...``'s report.

Structure only: operations (method, path, operationId), query/path/header parameters
(name, location, type), request, response and error fields (dotted paths through ``$ref``,
arrays and nested objects, e.g. ``request.plugin_refs[].plugin_id``) with their types, the
model names behind them, error codes (``enum`` upstream, ``enum`` or ``x-known-codes``
in a digest or in ``openapi.yaml``), and the values (``enum``) a parameter or a request or
response field lists ("values-changed"). Descriptions, examples, ``required`` and
``pattern`` are ignored. :func:`compare` lists, one line each, what is "added" (in the new document
only), "removed" (in the old one only) or "retyped" (``old -> new``); ``tools/spec.py``
prints it between the previous digest and the new one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GROUP_PREFIX = "/v3/alipay/open/mini/innerversion/"
COMMON_ERROR = "CommonErrorType"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "Difference",
    "Operation",
    "Structure",
    "compare",
    "load_structure",
    "structure_from_document",
]


@dataclass
class Operation:
    """One operation as structure: everything the drift check compares."""

    operation_id: str
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    """``"<in>:<name>"`` -> type."""
    fields: dict[str, str] = field(default_factory=dict)
    """``"request.x"``, ``"response.x"`` or ``"error.x"`` dotted path -> type."""
    models: dict[str, str] = field(default_factory=dict)
    """``"request"``, ``"response"``, ``"error"`` -> schema name."""
    error_codes: set[str] = field(default_factory=set)
    """Codes of the operation's own error model (without CommonErrorType's)."""
    values: dict[str, str] = field(default_factory=dict)
    """Listed values (``enum``) of a parameter (``"<in>:<name>"``) or of a request or
    response field (dotted path), ``|``-joined in their order."""

    @property
    def key(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass
class Structure:
    """The structure of the innerversion group in one OpenAPI document."""

    operations: dict[str, Operation] = field(default_factory=dict)
    """operationId -> operation."""
    common_error_fields: dict[str, str] = field(default_factory=dict)
    common_error_codes: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Difference:
    kind: str
    subject: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind} {self.subject}" + (f" {self.detail}" if self.detail else "")


class _Resolver:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.values: dict[str, str] = {}
        """The listed values met by :meth:`schema_fields` since it was last emptied."""

    def ref(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        if not isinstance(node, Mapping):
            raise TypeError(f"{ref} does not point to an object")
        return ref.rsplit("/", 1)[-1], node

    def deref(self, node: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
        name: str | None = None
        seen: set[str] = set()
        while "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"reference cycle at {ref}")
            seen.add(ref)
            name, node = self.ref(ref)
        return name, node

    def schema_fields(
        self, schema: Mapping[str, Any], prefix: str, stack: tuple[str, ...] = ()
    ) -> Iterator[tuple[str, str]]:
        """Yield ``(dotted path, type)`` for every property under ``schema``."""
        for name, prop in (schema.get("properties") or {}).items():
            yield from self._walk(prop, f"{prefix}{name}", stack)

    def _walk(
        self, node: Mapping[str, Any], path: str, stack: tuple[str, ...]
    ) -> Iterator[tuple[str, str]]:
        ref_name, target = self.deref(node)
        alternatives = target.get("oneOf") or target.get("anyOf")
        if alternatives:
            types = []
            for alt in alternatives:
                alt_name, alt_target = self.deref(alt)
                types.append(_type_name(alt_name, alt_target))
                yield from self._children(alt_name, alt_target, path, stack, emit_self=False)
            yield path, "|".join(sorted(set(types)))
            return
        yield from self._children(ref_name, target, path, stack, emit_self=True)

    def _children(
        self,
        ref_name: str | None,
        target: Mapping[str, Any],
        path: str,
        stack: tuple[str, ...],
        *,
        emit_self: bool,
    ) -> Iterator[tuple[str, str]]:
        if emit_self:
            yield path, _type_name(ref_name, target)
            if target.get("enum"):
                self.values[path] = _joined(target["enum"])
        if ref_name is not None and ref_name in stack:
            return  # recursive model: its fields are listed where it first appears
        inner = (*stack, ref_name) if ref_name else stack
        kind = _schema_type(target)
        if kind == "array" and "items" in target:
            yield from self._walk(target["items"], f"{path}[]", inner)
        elif kind == "object":
            yield from self.schema_fields(target, f"{path}.", inner)


def _joined(values: Any) -> str:
    return "|".join(str(v) for v in values)


def _schema_type(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1
        kind = "|".join(sorted(str(k) for k in kind if k != "null"))
    if not kind:
        kind = "object" if "properties" in schema else "any"
    return str(kind)


def _type_name(ref_name: str | None, schema: Mapping[str, Any]) -> str:
    kind = _schema_type(schema)
    if "format" in schema:
        kind = f"{kind}({schema['format']})"
    if ref_name and kind == "object":
        return f"object<{ref_name}>"
    return kind


def _codes(schema: Mapping[str, Any], resolver: _Resolver) -> set[str]:
    code = (schema.get("properties") or {}).get("code")
    if not isinstance(code, Mapping):
        return set()
    _, code = resolver.deref(code)
    values = list(code.get("enum") or []) + list(code.get("x-known-codes") or [])
    return {str(v) for v in values}


def _json_schema(container: Mapping[str, Any], resolver: _Resolver) -> Mapping[str, Any] | None:
    _, container = resolver.deref(container)
    content = container.get("content") or {}
    media = content.get("application/json") or next(iter(content.values()), None)
    if not isinstance(media, Mapping) or "schema" not in media:
        return None
    schema = media["schema"]
    return schema if isinstance(schema, Mapping) else None


def structure_from_document(document: Mapping[str, Any]) -> Structure:
    """The structure of the innerversion group in a parsed OpenAPI document."""
    resolver = _Resolver(document)
    structure = Structure()
    common_seen = False
    for path, item in sorted((document.get("paths") or {}).items()):
        if not str(path).startswith(GROUP_PREFIX):
            continue
        _, item = resolver.deref(item)
        shared_params = list(item.get("parameters") or [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            operation = Operation(
                operation_id=str(op.get("operationId") or f"{method} {path}"),
                method=method,
                path=str(path),
            )
            for raw in [*shared_params, *(op.get("parameters") or [])]:
                _, param = resolver.deref(raw)
                _, pschema = resolver.deref(param.get("schema") or {})
                operation.params[f"{param['in']}:{param['name']}"] = _type_name(None, pschema)
                if pschema.get("enum"):
                    operation.values[f"{param['in']}:{param['name']}"] = _joined(pschema["enum"])
            if "requestBody" in op:
                schema = _json_schema(op["requestBody"], resolver)
                if schema is not None:
                    _add_model(operation, "request", schema, resolver)
            responses = op.get("responses") or {}
            ok = next((responses[c] for c in ("200", "201", "204") if c in responses), None)
            if ok is not None:
                schema = _json_schema(ok, resolver)
                if schema is not None:
                    _add_model(operation, "response", schema, resolver)
            if "default" in responses:
                schema = _json_schema(responses["default"], resolver)
                if schema is not None:
                    _, schema = resolver.deref(schema)
                    for branch in schema.get("anyOf") or schema.get("oneOf") or [schema]:
                        name, model = resolver.deref(branch)
                        if name == COMMON_ERROR:
                            if not common_seen:
                                structure.common_error_fields = dict(
                                    resolver.schema_fields(model, "")
                                )
                                structure.common_error_codes = _codes(model, resolver)
                                common_seen = True
                            continue
                        operation.models["error"] = name or "(inline)"
                        operation.fields.update(resolver.schema_fields(model, "error."))
                        operation.error_codes |= _codes(model, resolver)
            structure.operations[operation.operation_id] = operation
    return structure


def _add_model(
    operation: Operation, where: str, schema: Mapping[str, Any], resolver: _Resolver
) -> None:
    name, model = resolver.deref(schema)
    operation.models[where] = name or "(inline)"
    resolver.values.clear()
    operation.fields.update(resolver.schema_fields(model, f"{where}."))
    operation.values.update(resolver.values)


def load_structure(path: str | Path) -> Structure:
    """Read an OpenAPI document (YAML or JSON) and return its innerversion structure."""
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, Mapping):
        raise TypeError(f"{path}: not an OpenAPI document")
    return structure_from_document(document)


def _diff_map(
    kind: str, subject: str, ours: Mapping[str, str], theirs: Mapping[str, str]
) -> list[Difference]:
    out: list[Difference] = []
    for name in sorted(theirs.keys() - ours.keys()):
        out.append(Difference(f"{kind}-added", f"{subject} {name}", f"({theirs[name]})"))
    for name in sorted(ours.keys() - theirs.keys()):
        out.append(Difference(f"{kind}-removed", f"{subject} {name}", f"({ours[name]})"))
    for name in sorted(ours.keys() & theirs.keys()):
        if ours[name] != theirs[name]:
            out.append(
                Difference(
                    f"{kind}-retyped", f"{subject} {name}", f"{ours[name]} -> {theirs[name]}"
                )
            )
    return out


def _diff_values(subject: str, ours: Operation, theirs: Operation) -> list[Difference]:
    """Listed values that changed, appeared or went, on a field or parameter both sides
    have (one added or removed is reported as that)."""
    both = (ours.fields.keys() & theirs.fields.keys()) | (ours.params.keys() & theirs.params.keys())
    return [
        Difference(
            "values-changed",
            f"{subject} {name}",
            f"{ours.values.get(name, '(none)')} -> {theirs.values.get(name, '(none)')}",
        )
        for name in sorted(both)
        if ours.values.get(name) != theirs.values.get(name)
    ]


def _diff_codes(subject: str, ours: set[str], theirs: set[str]) -> list[Difference]:
    return [Difference("code-added", f"{subject} {c}") for c in sorted(theirs - ours)] + [
        Difference("code-removed", f"{subject} {c}") for c in sorted(ours - theirs)
    ]


def compare(ours: Structure, upstream: Structure) -> list[Difference]:
    """Every structural difference, upstream measured against ours."""
    diffs: list[Difference] = []
    ours_by_key = {op.key: op for op in ours.operations.values()}
    for op_id in sorted(upstream.operations.keys() - ours.operations.keys()):
        theirs = upstream.operations[op_id]
        same_place = ours_by_key.get(theirs.key)
        if same_place is not None and same_place.operation_id not in upstream.operations:
            diffs.append(
                Difference("operation-renamed", theirs.key, f"{same_place.operation_id} -> {op_id}")
            )
        else:
            diffs.append(Difference("operation-added", op_id, f"({theirs.key})"))
    theirs_by_key = {op.key: op for op in upstream.operations.values()}
    for op_id in sorted(ours.operations.keys() - upstream.operations.keys()):
        mine = ours.operations[op_id]
        other = theirs_by_key.get(mine.key)
        if other is not None and other.operation_id not in ours.operations:
            continue  # reported as operation-renamed above
        diffs.append(Difference("operation-removed", op_id, f"({mine.key})"))
    for op_id in sorted(ours.operations.keys() & upstream.operations.keys()):
        mine, theirs = ours.operations[op_id], upstream.operations[op_id]
        if mine.key != theirs.key:
            diffs.append(Difference("operation-moved", op_id, f"{mine.key} -> {theirs.key}"))
        diffs += _diff_map("param", op_id, mine.params, theirs.params)
        diffs += [
            Difference("model-renamed", d.subject, d.detail) if d.kind == "model-retyped" else d
            for d in _diff_map("model", op_id, mine.models, theirs.models)
        ]
        diffs += _diff_map("field", op_id, mine.fields, theirs.fields)
        diffs += _diff_values(op_id, mine, theirs)
        diffs += _diff_codes(op_id, mine.error_codes, theirs.error_codes)
    diffs += _diff_map(
        "field", COMMON_ERROR, ours.common_error_fields, upstream.common_error_fields
    )
    diffs += _diff_codes(COMMON_ERROR, ours.common_error_codes, upstream.common_error_codes)
    return diffs
