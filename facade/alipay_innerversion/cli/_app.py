"""The ``alipay-mini`` command group and its global options.

The global options (``--json``, ``--debug``, ``--env-file``, ``--profile``, ``--proxy``,
``--timeout``, ``--max-retries``) are accepted before the command and after it
(``alipay-mini versions list --json``): each command gets a copy of them that updates the
same :class:`CliState`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click
from click.core import ParameterSource

from .. import __version__
from ..deadlines import MAX_TIMEOUT
from ._common import AlipayGroup, CliState, configure_logging, require_emulator

_ENV_FILE_HELP = "Read ALIPAY_* settings from this file (KEY=VALUE lines); real variables win."
_PROFILE_HELP = (
    "Use this profile of the project file (alipay-mini.toml, or [tool.alipay-mini] in "
    "pyproject.toml); environment variables win over it."
)
_PROXY_HELP = (
    "Send requests through this HTTP(S) proxy (default: HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, "
    "NO_PROXY from the environment)."
)
_TIMEOUT_HELP = "Seconds per HTTP attempt."


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """``nan`` passes click's range check (every comparison with it is false)."""
    if value is not None and value != value:
        raise click.BadParameter("nan is not a number of seconds.", ctx, param)
    return value


_RETRIES_HELP = "Extra attempts on network errors, timeouts, 5xx and rate limiting."


def _global_options(*, on_command: bool) -> list[Callable[[Any], Any]]:
    """The global options, as decorators: for the group (with defaults), or for a command
    (no defaults: a value given after the command replaces the group's)."""

    def option(*decls: str, **attrs: Any) -> Callable[[Any], Any]:
        if on_command:
            attrs.pop("default", None)
            attrs.pop("show_default", None)
            attrs["expose_value"] = False
            attrs["callback"] = _set_global
            if attrs.get("is_flag"):
                attrs["default"] = None
        return click.option(*decls, **attrs)

    profile_env = {} if on_command else {"envvar": "ALIPAY_PROFILE", "show_envvar": True}
    return [
        option("--env-file", type=click.Path(exists=True, dir_okay=False), help=_ENV_FILE_HELP),
        option("--profile", metavar="NAME", help=_PROFILE_HELP, **profile_env),
        option("--json", "as_json", is_flag=True, help="Print machine-readable JSON results."),
        option(
            "--debug", is_flag=True, help="Also show tracebacks and DEBUG logs (secrets hidden)."
        ),
        option("--proxy", metavar="URL", help=_PROXY_HELP),
        option(
            "--timeout",
            type=click.FloatRange(min=0.1, max=MAX_TIMEOUT),
            callback=_finite,
            default=30.0,
            show_default=True,
            help=_TIMEOUT_HELP,
        ),
        option(
            "--max-retries",
            type=click.IntRange(min=0),
            default=2,
            show_default=True,
            help=_RETRIES_HELP,
        ),
    ]


def _set_global(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A global option given after the command: update the run's state."""
    if (
        param.name is None
        or ctx.get_parameter_source(param.name) is not ParameterSource.COMMANDLINE
    ):
        return value
    state = ctx.find_object(CliState)
    if state is not None and value is not None:
        setattr(state, param.name, value)
        if param.name == "debug" and value:
            configure_logging(ctx, True)
    return value


def _with_options(function: Any, decorators: list[Callable[[Any], Any]]) -> Any:
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``alipay-mini --version`` alone prints the program's version. With anything else on
    the command line it is an error: ``alipay-mini --version 9.0.0 release ...`` must not
    print a version and exit 0 having released nothing."""
    if not value or ctx.resilient_parsing:
        return
    argv = ctx.meta.get(AlipayGroup.ARGV_KEY, ["--version"])
    if list(argv) != ["--version"]:
        raise click.UsageError(
            "--version before a command is the program's version and takes nothing else; "
            "give a command's version after the command (alipay-mini release --version "
            "1.2.3 ...), or run `alipay-mini --version` alone.",
            ctx,
        )
    click.echo(f"alipay-mini, version {__version__}")
    ctx.exit()


@click.group(cls=AlipayGroup, context_settings={"help_option_names": ["-h", "--help"]})
@functools.partial(_with_options, decorators=_global_options(on_command=False))
@click.option(
    "--version",
    "show_version",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_show_version,
    help="Show the program's version (alone; a command's --version goes after the command).",
)
@click.pass_context
def main(
    ctx: click.Context,
    env_file: str | None,
    profile: str | None,
    as_json: bool,
    debug: bool,
    proxy: str | None,
    timeout: float,
    max_retries: int,
) -> None:
    """Release internal mini programs through Alipay OpenAPI v3 (alipay.open.mini.innerversion).

    Configuration comes from the ALIPAY_* environment variables (ALIPAY_APP_ID,
    ALIPAY_PRIVATE_KEY[_FILE], ALIPAY_PUBLIC_KEY[_FILE] or the three ALIPAY_*_CERT_FILE,
    ALIPAY_ENCRYPT_KEY, ALIPAY_BASE_URL), optionally from --env-file and from a profile
    of the project file (--profile). Check them with `alipay-mini keys check`.

    The global options work before or after the command.

    Exit codes: 0 success, 1 Alipay business error, 2 usage or configuration error,
    3 network or verification error, 130 interrupted (Ctrl-C; the message says how to
    continue), 141 the output pipe was closed (as `| head` does). --debug changes none
    of them.
    """
    configure_logging(ctx, debug)
    ctx.obj = CliState(
        env_file=env_file,
        profile=profile,
        as_json=as_json,
        debug=debug,
        proxy=proxy,
        timeout=timeout,
        max_retries=max_retries,
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


def _add_global_options(command: click.Command) -> None:
    """Give ``command`` (and every command under it) the global options."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _add_global_options(sub)
        return
    taken = {opt for param in command.params for opt in param.opts}
    command.params.extend(p for p in _command_params() if not taken.intersection(p.opts))


def _command_params() -> list[click.Parameter]:
    """Fresh copies of the global options for one command."""

    def target() -> None:
        """Collects the options (click.option appends to ``__click_params__``)."""

    function: Any = target
    for decorator in reversed(_global_options(on_command=True)):
        function = decorator(function)
    return list(reversed(function.__click_params__))


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
        _add_global_options(command)
        main.add_command(command)


_register()
