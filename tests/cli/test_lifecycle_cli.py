"""The lifecycle commands against a running emulator: release (rerunnable), versions,
review, gray, publish, take down, roll back, delete, and `api OPERATION`."""

from __future__ import annotations

import json
from pathlib import Path

from alipay_innerversion_api.api import OPERATIONS

from .conftest import Cli
from .emulator_process import EmulatorProcess
from .test_commands import make_folder, payload

WHERE = ["--bundle-id", "com.alipay.alipaywallet", "--app-origin", "cli"]
PID = ["--pid", "2088000000000001"]


def test_release_runs_every_stage_with_gray_and_a_rerun_does_only_the_push(
    cli: Cli, tmp_path: Path, emu: EmulatorProcess
) -> None:
    folder = make_folder(tmp_path)
    args = ["release", *WHERE, "--version", "1.0.0", "--package", str(folder)]
    args += ["--version-desc", "first", "--gray", "p10", "--gray", "p50", "--poll-interval", "0.01"]
    first = cli("--json", *args)
    assert first.exit_code == 0, first.output
    data = payload(first.output)
    assert data["steps"] == ["upload", "review", "gray", "gray", "publish", "push"]
    again = cli("--json", *args)
    assert again.exit_code == 0, again.output
    assert payload(again.output)["steps"] == ["push"]
    published = [r for r in emu.accepted() if r.path.endswith("/online/publish")]
    assert len(published) == 1

    listed = cli("--json", "versions", "list", *WHERE)
    assert listed.exit_code == 0, listed.output
    versions = payload(listed.output)["versions"]
    assert [(v["app_version"], v["status"]) for v in versions] == [("1.0.0", "RELEASE")]
    table = cli("versions", "list", *WHERE)
    assert "1.0.0" in table.output
    assert "RELEASE" in table.output
    shown = cli("--json", "versions", "show", *WHERE, "--version", "1.0.0")
    version = payload(shown.output)["version"]
    assert version["status"] == "RELEASE"
    assert version["shelf_time"]


def test_review_gray_publish_take_down_rollback_delete(cli: Cli, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    for version in ("2.0.0", "2.1.0"):
        built = cli(
            "upload",
            *WHERE,
            "--mini-app-id",
            "2021000000000001",
            "--version",
            version,
            "--package",
            str(folder),
            "--wait",
            "--poll-interval",
            "0.01",
        )
        assert built.exit_code == 0, built.output
        submitted = cli(
            "review",
            "submit",
            *WHERE,
            "--version",
            version,
            "--version-desc",
            "x",
            "--wait",
            "--poll-interval",
            "0.01",
        )
        assert submitted.exit_code == 0, submitted.output
        assert "WAIT_RELEASE" in submitted.output
    assert cli("gray", "start", *WHERE, "--version", "2.0.0", "--strategy", "p10").exit_code == 0
    assert cli("gray", "finish", *WHERE, "--version", "2.0.0").exit_code == 0
    assert cli("publish", *WHERE, "--version", "2.0.0").exit_code == 0
    assert cli("publish", *WHERE, "--version", "2.1.0").exit_code == 0
    rolled = cli("rollback", *WHERE, *PID, "--version", "2.1.0")
    assert rolled.exit_code == 0, rolled.output
    shown = cli("--json", "versions", "show", *WHERE, "--version", "2.0.0")
    assert payload(shown.output)["version"]["status"] == "RELEASE"
    down = cli("take-down", *WHERE, "--version", "2.0.0")
    assert down.exit_code == 0, down.output
    again = cli("--json", "take-down", *WHERE, "--version", "2.0.0")
    assert again.exit_code == 1
    assert json.loads(again.output.strip().splitlines()[-1])["code"] == "MINI_APP_NOT_ONLINE"
    refused = cli("delete", *WHERE, *PID, "--version", "2.0.0")
    assert refused.exit_code == 1
    assert "CAN_NOT_DELETE_WITHOUT_DEV" in refused.output


def test_api_calls_any_operation_and_lists_every_one(cli: Cli) -> None:
    listing = cli("api", "--help")
    for operation in OPERATIONS.values():
        assert (
            operation.operation_id.removeprefix("alipay.open.mini.innerversion.") in listing.output
        )
    helped = cli("api", "gray.publish", "--help")
    assert "--gray-strategy" in helped.output
    assert "--app-version" in helped.output
    result = cli("--json", "api", "last.query", *WHERE, *PID)
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    assert "trace_id" in data or "error" in data
