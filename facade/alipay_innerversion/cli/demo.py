"""``alipay-mini demo``: the whole release flow against an embedded emulator (being written)."""

from __future__ import annotations

import click


@click.command("demo")
def command() -> None:
    """Run the full release flow against a local emulator."""
    raise click.ClickException("not implemented yet")
