"""Shared CLI plumbing: configuration loading, output, and exit codes."""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import shlex
import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn, TypeVar

import click
import httpx
from rich.console import Console

from alipay_innerversion_api.api import OPERATIONS

from ..client import AsyncInnerVersionClient, InnerVersionClient
from ..config import ENV_VARS, AlipayConfig
from ..connections import with_proxy
from ..errors import (
    AlipayApiError,
    AlipayError,
    BuildFailedError,
    ConfigError,
    DecryptionError,
    InvalidRequestError,
    SignatureError,
    TransportError,
)
from .outcomes import outcome_hint
from .profiles import Profile, load_profile

EXIT_OK = 0
EXIT_BUSINESS = 1
EXIT_USAGE = 2
EXIT_NETWORK = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what shells report when a reader (| head) went away

INSTALL_EMULATOR = "pip install 'alipay-innerversion[cli,emulator]'"
_EMULATOR_MODULES = frozenset({"starlette", "uvicorn", "h11", "anyio"})


class _Console(Console):
    """Rich's console, ending on a closed pipe as the rest of the CLI does (rich's own
    handling exits 1, which the CLI reserves for Alipay's business errors)."""

    def on_broken_pipe(self) -> None:
        closed_pipe()


_Transport = TypeVar("_Transport", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


@dataclass
class CliState:
    """Global options, kept in ``click.Context.obj``."""

    env_file: str | None = None
    profile: str | None = None
    as_json: bool = False
    debug: bool = False
    proxy: str | None = None
    timeout: float = 30.0
    max_retries: int = 2
    out: Console = field(default_factory=lambda: _Console(soft_wrap=True))
    err: Console = field(default_factory=lambda: _Console(stderr=True, soft_wrap=True))
    #: What to tell the user if the command is interrupted now (Ctrl-C): how to continue.
    interrupt_hint: str | None = None
    #: The context of the command running (set by :func:`pass_state`), for error hints.
    invoked: click.Context | None = None

    def loaded_profile(self) -> Profile | None:
        """The ``--profile`` of this run, read from the project file (None without one)."""
        return load_profile(self.profile) if self.profile else None

    def sources(self) -> dict[str, tuple[str, str]]:
        """Each setting the CLI reads (the ``ALIPAY_*`` variables of the configuration and
        the token, the profile's flag defaults): its value and where it came from
        (profile, env file, environment), the last of these winning."""
        known = (*ENV_VARS, "ALIPAY_APP_AUTH_TOKEN")
        found: dict[str, tuple[str, str]] = {}
        profile = self.loaded_profile()
        if profile is not None:
            found.update((k, (v, profile.source)) for k, v in profile.environ.items())
            found.update(
                (f"--{k.replace('_', '-')}", (v, profile.source)) for k, v in profile.flags.items()
            )
        layers = (
            [(read_env_file(self.env_file), f"--env-file {self.env_file}")] if self.env_file else []
        )
        layers.append((dict(os.environ), "environment"))
        for values, source in layers:
            found.update((k, (values[k], source)) for k in known if values.get(k))
        return found

    def environ(self) -> dict[str, str]:
        """The environment, over ``--env-file`` values, over the profile's."""
        profile = self.loaded_profile()
        merged = dict(profile.environ) if profile is not None else {}
        merged.update(read_env_file(self.env_file) if self.env_file else {})
        merged.update(os.environ)
        return merged

    def load_config(self, **overrides: Any) -> AlipayConfig:
        """The configuration from ``ALIPAY_*``; its errors name the variables, not the
        Python arguments they feed."""
        environ = self.environ()
        try:
            return AlipayConfig.from_env(environ, **overrides)
        except ConfigError as error:
            raise config_error_in_cli_words(error, environ) from None

    def _proxied(self, kind: Callable[..., _Transport]) -> _Transport | None:
        """The ``--proxy`` transport (None without one); an unusable proxy exits 2."""
        proxy = self.proxy
        if not proxy:
            return None
        return with_proxy(lambda: kind(proxy=proxy), "given with --proxy")

    def client(self) -> InnerVersionClient:
        transport = self._proxied(httpx.HTTPTransport)
        return InnerVersionClient(
            self.load_config(),
            timeout=self.timeout,
            max_retries=self.max_retries,
            transport=transport,
        )

    def async_client(self) -> AsyncInnerVersionClient:
        transport = self._proxied(httpx.AsyncHTTPTransport)
        return AsyncInnerVersionClient(
            self.load_config(),
            timeout=self.timeout,
            max_retries=self.max_retries,
            transport=transport,
        )

    def command_line(self, *args: object) -> str:
        """``alipay-mini`` with these arguments (and this run's ``--env-file`` and
        ``--profile``), quoted for a POSIX shell: a command to tell the user to run."""
        words = ["alipay-mini"]
        if self.env_file:
            words += ["--env-file", self.env_file]
        if self.profile:
            words += ["--profile", self.profile]
        words += [str(arg) for arg in args]
        return shlex.join(words)

    def done(self, payload: Mapping[str, Any], line: str) -> None:
        """Report a successful result: JSON on stdout with --json, else one line."""
        if self.as_json:
            self.emit({"ok": True, **payload})
        else:
            self.out.print(line, highlight=False)

    def emit(self, data: Mapping[str, Any]) -> None:
        """Print a JSON result on stdout (``--json``)."""
        click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str))


def read_env_file(path: str) -> dict[str, str]:
    """``KEY=VALUE`` lines; ``#`` comments, ``export`` prefixes and quotes allowed."""
    values: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            line = line.removeprefix("export ").strip()
            key, sep, value = line.partition("=")
            if not sep or not key.strip():
                raise click.UsageError(f"{path}:{number}: expected KEY=VALUE")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            values[key.strip()] = value
    return values


def exit_code_for(error: BaseException) -> int:
    if isinstance(error, ConfigError | InvalidRequestError):
        return EXIT_USAGE
    if isinstance(error, TransportError | SignatureError | DecryptionError):
        return EXIT_NETWORK
    if isinstance(error, AlipayApiError):
        return EXIT_NETWORK if error.http_status >= 500 else EXIT_BUSINESS
    return EXIT_BUSINESS


# -- messages in the CLI's words --------------------------------------------------------------
# The SDK's messages name Python arguments (``private_key``, ``source_url``); a CLI user sets
# environment variables and passes flags, so the CLI renames them when it reports an error.

# AlipayConfig argument -> (variable with the text, variable with a file path)
_CONFIG_VARS: dict[str, tuple[str | None, str | None]] = {
    "app_id": ("ALIPAY_APP_ID", None),
    "private_key": ("ALIPAY_PRIVATE_KEY", "ALIPAY_PRIVATE_KEY_FILE"),
    "alipay_public_key": ("ALIPAY_PUBLIC_KEY", "ALIPAY_PUBLIC_KEY_FILE"),
    "encrypt_key": ("ALIPAY_ENCRYPT_KEY", None),
    "app_cert": (None, "ALIPAY_APP_CERT_FILE"),
    "alipay_public_cert": (None, "ALIPAY_PUBLIC_CERT_FILE"),
    "alipay_root_cert": (None, "ALIPAY_ROOT_CERT_FILE"),
    "base_url": ("ALIPAY_BASE_URL", None),
}
_E = TypeVar("_E", bound=AlipayError)
_T = TypeVar("_T")


#: The fields that hold objects or lists (the spec's): an error inside one names a path.
_NESTED_FIELDS = frozenset(
    parameter.python_name
    for operation in OPERATIONS.values()
    for parameter in operation.parameters
    if parameter.kind in ("array", "object")
)
#: Where an error lists the keys of a nested object (not flags).
_NESTED_KEYS = re.compile(r"(?:unknown key\(s\)|Known keys:)[^.]*")


def _rename(text: str | None, names: Mapping[str, str]) -> str | None:
    """Replace whole-word Python names (not parts of other names or attributes). A name
    of one word (``pid``) could be a plain word too: it is replaced only where it is
    clearly an argument (``pid is required``, ``pid=``, ``Give pid``, ``pid and ...``)."""
    if not text or not names:
        return text
    keys = _NESTED_KEYS.search(text)
    if keys:  # the keys of a nested object are not flags, even where a field shares a name
        head, tail = text[: keys.start()], text[keys.end() :]
        return f"{_rename(head, names) or ''}{keys.group(0)}{_rename(tail, names) or ''}"
    containers = sorted((n for n in names if n in _NESTED_FIELDS), key=len, reverse=True)
    if containers:  # a path into a nested value starts with its flag: ``--labels[0].count``
        nested = re.compile(
            rf"(?<![\w.\-])({'|'.join(map(re.escape, containers))})(?=\[\d|\.\w|:\s)"
        )
        text = nested.sub(lambda match: names[match.group(1)], text)
    compound = sorted((n for n in names if "_" in n), key=len, reverse=True)
    single = sorted((n for n in names if "_" not in n), key=len, reverse=True)
    if compound:
        pattern = re.compile(r"(?<![\w.\-])(" + "|".join(map(re.escape, compound)) + r")\b")
        text = pattern.sub(lambda match: names[match.group(1)], text)
    if single:
        words = "|".join(map(re.escape, single))
        argument = re.compile(
            rf"(?<![\w.\-])({words})(?=\s+(?:is|are)\s+required|=|\s+and\s+--|\.$)"
            rf"|(?<=\bGive )({words})\b|(?<=, )({words})(?=[ ,])"
        )
        text = argument.sub(lambda match: names[next(g for g in match.groups() if g)], text)
    return text


def _reworded(error: _E, message: str | None, hint: str | None) -> _E:
    error.message = message or error.message
    error.hint = hint
    error.args = (error.message,)
    return error


def _looks_like_path(value: str) -> bool:
    """A value of ``ALIPAY_PRIVATE_KEY`` / ``ALIPAY_PUBLIC_KEY`` that is a path, not a key
    (keys are PEM, or base64 starting ``MII``)."""
    if "\n" in value or "-----" in value or len(value) > 1024:
        return False
    return (
        os.path.exists(value)
        or value.startswith(("/", "./", "../", "~"))
        or re.search(r"\.(pem|txt|key|crt|cer|der)$", value, re.IGNORECASE) is not None
    )


def config_error_in_cli_words(error: ConfigError, environ: Mapping[str, str]) -> ConfigError:
    """``error`` (from ``AlipayConfig.from_env``) naming ``ALIPAY_*`` variables."""
    names: dict[str, str] = {}
    for argument, (text_var, file_var) in _CONFIG_VARS.items():
        chosen = file_var if file_var and environ.get(file_var) else text_var or file_var
        assert chosen is not None
        names[argument] = chosen
    subject = re.match(r"^(\w+)\b", error.message)
    argument = subject.group(1) if subject else ""
    text_var, file_var = _CONFIG_VARS.get(argument, (None, None))
    hint = error.hint
    if text_var and file_var and names[argument] == text_var:
        value = environ.get(text_var, "")
        if _looks_like_path(value):
            return _reworded(
                error,
                f"{text_var} looks like a file path, but it is read as the key itself.",
                f"Set {file_var} to the path instead (and unset {text_var}).",
            )
        if hint:
            hint = re.sub(
                r",? DER bytes, or a pathlib\.Path to a file holding one of these\.",
                f"; or set {file_var} to a file holding one of these.",
                hint,
            )
    return _reworded(error, _rename(error.message, names), _rename(hint, names))


def flags_of(command: click.Command | None) -> dict[str, str]:
    """A command's parameters by Python name, mapped to their flag (``--source-url``).
    The commands name their parameters after the SDK's arguments."""
    if command is None:
        return {}
    return {
        param.name: param.opts[0]
        for param in command.params
        if param.name and param.opts and param.opts[0].startswith("--")
    }


# Names of the SDK's own settings in hints, as a CLI user sets them.
_SETTING_WORDS: dict[str, str] = {
    name: variable
    for name, (text, file) in _CONFIG_VARS.items()
    if (variable := text or file) is not None
}
_SETTING_WORDS["max_retries"] = "--max-retries"


#: The SDK's operations and methods that hints name, as the CLI commands that do the same.
OPERATION_COMMANDS: dict[str, str] = {
    "backdev_publish": "back-to-dev",
    "online_publish": "publish",
    "offline_publish": "take-down",
    "content_rollback": "rollback",
    "info_delete": "delete",
    "gray_publish": "gray start",
    "gray_finish": "gray finish",
    "audit_submit": "review submit",
    "audit_cancel": "review cancel",
    "wait_for_audit": "review wait",
    "info_query": "versions show",
    "list_versions": "versions list",
    "condition_batchquery": "versions list",
    "upload_status": "status",
    "uploadstatus_query": "status",
    "wait_for_build": "status",
}
_OPERATION_NAME = re.compile(
    r"(?<![\w.\-`])("
    + "|".join(map(re.escape, sorted(OPERATION_COMMANDS, key=len, reverse=True)))
    + r")\b(?:\([^)]*\))?"
)
_LEADING_OPERATION = re.compile(r"^(\w+): ")


def _commands_named(text: str | None) -> str | None:
    """``text`` naming CLI commands (``alipay-mini back-to-dev``) for the SDK's methods."""
    if not text:
        return text
    return _OPERATION_NAME.sub(
        lambda match: f"`alipay-mini {OPERATION_COMMANDS[match.group(1)]}`", text
    )


def _without_operation(message: str) -> str:
    """An argument error's message without the Python operation it starts with
    (``audit_submit: ...``): the user ran a command, not that method."""
    match = _LEADING_OPERATION.match(message)
    if match and (match.group(1) in OPERATIONS or match.group(1) in OPERATION_COMMANDS):
        return message[match.end() :]
    return message


def error_in_cli_words(error: AlipayError, command: click.Command | None) -> AlipayError:
    """An error that names the command's flags, the ``ALIPAY_*`` variables and the CLI's
    commands instead of Python arguments and methods: the whole message of an argument
    error, the hint of any other (the message of an Alipay error is Alipay's own)."""
    names = {**_SETTING_WORDS, **flags_of(command)}
    hint = _commands_named(_rename(error.hint, names))
    if isinstance(error, InvalidRequestError):
        message = _rename(_without_operation(error.message), names)
        return _reworded(error, _commands_named(message), hint)
    return _reworded(error, error.message, hint)


def error_line(error: AlipayError) -> str:
    """The one line an error is reported as (without ``--json``)."""
    line = f"error: {error}"
    if isinstance(error, BuildFailedError) and error.log_url:
        line += f" Build log: {error.log_url}"
    return line


def error_payload(error: AlipayError) -> dict[str, Any]:
    """The JSON shape of an error (``--json``)."""
    payload: dict[str, Any] = {
        "ok": False,
        "error": type(error).__name__,
        "message": error.message,
        "hint": error.hint,
        "trace_id": error.trace_id,
        "request_id": error.request_id,
    }
    for name in (
        "code",
        "http_status",
        "check",
        "build_info",
        "log_url",
        "package_id",
        "reject_reason",
    ):
        if hasattr(error, name):
            payload[name] = getattr(error, name)
    return payload


def fail(state: CliState | None, error: AlipayError) -> NoReturn:
    """Report an SDK error on one line (or as JSON) and exit with its code."""
    code = exit_code_for(error)
    try:
        if state is not None and state.as_json:
            state.emit(error_payload(error))
        else:
            click.echo(error_line(error), err=True)
        _flush_stdout()
    except BrokenPipeError:
        closed_pipe()
    sys.exit(code)


def interrupted(state: CliState | None) -> NoReturn:
    """Ctrl-C: say how to continue, exit 130 (exit 1 means an Alipay business error)."""
    hint = state.interrupt_hint if state is not None else None
    line = "interrupted" + (f": {hint}" if hint else ".")
    if state is not None and state.as_json:
        state.emit({"ok": False, "error": "Interrupted", "message": "interrupted", "hint": hint})
    click.echo(line, err=True)
    sys.exit(EXIT_INTERRUPTED)


def require_emulator() -> None:
    """Exit 2 with the extra to install when the emulator's server packages are missing."""
    try:
        from ..emulator import Emulator  # noqa: F401
    except ImportError as exc:
        cause = exc.__cause__ if isinstance(exc.__cause__, ImportError) else exc
        if (cause.name or "").partition(".")[0] not in _EMULATOR_MODULES:
            raise
        click.echo(
            f"error: this command runs the local emulator, which needs Starlette and uvicorn: "
            f"{INSTALL_EMULATOR}",
            err=True,
        )
        sys.exit(EXIT_USAGE)


def closed_pipe() -> NoReturn:
    """The reader of our output went away (``alipay-mini ... | head -1``): stop quietly
    with the status shells give a process ended by SIGPIPE (141), as ``yes | head``
    does. Output still buffered goes to /dev/null, so nothing complains at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (run in-process)
        pass
    sys.exit(EXIT_BROKEN_PIPE)


def _flush_stdout() -> None:
    """Flush now, while a closed pipe can still be reported as one (at interpreter exit
    Python would print a BrokenPipeError and exit 120)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        closed_pipe()
    except (OSError, ValueError):
        pass


class AlipayGroup(click.Group):
    """Turns SDK exceptions into one readable line and an exit code, Ctrl-C into exit
    code 130 with how to continue, and a closed output pipe into a quiet exit 141.

    ``--debug`` adds the traceback of an error and DEBUG logs, and changes nothing else:
    the exit code and the error line are the same."""

    ARGV_KEY = "alipay_mini.argv"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[self.ARGV_KEY] = list(args)  # for --version: was it given alone?
        return super().parse_args(ctx, args)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:  # --help or --version into a closed pipe
            closed_pipe()

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
        except AlipayError as error:
            state = ctx.find_object(CliState)
            if state is not None and state.debug:
                traceback.print_exc(file=sys.stderr)
            name = ctx.invoked_subcommand
            command = self.get_command(ctx, name) if name else None
            if state is not None and state.invoked is not None:
                command = state.invoked.command
                hint = outcome_hint(state, state.invoked, error)
                if hint is not None:
                    error.hint = hint
            fail(state, error_in_cli_words(error, command))
        except KeyboardInterrupt:
            interrupted(ctx.find_object(CliState))
        except BrokenPipeError:
            closed_pipe()
        _flush_stdout()
        return result


def pass_state(function: Any) -> Any:
    """Decorator: pass the :class:`CliState` as the first argument (and note the running
    command's context in it, for the hints of its errors). Flags the command line leaves
    unset take the ``--profile``'s value (``bundle_id``, ``app_origin``, ...)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        if isinstance(ctx.obj, CliState):
            ctx.obj.invoked = ctx
            try:
                profile = ctx.obj.loaded_profile()
            except ConfigError as error:
                fail(ctx.obj, error)
            for name, value in profile.flags.items() if profile is not None else ():
                if name in kwargs and kwargs[name] is None:
                    kwargs[name] = ctx.params[name] = value
        return ctx.invoke(function, ctx.obj, *args, **kwargs)

    return functools.update_wrapper(run, function)


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record is emitted."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


def configure_logging(ctx: click.Context, debug: bool) -> None:
    """With ``--debug``: DEBUG logs of this SDK (no secrets in them) on stderr, for this
    command only."""
    if not debug:
        return
    logger = logging.getLogger("alipay_innerversion")
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous)

    ctx.call_on_close(restore)
