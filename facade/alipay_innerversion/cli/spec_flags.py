"""Which flags a command requires, read from the spec's generated operation table.

The lifecycle commands share their flags (``--bundle-id``, ``--pid``, ...), and whether
Alipay needs one depends on the operation: ``rollback`` needs ``--pid``, ``publish`` does
not. Click's own ``required=True`` would fail before the SDK's check, whose message says
more; so a flag the spec requires is marked in ``--help`` and checked at run time, and a
flag the spec leaves optional is not required by the CLI either. A flag's values (the
spec's ``enum``) and its default (the overlay's ``x-sdk-default``) come from the spec too:
a command declares a field's flag with its name and help only.
"""

from __future__ import annotations

from typing import Any

import attrs
import click

from alipay_innerversion_api.api import OPERATIONS, CallOptions, Parameter

from ..arguments import wire_fields
from ..errors import InvalidRequestError

__all__ = [
    "FOLLOWED",
    "REQUIRED",
    "call",
    "check_required",
    "flag_of",
    "follow_spec",
    "spec_field",
    "spec_fields",
    "version_pattern",
]

REQUIRED = "[required]"

#: Each command that follows the spec: the operations whose fields it takes, and the marks
#: it gives some instead of ``[required]`` (the conformance tests check every command's
#: ``--help`` against the spec with it).
FOLLOWED: dict[click.Command, tuple[tuple[str, ...], dict[str, str]]] = {}


def flag_of(python_name: str) -> str:
    """The CLI's flag for a field: ``--`` and the Python name in kebab case."""
    return "--" + python_name.replace("_", "-")


def spec_fields(*operations: str) -> dict[str, Parameter]:
    """The fields of ``operations`` by Python name (the first operation's, if shared)."""
    found: dict[str, Parameter] = {}
    for name in operations:
        for parameter in OPERATIONS[name].parameters:
            found.setdefault(parameter.python_name, parameter)
    return found


def spec_field(operation: str, python_name: str) -> Parameter:
    """One field of an operation (its enum, default, pattern, ...)."""
    return spec_fields(operation)[python_name]


def _options(command: click.Command) -> list[click.Option]:
    return [param for param in command.params if isinstance(param, click.Option)]


def follow_spec(
    command: click.Command, *operations: str, note: dict[str, str] | None = None
) -> click.Command:
    """Make ``command``'s flags that are fields of ``operations`` say what the spec says:
    required-ness (marked in help, checked at run time: never click's own), the values it
    lists (as the flag's choices) and the overlay's default. ``note`` gives another mark
    than ``[required]`` for some, by parameter name."""
    fields = spec_fields(*operations)
    required = {
        parameter.python_name
        for name in operations
        for parameter in OPERATIONS[name].parameters
        if parameter.required
    }
    marks = {name: REQUIRED for name in required} | (note or {})
    for option in _options(command):
        name = option.name or ""
        parameter = fields.get(name)
        if parameter is None:
            continue  # a flag of the CLI's own (``--wait``, ``--package``)
        option.required = False
        if parameter.enum and not option.multiple:
            option.type = click.Choice([str(value) for value in parameter.enum])
        if not option.is_flag:
            option.default = parameter.default
            option.show_default = parameter.default is not None
        if parameter.default is not None:
            continue  # it has a value (``--sync-type global``) unless the user gives one
        mark = marks.get(name)
        if mark and mark not in (option.help or ""):
            option.help = f"{option.help or ''} {mark}".strip()
    FOLLOWED[command] = (operations, dict(note or {}))
    return command


def call(client: Any, name: str, given: dict[str, Any]) -> Any:
    """Call operation ``name`` with the given flags that are its fields (or call options):
    a missing required field is refused first, naming its flag (exit 2)."""
    fields = spec_fields(name)
    passed = {key: value for key, value in given.items() if value is not None and key in fields}
    wire_fields(OPERATIONS[name], passed)
    options = {k: given[k] for k in attrs.fields_dict(CallOptions) if given.get(k)}
    return getattr(client, name)(**passed, **options)


def check_required(ctx: click.Context) -> None:
    """Refuse, before anything is done, a run of ``ctx``'s command without a flag the spec
    requires (for a command that checks its flags before the SDK would)."""
    operations, notes = FOLLOWED[ctx.command]
    required = {p.python_name for op in operations for p in OPERATIONS[op].parameters if p.required}
    missing = [
        flag_of(name)
        for name in sorted(required)
        if name in ctx.params and name not in notes and ctx.params[name] in (None, "", ())
    ]
    if missing:
        raise InvalidRequestError(
            f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} required.",
            hint=f"Give {' and '.join(missing)}.",
        )


def version_pattern() -> str:
    """The spec's rule for a mini program version (the pattern of ``app_version``, from
    the generated table): the CLI checks ``--version`` with it, never with its own."""
    patterns = {
        parameter.pattern
        for operation in OPERATIONS.values()
        for parameter in operation.parameters
        if parameter.python_name == "app_version" and parameter.pattern
    }
    if len(patterns) != 1:
        raise RuntimeError(f"the spec gives app_version {len(patterns)} patterns: {patterns}")
    return patterns.pop()
