"""Conformance with ``openapi.yaml``: every operation of the spec is a typed method of both
clients with the same signature, every field is a keyword named as in the spec and reaches
the wire, required-ness and patterns come from the spec, the CLI covers every operation,
and the error code sets of ``errors.py`` name only codes the spec knows."""

from __future__ import annotations

import asyncio
import inspect
import typing
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion import errors as errors_module
from alipay_innerversion_api.api import OPERATIONS

from ..helpers import FakeAlipay
from .spec import SpecOperation, known_error_codes, operations, sample

SPEC_OPERATIONS = operations()
NAMES = sorted(SPEC_OPERATIONS)
PER_CALL = {"app_auth_token", "request_id", "timeout", "max_retries"}


def keywords(method: Callable[..., Any]) -> dict[str, bool]:
    """The keyword arguments a method takes, each with whether it is required: its
    explicit parameters, and the keys of a ``**kwargs: Unpack[SomeTypedDict]``."""
    found: dict[str, bool] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind in (parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            if parameter.name != "self":
                found[parameter.name] = parameter.default is inspect.Parameter.empty
        elif parameter.kind is parameter.VAR_KEYWORD:
            hints = typing.get_type_hints(method, include_extras=True)
            unpacked = hints[parameter.name]
            assert typing.get_origin(unpacked) is typing.Unpack, (
                f"{method.__qualname__} takes **{parameter.name} that is not Unpack[TypedDict]"
            )
            (options,) = typing.get_args(unpacked)
            for key in typing.get_type_hints(options):
                found[key] = key in options.__required_keys__
    return found


def test_spec_operations_are_the_generated_table() -> None:
    assert len(SPEC_OPERATIONS) >= 24  # Alipay's 23 and the deprecated upgrade, at least
    assert set(OPERATIONS) == set(SPEC_OPERATIONS)
    for name, operation in OPERATIONS.items():
        expected = SPEC_OPERATIONS[name]
        assert (operation.method, operation.path, operation.operation_id) == (
            expected.method,
            expected.path,
            expected.operation_id,
        )


@pytest.mark.parametrize("name", NAMES)
def test_method_on_both_clients_with_identical_signatures(name: str) -> None:
    sync_method = getattr(InnerVersionClient, name, None)
    async_method = getattr(AsyncInnerVersionClient, name, None)
    assert callable(sync_method), f"InnerVersionClient has no method {name}"
    assert callable(async_method), f"AsyncInnerVersionClient has no method {name}"
    assert not inspect.iscoroutinefunction(sync_method)
    assert inspect.iscoroutinefunction(async_method), f"AsyncInnerVersionClient.{name}"
    assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters


@pytest.mark.parametrize("name", NAMES)
def test_every_spec_field_is_a_keyword(name: str) -> None:
    spec_op = SPEC_OPERATIONS[name]
    for client in (InnerVersionClient, AsyncInnerVersionClient):
        taken = keywords(getattr(client, name))
        missing = [f.name for f in spec_op.fields if f.name not in taken]
        assert not missing, f"{client.__name__}.{name} lacks keyword(s) {missing}"
        assert set(taken) >= PER_CALL, f"{client.__name__}.{name}: per-call options"
        wrong = [f.name for f in spec_op.fields if taken[f.name] and not f.required]
        assert not wrong, f"{client.__name__}.{name}: optional in the spec, required: {wrong}"


@pytest.mark.parametrize("name", NAMES)
def test_required_and_patterns_come_from_the_spec(name: str) -> None:
    spec_op = SPEC_OPERATIONS[name]
    table = {p.name: p for p in OPERATIONS[name].parameters}
    assert set(table) == {f.name for f in spec_op.fields}
    for field in spec_op.fields:
        parameter = table[field.name]
        assert parameter.location == field.location, field.name
        assert parameter.python_name == field.name, field.name
        assert parameter.required == field.required, f"{name}.{field.name} required"
        assert parameter.pattern == field.pattern, f"{name}.{field.name} pattern"


def on_the_wire(value: Any) -> str:
    """A query value as Alipay reads it: JSON's ``true``/``false``, a list comma-joined."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(on_the_wire(item) for item in value)
    return str(value)


def every_field(spec_op: SpecOperation) -> dict[str, Any]:
    return {field.name: sample(field.schema) for field in spec_op.fields}


def call(mode: str, config: AlipayConfig, fake: FakeAlipay, name: str, /, **kwargs: Any) -> Any:
    """``name`` called with ``kwargs``; positional-only, so that a field named like one of
    these (``mode``, ``name``) is still a keyword of the call."""
    if mode == "sync":
        with InnerVersionClient(config, transport=httpx.MockTransport(fake)) as client:
            return getattr(client, name)(**kwargs)

    async def run() -> Any:
        async with AsyncInnerVersionClient(config, transport=httpx.MockTransport(fake)) as client:
            return await getattr(client, name)(**kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", NAMES)
def test_every_field_reaches_the_wire(
    name: str, mode: str, key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    spec_op = SPEC_OPERATIONS[name]
    arguments = every_field(spec_op)
    result = call(mode, key_config, fake, name, **arguments)
    assert result.data == {}
    assert result.trace_id
    (seen,) = fake.seen
    assert (seen.method, seen.path) == (spec_op.method, spec_op.path)
    body = seen.json or {}
    for field in spec_op.fields:
        if field.location == "body":
            assert field.name in body, f"{name}: body field {field.name} not sent"
            assert body[field.name] == arguments[field.name], field.name
        else:
            assert field.name in seen.query, f"{name}: query parameter {field.name} not sent"
            assert seen.query[field.name] == on_the_wire(arguments[field.name]), field.name


def _api_command() -> Any:
    try:
        from alipay_innerversion.cli import main
    except ImportError:
        return None
    commands: dict[str, Any] = getattr(main, "commands", {})
    return commands.get("api")


@pytest.mark.xfail(
    _api_command() is None,
    strict=False,
    reason="no `alipay-mini api OPERATION` command yet (facade/alipay_innerversion/cli/api.py)",
)
def test_cli_covers_every_operation() -> None:
    from click.testing import CliRunner

    from alipay_innerversion.cli import main

    outcome = CliRunner().invoke(main, ["api", "--help"], terminal_width=200)
    assert outcome.exit_code == 0, outcome.output
    api = _api_command()
    listed = set(getattr(api, "commands", {}))
    for spec_op in SPEC_OPERATIONS.values():
        short = spec_op.operation_id.removeprefix("alipay.open.mini.innerversion.")
        forms = {short, spec_op.name, spec_op.name.replace("_", "-")}
        assert forms & listed or any(form in outcome.output for form in forms), (
            f"`alipay-mini api --help` does not show {short}"
        )


def _code_sets() -> dict[str, set[str]]:
    """Every module-level set of codes and table keyed by code in ``errors.py``."""
    found: dict[str, set[str]] = {}
    for attribute, value in vars(errors_module).items():
        if "CODES" not in attribute.upper() and "HINTS" not in attribute.upper():
            continue
        if isinstance(value, set | frozenset | dict) and all(isinstance(c, str) for c in value):
            found[attribute] = set(value)
    return found


def test_error_code_sets_name_known_codes() -> None:
    sets = _code_sets()
    assert {"_AUTH_CODES", "_RATE_LIMIT_CODES", "_HINTS"} <= set(sets), sorted(sets)
    known = known_error_codes()
    unknown = {
        attribute: sorted(codes - known) for attribute, codes in sets.items() if codes - known
    }
    assert not unknown, f"codes in errors.py that openapi.yaml does not know: {unknown}"


def test_codes_the_friendly_layer_acts_on_are_spec_codes() -> None:
    """Codes the facade and the CLI branch on are codes the spec lists where they branch."""
    from alipay_innerversion.error_codes import ALREADY_DONE_CODES
    from alipay_innerversion.flows.release import _UNKNOWN_VERSION

    assert _UNKNOWN_VERSION in OPERATIONS["info_query"].error_codes
    assert "BUILD_VERSION_ALREADY_EXIST" in OPERATIONS["upload"].error_codes
    every = set().union(*(op.error_codes for op in OPERATIONS.values()))
    assert set(ALREADY_DONE_CODES) <= every
