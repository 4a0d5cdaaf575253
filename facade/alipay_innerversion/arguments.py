"""Checking a call's arguments against the spec, before anything is sent.

What is checked comes from the generated operation table (``alipay_innerversion_api.api
.OPERATIONS``), itself generated from ``openapi.yaml``: which fields exist, which are
required, their JSON kinds, listed values and patterns, and the same for the fields of
nested objects and of arrays of objects, at any depth. Nothing here restates the spec.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, TypeVar

from alipay_innerversion_api.api import Operation, Parameter
from alipay_innerversion_api.types import Unset

from .errors import InvalidRequestError
from .wire import Base64Bytes

__all__ = ["check_field", "check_wire", "prepared", "prepared_with", "wire_fields"]

_KINDS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
}


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _blank(value: object) -> bool:
    return (
        value is None or isinstance(value, Unset) or (isinstance(value, str) and not value.strip())
    )


def _article(kind: str) -> str:
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _to_wire(value: object) -> Any:
    """A model instance or enum member as the JSON it stands for (deeply); others as given."""
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _to_wire(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_to_wire(item) for item in value]
    return value


def _scalar(parameter: Parameter, kind: str, value: object, where: str) -> Any:
    if not isinstance(value, _KINDS[kind]) or (kind != "boolean" and isinstance(value, bool)):
        raise InvalidRequestError(
            f"{where} must be {_article(kind)}, not {type(value).__name__} ({value!r:.40})."
        )
    if parameter.enum and value not in parameter.enum:
        raise InvalidRequestError(
            f"{where} is {value!r:.40}, which is not one of the values the spec lists.",
            hint=f"Use one of: {', '.join(str(v) for v in parameter.enum)}.",
        )
    pattern = parameter.pattern
    if pattern and isinstance(value, str) and not _pattern(pattern).fullmatch(value):
        raise InvalidRequestError(
            f"{where} is {value!r}, which does not match {pattern}.",
            # the spec's words for the rule, else for the field
            hint=parameter.pattern_hint or parameter.description or None,
        )
    return value


def _object(parameter: Parameter, value: object, where: str) -> dict[str, Any]:
    """A nested object given as its model or as a mapping of its wire keys, every level
    checked: unknown keys, required keys, kinds, enums and patterns."""
    if not isinstance(value, Mapping):
        model = getattr(parameter.item_model, "__name__", "model")
        raise InvalidRequestError(
            f"{where} must be an object (a mapping or {model}), not {type(value).__name__}."
        )
    if parameter.item_model is None:
        return dict(value)
    fields = {field.name: field for field in parameter.fields}
    unknown = sorted(str(key) for key in value if key not in fields)
    if unknown:
        raise InvalidRequestError(
            f"{where}: unknown key(s) {', '.join(unknown)}.",
            hint=f"Known keys: {', '.join(sorted(fields))}.",
        )
    out: dict[str, Any] = {}
    for name, field in fields.items():
        item = value.get(name)
        if _blank(item):
            if field.required:
                raise InvalidRequestError(f"{where}.{name} is required.")
            if item is None or isinstance(item, Unset):
                continue
        out[name] = _wire_value(field, item, f"{where}.{name}")
    return out


def _wire_value(parameter: Parameter, value: object, where: str) -> Any:
    """The wire form of one value (already JSON-like), checked at every depth."""
    kind = parameter.kind
    if isinstance(value, Base64Bytes) and kind == "string":
        return value
    if kind in _KINDS:
        return _scalar(parameter, kind, value, where)
    if kind == "array":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise InvalidRequestError(f"{where} must be a list, not {type(value).__name__}.")
        item_kind = parameter.item_kind
        if item_kind == "object":
            return [_object(parameter, item, f"{where}[{i}]") for i, item in enumerate(value)]
        if item_kind in _KINDS:
            return [
                _scalar(parameter, item_kind, item, f"{where}[{i}]") for i, item in enumerate(value)
            ]
        return list(value)
    return _object(parameter, value, where)


def check_wire(operation: Operation, parameter: Parameter, value: object) -> Any:
    """``value`` of ``parameter`` in its wire form (models and enum members turned into
    JSON), checked against the spec at every depth; :class:`InvalidRequestError` naming
    the keyword (and the nested key) otherwise. The emulator checks requests with it too."""
    return _wire_value(parameter, _to_wire(value), f"{operation.name}: {parameter.python_name}")


_M = TypeVar("_M", bound=Mapping[str, Any])


class _Prepared(dict[str, Any]):
    """Arguments whose wire fields are already made (by :func:`prepared`)."""

    __slots__ = ("operation", "wire")

    operation: Operation
    wire: tuple[dict[str, Any], dict[str, Any]]


def prepared(operation: Operation, arguments: _M) -> _M:
    """``arguments``, checked and turned into wire fields now, once: :func:`wire_fields`
    gives back those fields when they are sent. For a flow that must refuse a call's
    arguments before its first call (a release checks its push before it publishes) or
    sends the same ones again (every poll of a wait), without converting them twice.
    Raises as :func:`wire_fields` does."""
    wire = _convert(operation, arguments)
    ready = _Prepared(arguments)
    ready.operation, ready.wire = operation, wire
    return ready  # type: ignore[return-value]  # the same keys and values: a dict, as _M is


def prepared_with(ready: _M, more: Mapping[str, Any]) -> _M:
    """:func:`prepared` arguments with ``more`` fields, each checked and made into its
    wire field on its own, the others not converted again: an upload checks every field
    it was given, then reads the package and adds the fields that carry it."""
    if not isinstance(ready, _Prepared):
        raise TypeError("prepared_with() takes what prepared() returned")
    operation, (body, query) = ready.operation, (dict(part) for part in ready.wire)
    known = _by_python_name(operation)
    for name, value in more.items():
        parameter = known[name]  # the spec's table names them: a KeyError is a bug
        target = body if parameter.location == "body" else query
        target[parameter.name] = check_wire(operation, parameter, value)
    order = [p.name for p in operation.parameters]  # the body as wire_fields orders it
    body = {name: body[name] for name in order if name in body}
    grown = _Prepared({**ready, **more})
    grown.operation, grown.wire = operation, (body, query)
    return grown  # type: ignore[return-value]  # as prepared()


def wire_fields(
    operation: Operation, arguments: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The body fields and the query parameters to send, by wire name (made once for
    arguments that were :func:`prepared`).

    Raises :class:`InvalidRequestError` for an unknown keyword, a required field that is
    missing or blank, a value of the wrong kind or one that breaks its pattern.
    """
    if type(arguments) is _Prepared and arguments.operation is operation:
        body, query = arguments.wire
        return dict(body), dict(query)  # the caller may add its extra_body to them
    return _convert(operation, arguments)


def _convert(
    operation: Operation, arguments: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    known = _by_python_name(operation)
    unknown = sorted(set(arguments) - set(known))
    if unknown:
        raise InvalidRequestError(
            f"{operation.name}: unknown field(s) {', '.join(unknown)}.",
            hint=f"The fields of {operation.operation_id}: {', '.join(sorted(known))}.",
        )
    body: dict[str, Any] = {}
    query: dict[str, Any] = {}
    missing = []
    for parameter in operation.parameters:
        value = arguments.get(parameter.python_name)
        if _blank(value):
            if parameter.required:
                missing.append(parameter.python_name)
            continue
        target = body if parameter.location == "body" else query
        target[parameter.name] = check_wire(operation, parameter, value)
    if missing:
        raise InvalidRequestError(
            f"{operation.name}: {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} "
            "required.",
            hint=f"Give {' and '.join(missing)}.",
        )
    return body, query


@cache
def _by_python_name(operation: Operation) -> dict[str, Parameter]:
    return {p.python_name: p for p in operation.parameters}


def check_field(operation: Operation, python_name: str, value: object) -> None:
    """Check one argument of ``operation`` on its own (e.g. before a batch starts)."""
    parameter = _by_python_name(operation)[python_name]
    if _blank(value):
        raise InvalidRequestError(f"{operation.name}: {python_name} is required.")
    check_wire(operation, parameter, value)
