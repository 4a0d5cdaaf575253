"""Errors in the CLI's words: flags and environment variables, not Python arguments; and
what a user needs to act on (a failed build's log)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import Keys
from .conftest import Cli
from .emulator_process import EmulatorProcess
from .test_commands import APP, make_folder


def test_status_without_options_names_the_flags(cli: Cli) -> None:
    result = cli("status")
    assert result.exit_code == 2
    assert "--package-id" in result.stderr
    assert "--mini-app-id and --version" in result.stderr
    assert "build_version" not in result.stderr
    assert "package_id" not in result.stderr


def test_an_oversized_package_names_the_source_url_flag(cli: Cli, tmp_path: Path) -> None:
    big = tmp_path / "big.zip"
    with big.open("wb") as handle:  # a sparse file that starts like a zip
        handle.write(b"PK\x03\x04")
        handle.truncate(200 * 1024 * 1024)
    result = cli("upload", "--mini-app-id", APP, "--version", "1.0.0", "--package", str(big))
    assert result.exit_code == 2
    assert "MB" in result.stderr
    assert "--source-url" in result.stderr
    assert "source_url" not in result.stderr


@pytest.mark.parametrize("exists", [True, False], ids=["existing-file", "missing-file"])
def test_a_key_path_in_the_key_text_variable_names_the_file_variable(
    cli: Cli, env: dict[str, str], keys: Keys, tmp_path: Path, exists: bool
) -> None:
    key_file = tmp_path / "app_private_key.pem"
    if exists:
        key_file.write_text(keys.app_private_pem)
    result = cli(
        "online",
        "--mini-app-id",
        APP,
        "--version",
        "1",
        env={**env, "ALIPAY_PRIVATE_KEY": str(key_file)},
    )
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: ALIPAY_PRIVATE_KEY looks like a file path")
    assert "Set ALIPAY_PRIVATE_KEY_FILE to the path instead" in line
    assert "pathlib" not in line


def test_a_bad_key_text_suggests_the_file_variable(cli: Cli, env: dict[str, str]) -> None:
    result = cli(
        "online", "--mini-app-id", APP, "--version", "1", env={**env, "ALIPAY_PRIVATE_KEY": "nope"}
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ALIPAY_PRIVATE_KEY ")
    assert "or set ALIPAY_PRIVATE_KEY_FILE to a file holding one of these" in result.stderr
    assert "pathlib" not in result.stderr


def test_config_errors_name_the_file_variable_that_was_set(
    cli: Cli, env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    given = {k: v for k, v in env.items() if k != "ALIPAY_PUBLIC_KEY"}
    result = cli(
        "online",
        "--mini-app-id",
        APP,
        "--version",
        "1",
        env={**given, "ALIPAY_PUBLIC_KEY_FILE": str(empty)},
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ALIPAY_PUBLIC_KEY_FILE")


@pytest.mark.usefixtures("unbuildable_upload")
def test_a_failed_build_prints_its_log_url(cli: Cli, emu: EmulatorProcess, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    emu.script_build_failure("app.json: pages is empty")
    args = ("upload", "--mini-app-id", APP, "--version", "4.0.1", "--package", str(folder))
    result = cli(*args, "--wait", "--poll-interval", "0.01")
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    status = cli("--json", "status", "--mini-app-id", APP, "--version", "4.0.1")
    log_url = json.loads(status.stdout.strip().splitlines()[-1])["log_url"]
    assert log_url
    assert line.endswith(f"Build log: {log_url}")
