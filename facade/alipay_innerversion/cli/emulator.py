"""``alipay-mini emulator``: run the local gateway emulator (being written)."""

from __future__ import annotations

import click


@click.command("emulator")
def command() -> None:
    """Run the local Alipay gateway emulator."""
    raise click.ClickException("not implemented yet")
