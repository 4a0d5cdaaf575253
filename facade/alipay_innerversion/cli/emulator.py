"""``alipay-mini emulator``: run the local Alipay gateway emulator until SIGINT/SIGTERM.

Generated keys never reach the terminal: with ``--keys-dir`` they are written there
(private keys and the env file readable by the owner only), with an ``emulator.env``
holding the ``ALIPAY_*`` variables a client needs (``*_FILE`` variables point at the
written files), ready for ``alipay-mini --env-file``.
"""

from __future__ import annotations

import ipaddress
import os
import re
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from alipay_innerversion_api.api import VersionStatus

from ..errors import ConfigError
from ._common import CliState

if TYPE_CHECKING:
    from ..emulator import Emulator

LISTENING = "listening on {url}"
ENV_FILE = "emulator.env"


class CannotListen(click.ClickException):
    """The port is taken (another emulator?) or the address is not this machine's: a
    usage error (exit 2) with what to do."""

    exit_code = 2

    def __init__(self, host: str, port: int, cause: BaseException) -> None:
        hint = (
            " Another program (an emulator still running?) has it: stop that one, or give "
            "--port 0 for a free port (the line 'listening on ...' and the env file say "
            "which)."
            if port
            else ""
        )
        super().__init__(f"cannot listen on {host}:{port}: {cause}.{hint}")


@click.command("emulator")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8900,
    show_default=True,
    help="Port to listen on (0: a free port; the line 'listening on ...' says which).",
)
@click.option(
    "--app-id", default="2021000000000001", show_default=True, help="The app id to accept."
)
@click.option(
    "--app-public-key",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="File with the app's public key (PEM or bare base64). Default: generate a key pair.",
)
@click.option(
    "--alipay-private-key",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="File with the private key the emulator signs responses with. Default: generate one.",
)
@click.option(
    "--encrypt-key",
    envvar="ALIPAY_EMULATOR_ENCRYPT_KEY",
    metavar="B64",
    help="Turn on content encryption with this base64 AES key "
    "(or set ALIPAY_EMULATOR_ENCRYPT_KEY, which keeps it out of the process list).",
)
@click.option("--cert-mode", is_flag=True, help="Certificate mode, with throw-away certificates.")
@click.option(
    "--app-auth-token",
    "app_auth_tokens",
    multiple=True,
    metavar="TOKEN",
    help="A valid app auth token (repeatable). Default: any token is accepted.",
)
@click.option(
    "--polls-per-step",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="uploadstatus polls per build step (queued, building, done).",
)
@click.option(
    "--latency", type=click.FloatRange(min=0), default=0.0, help="Seconds added to every request."
)
@click.option(
    "--error-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Fraction of requests answered with a server error (see --error-status).",
)
@click.option(
    "--error-status",
    type=click.Choice(["500", "503"]),
    default="503",
    show_default=True,
    help="What --error-rate answers: 500 unknow-error, or 503 SYSTEM_ERROR (unknow-error "
    "for operations whose documented codes lack SYSTEM_ERROR).",
)
@click.option(
    "--drop-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Fraction of requests whose connection is dropped after they were applied.",
)
@click.option(
    "--drop-before-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Fraction of requests whose connection is dropped before they are applied.",
)
@click.option(
    "--rate-limit-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Fraction of requests answered 429 app-call-limited.",
)
@click.option(
    "--retry-after",
    type=click.FloatRange(min=0),
    help="Seconds sent as Retry-After with rate-limited answers (default: no header).",
)
@click.option(
    "--slow-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Fraction of requests held --slow-seconds before being handled (latency spikes).",
)
@click.option(
    "--slow-seconds",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="How long a latency spike lasts.",
)
@click.option("--seed", type=int, help="Seed for the fault rates (reproducible runs).")
@click.option(
    "--review",
    type=click.Choice(["approve", "reject", "pending"]),
    default="approve",
    show_default=True,
    help="What the reviewer does with submitted versions (pending: they stay "
    f"{VersionStatus.AUDITING} until decided with POST /__emulator__/reviews/decide).",
)
@click.option(
    "--reject-reason",
    default="rejected by the emulator's reviewer",
    show_default=True,
    help="The reject_reason of --review reject.",
)
@click.option(
    "--require-gray",
    is_flag=True,
    help="online/publish needs a gray stage first (CAN_NOT_ONLINE_WITHOUT_GRAY).",
)
@click.option(
    "--dedupe/--no-dedupe",
    default=True,
    show_default=True,
    help="Answer a repeated alipay-request-id from the first answer instead of applying it.",
)
@click.option(
    "--accept-unknown-fields",
    is_flag=True,
    help="Let a body field or query parameter the spec does not know through (default: "
    "refused with invalid-parameter, so a typo or an --extra field fails loudly).",
)
@click.option(
    "--keys-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Write generated keys, certificates and {ENV_FILE} (client settings) here.",
)
def command(
    host: str,
    port: int,
    app_id: str,
    app_public_key: Path | None,
    alipay_private_key: Path | None,
    encrypt_key: str | None,
    cert_mode: bool,
    app_auth_tokens: tuple[str, ...],
    polls_per_step: int,
    latency: float,
    error_rate: float,
    error_status: str,
    drop_rate: float,
    drop_before_rate: float,
    rate_limit_rate: float,
    retry_after: float | None,
    slow_rate: float,
    slow_seconds: float,
    seed: int | None,
    review: str,
    reject_reason: str,
    require_gray: bool,
    dedupe: bool,
    accept_unknown_fields: bool,
    keys_dir: Path | None,
) -> None:
    """Run the local Alipay gateway emulator (innerversion API) until interrupted."""
    try:
        from ..emulator import Emulator, Faults
    except ImportError as exc:
        raise click.ClickException(str(exc)) from exc
    faults = Faults(
        latency=latency,
        error_rate=error_rate,
        error_status=int(error_status),
        drop_rate=drop_before_rate,
        drop_after_rate=drop_rate,
        rate_limit_rate=rate_limit_rate,
        retry_after=retry_after,
        slow_rate=slow_rate,
        slow_seconds=slow_seconds,
        seed=seed,
    )
    if sum((error_rate, drop_rate, drop_before_rate, rate_limit_rate, slow_rate)) > 1:
        raise click.UsageError("the fault rates add up to more than 1")

    try:
        emu = Emulator(
            app_id=app_id,
            app_public_key=app_public_key,
            alipay_private_key=alipay_private_key,
            encrypt_key=encrypt_key or None,
            cert_mode=cert_mode,
            app_auth_tokens=app_auth_tokens or None,
            polls_per_step=polls_per_step,
            host=host,
            port=port,
            faults=faults,
            review=review,
            reject_reason=reject_reason,
            require_gray=require_gray,
            dedupe=dedupe,
            accept_unknown_fields=accept_unknown_fields,
        )
    except ConfigError:
        raise  # the group prints it with its hint
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if keys_dir is not None:  # a previous run's settings must not pass for this run's
        (keys_dir / ENV_FILE).unlink(missing_ok=True)
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            emu.start()
        except (OSError, RuntimeError) as exc:
            raise CannotListen(host, port, exc) from exc
        env_file = write_keys_dir(emu, keys_dir) if keys_dir is not None else None
        if env_file is not None:
            click.echo(f"client settings: {env_file}", err=True)
        elif emu.app_private_key_pem is not None:
            click.echo(
                "note: the generated app private key is not saved; use --keys-dir to get it",
                err=True,
            )
        state = click.get_current_context().find_object(CliState)
        if state is not None and state.as_json:
            state.emit(
                {
                    "ok": True,
                    "operation": "emulator",
                    "base_url": emu.base_url,
                    "app_id": emu.app_id,
                    "env_file": str(env_file) if env_file else None,
                }
            )
        else:
            click.echo(LISTENING.format(url=emu.base_url))
        sys.stdout.flush()
        while not stop.wait(0.2):
            if not emu.running:
                raise click.ClickException("the emulator server stopped unexpectedly")
    finally:
        emu.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def write_keys_dir(emu: Emulator, directory: Path) -> Path:
    """Write the emulator's client-side material and ``emulator.env``; return the env file."""
    directory.mkdir(parents=True, exist_ok=True)
    creds = emu.credentials()
    safe_id = re.sub(r"[^A-Za-z0-9_.-]", "_", creds.app_id)
    base_url = emu.base_url
    if ipaddress.ip_address(emu.host).is_unspecified:  # listening everywhere: use loopback
        base_url = f"http://127.0.0.1:{emu.port}"
    env: list[str] = [
        "# Client settings for the local Alipay gateway emulator (alipay-mini emulator).",
        f"ALIPAY_APP_ID={creds.app_id}",
        f"ALIPAY_BASE_URL={base_url}",
    ]

    def write(name: str, text: str, *, private: bool = False) -> str:
        path = directory / name
        _write_text(path, text, private=private)
        return str(path.resolve())

    if creds.app_private_key_pem is not None:
        env.append(
            "ALIPAY_PRIVATE_KEY_FILE="
            + write("app_private_key.pem", creds.app_private_key_pem, private=True)
        )
    else:
        env.append("# ALIPAY_PRIVATE_KEY_FILE=<the private key matching --app-public-key>")
    write("app_public_key.pem", creds.app_public_key_pem)
    if emu.alipay_private_key_pem is not None:
        write("alipay_private_key.pem", emu.alipay_private_key_pem, private=True)
    alipay_public = write("alipay_public_key.pem", emu.alipay_public_key_pem)
    if emu.cert_mode:
        assert creds.app_cert_pem is not None
        assert emu.alipay_cert_pem is not None
        assert emu.root_cert_pem is not None
        app_cert = write(f"appCertPublicKey_{safe_id}.crt", creds.app_cert_pem)
        env.append(f"ALIPAY_APP_CERT_FILE={app_cert}")
        alipay_cert = write("alipayCertPublicKey_RSA2.crt", emu.alipay_cert_pem)
        env.append(f"ALIPAY_PUBLIC_CERT_FILE={alipay_cert}")
        env.append("ALIPAY_ROOT_CERT_FILE=" + write("alipayRootCert.crt", emu.root_cert_pem))
    else:
        env.append(f"ALIPAY_PUBLIC_KEY_FILE={alipay_public}")
    if creds.encrypt_key is not None:
        env.append(f"ALIPAY_ENCRYPT_KEY={creds.encrypt_key}")
    env_file = directory / ENV_FILE
    # Written whole under another name, then renamed: a shell waiting for the file
    # (the README's quick start) never reads half of it.
    partial = directory / f".{ENV_FILE}.partial"
    _write_text(partial, "\n".join(env) + "\n", private=True)
    partial.replace(env_file)
    return env_file


def _write_text(path: Path, text: str, *, private: bool) -> None:
    """Write a file; private ones are created owner-only (and tightened if they existed)."""
    mode = 0o600 if private else 0o644
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    if private:
        path.chmod(0o600)
