"""The ``alipay-mini`` command group and its global options."""

from __future__ import annotations

import functools
from typing import Any

import click

from .. import __version__
from ._common import AlipayGroup, CliState, configure_logging, require_emulator


@click.group(cls=AlipayGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--env-file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read ALIPAY_* settings from this file (KEY=VALUE lines); real variables win.",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON results.")
@click.option("--debug", is_flag=True, help="Show tracebacks and DEBUG logs (secrets stay hidden).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds per HTTP attempt.",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="Extra attempts on network errors, timeouts, 5xx and rate limiting.",
)
@click.version_option(__version__, prog_name="alipay-mini")
@click.pass_context
def main(
    ctx: click.Context,
    env_file: str | None,
    as_json: bool,
    debug: bool,
    timeout: float,
    max_retries: int,
) -> None:
    """Release internal mini programs through Alipay OpenAPI v3 (alipay.open.mini.innerversion).

    Configuration comes from the ALIPAY_* environment variables (ALIPAY_APP_ID,
    ALIPAY_PRIVATE_KEY[_FILE], ALIPAY_PUBLIC_KEY[_FILE] or the three ALIPAY_*_CERT_FILE,
    ALIPAY_ENCRYPT_KEY, ALIPAY_BASE_URL), optionally from --env-file. Check them with
    `alipay-mini keys check`.

    Exit codes: 0 success, 1 Alipay business error, 2 usage or configuration error,
    3 network or verification error, 130 interrupted (Ctrl-C; the message says how to
    continue).
    """
    configure_logging(ctx, debug)
    ctx.obj = CliState(
        env_file=env_file, as_json=as_json, debug=debug, timeout=timeout, max_retries=max_retries
    )


def _needs_emulator(command: click.Command) -> click.Command:
    """Check for the emulator's server packages before the command runs."""
    callback = command.callback
    assert callback is not None

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        require_emulator()
        return callback(*args, **kwargs)

    command.callback = run
    return command


def _register() -> None:
    from . import api, batch, commands, demo, emulator, keys, lifecycle, release

    _needs_emulator(emulator.command)
    for command in (
        *commands.COMMANDS,
        api.group,
        *lifecycle.COMMANDS,
        release.command,
        keys.group,
        batch.command,
        demo.command,
        emulator.command,
    ):
        main.add_command(command)


_register()
