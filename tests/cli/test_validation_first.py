"""Issue 13 item 1 in the CLI: a bad option is refused (exit 2) before anything is sent."""

from __future__ import annotations

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


@pytest.mark.parametrize(
    "bad",
    [
        ["--poll-interval", "0"],
        ["--poll-interval", "-1"],
        ["--poll-interval", "nan"],
        ["--wait-timeout", "0"],
        ["--wait-timeout", "-1"],
        ["--wait-timeout", "nan"],
    ],
    ids=" ".join,
)
def test_upload_wait_with_a_bad_option_exits_2_and_sends_nothing(
    cli: Cli, emu: EmulatorProcess, package: Path, bad: list[str]
) -> None:
    args = ["upload", "--mini-app-id", emu.app_id, "--version", "1.0.0"]
    outcome = cli(*args, "--package", str(package), "--wait", *bad)
    assert outcome.exit_code == 2, outcome.output
    assert bad[0] in outcome.output
    assert emu.accepted() == []


@pytest.mark.parametrize(
    "bad",
    [["--wait-timeout", "-1"], ["--wait-timeout", "0"], ["--poll-interval", "0"]],
    ids=" ".join,
)
def test_release_with_a_bad_option_exits_2_and_sends_nothing(
    cli: Cli, emu: EmulatorProcess, package: Path, bad: list[str]
) -> None:
    outcome = cli("release", "--version", "1.0.0", "--package", str(package), *bad)
    assert outcome.exit_code == 2, outcome.output
    assert emu.accepted() == []
