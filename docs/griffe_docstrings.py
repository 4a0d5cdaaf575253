"""Griffe extension for the docs site: the docstrings, written for ``help()`` and IDEs,
as the site shows them.

- Sphinx cross-reference roles become links (below);
- RST literal blocks (``text::`` and an indented block) become fenced code;
- pytest fixtures are labelled as such, with their scope;
- each generated operation method gets an ``Args:`` section from the generated
  ``OPERATIONS`` table (the spec's description of each field), so the clients page says
  what every argument is.

The docstrings are written for ``help()`` and IDEs, with Sphinx's roles
(:class:`X`, :meth:`Y.z`, :func:`~pkg.mod.f`, ``:mod:`.sibling```). Markdown knows none of
them, so without this they would show literally on the site. When a package is loaded,
each role becomes a mkdocs-autorefs reference to the object the name means where it is
written (its class, module and imports, as Python would look it up): a link where the
site documents that object, plain code where it does not (an internal module, the
standard library: the site fetches no other site's inventory). A name in one of the
project's own packages that names nothing there is a warning, so ``--strict`` fails on
a docstring that refers to something renamed or gone.
"""

from __future__ import annotations

import ast
import html
import logging
import re
import textwrap
from typing import Any

from griffe import Extension, GriffeLoader, Module, Object

# under "mkdocs." so that `mkdocs build --strict` counts its warnings
_log = logging.getLogger("mkdocs.plugins.griffe_docstrings")

_ROLE = re.compile(
    r":(?:py:)?(?P<role>class|meth|func|attr|mod|exc|data|obj|const|type):"
    r"`(?:(?P<title>[^`<]*?)\s*<(?P<target_in_title>[^`>]+)>|(?P<target>[^`]+))`"
)


def _relative_module(obj: Object, target: str) -> str:
    """``.sibling`` / ``..parent.x`` from the module ``obj`` is written in."""
    module = obj.module
    base = module.path.split(".")
    if not module.is_init_module:
        base = base[:-1]
    dots = len(target) - len(target.lstrip("."))
    base = base[: len(base) - (dots - 1)] if dots > 1 else base
    rest = target.lstrip(".")
    return ".".join([*base, rest] if rest else base)


def _resolve(obj: Object, target: str) -> str | None:
    """The full path ``target`` means in ``obj``'s docstring, or None."""
    if target.startswith("."):
        return _relative_module(obj, target)
    head, _, tail = target.partition(".")
    scope: Object | None = obj
    while scope is not None:
        if head in scope.members or head in scope.imports:
            try:
                path = scope.resolve(head)
            except Exception:  # noqa: BLE001 - an unknown name is left as code
                return None
            return f"{path}.{tail}" if tail else path
        scope = scope.parent
    # an absolute path: its first part is a package
    return target if "." in target else None


def _exists(loader: GriffeLoader, path: str) -> bool:
    """Whether ``path`` names an object (True too for packages griffe did not load)."""
    package = path.partition(".")[0]
    if package not in loader.modules_collection.members:
        return True
    try:
        loader.modules_collection.get_member(path)
    except Exception:  # noqa: BLE001 - KeyError, or an alias that cannot be resolved
        # an inherited member is in its class's all_members, not its members
        parent, _, name = path.rpartition(".")
        try:
            return name in loader.modules_collection.get_member(parent).all_members
        except Exception:  # noqa: BLE001
            return False
    return True


def _rewrite(obj: Object, text: str, loader: GriffeLoader) -> str:
    def link(match: re.Match[str]) -> str:
        target = (match["target_in_title"] or match["target"]).strip()
        shown = target.lstrip("~.")
        if target.startswith("~"):
            target = target[1:]
            shown = shown.rsplit(".", 1)[-1]
        title = match["title"] or shown
        if match["role"] in {"meth", "func"} and not title.endswith(")") and not match["title"]:
            title += "()"
        path = _resolve(obj, target)
        if path is not None and not _exists(loader, path):
            _log.warning("%s: %s names nothing (%s)", obj.path, match[0], path)
            path = None
        if path is None or any(part.startswith("_") for part in path.split(".")):
            return f"`{title}`"
        # optional: a link where the site documents it, else the code alone
        return (
            f'<autoref identifier="{html.escape(path)}" optional>'
            f"<code>{html.escape(title)}</code></autoref>"
        )

    return _literal_blocks(_ROLE.sub(link, text))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _literal_blocks(text: str) -> str:
    """RST literal blocks (``text::`` or ``::``, then an indented block) as fenced code:
    Markdown would take an indented block after a list for more of the list."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.rstrip().endswith("::"):
            out.append(line)
            i += 1
            continue
        base = _indent(line)
        if line.strip() != "::":
            out.append(line.rstrip()[:-1])  # "text::" reads "text:"
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > base):
            j += 1
        block = textwrap.dedent("\n".join(lines[i + 1 : j])).strip("\n")
        try:
            ast.parse(block)
            language = "python"
        except SyntaxError:
            language = "text"
        pad = " " * base
        fence = [f"{pad}```{language}", *(pad + row if row else row for row in block.split("\n"))]
        out += ["", *fence, f"{pad}```", ""]
        i = j
    return "\n".join(out)


_FIXTURE = re.compile(r"^(?:pytest\.)?fixture\b(?:.*\bscope=[\"'](?P<scope>\w+))?")


def _label_fixture(obj: Object) -> None:
    for decorator in getattr(obj, "decorators", ()):
        if match := _FIXTURE.match(str(decorator.value)):
            # one label: griffe keeps labels in a set, so two would come in any order
            obj.labels.add(f"pytest fixture, {match['scope'] or 'function'} scope")


# The per-call options every operation method takes after the operation's own fields.
_CALL_OPTIONS = {
    "app_auth_token": "The merchant's app auth token, to call on its behalf (ISVs).",
    "request_id": "The `alipay-request-id` to send (every retry reuses it); default: a new one.",
    "timeout": "Seconds for each HTTP attempt of this call; default: the client's.",
    "max_retries": "Extra attempts of this call on transient failures; default: the client's.",
}
_OPERATION_CLASSES = {"SyncOperations", "AsyncOperations"}


def _describe(parameter: Any) -> str:
    notes = [parameter.description.strip()] if parameter.description else []
    if parameter.enum:
        notes.append("One of " + ", ".join(f"`{value}`" for value in parameter.enum) + ".")
    if parameter.pattern_hint:
        notes.append(parameter.pattern_hint)
    if parameter.default is not None:
        notes.append(f"Sent as `{parameter.default}` when not given.")
    if parameter.fields:
        keys = ", ".join(f"`{field.python_name}`" for field in parameter.fields)
        notes.append(f"Fields: {keys}.")
    return " ".join(" ".join(note.split()) for note in notes) or "See the operations page."


def _add_arguments(obj: Object) -> None:
    """An ``Args:`` section for a generated operation method, from ``OPERATIONS``."""
    if obj.parent is None or obj.parent.name not in _OPERATION_CLASSES or obj.docstring is None:
        return
    from alipay_innerversion_api.api import OPERATIONS

    operation = OPERATIONS.get(obj.name)
    if operation is None or "Args:" in obj.docstring.value:
        return
    rows = [f"    {p.python_name}: {_describe(p)}" for p in operation.parameters]
    rows += [f"    {name}: {text}" for name, text in _CALL_OPTIONS.items()]
    obj.docstring.value = obj.docstring.value.rstrip() + "\n\nArgs:\n" + "\n".join(rows)


def _walk(obj: Object, loader: GriffeLoader) -> None:
    _label_fixture(obj)
    _add_arguments(obj)
    if obj.docstring is not None and ":" in obj.docstring.value:
        obj.docstring.value = _rewrite(obj, obj.docstring.value, loader)
    for member in obj.members.values():
        if not member.is_alias:
            _walk(member, loader)  # type: ignore[arg-type]


class SiteDocstrings(Extension):
    """Adapt every docstring of a loaded package to the site (see the module docstring)."""

    def on_package(self, *, pkg: Module, loader: GriffeLoader, **kwargs: Any) -> None:
        _walk(pkg, loader)
