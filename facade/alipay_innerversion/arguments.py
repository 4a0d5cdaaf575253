"""Checking a call's arguments against the spec, before anything is sent.

What is checked comes from the generated operation table (``alipay_innerversion_api.api
.OPERATIONS``), itself generated from ``openapi.yaml``: which fields exist, which are
required, their JSON kinds and patterns. Nothing here restates the spec.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from alipay_innerversion_api.api import Operation, Parameter
from alipay_innerversion_api.types import Unset

from .errors import InvalidRequestError
from .wire import Base64Bytes

__all__ = ["check_field", "wire_fields"]

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


def _model_dict(parameter: Parameter, value: object, where: str) -> dict[str, Any]:
    """A nested object given as its model or as a mapping with the model's keys."""
    model = parameter.item_model
    if model is not None and isinstance(value, model):
        data: dict[str, Any] = value.to_dict()
        return data
    if not isinstance(value, Mapping):
        raise InvalidRequestError(
            f"{where} must be an object (a mapping or {getattr(model, '__name__', 'model')}), "
            f"not {type(value).__name__}."
        )
    if model is None:
        return dict(value)
    unknown = sorted(str(key) for key in value if key not in parameter.item_keys)
    if unknown:
        raise InvalidRequestError(
            f"{where}: unknown key(s) {', '.join(unknown)}.",
            hint=f"Known keys: {', '.join(sorted(parameter.item_keys))}.",
        )
    try:
        wire: dict[str, Any] = model.from_dict(dict(value)).to_dict()
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise InvalidRequestError(f"{where}: not a valid {model.__name__} ({exc}).") from exc
    return wire


def _checked(operation: Operation, parameter: Parameter, value: object) -> Any:
    """The wire form of one given value, or a clear error naming the keyword."""
    where = f"{operation.name}: {parameter.python_name}"
    kind = parameter.kind
    if isinstance(value, Base64Bytes) and kind == "string":
        return value
    if kind in _KINDS:
        if not isinstance(value, _KINDS[kind]) or (kind != "boolean" and isinstance(value, bool)):
            raise InvalidRequestError(
                f"{where} must be {'an' if kind[0] in 'aeiou' else 'a'} {kind}, "
                f"not {type(value).__name__} ({value!r:.40})."
            )
        pattern = parameter.pattern
        if pattern and isinstance(value, str) and not _pattern(pattern).fullmatch(value):
            raise InvalidRequestError(
                f"{where} is {value!r}, which does not match {pattern}.",
                hint=parameter.description or None,  # the spec's words for the field
            )
        return value
    if kind == "array":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise InvalidRequestError(f"{where} must be a list, not {type(value).__name__}.")
        if parameter.item_model is None:
            return list(value)
        return [_model_dict(parameter, item, f"{where}[{i}]") for i, item in enumerate(value)]
    return _model_dict(parameter, value, where)


def wire_fields(
    operation: Operation, arguments: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The body fields and the query parameters to send, by wire name.

    Raises :class:`InvalidRequestError` for an unknown keyword, a required field that is
    missing or blank, a value of the wrong kind or one that breaks its pattern.
    """
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
        target[parameter.name] = _checked(operation, parameter, value)
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
    _checked(operation, parameter, value)
