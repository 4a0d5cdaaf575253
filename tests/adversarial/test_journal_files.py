"""The batch journal under attack: two runs at once, damaged files, a full disk.

* Two runs on one journal used to apply every upgrade twice. A journal is locked (an OS
  ``flock`` that ends with its process) from opening to closing: a second run exits 2
  naming the journal and the pid of the run that holds it, and a ``kill -9`` leaves no
  stale lock.
* A journal that is not a database, a truncated one, one of another schema, and a write
  that fails (a full disk) are a typed :class:`JournalError` (exit 2 in the CLI) that
  says what to do, never a raw ``sqlite3`` traceback with exit 1.
* A failed write leaves the journal consistent: what it recorded before stands, nothing
  it calls ``done`` was left unsent, and resuming finishes the batch.

Every case counts in the adversarial figures (``journal_attacks_tried``/``_accepted``).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.flows.batch import BatchTarget, run_upgrade_batch
from alipay_innerversion.flows.journal import DONE, Journal, JournalError, JournalLockedError

from ..cli.test_upgrade_batch import batch_process, journal_counts, write_apps
from ..conftest import Keys
from ..helpers import FakeAlipay
from .report import REPORT

STATUSES = {"pending", "in_flight", "done", "failed"}


def attacked(action: Callable[[], Any]) -> JournalError:
    """Run ``action``; it must end in a JournalError (counted either way)."""
    REPORT.add("journal_attacks_tried")
    try:
        action()
    except JournalError as error:
        return error
    except BaseException:
        REPORT.add("untyped_errors")
        raise
    REPORT.add("journal_attacks_accepted")
    pytest.fail("the journal was used")


def planned(path: Path, count: int) -> list[BatchTarget]:
    items = [BatchTarget(f"2021{n:012d}") for n in range(count)]
    journal = Journal(path)
    journal.plan(items, "tpl", "1.2.3")
    journal.close()
    return items


def assert_consistent(path: Path) -> dict[str, int]:
    """The journal opens, SQLite finds no damage, and every row has a known status."""
    journal = Journal(path)
    try:
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert {row.status for row in journal.rows()} <= STATUSES
        return journal.counts()
    finally:
        journal.close()


# -- one run at a time ------------------------------------------------------------------------


def test_a_second_journal_on_the_same_file_is_refused_until_the_first_closes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "batch.sqlite"
    first = Journal(path)
    error = attacked(lambda: Journal(path))
    assert isinstance(error, JournalLockedError)
    assert error.pid == os.getpid()
    assert f"The journal {path} is in use by another run (process {os.getpid()})" in str(error)
    first.close()
    Journal(path).close()  # released on close


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from alipay_innerversion.flows.journal import Journal
    journal = Journal(Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(120)
    """
)


def test_a_lock_dies_with_its_process_even_on_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "batch.sqlite"
    planned(path, 3)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        error = attacked(lambda: Journal(path))
        assert isinstance(error, JournalLockedError)
        assert error.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert assert_consistent(path)["pending"] == 3  # no stale lock, nothing lost


@pytest.fixture
def slow_emu(keys: Keys) -> Iterator[Emulator]:
    emulator = Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    )
    emulator.faults.latency = 0.02
    with emulator as running:
        yield running


def test_two_real_runs_on_one_journal_apply_each_upgrade_once(
    slow_emu: Emulator, keys: Keys, tmp_path: Path
) -> None:
    apps = [f"2021{n:012d}" for n in range(120)]
    apps_file = tmp_path / "apps.csv"
    write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    command, env = batch_process(
        apps_file, journal, version="1.2.3", concurrency=2, keys=keys, base_url=slow_emu.base_url
    )
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        while journal_counts(journal).get("done", 0) < 5 and first.poll() is None:
            time.sleep(0.02)  # until the first run is mid-batch (bounded by the run itself)
        # Slow the first run's calls down while the second starts (a process start on a
        # loaded 2-core machine can take seconds), so the first is surely mid-batch.
        slow_emu.faults.latency = 0.5
        REPORT.add("journal_attacks_tried")
        second = subprocess.run(
            [*command, "--resume"], env=env, capture_output=True, text=True, timeout=120
        )
        slow_emu.faults.latency = 0.0
        out, err = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
    if second.returncode != 2:
        REPORT.add("journal_attacks_accepted" if second.returncode == 0 else "untyped_errors")
    assert first.returncode == 0, err
    assert second.returncode == 2, second.stdout + second.stderr
    shown = json.loads(second.stdout.strip().splitlines()[-1])  # --json: the error object
    assert shown["error"] == "JournalLockedError"
    assert (
        f"The journal {journal} is in use by another run (process {first.pid})"
        in (shown["message"])
    )
    applied = Counter(
        r.body["mini_app_id"] for r in slow_emu.applied(operation="upgrade") if r.body
    )
    assert set(applied) == set(apps)
    assert set(applied.values()) == {1}
    assert json.loads(out.strip().splitlines()[-1])["done"] == len(apps)


# -- damaged journals -------------------------------------------------------------------------


def _not_a_database(path: Path) -> None:
    path.write_text("mini_app_id,status\n2021000000000001,done\n")


def _truncated(path: Path) -> None:
    planned(path, 2000)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2)


def _other_schema(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")


def _zeroed_pages(path: Path) -> None:
    planned(path, 2000)
    with path.open("r+b") as handle:
        handle.seek(8192)
        handle.write(bytes(8192))


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "not-a-database": (_not_a_database, "file is not a database"),
    "truncated": (_truncated, "not a usable upgrade-batch journal"),
    "other-schema": (_other_schema, "it holds other tables: notes"),
    "zeroed-pages": (_zeroed_pages, "not a usable upgrade-batch journal"),
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_a_damaged_journal_is_a_typed_error_saying_what_to_do(tmp_path: Path, case: str) -> None:
    path = tmp_path / "batch.sqlite"
    damage, expected = DAMAGE[case]
    damage(path)

    def use() -> None:
        journal = Journal(path)
        try:
            journal.counts()
            journal.rows()
        finally:
            journal.close()

    error = attacked(use)
    assert expected in error.message
    assert str(path) in error.message
    assert error.hint is not None
    assert "new journal" in error.hint
    assert Journal(tmp_path / "fresh.sqlite").is_empty()  # the lock was released


# -- a full disk ------------------------------------------------------------------------------


def _fill_up(journal: Journal) -> None:
    """Let the journal's database grow no more: SQLite then fails writes that need a new
    page with SQLITE_FULL ("database or disk is full"), as on a full disk."""
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_while_marking_is_typed_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "batch.sqlite"
    items = planned(path, 10)
    journal = Journal(path)
    journal.mark(items[0].mini_app_id, DONE, trace_id="t0")
    before = journal.rows()
    _fill_up(journal)
    error = attacked(lambda: journal.mark(items[1].mini_app_id, "failed", message="x" * 200_000))
    assert "Could not record a step in the journal" in error.message
    assert "the disk is full" in error.message
    assert error.hint is not None
    assert "--resume" in error.hint
    assert journal.rows() == before  # the failed step left no trace
    journal.close()
    assert assert_consistent(path) == {"pending": 9, "in_flight": 0, "done": 1, "failed": 0}


def test_a_full_disk_mid_batch_stops_every_worker_and_the_batch_resumes(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    path = tmp_path / "batch.sqlite"
    items = planned(path, 400)

    async def go(journal: Journal) -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
        async with AsyncInnerVersionClient(key_config, http_client=http, max_retries=0) as client:
            return await run_upgrade_batch(
                client, items, journal, template_id="tpl", template_version="1.2.3", concurrency=8
            )

    journal = Journal(path)
    _fill_up(journal)  # the disk fills while the batch records trace ids
    try:
        attacked(lambda: asyncio.run(go(journal)))
    finally:
        journal.close()
    sent_before = [s.json["mini_app_id"] for s in fake.seen]
    assert 0 < len(sent_before) < len(items)
    with sqlite3.connect(path) as db:
        done = {r[0] for r in db.execute("SELECT mini_app_id FROM upgrade WHERE status = 'done'")}
        pending = {
            r[0] for r in db.execute("SELECT mini_app_id FROM upgrade WHERE status = 'pending'")
        }
    assert done <= set(sent_before)  # the journal never runs ahead of the gateway
    assert not pending & set(sent_before[: len(sent_before) - 8])  # sent ones are recorded
    assert_consistent(path)

    journal = Journal(path)  # space freed: resume
    try:
        summary = asyncio.run(go(journal))
    finally:
        journal.close()
    assert (summary.done, summary.failed) == (len(items), 0)
    resent = [s.json["mini_app_id"] for s in fake.seen[len(sent_before) :]]
    assert not set(resent) & done  # nothing recorded done was sent again
    assert set(sent_before) | set(resent) == {t.mini_app_id for t in items}


_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from alipay_innerversion.cli import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), int(sys.argv[1])))
    sys.argv = ["alipay-mini", *sys.argv[2:]]
    main()
    """
)


def test_the_cli_exits_2_when_the_disk_fills_mid_batch(
    slow_emu: Emulator, keys: Keys, tmp_path: Path
) -> None:
    """A real failed write from the OS (a file-size limit on the process: EFBIG, which
    SQLite reports as an I/O error like ENOSPC), through the real CLI."""
    apps = [f"2021{n:012d}" for n in range(150)]
    apps_file = tmp_path / "apps.csv"
    write_apps(apps_file, apps)
    journal = tmp_path / "batch.sqlite"
    command, env = batch_process(
        apps_file, journal, version="1.2.3", concurrency=4, keys=keys, base_url=slow_emu.base_url
    )
    limit = 256 * 1024  # the plan fits; the WAL outgrows it a few hundred steps later
    REPORT.add("journal_attacks_tried")
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, str(limit), *command[1:]],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 2:
        REPORT.add("journal_attacks_accepted" if done.returncode == 0 else "untyped_errors")
    assert done.returncode == 2, done.stdout + done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["error"] == "JournalError"
    assert f"in the journal {journal}" in shown["message"]
    assert "Traceback" not in done.stderr
    counts = assert_consistent(journal)
    applied = Counter(
        r.body["mini_app_id"] for r in slow_emu.applied(operation="upgrade") if r.body
    )
    assert counts["done"] <= len(applied) < len(apps)

    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    applied = Counter(
        r.body["mini_app_id"] for r in slow_emu.applied(operation="upgrade") if r.body
    )
    assert set(applied) == set(apps)


# -- attacked again after the fixes (qa of issue 18) -------------------------------------------


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    """Before: the lock was opened through a link and truncated to the run's pid, so a
    ``batch.sqlite.lock`` planted as a link (a journal in a shared folder) overwrote any
    file its owner could write."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    path = tmp_path / "batch.sqlite"
    (tmp_path / "batch.sqlite.lock").symlink_to(victim)
    error = attacked(lambda: Journal(path))
    assert "is a symbolic link" in error.message
    assert error.path == path
    assert victim.read_text() == "precious\n"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_lock_file_that_is_not_a_regular_file_is_a_typed_error(tmp_path: Path, kind: str) -> None:
    """Before: a FIFO (or a link to /dev/null) as the lock ended in a raw ``OSError`` from
    truncating it."""
    path = tmp_path / "batch.sqlite"
    lock = tmp_path / "batch.sqlite.lock"
    if kind == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to("/dev/null")
    error = attacked(lambda: Journal(path))
    assert "lock file" in error.message
    assert error.hint is not None
    assert "Remove" in error.hint
