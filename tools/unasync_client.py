"""``make gen``'s last step: the sync client, generated from the async one by unasync.

``facade/alipay_innerversion/async_client.py`` is written by hand; ``sync_client.py`` is
what unasync makes of it (``async``/``await`` dropped, the I/O names in ``REPLACEMENTS``
swapped), with its own module docstring, formatted by ruff. As httpcore does: the sync
twin is never kept by hand, so it cannot drift. ``--check`` exits 1 when the committed
file is not what this makes (``make check-gen``, CI).

    python tools/unasync_client.py [--check]
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "facade" / "alipay_innerversion"
SOURCE = PACKAGE / "async_client.py"
TARGET = PACKAGE / "sync_client.py"

# The async name of each I/O name that differs (unasync itself maps __aenter__, __aexit__
# and the Async* classes it knows).
REPLACEMENTS = {
    "AsyncInnerVersionClient": "InnerVersionClient",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "aclose": "close",
    "handle_async_request": "handle_request",
    "_async_sleep": "_sync_sleep",
    "aread": "read",
    "aiter_raw": "iter_raw",
    "aiter_bytes": "iter_bytes",
    "aiter_text": "iter_text",
    "aiter_lines": "iter_lines",
}

HEADER = '''"""``InnerVersionClient``: generated from ``async_client.py`` by ``make gen`` (unasync).

Do not edit: change ``async_client.py`` and run ``make gen``. ``make check-gen`` (CI)
fails when this file is not what ``tools/unasync_client.py`` makes of it.
"""
'''


def generate() -> str:
    """The sync client's source, as ``make gen`` writes it."""
    with tempfile.TemporaryDirectory(prefix="unasync-") as tmp:
        source = Path(tmp) / SOURCE.name
        shutil.copyfile(SOURCE, source)
        rule = unasync.Rule(SOURCE.name, TARGET.name, additional_replacements=REPLACEMENTS)
        unasync.unasync_files([str(source)], [rule])
        text = (Path(tmp) / TARGET.name).read_text(encoding="utf-8")
    docstring = ast.parse(text).body[0]
    assert isinstance(docstring, ast.Expr)
    assert docstring.end_lineno is not None
    text = HEADER + "\n".join(text.split("\n")[docstring.end_lineno :])
    # The project's ruff settings: imports re-sorted (SyncOperations sorts elsewhere than
    # AsyncOperations), async-only noqa comments dropped, then formatted.
    text = _ruff("check", "--fix-only", "--exit-zero", input=text)
    return _ruff("format", input=text)


def _ruff(*args: str, input: str) -> str:
    return subprocess.run(  # noqa: S603 - this interpreter's ruff, fixed arguments
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(TARGET), "-"],
        input=input,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = parser.parse_args(argv)
    made = generate()
    relative = TARGET.relative_to(ROOT)
    if args.check:
        if TARGET.read_text(encoding="utf-8") != made:
            print(f"check-gen: {relative} is stale; run 'make gen' and commit", file=sys.stderr)
            return 1
        print(f"check-gen: {relative} is async_client.py, unasynced")
        return 0
    TARGET.write_text(made, encoding="utf-8")
    print(f"gen: wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
