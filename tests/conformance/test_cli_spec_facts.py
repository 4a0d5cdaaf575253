"""The CLI restates no fact of the spec (issue 19, item 3).

Its commands' flags, which are required, their values and defaults come from the
generated operation table; version statuses, build statuses and the values the spec
lists (gray strategies, sync types) are never written into ``cli/`` as literals. The
lists checked here are read from the generated package at test time, so a status or a
value added to the spec is checked too.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from alipay_innerversion_api.api import BUILD_STATUSES, OPERATIONS, BuildState, VersionStatus

CLI_DIR = Path(__file__).resolve().parents[2] / "facade" / "alipay_innerversion" / "cli"

#: Commands with no operation of their own: they check keys, run the emulator or the demo,
#: or wait by polling (``review wait``).
CLI_ONLY = {"keys check", "demo", "emulator", "review wait"}
#: ``failed`` is also the batch's own word for an item that failed (cli/batch.py), not
#: a build's state: the build states are checked without it.
BATCH_WORDS = {"failed"}


def _enum_values(operation: str, field: str) -> set[str]:
    for parameter in OPERATIONS[operation].parameters:
        if parameter.python_name == field:
            return {str(value) for value in parameter.enum}
    raise AssertionError(f"{operation} has no field {field}")


def _spec_words() -> tuple[set[str], set[str]]:
    """(values no CLI text may contain as a word, values no literal may equal)."""
    words = {status.value for status in VersionStatus}
    words |= _enum_values("gray_publish", "gray_strategy")
    exact = {state.value for state in BuildState} - BATCH_WORDS
    exact |= _enum_values("sync", "sync_type")
    return words, exact


def _compared_or_listed(tree: ast.AST) -> set[int]:
    """The literals compared with something, or held in a tuple, list, set or as a dict
    key: where a table of build codes (``"0"``, ``"5"``) would be; elsewhere a ``"0"`` is
    just a count."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            found |= {id(n) for n in (node.left, *node.comparators)}
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            found |= {id(n) for n in node.elts}
        elif isinstance(node, ast.Dict):
            found |= {id(n) for n in node.keys if n is not None}
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _literals(source: str) -> Iterator[tuple[int, str, bool]]:
    """Every string literal of ``source`` but docstrings (which explain, and may name a
    status), with its line and whether it is compared or listed."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    tables = _compared_or_listed(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node.lineno, node.value, id(node) in tables


def _spec_literals(source: str) -> list[tuple[int, str]]:
    words, exact = _spec_words()
    found = []
    for line, text, in_table in _literals(source):
        named = set(re.findall(r"[A-Za-z0-9_]+", text)) & words
        if named or text in exact or (in_table and text in BUILD_STATUSES):
            found.append((line, text))
    return sorted(found)


def test_the_scan_finds_what_it_looks_for() -> None:
    """The scan itself catches a hand list (so an empty result means something)."""
    hand = (
        'STYLE = {"AUDITING": "yellow", "RELEASE": "green"}\n'
        'HELP = "one of p10, p30, p50"\n'
        'if code == "5": pass\n'
        'DEFAULT = "global"\n'
        'STATE = "timed_out"\n'
    )
    assert [line for line, _ in _spec_literals(hand)] == [1, 1, 2, 3, 4, 5]


def test_cli_names_no_version_status_build_status_or_listed_value_by_hand() -> None:
    found = {
        f"{path.name}:{line}: {text!r}"
        for path in sorted(CLI_DIR.glob("*.py"))
        for line, text in _spec_literals(path.read_text(encoding="utf-8"))
    }
    assert not found, "spec facts written by hand in cli/ (read them from the generated package)"


def _leaves(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, click.Command]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            if (*path, name) != ("api",):  # made from the table itself
                yield from _leaves(command, (*path, name))
        else:
            yield " ".join((*path, name)), command


def _friendly() -> list[tuple[str, click.Command]]:
    from alipay_innerversion.cli._app import main

    return list(_leaves(main))


def test_every_friendly_command_takes_its_flags_from_the_spec() -> None:
    from alipay_innerversion.cli.spec_flags import FOLLOWED

    missing = {name for name, command in _friendly() if command not in FOLLOWED} - CLI_ONLY
    assert not missing


@pytest.mark.parametrize("name", sorted({name for name, _ in _friendly()} - CLI_ONLY))
def test_help_marks_exactly_the_flags_the_spec_requires(name: str) -> None:
    from alipay_innerversion.cli.spec_flags import FOLLOWED, REQUIRED

    command = dict(_friendly())[name]
    operations, notes = FOLLOWED[command]
    fields = {p.python_name: p for op in operations for p in OPERATIONS[op].parameters}
    required = {p.python_name for op in operations for p in OPERATIONS[op].parameters if p.required}
    ctx = click.Context(command, info_name=name)
    checked = 0
    for option in command.params:
        parameter = fields.get(option.name or "")
        if not isinstance(option, click.Option) or parameter is None:
            continue
        checked += 1
        record = option.get_help_record(ctx)
        help_text = record[1] if record else ""
        flag = option.opts[0]
        assert not option.required, f"{name} {flag}: required by click, not by the spec's check"
        expected = notes.get(option.name or "", REQUIRED) if option.name in required else ""
        if parameter.default is not None:
            expected = ""  # the overlay's default is sent unless the user gives one
            assert option.default == parameter.default, f"{name} {flag}"
        if expected:
            assert expected in help_text, f"{name} {flag} is required by the spec: {help_text}"
        else:
            assert REQUIRED not in help_text, f"{name} {flag} is optional in the spec"
        if parameter.enum and not option.multiple:
            assert isinstance(option.type, click.Choice), f"{name} {flag}"
            assert list(option.type.choices) == [str(v) for v in parameter.enum]
    assert checked, f"{name} has no flag of {operations}"


def _help(*args: str) -> str:
    from alipay_innerversion.cli._app import main

    result = CliRunner().invoke(main, [*args, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


def _line(text: str, flag: str) -> str:
    """What ``--help`` shows for ``flag``: its line and the lines its help wraps onto."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip().startswith(flag + " "))
    end = next(
        (n for n in range(start + 1, len(lines)) if lines[n].strip().startswith("-")), len(lines)
    )
    return " ".join(line.strip() for line in lines[start:end])


def test_sync_help_requires_what_the_spec_requires_and_not_the_mini_app_id() -> None:
    text = _help("sync")
    assert REQUIRED_MARK not in _line(text, "--mini-app-id")
    assert REQUIRED_MARK not in _line(text, "--version")
    for flag in ("--bundle-id", "--app-origin"):
        assert REQUIRED_MARK in _line(text, flag), text
    sync_type = _line(text, "--sync-type")
    (spec,) = (p for p in OPERATIONS["sync"].parameters if p.name == "sync_type")
    assert f"[{'|'.join(map(str, spec.enum))}]" in sync_type
    assert f"default: {spec.default}" in sync_type


def test_gray_start_strategy_is_the_spec_s_choice_and_required_as_the_spec_says() -> None:
    line = _line(_help("gray", "start"), "--strategy")
    (strategy,) = (p for p in OPERATIONS["gray_publish"].parameters if p.name == "gray_strategy")
    assert f"[{'|'.join(map(str, strategy.enum))}]" in line
    assert (REQUIRED_MARK in line) == strategy.required, line


REQUIRED_MARK = "[required]"


@pytest.mark.parametrize(
    ("operation", "field"), [("gray_publish", "gray_strategy"), ("sync", "sync_type")]
)
def test_api_help_of_an_enum_flag_lists_the_spec_s_values(operation: str, field: str) -> None:
    (parameter,) = (p for p in OPERATIONS[operation].parameters if p.python_name == field)
    text = " ".join(_help("api", operation).split())
    assert f"One of: {', '.join(map(str, parameter.enum))}." in text
