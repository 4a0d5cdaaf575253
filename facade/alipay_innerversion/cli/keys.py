"""``alipay-mini keys check``: diagnose the configuration without any network call."""

from __future__ import annotations

import sys
from dataclasses import asdict

import click
from rich.table import Table

from ..diagnostics import diagnose_env
from ._common import EXIT_USAGE, CliState, pass_state


@click.group("keys")
def group() -> None:
    """Inspect keys and certificates."""


@group.command("check")
@pass_state
def check(state: CliState) -> None:
    """Report key formats, sizes, pairings and certificate SNs, and how to fix each problem.

    Reads the same ALIPAY_* variables as every other command; makes no network call and
    never prints key material (only SHA-256 fingerprints of public keys).
    """
    findings = diagnose_env(state.environ())
    ok = all(finding.ok for finding in findings)
    if state.as_json:
        state.emit({"ok": ok, "findings": [asdict(finding) for finding in findings]})
    else:
        table = Table(title="alipay-mini keys check", show_lines=False)
        table.add_column("check")
        table.add_column("")
        table.add_column("found")
        table.add_column("fix")
        for finding in findings:
            mark = "[green]ok[/]" if finding.ok else "[red]problem[/]"
            table.add_row(finding.check, mark, finding.detail, finding.fix or "")
        state.out.print(table)
        problems = sum(not finding.ok for finding in findings)
        state.out.print(
            "[green]configuration looks right[/]" if ok else f"[red]{problems} problem(s) found[/]"
        )
    if not ok:
        sys.exit(EXIT_USAGE)
