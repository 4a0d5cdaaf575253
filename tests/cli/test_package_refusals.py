"""``upload --package`` and ``release --package`` refuse hostile or unbuildable packages
with exit 2 and a message naming the file, before anything reaches the gateway; and a
resumed release of a failed build says which version failed, once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alipay_innerversion import InnerVersionClient

from ..adversarial.report import REPORT
from ..conftest import Keys
from .conftest import WITHOUT_READ_OVERRIDE, Cli
from .emulator_process import EmulatorProcess
from .test_commands import APP, make_folder


def _nothing_sent(emu: EmulatorProcess) -> None:
    assert emu.accepted() == []
    assert emu.rejected() == []


def test_upload_of_a_folder_linking_to_the_environment_exits_2_and_sends_nothing(
    emu: EmulatorProcess, env: dict[str, str], tmp_path: Path
) -> None:
    """The reported leak: ALIPAY_PRIVATE_KEY in the environment, a link to
    /proc/self/environ in the folder; the real CLI in a subprocess."""
    folder = make_folder(tmp_path)
    (folder / "environ.txt").symlink_to("/proc/self/environ")
    REPORT.add("hostile_files_tried")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "alipay_innerversion",
            "upload",
            "--mini-app-id",
            APP,
            "--version",
            "5.0.0",
            "--package",
            str(folder),
        ],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 2:
        REPORT.add("hostile_files_accepted" if done.returncode == 0 else "untyped_errors")
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"error: package file {folder.name}/environ.txt is a symbolic link")
    assert "/proc/self/environ (outside the folder)" in line
    assert "Traceback" not in done.stderr
    _nothing_sent(emu)


@pytest.mark.parametrize("command", ["upload", "release"])
@pytest.mark.parametrize("case", ["fifo", "no-app-json", "inner-link", "unreadable"])
def test_a_refused_package_exits_2_naming_the_file(
    cli: Cli,
    emu: EmulatorProcess,
    tmp_path: Path,
    command: str,
    case: str,
) -> None:
    folder = make_folder(tmp_path, with_app_json=case != "no-app-json")
    expected = {
        "fifo": f"package file {folder.name}/pipe is a FIFO",
        "no-app-json": f"package (folder {folder.name}) has no app.json at its root",
        "inner-link": f"package file {folder.name}/again.json is a symbolic link",
        "unreadable": f"package file {folder.name}/app.json cannot be read (Permission denied)",
    }[case]
    if case == "fifo":
        os.mkfifo(folder / "pipe")
    elif case == "inner-link":
        (folder / "again.json").symlink_to(folder / "app.json")
    elif case == "unreadable":
        if os.geteuid() == 0 and not WITHOUT_READ_OVERRIDE:
            pytest.skip("root reads every file, and setpriv is not installed")
        (folder / "app.json").chmod(0)
    args = [command, "--mini-app-id", APP, "--version", "5.0.1", "--package", str(folder)]
    if command == "release":
        args += ["--version-desc", "new", "--bundle-id", "com.x", "--app-origin", "o"]
    REPORT.add("hostile_files_tried")
    result = cli(*args, prefix=WITHOUT_READ_OVERRIDE if case == "unreadable" else ())
    if result.exit_code != 2:
        REPORT.add("hostile_files_accepted" if result.exit_code == 0 else "untyped_errors")
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert "Traceback" not in result.output
    _nothing_sent(emu)


@pytest.mark.usefixtures("unbuildable_upload")
def test_resuming_a_failed_build_names_the_version_and_the_log_once(
    cli: Cli, emu: EmulatorProcess, keys: Keys, tmp_path: Path
) -> None:
    with InnerVersionClient(emu.client_config()) as client:  # a build that fails at Alipay
        client.upload(
            mini_app_id=APP,
            build_version="5.1.0",
            bundle_id="com.x",
            app_origin="o",
            package=make_folder(tmp_path, with_app_json=False),
        )
    good = tmp_path / "good"
    good.mkdir()
    result = cli(
        "release",
        "--mini-app-id",
        APP,
        "--version",
        "5.1.0",
        "--version-desc",
        "fix",
        "--bundle-id",
        "com.x",
        "--app-origin",
        "o",
        "--package",
        str(make_folder(good)),
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 1, result.output
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "Build of version 5.1.0 failed" in line
    assert "None" not in line
    assert line.count("Build log:") == 1
