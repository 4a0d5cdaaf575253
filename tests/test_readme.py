"""Every ```python block of README.md runs as printed, each on its own in an empty working
directory, against the emulator CLI (a real server process) once the variables of the
``emulator.env`` it writes are in the environment, as the README tells its readers."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
GUIDES = sorted((ROOT / "docs" / "guides").glob("*.md"))
BLOCK = re.compile(r"^```python\n(.*?)^```\n", re.DOTALL | re.MULTILINE)
ALIPAY_MINI = Path(sys.executable).with_name("alipay-mini")


def python_blocks(path: Path = README) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in BLOCK.finditer(text)]


def is_test_module(code: str) -> bool:
    """A block of pytest tests (for the emulator's pytest plugin): run it under pytest."""
    return re.search(r"^def test_", code, re.MULTILINE) is not None


def guide_tests() -> list[tuple[str, str]]:
    return [
        (f"{path.name} line {line}", code)
        for path in GUIDES
        for line, code in python_blocks(path)
        if is_test_module(code)
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def read_env(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key] = value
    return values


@pytest.fixture(scope="module")
def emulator_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    home = tmp_path_factory.mktemp("emulator")
    keys_dir = home / ".emulator"
    command = [str(ALIPAY_MINI), "emulator", "--port", str(_free_port()), "--keys-dir"]
    process = subprocess.Popen(
        [*command, str(keys_dir)],
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        seen = []
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            seen.append(line)
            if "listening on" in line or not line:
                break
        assert (keys_dir / "emulator.env").exists(), "".join(seen)
        yield read_env(keys_dir / "emulator.env")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_the_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 8
    text = README.read_text(encoding="utf-8")
    assert "set -a; . .emulator/emulator.env; set +a" in text


@pytest.mark.parametrize(
    ("line", "code"), python_blocks(), ids=[f"line {line}" for line, _ in python_blocks()]
)
def test_readme_block_runs(
    line: int, code: str, emulator_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_block(code, emulator_env, tmp_path)
    assert done.returncode == 0, f"README.md line {line}:\n{code}\n{done.stdout}\n{done.stderr}"


@pytest.mark.parametrize(("where", "code"), guide_tests(), ids=[w for w, _ in guide_tests()])
def test_guide_test_examples_pass(where: str, code: str, tmp_path: Path) -> None:
    done = run_block(code, {}, tmp_path)
    assert done.returncode == 0, f"{where}:\n{code}\n{done.stdout}\n{done.stderr}"


def run_block(
    code: str, emulator_env: dict[str, str], tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` as printed in an empty directory: as a script, or under pytest (the
    emulator's plugin loads itself) when it is a module of tests."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}
    env.update(emulator_env)
    work = tmp_path / "work"
    work.mkdir()
    if is_test_module(code):
        script = work / "test_example.py"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(script)]
    else:
        script = tmp_path / "example.py"
        command = [sys.executable, str(script)]
    script.write_text(code, encoding="utf-8")
    return subprocess.run(
        command, cwd=work, env=env, capture_output=True, text=True, timeout=120, check=False
    )
