"""``alipay-mini api OPERATION --field value ...``: any operation of the spec, as it is.

The subcommands are made from the generated operation table at start-up, one per
operation (named by its operation id without the group prefix: ``gray.publish``), with a
``--flag`` per field or query parameter (``--app-version`` for ``app_version``), so a
new operation in ``openapi.yaml`` is a new command after ``make gen``, with no CLI code.
Lists take the flag more than once; objects, and lists of objects, take JSON.
``--extra KEY=VALUE`` and ``--extra-json`` send what the spec does not know yet (the
clients' ``extra_body``, or ``extra_query`` for GET/DELETE).
"""

from __future__ import annotations

import json
from typing import Any

import click

from alipay_innerversion_api.api import OPERATIONS, Operation, Parameter

from ..arguments import wire_fields
from ._common import CliState, pass_state

__all__ = ["group", "operation_command"]


def _flag(parameter: Parameter) -> str:
    return "--" + parameter.python_name.replace("_", "-")


def _json_value(text: str, flag: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"{flag} takes JSON ({exc.args[0]})") from None


def _extras(operation: Operation, pairs: tuple[str, ...], text: str | None) -> dict[str, Any]:
    """``--extra-json`` then each ``--extra KEY=VALUE`` (VALUE: JSON if it parses, else
    text), checked in the CLI's terms before anything is sent."""
    extra: dict[str, Any] = {}
    if text is not None:
        given = _json_value(text, "--extra-json")
        if not isinstance(given, dict):
            raise click.BadParameter("--extra-json takes a JSON object: '{\"name\": value}'")
        extra.update(given)
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"--extra takes KEY=VALUE, not {pair!r:.60}")
        try:
            extra[key.strip()] = json.loads(value)
        except ValueError:
            extra[key.strip()] = value
    by_wire = {p.name: p for p in operation.parameters}
    in_query = operation.method in ("GET", "DELETE")
    for key, value in extra.items():
        known = by_wire.get(key) or next(
            (p for p in operation.parameters if p.python_name == key), None
        )
        if known is not None:
            raise click.BadParameter(
                f"--extra {key}: {operation.operation_id} has this field; give it with "
                f"{_flag(known)}"
            )
        if in_query and (value is None or isinstance(value, dict | list)):
            raise click.BadParameter(
                f"--extra {key}: a {operation.method} operation sends extras as query "
                "parameters: give text, a number or a boolean"
            )
    return extra


def _body_descriptions() -> dict[str, str]:
    """The spec's description of each body field, by wire name."""
    found: dict[str, str] = {}
    for operation in OPERATIONS.values():
        for parameter in operation.parameters:
            if parameter.description:
                found.setdefault(parameter.name, parameter.description)
    return found


#: The generator keeps the descriptions of body fields, not those of query parameters (it
#: reads a parameter's schema, and the spec describes the parameter): a query parameter
#: gets the spec's description of the body field of the same name (``bundle_id``, ...).
_DESCRIPTIONS = _body_descriptions()


def _option(parameter: Parameter) -> click.Option:
    flag = _flag(parameter)
    required = " Required." if parameter.required else ""
    description = parameter.description or _DESCRIPTIONS.get(parameter.name, "")
    if description:
        required = f" {description.rstrip('.')}.{required}"
    pattern = f" Pattern: {parameter.pattern}." if parameter.pattern else ""
    values = [str(value) for value in parameter.enum]
    if values:  # the spec's values, in the help text too (a choice's metavar may wrap)
        required = f"{required} One of: {', '.join(values)}."
    if parameter.kind == "boolean":
        return click.Option(
            [f"{flag}/--no-{flag[2:]}", parameter.python_name],
            default=None,
            help=f"{parameter.name} (boolean).{required}",
        )
    if parameter.kind == "array" and parameter.item_model is None:
        return click.Option(
            [flag, parameter.python_name],
            multiple=True,
            type=click.Choice(values) if values and parameter.item_kind == "string" else None,
            help=f"{parameter.name} (a list: repeat the flag).{required}",
        )
    if parameter.kind in ("array", "object"):
        return click.Option(
            [flag, parameter.python_name],
            help=f"{parameter.name} (JSON {parameter.kind}).{required}",
        )
    kinds: dict[str, Any] = {"integer": int, "number": float}
    kind = kinds.get(parameter.kind, str)
    if values and kind is str:
        kind = click.Choice(values)
    return click.Option(
        [flag, parameter.python_name],
        type=kind,
        help=f"{parameter.name} ({parameter.kind}).{required}{pattern}",
    )


def operation_command(name: str, operation: Operation) -> click.Command:
    """The ``api`` subcommand of one operation."""
    by_name = {p.python_name: p for p in operation.parameters}

    @pass_state
    def run(state: CliState, **given: Any) -> None:
        token = given.pop("app_auth_token", None)
        request_id = given.pop("request_id", None)
        extra = _extras(operation, given.pop("extra", ()), given.pop("extra_json", None))
        hatch = "extra_query" if operation.method in ("GET", "DELETE") else "extra_body"
        arguments: dict[str, Any] = {}
        for key, value in given.items():
            if value is None or value == ():
                continue
            parameter = by_name[key]
            if parameter.kind in ("array", "object") and isinstance(value, str):
                value = _json_value(value, _flag(parameter))
            arguments[key] = list(value) if isinstance(value, tuple) else value
        wire_fields(operation, arguments)  # a missing required field names its flag, exit 2
        with state.client() as client:
            method = getattr(client, name)
            result = method(
                **arguments, app_auth_token=token, request_id=request_id, **{hatch: extra or None}
            )
        payload = {
            "operation": operation.operation_id,
            "http_status": result.raw.status_code,
            "trace_id": result.trace_id,
            "request_id": result.request_id,
            "data": result.data,
        }
        lines = [f"{operation.operation_id}: ok (trace id {result.trace_id})"]
        lines += [
            f"  {key}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in result.data.items()
        ]
        state.done(payload, "\n".join(lines))

    params: list[click.Parameter] = [_option(p) for p in operation.parameters]
    params.append(
        click.Option(
            ["--app-auth-token"],
            envvar="ALIPAY_APP_AUTH_TOKEN",
            help="A merchant's app_auth_token (ISV calls). Env: ALIPAY_APP_AUTH_TOKEN.",
        )
    )
    params.append(
        click.Option(
            ["--request-id"],
            help="The alipay-request-id to send: repeat an earlier call's id to resend it.",
        )
    )
    where = "query parameter" if operation.method in ("GET", "DELETE") else "body field"
    params.append(
        click.Option(
            ["--extra"],
            multiple=True,
            metavar="KEY=VALUE",
            help=f"Send a {where} the spec does not know yet (one Alipay added before this "
            "SDK's release); VALUE is read as JSON if it parses, else as text. Repeatable.",
        )
    )
    params.append(
        click.Option(
            ["--extra-json"],
            metavar="JSON",
            help=f"Send more {where}s the spec does not know yet, as a JSON object "
            "(--extra adds to or overrides it).",
        )
    )
    summary = operation.summary or operation.operation_id
    return click.Command(
        operation.operation_id.removeprefix(_PREFIX),
        callback=run,
        params=params,
        help=f"{summary}\n\n{operation.method} {operation.path}",
        short_help=summary[:60],
    )


class _ApiGroup(click.Group):
    """Finds an operation by its name in the API (``info.query``) or in Python
    (``info_query``, the client's method name)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is None and cmd_name in OPERATIONS:
            operation_id = OPERATIONS[cmd_name].operation_id
            found = super().get_command(ctx, operation_id.removeprefix(_PREFIX))
        return found


_PREFIX = "alipay.open.mini.innerversion."


@click.group("api", cls=_ApiGroup)
def group() -> None:
    """Call any operation of the API by its name, with a flag per field.

    Every operation of alipay.open.mini.innerversion is a subcommand (see the list
    below; the Python method name works too: info_query for info.query);
    `alipay-mini api OPERATION --help` lists its fields. Prints the verified
    answer (the whole object with --json).
    """


for _name, _operation in OPERATIONS.items():
    group.add_command(operation_command(_name, _operation))
