"""alipay-mini upgrade-batch: journal, failures, resume, and exactly once across kill -9."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import click
import pytest

from alipay_innerversion import InnerVersionClient

from ..conftest import Keys
from .conftest import ALIPAY_MINI, Cli
from .emulator_process import EmulatorProcess

BUSY_APP = "2021000000009999"


def batch_process(
    apps_file: Path, journal: Path, *, version: str, concurrency: int, keys: Keys, base_url: str
) -> tuple[list[str], dict[str, str]]:
    """``alipay-mini --json upgrade-batch`` as a subprocess command, and its environment:
    the vectors' app against ``base_url``, no ALIPAY_* variable of this machine."""
    command = [
        ALIPAY_MINI,
        "--json",
        "upgrade-batch",
        "--apps",
        str(apps_file),
        "--template-id",
        "tpl",
        "--template-version",
        version,
        "--journal",
        str(journal),
        "--concurrency",
        str(concurrency),
    ]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")},
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_BASE_URL": base_url,
    }
    return command, env


def write_apps(path: Path, apps: list[str], *, tokens: bool = True) -> dict[str, str]:
    secrets = {app: f"202411BBtok-{app}-{'x' * 16}" for app in apps}
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mini_app_id", "app_auth_token", "bundle_id"])
        for app in apps:
            writer.writerow([app, secrets[app] if tokens else "", "com.alipay.alipaywallet"])
    return secrets


def journal_counts(path: Path) -> dict[str, int]:
    """Outcomes recorded so far ({} while the batch is still creating its journal)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return dict(
                db.execute("SELECT status, COUNT(*) FROM upgrade GROUP BY status").fetchall()
            )
    except sqlite3.OperationalError:  # no file or no table yet
        return {}


def test_batch_records_outcomes_and_resumes(cli: Cli, emu: EmulatorProcess, tmp_path: Path) -> None:
    # a mini program with a build in progress cannot be upgraded (MINI_APP_AUDITING)
    with InnerVersionClient(emu.client_config()) as client:
        client.upload(
            mini_app_id=BUSY_APP, build_version="1.0.0", source_url="https://cdn.example.com/p.amr"
        )
    apps = [f"20210000000{n:05d}" for n in range(20)] + [BUSY_APP]
    apps_file = tmp_path / "apps.csv"
    tokens = write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    args = [
        "upgrade-batch",
        "--apps",
        str(apps_file),
        "--template-id",
        "tpl",
        "--template-version",
        "1.2.3",
        "--journal",
        str(journal),
        "--concurrency",
        "4",
    ]

    result = cli(*args)
    assert result.exit_code == 1, result.output  # one app failed
    assert "upgrade-batch summary" in result.stdout
    failures = list(
        csv.DictReader((tmp_path / "batch.sqlite.failures.csv").read_text().splitlines())
    )
    assert [(f["mini_app_id"], f["code"]) for f in failures] == [(BUSY_APP, "MINI_APP_AUDITING")]
    assert failures[0]["trace_id"]
    assert journal_counts(journal) == {"done": 20, "failed": 1}
    applied = Counter(r.body["mini_app_id"] for r in emu.applied(operation="upgrade") if r.body)
    assert set(applied) == set(apps) - {BUSY_APP}
    assert set(applied.values()) == {1}

    # the same journal without --resume is refused; a different template too
    assert cli(*args).exit_code == 2
    other = list(args)
    other[other.index("1.2.3")] = "2.0.0"
    refused = cli(*other, "--resume")
    assert refused.exit_code == 2
    assert "records template tpl 1.2.3" in refused.stderr

    # --resume sends nothing: every app is finished (done or failed)
    before = len(emu.accepted(operation="upgrade"))
    result = cli(*args, "--resume")
    assert result.exit_code == 1
    assert len(emu.accepted(operation="upgrade")) == before

    # once the build is over, --retry-failed upgrades the failed app: a new request, since
    # Alipay answered the first one (the same id would only replay that answer)
    with InnerVersionClient(emu.client_config()) as client:
        client.wait_for_build(mini_app_id=BUSY_APP, build_version="1.0.0", poll_interval=0.01)
    result = cli("--json", *args, "--resume", "--retry-failed")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["done"], summary["failed"], summary["already_done"]) == (21, 0, 20)
    busy = emu.accepted(operation="upgrade", app_id=None)
    ids = {r.request_id for r in busy if r.body and r.body["mini_app_id"] == BUSY_APP}
    assert len(ids) == 2
    assert (
        len(
            [
                r
                for r in emu.applied(operation="upgrade")
                if r.body and r.body["mini_app_id"] == BUSY_APP
            ]
        )
        == 1
    )

    everything = result.output + (tmp_path / "batch.sqlite.failures.csv").read_text()
    everything += "".join(p.read_bytes().decode("latin-1") for p in tmp_path.glob("batch.sqlite*"))
    for token in tokens.values():
        assert token not in everything


@pytest.fixture
def slow_emu(emu: EmulatorProcess) -> EmulatorProcess:
    """The module's emulator, reset, with a little latency on every request."""
    emu.reset()
    emu.faults.latency = 0.02
    return emu


def test_kill_9_mid_run_then_resume_upgrades_each_app_exactly_once(
    slow_emu: EmulatorProcess, keys: Keys, tmp_path: Path
) -> None:
    apps = [f"2021{n:012d}" for n in range(500)]
    apps_file = tmp_path / "apps.csv"
    tokens = write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    emu = slow_emu
    command, env = batch_process(
        apps_file, journal, version="1.2.3", concurrency=8, keys=keys, base_url=emu.base_url
    )
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and journal_counts(journal).get("done", 0) < 150:
            time.sleep(0.02)
    finally:
        first.send_signal(signal.SIGKILL)
        first_out, first_err = first.communicate(timeout=30)
    assert first.returncode == -signal.SIGKILL
    time.sleep(0.3)  # let requests that were already on their way finish at the gateway
    at_kill = journal_counts(journal)
    assert 150 <= at_kill.get("done", 0) < 500, at_kill  # really killed mid-run
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
        done_at_kill = {
            row[0] for row in db.execute("SELECT mini_app_id FROM upgrade WHERE status = 'done'")
        }
        request_ids = dict(db.execute("SELECT mini_app_id, request_id FROM upgrade").fetchall())
    seq_at_kill = max(r.seq for r in emu.accepted())

    second = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, timeout=120, check=False
    )
    assert second.returncode == 0, second.stderr.decode()
    summary = json.loads(second.stdout.decode().strip().splitlines()[-1])
    assert (summary["done"], summary["failed"]) == (500, 0)
    assert summary["already_done"] == len(done_at_kill)

    # exactly once: one applied upgrade per app, and the platform counted one each
    applied = Counter(r.body["mini_app_id"] for r in emu.applied(operation="upgrade") if r.body)
    assert set(applied) == set(apps)
    assert set(applied.values()) == {1}
    minis = emu.mini_apps()
    assert {minis[app].upgrade_count for app in apps} == {1}
    # never repeated a finished app, and every send of an app was the same request
    after = [r for r in emu.accepted(operation="upgrade") if r.seq > seq_at_kill]
    assert not {r.body["mini_app_id"] for r in after if r.body} & done_at_kill
    for record in emu.accepted(operation="upgrade"):
        assert record.body is not None
        assert record.request_id == request_ids[record.body["mini_app_id"]]
    assert journal_counts(journal) == {"done": 500}
    output = (first_out + first_err + second.stdout + second.stderr).decode()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("batch.sqlite*"))
    for token in list(tokens.values())[:50]:
        assert token not in output
        assert token.encode() not in stored


# -- issue 13: inputs of upgrade-batch


def batch_args(apps_file: Path, journal: Path, *extra: str) -> list[str]:
    return [
        "upgrade-batch",
        "--apps",
        str(apps_file),
        "--template-id",
        "tpl",
        "--template-version",
        "1.2.3",
        "--journal",
        str(journal),
        *extra,
    ]


def test_json_array_and_spaced_csv_apps_files(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    array = tmp_path / "apps.json"
    array.write_text(
        json.dumps([{"mini_app_id": "2021000000000101"}, {"mini_app_id": "2021000000000102"}])
    )
    result = cli("--json", *batch_args(array, tmp_path / "a.sqlite"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["done"] == 2

    spaced = tmp_path / "apps.csv"
    spaced.write_text(" mini_app_id , bundle_id \n 2021000000000103 , com.alipay.alipaywallet \n")
    result = cli("--json", *batch_args(spaced, tmp_path / "b.sqlite"))
    assert result.exit_code == 0, result.output
    [record] = [
        r
        for r in emu.applied(operation="upgrade")
        if r.body and r.body["mini_app_id"] == "2021000000000103"
    ]
    assert record.body is not None
    assert record.body.get("bundle_id") == "com.alipay.alipaywallet"


def test_an_apps_file_in_no_known_form_names_the_forms(cli: Cli, tmp_path: Path) -> None:
    apps = tmp_path / "apps.txt"
    apps.write_text("just some text\n")
    result = cli(*batch_args(apps, tmp_path / "j.sqlite"))
    assert result.exit_code == 2
    assert "CSV" in result.stderr
    assert "JSON array" in result.stderr
    assert not (tmp_path / "j.sqlite").exists()


def test_resume_without_a_journal_leaves_no_file(cli: Cli, tmp_path: Path) -> None:
    apps = tmp_path / "apps.csv"
    write_apps(apps, ["2021000000000201"])
    journal = tmp_path / "missing.sqlite"
    result = cli(*batch_args(apps, journal, "--resume"))
    assert result.exit_code == 2
    assert f"no journal {journal} to resume" in result.stderr
    assert list(tmp_path.iterdir()) == [apps]


def test_every_upgrade_batch_option_has_help(cli: Cli) -> None:
    from alipay_innerversion.cli import main

    command = main.commands["upgrade-batch"]
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, param.name
    result = cli("upgrade-batch", "--help")
    assert "Upgrades in flight at once" in result.stdout
