"""MkDocs hooks for the docs site.

- Fail the build when a name ``alipay_innerversion`` exports has no API reference entry,
  so a new public class or function cannot go undocumented.
- Make the operations page (``reference/operations.md``) from the generated package's
  ``OPERATIONS`` table at build time, so it lists exactly what the clients send.
- Make the command line page (``reference/cli.md``) from click's own ``--help`` of every
  ``alipay-mini`` command at build time, so it cannot drift from the program.
- Fill the package page's list of exports from ``alipay_innerversion.__all__``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

_ENTRY = re.compile(r"^::: alipay_innerversion\.(\w+)\s*$", re.MULTILINE)
# Exported, but not something to document on its own.
_NOT_DOCUMENTED = {"__version__"}
OPERATIONS_PAGE = "reference/operations.md"
CLI_PAGE = "reference/cli.md"
# the width click wraps help to on the page (a terminal's width does not matter here)
_HELP_WIDTH = 76
_EXPORTS_MARKER = "<!-- exports: filled in at build time"


def on_pre_build(config: Any) -> None:
    import alipay_innerversion

    reference = Path(config["docs_dir"]) / "reference"
    documented: set[str] = set()
    for page in reference.glob("*.md"):
        documented.update(_ENTRY.findall(page.read_text(encoding="utf-8")))
    missing = sorted(set(alipay_innerversion.__all__) - documented - _NOT_DOCUMENTED)
    if missing:
        raise PluginError(
            "exported by alipay_innerversion but not in docs/reference/*.md: "
            + ", ".join(missing)
            + " (add a `::: alipay_innerversion.NAME` entry to the page it belongs on)"
        )


def on_files(files: Files, config: Any) -> Files:
    files.append(File.generated(config, OPERATIONS_PAGE, content=operations_page()))
    files.append(File.generated(config, CLI_PAGE, content=cli_page()))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    if page.file.src_uri == "reference/index.md":
        lines = markdown.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith(_EXPORTS_MARKER))
        lines[at : at + 1] = exports_table()
        return "\n".join(lines) + "\n"
    return markdown


_ROLE = re.compile(r":\w+:`~?(?:[\w.]*\.)?(\w+)`")


def _cell(text: str) -> str:
    """Text for one cell of a Markdown table (a Sphinx role as the code it names)."""
    return _ROLE.sub(r"`\1`", " ".join(text.split())).replace("|", "\\|")


def exports_table() -> list[str]:
    import alipay_innerversion

    rows = ["| name | what it is |", "|---|---|"]
    for name in sorted(set(alipay_innerversion.__all__) - _NOT_DOCUMENTED):
        value = getattr(alipay_innerversion, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            first = (inspect.getdoc(value) or "").split("\n\n", 1)[0]
        else:
            first = f"`{value!r}`"
        rows.append(f"| [`{name}`][alipay_innerversion.{name}] | {_cell(first)} |")
    return rows


def _kind(parameter: Any) -> str:
    kind = str(parameter.kind)
    if kind == "array" and parameter.item_kind:
        kind = f"array of {parameter.item_kind}"
    return kind


def _parameter_rows(parameters: Any, prefix: str = "") -> list[str]:
    rows = []
    for p in parameters:
        notes = [_cell(p.description)] if p.description else []
        if p.enum:
            notes.append("one of " + ", ".join(f"`{value}`" for value in p.enum))
        if p.pattern_hint:
            notes.append(_cell(p.pattern_hint))
        elif p.pattern:
            notes.append(f"pattern `{_cell(p.pattern)}`")
        if p.default is not None:
            notes.append(f"default `{p.default}`")
        wire = f" (wire `{p.name}`)" if p.name != p.python_name else ""
        name = f"{prefix}{p.python_name}"
        rows.append(
            f"| `{name}`{wire} | {p.location} | {_kind(p)} | {'yes' if p.required else 'no'} "
            f"| {'; '.join(notes)} |"
        )
        rows.extend(_parameter_rows(p.fields, prefix=f"{name}."))
    return rows


_CLIENT = "alipay_innerversion.InnerVersionClient"
_ASYNC_CLIENT = "alipay_innerversion.AsyncInnerVersionClient"


def operations_page() -> str:
    """The operations page: every operation of the generated package, its fields."""
    from alipay_innerversion_api.api import COMMON_ERROR_CODES, OPERATIONS

    lines = [
        "# Operations",
        "",
        "Every operation of the API, generated from the spec when the site is built (the",
        "generated package's `OPERATIONS` table): the same keyword arguments on",
        "[`InnerVersionClient`][alipay_innerversion.InnerVersionClient] and",
        "[`AsyncInnerVersionClient`][alipay_innerversion.AsyncInnerVersionClient], and the",
        "same names for `alipay-mini api`. Nested fields are shown as `parent.field`.",
        "Besides its own error codes, any operation may answer one of the",
        "[common codes](#common-error-codes).",
        "",
        "| operation | what it does |",
        "|---|---|",
    ]
    operations = sorted(OPERATIONS.items())
    lines += [f"| [`{name}`](#{name}) | {_cell(op.summary)} |" for name, op in operations]
    for name, op in operations:
        lines += [
            "",
            f"## `{name}` {{#{name}}}",
            "",
            _cell(op.summary) + ".",
            "",
            f"`{op.method} {op.path}` (`{op.operation_id}`); "
            f"[`InnerVersionClient.{name}`][{_CLIENT}.{name}], "
            f"[`AsyncInnerVersionClient.{name}`][{_ASYNC_CLIENT}.{name}]; "
            f"returns `{op.result_class.__name__}`.",
            "",
        ]
        if op.parameters:
            lines += [
                "| argument | in | kind | required | notes |",
                "|---|---|---|---|---|",
                *_parameter_rows(op.parameters),
            ]
        else:
            lines.append("No arguments.")
        if op.package_fields is not None:
            lines += ["", "Carries a package: `upload(package=...)` fills these fields."]
        if op.error_codes:
            codes = ", ".join(f"`{code}`" for code in sorted(op.error_codes))
            lines += ["", f"Its own error codes: {codes}."]
    codes = ", ".join(f"`{code}`" for code in sorted(COMMON_ERROR_CODES))
    lines += ["", "## Common error codes", "", f"Any operation may answer: {codes}."]
    return "\n".join(lines) + "\n"


def _context(command: Any, name: str, parent: Any = None) -> Any:
    """The context ``--help`` would print in (the command's own settings, a fixed width)."""
    return command.make_context(
        name,
        [],
        parent=parent,
        resilient_parsing=True,
        terminal_width=_HELP_WIDTH,
        max_content_width=_HELP_WIDTH,
    )


def _commands(ctx: Any, depth: int) -> list[str]:
    """The help of ``ctx``'s command, then of each of its subcommands, as Markdown."""
    import click

    command = ctx.command
    path = ctx.command_path
    lines = [
        "",
        f"{'#' * min(depth, 4)} `{path}` {{#{path.replace(' ', '-').replace('.', '-')}}}",
        "",
        "```text",
        command.get_help(ctx),
        "```",
    ]
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is None or sub.hidden:
                continue
            lines += _commands(_context(sub, name, parent=ctx), depth + 1)
    return lines


def cli_page() -> str:
    """The command line page: ``alipay-mini --help`` and every command's ``--help``."""
    from alipay_innerversion.cli import main

    ctx = _context(main, "alipay-mini")
    lines = [
        "# Command line: alipay-mini",
        "",
        "Installed with the `cli` extra (`pip install 'alipay-innerversion[cli]'`). Below,",
        "what `--help` prints for every command, made from the program itself when the site",
        "is built. Each operation of the API is also a subcommand of `alipay-mini api`,",
        "with a flag per field (see [the operations page](operations.md)).",
    ]
    return "\n".join(lines + _commands(ctx, 2)) + "\n"
