"""Ctrl-C: exit code 130 (1 means an Alipay business error) and how to continue, tested by
sending SIGINT to a real ``alipay-mini`` process."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ..conftest import Keys
from .conftest import ALIPAY_MINI, start_emulator
from .emulator_process import EmulatorProcess
from .test_upgrade_batch import batch_process, journal_counts, write_apps

APP = "2021000000000001"


# A process started in the background by a non-interactive shell (as CI may run pytest)
# inherits SIGINT ignored, and Python then keeps ignoring it. Ctrl-C in a terminal meets
# the default disposition: restore it, then exec the command (exec keeps SIG_DFL).
_WITH_DEFAULT_SIGINT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def interrupt(
    command: list[str], env: dict[str, str], ready: Callable[[], bool]
) -> subprocess.CompletedProcess[str]:
    """Start ``command``, send it SIGINT once ``ready()``; what it printed and its exit code."""
    process = subprocess.Popen(
        [sys.executable, "-c", _WITH_DEFAULT_SIGINT, *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not ready():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the command never got to the point to stop"
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def as_subprocess(command_line: str) -> list[str]:
    """A suggested ``alipay-mini ...`` command line, run with the installed script."""
    words = shlex.split(command_line)
    assert words[0] == "alipay-mini"
    return [ALIPAY_MINI, *words[1:]]


@pytest.fixture(scope="module")
def emu(keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    """This module's emulator process, whose builds never end (a Ctrl-C test waits on one;
    the batch upgrades build nothing)."""
    emulator = start_emulator(
        tmp_path_factory.mktemp("emulator"), keys, "--polls-per-step", "1000000"
    )
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def slow_emu(emu: EmulatorProcess) -> EmulatorProcess:
    """The module's emulator, reset, with a little latency on every request."""
    emu.reset()
    emu.faults.latency = 0.02
    return emu


def test_ctrl_c_in_upgrade_batch_exits_130_with_the_resume_command(
    slow_emu: EmulatorProcess, keys: Keys, tmp_path: Path
) -> None:
    apps = [f"2021{n:012d}" for n in range(300)]
    apps_file = tmp_path / "apps.csv"
    write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    command, env = batch_process(
        apps_file, journal, version="1.2.3", concurrency=2, keys=keys, base_url=slow_emu.base_url
    )
    result = interrupt(command, env, lambda: journal_counts(journal).get("done", 0) >= 20)

    assert result.returncode == 130, result.stderr
    assert "Aborted" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("interrupted")]
    assert str(journal) in line
    resume = line.partition("Continue with: ")[2]
    assert resume == shlex.join(
        [
            "alipay-mini",
            "--json",
            "upgrade-batch",
            "--apps",
            str(apps_file),
            "--template-id",
            "tpl",
            "--template-version",
            "1.2.3",
            "--journal",
            str(journal),
            "--resume",
            "--concurrency",
            "2",
        ]
    )
    assert json.loads(result.stdout.strip().splitlines()[-1])["error"] == "Interrupted"
    assert journal_counts(journal).get("done", 0) < len(apps)  # really stopped mid-run

    # the command it printed finishes the batch
    second = subprocess.run(
        as_subprocess(resume), env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout.strip().splitlines()[-1])["done"] == len(apps)
    applied = Counter(
        r.body["mini_app_id"] for r in slow_emu.applied(operation="upgrade") if r.body
    )
    assert set(applied) == set(apps)


def test_ctrl_c_while_waiting_for_a_build_names_the_package_and_status_command(
    emu: EmulatorProcess, keys: Keys, tmp_path: Path
) -> None:
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "app.json").write_text('{"pages": []}')
    emu.reset()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")},
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_BASE_URL": emu.base_url,
    }
    command = [
        *as_subprocess("alipay-mini upload --wait --poll-interval 0.05 --version 1.0.0"),
        "--mini-app-id",
        APP,
        "--package",
        str(folder),
    ]
    result = interrupt(command, env, lambda: len(emu.accepted(operation="uploadstatus.query")) >= 2)
    assert result.returncode == 130, result.stderr
    assert "Aborted" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("interrupted")]
    match = re.search(r"package id (\S+)\)", line)
    assert match is not None, line
    package_id = match.group(1)
    assert line.endswith(f"check it with: alipay-mini status --package-id {package_id}")

    # the command it printed shows the build
    status = subprocess.run(
        [*as_subprocess(line.partition("check it with: ")[2]), "--mini-app-id", APP],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert status.returncode == 0, status.stderr
    assert package_id in status.stdout
