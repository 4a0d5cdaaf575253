"""``alipay-mini keys check``: diagnose the configuration without any network call."""

from __future__ import annotations

import sys
from dataclasses import asdict

import click
from rich.table import Table

from ._common import EXIT_USAGE, CliState, pass_state
from .diagnostics import diagnose_env

#: Settings whose values keys check never shows (it shows where they came from).
_SECRET_VALUES = frozenset(
    {"ALIPAY_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY", "ALIPAY_ENCRYPT_KEY", "ALIPAY_APP_AUTH_TOKEN"}
)


@click.group("keys")
def group() -> None:
    """Inspect keys and certificates."""


@group.command("check")
@pass_state
def check(state: CliState) -> None:
    """Report key formats, sizes, pairings and certificate SNs, and how to fix each problem.

    Reads the same ALIPAY_* variables as every other command; makes no network call and
    never prints key material (only SHA-256 fingerprints of public keys). Lists each
    setting with where it came from: the environment, --env-file, or the --profile.
    """
    findings = diagnose_env(state.environ())
    ok = all(finding.ok for finding in findings)
    sources = {
        name: {"value": None if name in _SECRET_VALUES else value, "source": source}
        for name, (value, source) in sorted(state.sources().items())
    }
    if state.as_json:
        state.emit(
            {
                "ok": ok,
                "profile": state.profile,
                "sources": sources,
                "findings": [asdict(finding) for finding in findings],
            }
        )
    else:
        settings = Table(title="settings", show_lines=False)
        settings.add_column("setting")
        settings.add_column("from")
        settings.add_column("value")
        for name, found in sources.items():
            shown = "(hidden)" if found["value"] is None else str(found["value"])
            settings.add_row(name, str(found["source"]), shown)
        state.out.print(settings)
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
