"""Crash safety of ``alipay-mini upgrade-batch``: kill -9 at a seeded random point, resume.

Each run starts the real CLI in a subprocess against an emulator on loopback (a little
latency, and a few connections dropped after the upgrade was applied, plus 503s), kills
it with SIGKILL at a point drawn from the run's seed (after a number of journaled
upgrades, or after a delay, which may land before the journal exists or after the batch
finished), then runs it again: with ``--resume`` when the journal records a batch, as a
fresh start when the kill came before the plan was committed.

After the second run, for every app: the gateway applied exactly one upgrade, every
request for it carried the request id the journal planned for it, and the journal says
``done``. Across the run no request id is applied twice, nothing the journal called
``done`` at the kill was sent again, and everything it called ``done`` had really been
applied (the journal never runs ahead of the gateway).

Five runs are in the default suite; all twenty with ``--run-slow``.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from alipay_innerversion.emulator import Emulator

from ..cli.test_upgrade_batch import batch_process, journal_counts, write_apps
from ..conftest import Keys

RUNS = 20
DEFAULT_RUNS = 5
SEED = 20240917


@pytest.fixture(scope="module")
def server(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private,
        alipay_private_key=keys.alipay_private,
    ) as emu:
        yield emu


@pytest.fixture
def emu(server: Emulator) -> Iterator[Emulator]:
    server.reset()
    yield server
    server.reset()


def _journal(path: Path, query: str) -> list[tuple[str, str]]:
    """Rows of a two-column query on the journal, read-only."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return [(str(a), str(b)) for a, b in db.execute(query).fetchall()]


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(n, marks=() if n < DEFAULT_RUNS else pytest.mark.slow, id=f"run{n:02d}")
        for n in range(RUNS)
    ],
)
def test_kill_9_at_a_random_point_then_resume_upgrades_each_app_once(
    emu: Emulator, keys: Keys, tmp_path: Path, run: int
) -> None:
    """One seeded kill-and-resume run; see the module docstring for what it proves."""
    rng = random.Random(SEED * 100 + run)
    count = rng.randrange(40, 81)
    concurrency = rng.choice((2, 4, 8))
    kill_after_done = rng.randrange(1, count) if rng.random() < 0.7 else None
    kill_after_seconds = rng.uniform(0.5, 3.0)
    apps = [f"2021{run:04d}{n:08d}" for n in range(count)]
    apps_file = tmp_path / "apps.csv"
    write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    command, env = batch_process(
        apps_file,
        journal,
        version="3.1.4",
        concurrency=concurrency,
        keys=keys,
        base_url=emu.base_url,
    )
    emu.faults.seed = SEED + run
    emu.faults.latency = 0.01
    emu.faults.drop_after_rate = 0.03
    emu.faults.error_rate = 0.02

    # -- first run, killed -----------------------------------------------------------------
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.monotonic()
        while first.poll() is None and time.monotonic() - started < 30:
            if kill_after_done is not None:
                if journal_counts(journal).get("done", 0) >= kill_after_done:
                    break
            elif time.monotonic() - started >= kill_after_seconds:
                break
            time.sleep(0.005)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert emu.wait_idle(timeout=15, settle=0.1)  # the dead process's requests have landed
    boundary = max((r.seq for r in emu.accepted()), default=0)
    planned = journal_counts(journal)
    rows = _journal(journal, "SELECT mini_app_id, status FROM upgrade") if planned else []
    done_at_kill = {app for app, status in rows if status == "done"}
    applied_at_kill = {r.body["mini_app_id"] for r in emu.applied(operation="upgrade") if r.body}
    assert done_at_kill <= applied_at_kill, "the journal says done for an upgrade never applied"

    # -- second run: resume (or start, when the kill came before the plan) -----------------
    second = subprocess.run(
        [*command, "--resume"] if planned else command,
        env=env,
        capture_output=True,
        timeout=90,
        check=False,
    )
    assert second.returncode == 0, second.stderr.decode()
    summary = json.loads(second.stdout.decode().strip().splitlines()[-1])
    assert (summary["total"], summary["done"], summary["failed"]) == (count, count, 0)
    assert summary["already_done"] == len(done_at_kill)

    # -- exactly once ------------------------------------------------------------------------
    assert journal_counts(journal) == {"done": count}
    request_ids = dict(_journal(journal, "SELECT mini_app_id, request_id FROM upgrade"))
    upgrades = emu.accepted(operation="upgrade")
    applied = [r for r in upgrades if r.applied]
    per_app = Counter(r.body["mini_app_id"] for r in applied if r.body)
    assert per_app == Counter(apps), "some app was upgraded twice or never"
    per_request = Counter(r.request_id for r in applied)
    assert set(per_request.values()) == {1}, "a request id was applied twice"
    for record in upgrades:
        assert record.body is not None
        assert record.request_id == request_ids[record.body["mini_app_id"]]
    resent = {r.body["mini_app_id"] for r in upgrades if r.seq > boundary and r.body}
    assert not resent & done_at_kill, "an app finished before the kill was sent again"
    assert {emu.mini_app(app).upgrade_count for app in apps} == {1}
    assert {emu.mini_app(app).template_version for app in apps} == {"3.1.4"}
