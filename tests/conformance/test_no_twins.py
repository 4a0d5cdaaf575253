"""The structure that keeps sync and async from drifting: a pure core, I/O-only twins.

As in httpx: everything that decides something (building, signing, verifying, reading
answers under the cap, retry policy, the helpers' flows) is written once, without I/O;
each client and the transport have a sync and an async *shell* that only does I/O. Two
checks guard it:

* every method of ``AsyncInnerVersionClient`` is its ``InnerVersionClient`` twin with
  ``async``/``await`` added and the I/O names swapped (``close``/``aclose``,
  ``time.sleep``/``_async_sleep``, ...): compared as syntax trees, so a twin cannot
  gain logic of its own;
* in the facade's core modules, ``async def`` appears only in the known I/O shells.
"""

from __future__ import annotations

import ast

from .spec import ROOT

PACKAGE = ROOT / "facade" / "alipay_innerversion"

# The async name of each I/O name (attribute, function or method) that differs.
IO_NAMES = {
    "aclose": "close",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "_async_sleep": "sleep",
    "handle_async_request": "handle_request",
}
# Async functions allowed in the core: the I/O shells, by module.
IO_SHELLS = {
    "client.py": {
        "aclose",
        "__aenter__",
        "__aexit__",
        "_call",
        "_send",
        "call",
        "call_raw",
        "_run",
        "_outcome",
        "_upload_flow",
        "upload_status",
        "wait_for_build",
        "wait_for_audit",
        "list_versions",
        "release",
        "handle_async_request",
    },
    "transport.py": {"_async_sleep", "handle_async_request", "_asend", "aclose"},
    "wire.py": {"__aiter__"},
}
ASYNC_ONLY: set[str] = set()


class _Synchronous(ast.NodeTransformer):
    """An async syntax tree as its sync twin: awaits dropped, async defs made plain, I/O
    names mapped, comments and docstrings gone (``ast`` has none of the former)."""

    def visit_Await(self, node: ast.Await) -> ast.AST:
        return self.visit(node.value)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        plain = ast.FunctionDef(**{f: getattr(node, f) for f in node._fields})
        return self.generic_visit(plain)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        node.id = IO_NAMES.get(node.id, node.id)
        return node

    def visit_Attribute(self, node: ast.AST) -> ast.AST:
        assert isinstance(node, ast.Attribute)
        if isinstance(node.value, ast.Name) and (node.value.id, node.attr) == ("time", "sleep"):
            return ast.Name(id="sleep", ctx=node.ctx)
        self.generic_visit(node)
        node.attr = IO_NAMES.get(node.attr, node.attr)
        return node

    def visit_keyword(self, node: ast.keyword) -> ast.AST:
        if node.arg == "asynchronous":  # which I/O a shared helper sets up
            node.value = ast.Constant(value=None)
        return self.generic_visit(node)


def _methods(tree: ast.Module, cls: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            return {
                IO_NAMES.get(item.name, item.name): item
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            }
    raise AssertionError(f"no class {cls}")


def _shape(node: ast.AST) -> str:
    node = _Synchronous().visit(node)
    body = getattr(node, "body", [])
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        node.body = body[1:]  # type: ignore[attr-defined]  # the docstring
    for arg in ast.walk(node):
        if isinstance(arg, ast.arg):
            arg.annotation = None  # httpx.Client vs httpx.AsyncClient, noqa comments
        if isinstance(arg, ast.FunctionDef):
            arg.returns = None
            arg.name = IO_NAMES.get(arg.name, arg.name)
    return ast.dump(node, include_attributes=False)


def test_the_async_client_is_the_sync_client_plus_await() -> None:
    tree = ast.parse((PACKAGE / "client.py").read_text(encoding="utf-8"))
    sync = _methods(tree, "InnerVersionClient")
    async_ = _methods(tree, "AsyncInnerVersionClient")
    assert sync.keys() == async_.keys()
    drifted = [name for name in sync if _shape(sync[name]) != _shape(async_[name])]
    assert not drifted, f"the async twins of {drifted} do more than I/O differently"


def test_async_code_in_the_core_is_only_io() -> None:
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef)}
        if names:
            found[path.name] = names
    for module, names in found.items():
        if module in ASYNC_ONLY:
            continue
        extra = names - IO_SHELLS.get(module, set())
        assert not extra, f"{module}: async code outside the I/O shells: {sorted(extra)}"
