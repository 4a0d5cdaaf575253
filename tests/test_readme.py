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


# -- figures: every number the README quotes comes from a file the suite writes ------------

FIGURES = ROOT / "tests" / "adversarial" / "figures.json"
BENCH = ROOT / "bench" / "results.json"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_the_adversarial_summary_line_is_the_figures_file() -> None:
    import json

    from tests.adversarial.report import Report

    figures = json.loads(FIGURES.read_text(encoding="utf-8"))
    report = Report()
    for name, value in figures.items():
        report.add(name, value)
    section = _section("Security and reliability")
    assert f"\n{report.summary_line()}\n" in section
    assert f"{figures['mutations_tried']:,} seeded mutations" in section
    assert f"{figures['calls_under_faults']:,} logical calls" in section
    # What the figures prove, whatever the counts of a run.
    assert figures["mutations_accepted"] == figures["secrets_found"] == 0
    assert figures["faults_survived"] == figures["faults_injected"] > 0


def test_the_figures_of_runs_and_loads_are_the_tests_settings() -> None:
    from tests.adversarial import test_crash, test_load
    from tests.cli import test_release_kill

    section = _section("Security and reliability")
    assert test_crash.DEFAULT_RUNS == test_release_kill.DEFAULT_RUNS
    assert test_crash.RUNS == test_release_kill.RUNS
    runs = f"{test_crash.DEFAULT_RUNS} runs in CI, {test_crash.RUNS} in `make test-all`"
    assert runs in section
    seconds = float(os.environ.get("ADVERSARIAL_LOAD_SECONDS", "30"))
    assert seconds == test_load.SECONDS
    assert f"{test_load.CALLERS} concurrent async callers for {seconds:g} s" in section


def test_the_thread_safety_figures_are_the_tests_settings() -> None:
    from tests import test_thread_safety

    class Config:
        def getoption(self, name: str) -> bool:
            return name == "--run-slow"

    class Request:
        config = Config()

    workers, calls = test_thread_safety._size(Request())  # type: ignore[arg-type]
    text = README.read_text(encoding="utf-8")
    assert f"{workers} threads × {calls} calls on one sync client" in text  # noqa: RUF001
    assert f"{workers} tasks × {calls} calls" in text  # noqa: RUF001


def _bench_values() -> list[float]:
    import json

    def leaves(node: object) -> Iterator[float]:
        if isinstance(node, dict):
            for value in node.values():
                yield from leaves(value)
        elif isinstance(node, int | float) and not isinstance(node, bool):
            yield float(node)

    data = json.loads(BENCH.read_text(encoding="utf-8"))
    found = list(leaves(data["figures"]))
    return found + [value / 1000 for value in found]  # µs shown as ms


def test_every_performance_figure_is_in_the_bench_results() -> None:
    rows = [
        line
        for line in _section("Performance").splitlines()
        if line.startswith("| ") and not line.startswith(("| figure", "|---"))
    ]
    assert len(rows) >= 10
    values = _bench_values()
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")][1:]  # not the name
        for number in re.findall(r"\d[\d,]*(?:\.\d+)?", " ".join(cells)):
            decimals = len(number.partition(".")[2])
            wanted = number.replace(",", "")
            assert any(f"{value:.{decimals}f}" == wanted for value in values), (number, row)


def test_the_error_example_prints_what_it_says(
    emulator_env: dict[str, str], tmp_path: Path
) -> None:
    (line, code), *_ = [(n, c) for n, c in python_blocks() if "# never uploaded" in c]
    shown = re.search(r"print\(error\)  # (\[\w+\])", code)
    assert shown is not None, f"README.md line {line}"
    done = run_block(code, emulator_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(shown.group(1)), (shown.group(1), done.stdout)


def test_the_quick_start_runs_as_printed(tmp_path: Path) -> None:
    """The README's shell lines, pasted together into bash: the env file is there when
    the second line looks for it, and the settings work."""
    text = README.read_text(encoding="utf-8")
    start = text.index("## Quick start")
    block = re.search(r"```console\n(.*?)```", text[start:], re.DOTALL)
    assert block is not None
    script = block.group(1) + (
        f"{ALIPAY_MINI} --json keys check > check.json\nstatus=$?\nkill %1\nwait\nexit $status\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}
    env["PATH"] = f"{ALIPAY_MINI.parent}:{env['PATH']}"
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert "No such file" not in done.stderr
