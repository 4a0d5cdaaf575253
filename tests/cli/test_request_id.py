"""Issue 13 item 4: every command that sends takes ``--request-id``, and a timeout's hint
names the command that checks what happened and the command line that resends."""

from __future__ import annotations

import re
import shlex
import time
from pathlib import Path

import pytest

from .conftest import Cli
from .emulator_process import EmulatorProcess


@pytest.fixture
def package(tmp_path: Path) -> Path:
    folder = tmp_path / "app"
    folder.mkdir()
    (folder / "app.json").write_text('{"pages": ["pages/index/index"]}')
    return folder


def _commands(app_id: str, package: Path) -> dict[str, list[str]]:
    return {
        "upload": [
            "upload",
            "--mini-app-id",
            app_id,
            "--version",
            "1.0.0",
            "--package",
            str(package),
        ],
        "status": ["status", "--mini-app-id", app_id, "--version", "1.0.0"],
        "online": ["online", "--mini-app-id", app_id, "--version", "1.0.0"],
        "sync": [
            "sync",
            *("--mini-app-id", app_id, "--version", "1.0.0"),
            *("--bundle-id", "com.alipay.alipaywallet", "--app-origin", "alipay"),
        ],
        "upgrade": [
            "upgrade",
            *("--mini-app-id", app_id, "--template-id", "T1", "--template-version", "1.0.1"),
        ],
    }


@pytest.mark.parametrize("name", ["upload", "status", "online", "sync", "upgrade"])
def test_each_command_sends_the_request_id_it_is_given(
    cli: Cli, emu: EmulatorProcess, package: Path, name: str
) -> None:
    args = _commands(emu.app_id, package)[name]
    outcome = cli("--max-retries", "0", *args, "--request-id", f"given-{name}-1")
    assert "no such option" not in outcome.output, outcome.output
    sent = [record.request_id for record in emu.accepted()]
    assert sent == [f"given-{name}-1"], (sent, outcome.output)


def _request_id(output: str) -> str:
    found = re.search(r"--request-id (\S+)", output)
    assert found, output
    return found.group(1)


def _slow(emu: EmulatorProcess) -> None:
    emu.faults.slow_seconds = 1.0
    emu.inject("slow")


def test_an_upload_timeout_names_the_status_command_and_the_resend(
    cli: Cli, emu: EmulatorProcess, package: Path
) -> None:
    _slow(emu)
    upload = _commands(emu.app_id, package)["upload"]
    outcome = cli("--timeout", "0.3", "--max-retries", "0", *upload)
    assert outcome.exit_code == 3, outcome.output
    check = f"alipay-mini status --mini-app-id {emu.app_id} --version 1.0.0"
    assert check in outcome.output
    request_id = _request_id(outcome.output)
    assert f"alipay-mini upload --mini-app-id {emu.app_id} --package" in outcome.output
    assert outcome.output.count(request_id) == 2  # in the resend, and as the call's id
    assert "upload_status" not in outcome.output  # the CLI's words, not Python's

    # The hint's commands run as printed: the check shows the build the slow upload started.
    deadline = time.monotonic() + 10
    while not any(r.operation == "upload" and r.applied for r in emu.accepted()):
        assert time.monotonic() < deadline, "the slow upload was never applied"
        time.sleep(0.05)
    line = outcome.output[outcome.output.index(check) :].split()
    status = cli(*shlex.split(" ".join(line[1:6])))
    assert status.exit_code == 0, status.output
    resend = cli(*upload, "--request-id", request_id)
    assert resend.exit_code in (0, 1), resend.output  # dedupe on: 0; off: already exists
    assert {r.request_id for r in emu.accepted() if r.operation == "upload"} == {request_id}


def test_a_lifecycle_timeout_names_versions_show_and_the_resend(
    cli: Cli, emu: EmulatorProcess
) -> None:
    _slow(emu)
    outcome = cli("--timeout", "0.3", "--max-retries", "0", "publish", "--version", "1.0.0")
    assert outcome.exit_code == 3, outcome.output
    assert "alipay-mini versions show --version 1.0.0" in outcome.output
    request_id = _request_id(outcome.output)
    assert f"alipay-mini publish --version 1.0.0 --request-id {request_id}" in outcome.output


def test_a_read_timeout_says_to_run_it_again(cli: Cli, emu: EmulatorProcess) -> None:
    _slow(emu)
    outcome = cli(
        "--timeout", "0.3", "--max-retries", "0", "status", "--mini-app-id", emu.app_id,
        "--version", "1.0.0",
    )  # fmt: skip
    assert outcome.exit_code == 3, outcome.output
    assert "run the same command again" in outcome.output


def test_a_second_upload_of_the_same_version_names_the_status_command(
    cli: Cli, emu: EmulatorProcess, package: Path
) -> None:
    upload = _commands(emu.app_id, package)["upload"]
    assert cli(*upload).exit_code == 0
    again = cli(*upload)
    assert again.exit_code == 1, again.output
    assert "BUILD_VERSION_ALREADY_EXIST" in again.output
    assert f"alipay-mini status --mini-app-id {emu.app_id} --version 1.0.0" in again.output
    assert "bump" not in again.output
