"""The ``alipay-mini`` command group, global options, and error-to-exit-code mapping.

Exit codes: 0 success, 1 Alipay business error, 2 usage or configuration error,
3 network or verification error. Errors print one line (code, message, trace id, hint)
and never a traceback unless ``--debug``.
"""

from __future__ import annotations

import click

from .. import __version__
from ._common import AlipayGroup, CliState, configure_logging


@click.group(cls=AlipayGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--env-file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read ALIPAY_* settings from this file (KEY=VALUE lines) before the environment.",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON results.")
@click.option(
    "--debug", is_flag=True, help="Show tracebacks and DEBUG logs (secrets stay redacted)."
)
@click.version_option(__version__, prog_name="alipay-mini")
@click.pass_context
def main(ctx: click.Context, env_file: str | None, as_json: bool, debug: bool) -> None:
    """Release internal mini programs through Alipay OpenAPI v3 (alipay.open.mini.innerversion)."""
    configure_logging(debug)
    ctx.obj = CliState(env_file=env_file, as_json=as_json, debug=debug)


def _register() -> None:
    from . import emulator

    main.add_command(emulator.command)


_register()
