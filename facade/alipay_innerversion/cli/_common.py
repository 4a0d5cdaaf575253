"""Shared CLI plumbing: configuration loading, output, and exit codes."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

import click
from rich.console import Console

from ..client import AsyncInnerVersionClient, InnerVersionClient
from ..config import AlipayConfig
from ..errors import (
    AlipayApiError,
    AlipayError,
    ConfigError,
    DecryptionError,
    InvalidRequestError,
    SignatureError,
    TransportError,
)

EXIT_OK = 0
EXIT_BUSINESS = 1
EXIT_USAGE = 2
EXIT_NETWORK = 3


@dataclass
class CliState:
    """Global options, kept in ``click.Context.obj``."""

    env_file: str | None = None
    as_json: bool = False
    debug: bool = False
    timeout: float = 30.0
    max_retries: int = 2
    out: Console = field(default_factory=lambda: Console(soft_wrap=True))
    err: Console = field(default_factory=lambda: Console(stderr=True, soft_wrap=True))

    def environ(self) -> dict[str, str]:
        """The environment, with ``--env-file`` values underneath real variables."""
        merged = read_env_file(self.env_file) if self.env_file else {}
        merged.update(os.environ)
        return merged

    def load_config(self, **overrides: Any) -> AlipayConfig:
        return AlipayConfig.from_env(self.environ(), **overrides)

    def client(self) -> InnerVersionClient:
        return InnerVersionClient(
            self.load_config(), timeout=self.timeout, max_retries=self.max_retries
        )

    def async_client(self) -> AsyncInnerVersionClient:
        return AsyncInnerVersionClient(
            self.load_config(), timeout=self.timeout, max_retries=self.max_retries
        )

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
    for name in ("code", "http_status", "check", "build_info", "log_url", "package_id"):
        if hasattr(error, name):
            payload[name] = getattr(error, name)
    return payload


def fail(state: CliState | None, error: AlipayError) -> NoReturn:
    """Report an SDK error on one line (or as JSON) and exit with its code."""
    code = exit_code_for(error)
    if state is not None and state.as_json:
        state.emit(error_payload(error))
    else:
        click.echo(f"error: {error}", err=True)
    sys.exit(code)


class AlipayGroup(click.Group):
    """Turns SDK exceptions into one readable line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AlipayError as error:
            state = ctx.find_object(CliState)
            if state is not None and state.debug:
                raise
            fail(state, error)


def pass_state(function: Any) -> Any:
    """Decorator: pass the :class:`CliState` as the first argument."""
    return click.pass_obj(function)


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
