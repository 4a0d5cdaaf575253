"""Which flags a command requires, read from the spec's generated operation table.

The lifecycle commands share their flags (``--bundle-id``, ``--pid``, ...), and whether
Alipay needs one depends on the operation: ``rollback`` needs ``--pid``, ``publish`` does
not. Click's own ``required=True`` would fail before the SDK's check, whose message says
more; so a flag the spec requires is marked in ``--help`` and checked at run time, and a
flag the spec leaves optional is not required by the CLI either.
"""

from __future__ import annotations

import click

from alipay_innerversion_api.api import OPERATIONS

__all__ = ["REQUIRED", "follow_spec", "version_pattern"]

REQUIRED = "[required]"


def _options(command: click.Command) -> list[click.Option]:
    return [param for param in command.params if isinstance(param, click.Option)]


def follow_spec(
    command: click.Command, *operations: str, note: dict[str, str] | None = None
) -> click.Command:
    """Mark in ``command``'s help the flags that any of ``operations`` requires (``note``
    gives another mark for some, by parameter name), un-require ``--mini-app-id`` where
    none of them requires it (Alipay takes the calling app by default), and give a flag
    whose field the spec enumerates those values as its choices."""
    required = {
        parameter.python_name
        for name in operations
        for parameter in OPERATIONS[name].parameters
        if parameter.required
    }
    fields = {p.python_name for name in operations for p in OPERATIONS[name].parameters}
    choices = {
        p.python_name: [str(value) for value in p.enum]
        for name in operations
        for p in OPERATIONS[name].parameters
        if p.enum
    }
    marks = {name: REQUIRED for name in required} | (note or {})
    for option in _options(command):
        name = option.name or ""
        if name in choices and not option.multiple:
            option.type = click.Choice(choices[name])  # the spec's values, in --help too
        if option.required:
            if name == "mini_app_id" and name in fields and name not in required:
                option.required = False
            continue
        if isinstance(option.default, str | int | float) and not option.is_flag:
            continue  # it has a value (``--sync-type global``) unless the user gives one
        mark = marks.get(name)
        if mark and mark not in (option.help or ""):
            option.help = f"{option.help or ''} {mark}".strip()
    return command


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
