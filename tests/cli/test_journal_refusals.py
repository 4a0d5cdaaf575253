"""``upgrade-batch`` on a damaged journal: exit 2 and one line naming the journal (it
used to be exit 1, which means an Alipay business error, and a sqlite3 traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alipay_innerversion import InnerVersionClient

from ..adversarial.report import REPORT
from ..adversarial.test_journal_files import DAMAGE
from .conftest import Cli
from .emulator_process import EmulatorProcess
from .test_upgrade_batch import BUSY_APP, write_apps


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_the_cli_exits_2_on_a_damaged_journal(cli: Cli, tmp_path: Path, case: str) -> None:
    path = tmp_path / "batch.sqlite"
    DAMAGE[case][0](path)
    apps = tmp_path / "apps.csv"
    write_apps(apps, ["2021000000000001"])
    REPORT.add("journal_attacks_tried")
    result = cli(
        "upgrade-batch",
        "--apps",
        str(apps),
        "--template-id",
        "tpl",
        "--template-version",
        "1.2.3",
        "--journal",
        str(path),
        "--resume",
    )
    if result.exit_code != 2:
        REPORT.add("journal_attacks_accepted" if result.exit_code == 0 else "untyped_errors")
    assert result.exit_code == 2, result.output  # old: exit 1 and a sqlite3 traceback
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: The journal {path} ")
    assert "Traceback" not in result.output


def test_a_failures_file_that_cannot_be_written_exits_2_naming_it(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    with InnerVersionClient(emu.client_config()) as client:  # MINI_APP_AUDITING for this app
        client.upload(
            mini_app_id=BUSY_APP, build_version="1.0.0", source_url="https://cdn.example.com/p.amr"
        )
    apps = tmp_path / "apps.csv"
    write_apps(apps, [BUSY_APP])
    failures = tmp_path / "no-such-folder" / "failures.csv"
    result = cli(
        "upgrade-batch",
        "--apps",
        str(apps),
        "--template-id",
        "tpl",
        "--template-version",
        "1.2.3",
        "--journal",
        str(tmp_path / "batch.sqlite"),
        "--failures",
        str(failures),
    )
    assert result.exit_code == 2, result.output  # old: a FileNotFoundError traceback
    assert f"Could not write the failed apps to {failures}" in result.stderr
    assert "Traceback" not in result.output


def test_a_planted_link_as_the_default_failures_file_is_not_written_through(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    """Before: ``<journal>.failures.csv``, a name the run derives, was opened through a link
    planted there (a journal in a shared folder), overwriting its target with the CSV. A
    ``--failures`` path the user names is followed, like any output file."""
    with InnerVersionClient(emu.client_config()) as client:  # MINI_APP_AUDITING for this app
        client.upload(
            mini_app_id=BUSY_APP, build_version="1.0.0", source_url="https://cdn.example.com/p.amr"
        )
    apps = tmp_path / "apps.csv"
    write_apps(apps, [BUSY_APP])
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    journal = tmp_path / "batch.sqlite"
    (tmp_path / "batch.sqlite.failures.csv").symlink_to(victim)
    REPORT.add("journal_attacks_tried")
    result = cli(
        "upgrade-batch",
        "--apps",
        str(apps),
        "--template-id",
        "tpl",
        "--template-version",
        "1.2.3",
        "--journal",
        str(journal),
    )
    if victim.read_text() != "precious\n":
        REPORT.add("journal_attacks_accepted")
    assert victim.read_text() == "precious\n"
    assert result.exit_code == 2, result.output
    assert "is a symbolic link" in result.stderr
    assert "Traceback" not in result.output
