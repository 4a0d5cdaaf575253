"""The emulator's platform modules import in one direction (issue 19 item 3): ``model``
(records, ``Call``) <- ``operations`` (handlers) <- ``state`` (the platform), with the
operation table from the generated package; no module imports one above it, not even
inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import alipay_innerversion.emulator as emulator

PACKAGE = Path(emulator.__file__).parent
LAYERS = {"model": 0, "operations": 1, "state": 2}


def _layer(module: str) -> int | None:
    return LAYERS.get(module.split(".")[0])


def _imports(path: Path, package: str) -> list[tuple[str, int]]:
    """(emulator module imported, line) for every relative import in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package if node.level == 1 else ""
            if node.level == 2 and package == "operations":
                base = ""
            module = ".".join(p for p in (base, node.module or "") if p)
            names = [module] if node.module else [a.name for a in node.names]
            found += [(name, node.lineno) for name in names]
    return found


def test_model_operations_state_import_downwards_only() -> None:
    files = {
        "model": [PACKAGE / "model.py"],
        "operations": sorted((PACKAGE / "operations").glob("*.py")),
        "state": [PACKAGE / "state.py"],
    }
    for layer, paths in files.items():
        for path in paths:
            package = "operations" if path.parent.name == "operations" else ""
            for module, line in _imports(path, package):
                target = _layer(module)
                if target is None or module.startswith(f"{layer}.") or module == layer:
                    continue
                assert target < LAYERS[layer], f"{path.name}:{line} imports {module}"
