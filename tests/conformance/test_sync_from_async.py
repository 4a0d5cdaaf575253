"""The structure that keeps sync and async from drifting, as httpcore has it: the sync
client is generated from the async one (``tools/unasync_client.py``, run by ``make gen``,
checked by ``make check-gen``), and everything that decides something is written once,
without I/O (``client_base``, ``calls``, ``exchange``, ``transport``'s pure methods, the
flows). Two checks guard it here too, so ``make pytest`` alone catches a stale or
hand-edited sync client:

* ``sync_client.py`` is exactly what the generator makes of ``async_client.py``;
* in the facade's core modules, ``async def`` appears only in the I/O shells.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys

from .spec import ROOT

PACKAGE = ROOT / "facade" / "alipay_innerversion"

# Async functions allowed in the core: the I/O shells, by module.
IO_SHELLS = {
    "async_client.py": {
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
    },
    "connections.py": {"handle_async_request", "aclose"},
    "transport.py": {"_async_sleep", "handle_async_request", "_asend", "aclose"},
    "wire.py": {"__aiter__"},
}


def _generator() -> object:
    spec = importlib.util.spec_from_file_location(
        "unasync_client", ROOT / "tools" / "unasync_client.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("unasync_client", module)
    spec.loader.exec_module(module)
    return module


def test_the_sync_client_is_the_async_client_unasynced() -> None:
    generator = _generator()
    made = generator.generate()  # type: ignore[attr-defined]
    committed = (PACKAGE / "sync_client.py").read_text(encoding="utf-8")
    assert committed == made, "sync_client.py is stale or edited by hand: run make gen"
    assert "async def" not in made
    assert "await " not in made
    assert "class InnerVersionClient(SyncOperations, _ClientBase):" in made


def test_the_generator_swaps_every_io_name() -> None:
    """No async name survives into the sync client (a new I/O name in the async client
    must be added to the generator's replacements)."""
    made = _generator().generate()  # type: ignore[attr-defined]
    tree = ast.parse(made)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    leftover = {
        name
        for name in names
        if "async" in name.lower()
        or re.fullmatch(r"a(read|iter_\w+|close|next|send|write)", name)
        or name in ("anyio", "trio")
    }
    assert not leftover, leftover


def test_async_code_in_the_core_is_only_io() -> None:
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef)}
        if names:
            found[path.name] = names
    assert "async_client.py" in found
    for module, names in found.items():
        extra = names - IO_SHELLS.get(module, set())
        assert not extra, f"{module}: async code outside the I/O shells: {sorted(extra)}"
