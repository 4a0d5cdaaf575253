"""``alipay-mini upgrade-batch``: upgrade many template instances, resumably."""

from __future__ import annotations

import asyncio
import csv
import errno
import os
import stat
from pathlib import Path

import click
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from ..client import check_template_version
from ..errors import InvalidRequestError
from ..flows.batch import (
    BatchEvent,
    BatchSummary,
    BatchTarget,
    Journal,
    read_targets,
    run_upgrade_batch,
)
from ._common import EXIT_BUSINESS, CliState, pass_state
from .spec_flags import check_required, follow_spec


@click.command("upgrade-batch")
@click.option(
    "--apps",
    "apps_file",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The apps: CSV with a header row, a JSON array of objects, or JSON lines, with the "
    "fields mini_app_id, app_auth_token, bundle_id, app_origin.",
)
@click.option("--template-id", help="Template id.")
@click.option("--template-version", help="Target template version, x.y.z.")
@click.option(
    "--concurrency",
    type=click.IntRange(1, 256),
    default=8,
    show_default=True,
    help="Upgrades in flight at once. The batch slows down by itself when Alipay rate limits.",
)
@click.option(
    "--journal",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("upgrade-batch.journal.sqlite"),
    show_default=True,
    help="SQLite journal recording every outcome as it happens.",
)
@click.option("--resume", is_flag=True, help="Continue the batch recorded in --journal.")
@click.option("--retry-failed", is_flag=True, help="With --resume: send failed apps again.")
@click.option(
    "--failures",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write failed apps (CSV). Default: <journal>.failures.csv",
)
@pass_state
def command(
    state: CliState,
    apps_file: Path,
    template_id: str,
    template_version: str,
    concurrency: int,
    journal: Path,
    resume: bool,
    retry_failed: bool,
    failures: Path | None,
) -> None:
    """Upgrade many mini programs (an ISV's merchants) to a template version.

    Runs with bounded concurrency, backs off when rate limited, and records every
    outcome in the journal as it goes. If the run is interrupted (Ctrl-C, or even
    kill -9), run again with --resume: finished apps are not sent again, and apps that
    were in flight are resent with their original request id.
    """
    check_required(click.get_current_context())  # the spec's required fields of upgrade
    check_template_version(template_version)
    if retry_failed and not resume:
        raise click.UsageError("--retry-failed needs --resume")
    if resume and not journal.exists():
        raise click.UsageError(
            f"there is no journal {journal} to resume: check --journal, or run the command "
            "without --resume to start the batch."
        )
    targets = read_targets(apps_file)
    state.interrupt_hint = "nothing was planned or sent yet; run the same command again."
    book = Journal(journal)
    try:
        if book.is_empty():
            if resume:
                raise click.UsageError(
                    f"{journal} holds no batch to resume (a run stopped before planning sends "
                    "nothing): run the same command without --resume."
                )
            book.plan(targets, template_id, template_version)
        else:
            if not resume:
                raise click.UsageError(
                    f"{journal} already records a batch: pass --resume to continue it, or "
                    "--journal NEW to start another"
                )
            recorded = book.parameters()
            if (recorded.get("template_id"), recorded.get("template_version")) != (
                template_id,
                template_version,
            ):
                raise InvalidRequestError(
                    f"{journal} records template {recorded.get('template_id')} "
                    f"{recorded.get('template_version')}, not {template_id} {template_version}.",
                    hint="Resume with the recorded template, or use another --journal.",
                )
            book.add_missing(targets)
            if retry_failed:
                book.reset_failed()
        state.interrupt_hint = _resume_hint(
            state, apps_file, template_id, template_version, concurrency, journal, failures
        )
        summary = _run(state, book, targets, template_id, template_version, concurrency)
    finally:
        book.close()
    state.interrupt_hint = None
    failures_path = failures or journal.with_name(journal.name + ".failures.csv")
    if summary.failures:
        _write_failures(failures_path, summary, follow_link=failures is not None)
    _report(state, summary, journal, failures_path)
    if summary.failed:
        raise SystemExit(EXIT_BUSINESS)


def _resume_hint(
    state: CliState,
    apps_file: Path,
    template_id: str,
    template_version: str,
    concurrency: int,
    journal: Path,
    failures: Path | None,
) -> str:
    """What to run to continue this batch after an interrupt."""
    args: list[object] = ["--json"] if state.as_json else []
    args += [
        "upgrade-batch",
        "--apps",
        apps_file,
        "--template-id",
        template_id,
        "--template-version",
        template_version,
        "--journal",
        journal,
        "--resume",
    ]
    if concurrency != 8:
        args += ["--concurrency", concurrency]
    if failures is not None:
        args += ["--failures", failures]
    return (
        f"the journal {journal} records what was done; apps in flight are resent with their "
        "request id. Continue with: " + state.command_line(*args)
    )


def _run(
    state: CliState,
    book: Journal,
    targets: list[BatchTarget],
    template_id: str,
    template_version: str,
    concurrency: int,
) -> BatchSummary:
    counts = book.counts()
    progress = Progress(
        TextColumn("upgrading"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]:.1f} apps/s"),
        TextColumn("[red]{task.fields[failed]} failed[/]"),
        TextColumn("[yellow]{task.fields[retries]} retries[/]"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=state.err,
        disable=state.as_json,
    )
    finished = counts["done"] + counts["failed"]
    task = progress.add_task(
        "upgrade",
        total=len(targets),
        completed=finished,
        rate=0.0,
        failed=counts["failed"],
        retries=0,
    )
    tally = {"failed": counts["failed"], "retries": 0, "new": 0}

    def on_event(event: BatchEvent) -> None:
        if event.kind in ("done", "failed"):
            tally["new"] += 1
            if event.kind == "failed":
                tally["failed"] += 1
            elapsed = progress.tasks[task].elapsed or 0.0
            progress.update(
                task,
                advance=1,
                failed=tally["failed"],
                rate=tally["new"] / elapsed if elapsed else 0.0,
            )
        elif event.kind == "retry":
            tally["retries"] += 1
            progress.update(task, retries=tally["retries"])

    async def go() -> BatchSummary:
        async with state.async_client() as client:
            return await run_upgrade_batch(
                client,
                targets,
                book,
                template_id=template_id,
                template_version=template_version,
                concurrency=concurrency,
                on_event=on_event,
            )

    with progress:
        return asyncio.run(go())


def _open_failures(path: Path, *, follow_link: bool) -> int:
    """The failures file, opened for writing. A name derived from the journal (not one
    the user gave) is never opened through a link planted there, which would overwrite
    the link's target, nor through a FIFO, which would block the run."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
    if not follow_link:
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow_link:
            error.strerror = "it is a symbolic link, not followed; remove it"
        raise
    if not follow_link and not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "it is not a regular file; remove it")
    return fd


def _write_failures(path: Path, summary: BatchSummary, *, follow_link: bool) -> None:
    try:
        fd = _open_failures(path, follow_link=follow_link)
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                ["mini_app_id", "code", "message", "trace_id", "request_id", "attempts"]
            )
            for row in summary.failures:
                writer.writerow(
                    [
                        row.mini_app_id,
                        row.code,
                        row.message,
                        row.trace_id,
                        row.request_id,
                        row.attempts,
                    ]
                )
    except OSError as error:
        raise InvalidRequestError(
            f"Could not write the failed apps to {path} ({error.strerror}); the journal "
            "still records them.",
            hint="Free some space or pass --failures PATH, and run with --resume to list "
            "them again.",
        ) from None


def _report(state: CliState, summary: BatchSummary, journal: Path, failures: Path) -> None:
    payload = {
        "operation": "upgrade-batch",
        "total": summary.total,
        "done": summary.done,
        "failed": summary.failed,
        "already_done": summary.skipped,
        "seconds": round(summary.elapsed, 3),
        "journal": str(journal),
        "failures_file": str(failures) if summary.failures else None,
    }
    if state.as_json:
        state.emit({"ok": summary.failed == 0, **payload})
        return
    table = Table(title="upgrade-batch summary")
    table.add_column("apps", justify="right")
    table.add_column("upgraded", justify="right")
    table.add_column("failed", justify="right")
    table.add_column("done before this run", justify="right")
    table.add_column("time")
    table.add_row(
        str(summary.total),
        f"[green]{summary.done}[/]",
        f"[red]{summary.failed}[/]" if summary.failed else "0",
        str(summary.skipped),
        f"{summary.elapsed:.1f}s",
    )
    state.out.print(table)
    if summary.failures:
        state.out.print(f"failed apps written to {failures}; journal: {journal}")


follow_spec(command, "upgrade")
