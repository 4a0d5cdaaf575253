"""``make mutation``: mutation testing of the security core with mutmut, one module at a time.

Each module is mutated in a throwaway copy of the package (laid out as ``src/`` so mutmut
imports the mutants instead of the installed package) and tested by its own test files,
which keeps a run short and leaves the work tree untouched. mutmut runs, per mutant, only
the tests that reach the mutated function.

Survivors are sorted into three kinds:

* equivalent: listed in ``mutation/equivalent.json`` with the reason no test can tell the
  mutant from the original (matched by function and changed lines, not by mutmut's
  numbering, which shifts whenever the module changes);
* wording: only the text of an error message, hint or log line changed (counted apart:
  the tests check that messages name the argument and the fix, not every word);
* everything else: a gap in the tests, listed with its diff.

The figures go to ``mutation/results.json``: the kill rate of the non-equivalent mutants
per module, wording mutants apart. Exit status 1 when a non-equivalent, non-wording mutant
survives.

Usage: ``python mutation/run.py [MODULE ...]`` (default: every module in ``MODULES``).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "alipay_innerversion"
PACKAGE_DIR = ROOT / "facade" / PACKAGE
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
EQUIVALENT = HERE / "equivalent.json"

# module -> the test files that exercise it (mutmut then runs, per mutant, only the tests
# among these that call the mutated function)
MODULES: dict[str, list[str]] = {
    "signing": ["tests/test_signing.py"],
    "responses": ["tests/test_responses.py"],
    "crypto": ["tests/test_crypto.py"],
    "nonces": ["tests/test_nonces.py"],
    "certs": ["tests/test_certs.py"],
    "wire": ["tests/test_wire.py"],
}

# calls whose string arguments are human-readable text (messages, hints, log lines)
_TEXT_CALLS_SUFFIXES = ("Error", "Exception")
_TEXT_CALLS = {"debug", "info", "warning", "error", "exception", "fail"}
_TEXT_KEYWORDS = {"hint"}

ABOUT = (
    "Written by `make mutation` (mutation/run.py). Per module: kill_rate = mutants killed "
    "(or timed out) / non-equivalent mutants; logic_* leaves out the mutants that change only "
    "the text of a message, hint or log line (wording_*). Equivalent mutants and why are in "
    "mutation/equivalent.json; source_sha256 is the module the figures are for."
)
MEMORY_LIMIT = 4 * 1024**3  # bytes of address space for mutmut and each test process

_STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests"}
_TIMEOUTS = {36, 24, -24, 152, 255}


@dataclass
class Mutant:
    name: str
    function: str
    status: str
    diff: list[str]
    wording: bool


@dataclass
class ModuleResult:
    module: str
    tests: list[str]
    mutants: list[Mutant] = field(default_factory=list)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", metavar="MODULE", help=", ".join(MODULES))
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep each module's staging folder")
    args = parser.parse_args(argv)
    modules = args.modules or list(MODULES)
    unknown = sorted(set(modules) - set(MODULES))
    if unknown:
        parser.error(f"unknown module {', '.join(unknown)}; choose from {', '.join(MODULES)}")

    equivalent = _load_equivalent()
    report = _load_results()
    report["about"] = ABOUT
    report["tool"] = f"mutmut {metadata.version('mutmut')}"
    failed = False
    for module in modules:
        result = _run_module(module, jobs=args.jobs, keep=args.keep)
        entry = _summarise(result, equivalent)
        report["modules"][module] = entry
        failed |= bool(entry["survivors"])
        _print(entry)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"figures written to {RESULTS.relative_to(ROOT)}")
    return 1 if failed else 0


def _load_equivalent() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = json.loads(EQUIVALENT.read_text("utf-8"))["mutants"]
    return entries


def _load_results() -> dict[str, Any]:
    if RESULTS.exists():
        loaded: dict[str, Any] = json.loads(RESULTS.read_text("utf-8"))
        loaded.setdefault("modules", {})
        return loaded
    return {"modules": {}}


def _run_module(module: str, *, jobs: int, keep: bool) -> ModuleResult:
    tests = MODULES[module]
    stage = Path(tempfile.mkdtemp(prefix=f"mutation-{module}-"))
    try:
        _stage(stage, module, tests)
        log = stage / "mutmut.log"
        print(f"{module}: mutating {PACKAGE}/{module}.py, tests {', '.join(tests)}", flush=True)
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        mutmut = Path(sys.executable).parent / "mutmut"
        with log.open("wb") as out:
            code = subprocess.call(
                [str(mutmut), "run", "--max-children", str(jobs)],
                cwd=stage,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                preexec_fn=_limit_memory,
            )
        meta = stage / "mutants" / "src" / PACKAGE / f"{module}.py.meta"
        if code != 0 or not meta.exists():
            tail = log.read_text("utf-8", "replace")[-3000:]
            raise SystemExit(f"{module}: mutmut failed (exit {code}):\n{tail}")
        mutated = (stage / "mutants" / "src" / PACKAGE / f"{module}.py").read_text("utf-8")
        exit_codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        return ModuleResult(module, tests, _mutants(mutated, exit_codes))
    finally:
        if keep:
            print(f"{module}: staging folder kept: {stage}")
        else:
            shutil.rmtree(stage, ignore_errors=True)


def _limit_memory() -> None:
    """A mutant that loops appending to a list must fail, not take the machine's memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _stage(stage: Path, module: str, tests: list[str]) -> None:
    """The package as ``src/``, the tests, and a pyproject.toml with pytest's settings and
    mutmut's for ``module``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    shutil.copytree(PACKAGE_DIR, stage / "src" / PACKAGE, ignore=ignore)
    shutil.copytree(ROOT / "tests", stage / "tests", ignore=ignore)
    project = (ROOT / "pyproject.toml").read_text("utf-8")
    start = project.index("[tool.pytest.ini_options]")
    end = project.find("\n[", start + 1)
    pytest_section = project[start:end] if end != -1 else project[start:]
    config = {
        "source_paths": ["src"],
        "only_mutate": [f"src/{PACKAGE}/{module}.py"],
        "pytest_add_cli_args_test_selection": tests,
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q"],
        "use_git_change_detection": False,
    }
    lines = [f"{key} = {json.dumps(value)}" for key, value in config.items()]
    (stage / "pyproject.toml").write_text(
        pytest_section.rstrip() + "\n\n[tool.mutmut]\n" + "\n".join(lines) + "\n", "utf-8"
    )


def _mutants(mutated: str, exit_codes: dict[str, int | None]) -> list[Mutant]:
    """Each mutant's status, the function it changes, its changed lines, and whether only
    message text changed."""
    functions = {
        node.name: node
        for node in ast.walk(ast.parse(mutated))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    out = []
    for name, code in exit_codes.items():
        mangled, _, number = name.rpartition(".")[2].partition("__mutmut_")
        original = functions[f"{mangled}__mutmut_orig"]
        changed = functions[f"{mangled}__mutmut_{number}"]
        if code in _TIMEOUTS:
            status = "timeout"
        else:
            status = _STATUS.get(code, "suspicious") if code is not None else "not checked"
        out.append(
            Mutant(
                name=name,
                function=_readable(mangled),
                status=status,
                diff=_diff(mutated, original, changed),
                wording=_only_text_changed(original, changed),
            )
        )
    return out


def _readable(mangled: str) -> str:
    """``x_load`` -> ``load``; ``xǁSignedRequestǁ__repr__`` -> ``SignedRequest.__repr__``."""
    if mangled.startswith("xǁ"):
        return ".".join(part for part in mangled[2:].split("ǁ") if part)
    return mangled[2:]


def _diff(source: str, original: ast.AST, changed: ast.AST) -> list[str]:
    before = (ast.get_source_segment(source, original) or "").splitlines()[1:]
    after = (ast.get_source_segment(source, changed) or "").splitlines()[1:]
    head_before = (ast.get_source_segment(source, original) or "").splitlines()[:1]
    head_after = (ast.get_source_segment(source, changed) or "").splitlines()[:1]
    if head_before and head_after:
        # the signature line differs by the function's name; compare it without the name
        before.insert(0, head_before[0].split("(", 1)[-1])
        after.insert(0, head_after[0].split("(", 1)[-1])
    return [
        line.rstrip()
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _only_text_changed(original: ast.AST, changed: ast.AST) -> bool:
    """True when the two functions differ only in string constants that are message text:
    arguments of an exception or logger call, or a ``hint=``."""
    nodes_a, nodes_b = list(ast.walk(original)), list(ast.walk(changed))
    if len(nodes_a) != len(nodes_b):
        return False
    parents = _text_constants(original)
    differs = False
    for a, b in zip(nodes_a, nodes_b, strict=True):
        if type(a) is not type(b):
            return False
        if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for name, value in ast.iter_fields(a):
            other = getattr(b, name)
            if isinstance(value, ast.AST | list):
                continue
            if value != other:
                if not isinstance(a, ast.Constant) or id(a) not in parents:
                    return False
                differs = True
    return differs


def _text_constants(function: ast.AST) -> set[int]:
    """ids of the string constants that are (part of) message text in ``function``."""
    found: set[int] = set()

    def mark(node: ast.AST) -> None:
        for inner in ast.walk(node):
            if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                found.add(id(inner))

    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id in _TEXT_KEYWORDS for t in node.targets):
                mark(node.value)
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called.endswith(_TEXT_CALLS_SUFFIXES) or called in _TEXT_CALLS:
            for arg in node.args:
                mark(arg)
        for keyword in node.keywords:
            if keyword.arg in _TEXT_KEYWORDS:
                mark(keyword.value)
    return found


def _summarise(result: ModuleResult, equivalent: list[dict[str, Any]]) -> dict[str, Any]:
    source = (PACKAGE_DIR / f"{result.module}.py").read_bytes()
    known = [e for e in equivalent if e["module"] == result.module]
    counts = {"killed": 0, "timeout": 0, "no tests": 0, "survived": 0, "other": 0}
    equivalents: list[dict[str, Any]] = []
    survivors: list[dict[str, Any]] = []
    wording_survivors: list[dict[str, Any]] = []
    wording_total = 0
    for mutant in result.mutants:
        wording_total += mutant.wording
        match = next(
            (e for e in known if e["function"] == mutant.function and e["diff"] == mutant.diff),
            None,
        )
        if mutant.status in ("killed", "timeout"):
            counts[mutant.status] += 1
            continue
        if match is not None:
            equivalents.append(
                {"function": mutant.function, "diff": mutant.diff, "reason": match["reason"]}
            )
            continue
        counts["survived" if mutant.status == "survived" else "other"] += 1
        entry = {"name": mutant.name, "status": mutant.status, "diff": mutant.diff}
        (wording_survivors if mutant.wording else survivors).append(entry)
    caught = counts["killed"] + counts["timeout"]
    non_equivalent = len(result.mutants) - len(equivalents)
    logic = non_equivalent - wording_total
    logic_caught = logic - len(survivors)
    return {
        "source_sha256": hashlib.sha256(source).hexdigest(),
        "tests": result.tests,
        "mutants": len(result.mutants),
        "equivalent": len(equivalents),
        "non_equivalent": non_equivalent,
        "killed": caught,
        "kill_rate": _rate(caught, non_equivalent),
        "logic_mutants": logic,
        "logic_killed": logic_caught,
        "logic_kill_rate": _rate(logic_caught, logic),
        "wording_mutants": wording_total,
        "wording_killed": wording_total - len(wording_survivors),
        "survivors": survivors,
        "wording_survivors": wording_survivors,
        "equivalent_mutants": equivalents,
    }


def _rate(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


def _print(entry: dict[str, Any]) -> None:
    print(
        f"  {entry['mutants']} mutants, {entry['equivalent']} equivalent; killed "
        f"{entry['killed']}/{entry['non_equivalent']} ({entry['kill_rate']}%); logic "
        f"{entry['logic_killed']}/{entry['logic_mutants']} ({entry['logic_kill_rate']}%), "
        f"wording {entry['wording_killed']}/{entry['wording_mutants']}",
        flush=True,
    )
    for survivor in entry["survivors"]:
        print(f"  SURVIVED {survivor['name']} ({survivor['status']})")
        for line in survivor["diff"]:
            print(f"      {line}")


if __name__ == "__main__":
    sys.exit(main())
