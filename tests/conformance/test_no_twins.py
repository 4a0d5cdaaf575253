"""No hand-written sync/async twin in ``facade/``: the ``duplicates`` command (where it is
installed) must report no pair of places that are the sync and async versions of the same
code: no pair inside ``client.py`` (the clients differ only in I/O), and no pair anywhere
with one side in a ``def`` and the other in an ``async def``."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

import pytest

from .spec import ROOT

FACADE = ROOT / "facade"
CLIENT = "alipay_innerversion/client.py"
ROW = re.compile(
    r"^D\d+\s+(?P<a>\S+):(?P<a1>\d+)-(?P<a2>\d+)\s+~\s+(?P<b>\S+):(?P<b1>\d+)-(?P<b2>\d+)"
)
DEF = re.compile(r"^\s*(?P<async>async\s+)?def\s+(?P<name>\w+)")


@dataclass(frozen=True)
class Side:
    path: str
    first: int
    last: int

    def __str__(self) -> str:
        return f"{self.path}:{self.first}-{self.last}"


@cache
def lines_of(path: str) -> list[str]:
    return (FACADE / path).read_text(encoding="utf-8").splitlines()


def enclosing_def(side: Side) -> tuple[str, bool] | None:
    """The function the side starts in (the nearest ``def`` at or above its first line),
    and whether it is an ``async def``."""
    lines = lines_of(side.path)
    for number in range(min(side.first, len(lines)), 0, -1):
        found = DEF.match(lines[number - 1])
        if found:
            return found["name"], bool(found["async"])
    return None


def is_twin(a: Side, b: Side) -> bool:
    if a.path == CLIENT and b.path == CLIENT:
        return True
    where_a, where_b = enclosing_def(a), enclosing_def(b)
    return where_a is not None and where_b is not None and where_a[1] != where_b[1]


def test_no_sync_async_twins_in_the_facade() -> None:
    command = shutil.which("duplicates")
    if command is None:
        pytest.skip("the `duplicates` command is not installed")
    done = subprocess.run(
        [command, "--repo", str(FACADE), "--min-lines", "6", "--most", "200"],
        cwd=FACADE,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = done.stdout
    assert "incomplete:" not in output, output
    twins = []
    for line in output.splitlines():
        row = ROW.match(line)
        if row is None:
            continue
        a = Side(row["a"], int(row["a1"]), int(row["a2"]))
        b = Side(row["b"], int(row["b1"]), int(row["b2"]))
        if is_twin(a, b):
            twins.append(f"{line}   [{enclosing_def(a)} ~ {enclosing_def(b)}]")
    assert not twins, "sync/async twins in facade/:\n" + "\n".join(twins)


def test_twin_rule() -> None:
    """The rule itself, so that the test above cannot pass vacuously."""
    asynchronous = DEF.match("    async def handle_async_request(self) -> None:")
    synchronous = DEF.match("    def handle_request(self) -> None:")
    assert asynchronous is not None
    assert asynchronous["async"]
    assert synchronous is not None
    assert not synchronous["async"]
    assert ROW.match(
        "D3 alipay_innerversion/client.py:236-249 ~ alipay_innerversion/client.py:296-309"
    )
    assert is_twin(Side(CLIENT, 1, 6), Side(CLIENT, 10, 16))
