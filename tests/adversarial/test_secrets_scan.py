"""Secrets scan: run everything, at DEBUG, and look for the secrets in all it produced.

Known fake secrets — the app private key, the AES content key, app auth tokens, and the
emulator's Alipay private key (a secret the client never holds, so it must never show up
either) — go through every client method (sync and async, key mode and certificate mode,
AES on, with an app auth token), including calls that fail: Alipay business errors, a
forged token, signature failures, a wrong AES key, a wrong app key, timeouts, dropped
connections, rate limiting, connection refused, and bad configurations; and the refusals of
hostile answers and files (a redirect, an answer past the cap, a package linking to the key
file, a locked journal). Then through every
CLI command (``keys check``, upload/status/online/sync/upgrade/release, ``upgrade-batch``,
``demo``, ``emulator`` as a subprocess), with ``--debug`` and ``--json``, succeeding and
failing.

Scanned: every log record (root logger at DEBUG: the SDK's, httpx's, httpcore's, the
emulator server's), CLI stdout and stderr, tracebacks, ``str``/``repr`` of configurations,
clients, transports, results and errors (and the errors' attributes), the upgrade-batch
SQLite journal (raw bytes of the database and its WAL, and its rows), the failures CSV and
any other file the CLI leaves behind. The ``emulator --keys-dir`` output holds secrets by
design: it is not scanned, but its private files must be owner-only (0600).

Each secret is looked for in full, by its first 16 characters (of the base64 body for
keys), and decoded (see :mod:`tests.adversarial.secrets`).
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import inspect
import logging
import os
import secrets
import signal
import sqlite3
import stat
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from click.testing import CliRunner, Result
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import alipay_innerversion.emulator as emulator_package
from alipay_innerversion import (
    AlipayConfig,
    AlipayError,
    AsyncInnerVersionClient,
    ConfigError,
    InnerVersionClient,
    RequestTimeoutError,
)
from alipay_innerversion.cli import demo as demo_module
from alipay_innerversion.cli import main
from alipay_innerversion.config import ENV_VARS
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.pki import CertificateSet, generate_rsa_key, private_key_pem
from alipay_innerversion.flows.batch import read_targets

from ..conftest import FIXTURES, Keys
from ..emulator.support import mini_program_zip
from ..emulator.test_cli import emulator_process, stop
from ..helpers import request_extensions
from .report import REPORT
from .secrets import Scanner, aes_key_needles, private_key_needles, token_needles

TOKEN = "202411BB7f3e9a1c5d2b4e6f8a0c1e3d"
FORGED_TOKEN = "202411BBc0ffee00forged9d8c7b6a5"
MERCHANT_TOKENS = [
    "202411BB" + hashlib.sha256(f"merchant-{n}".encode()).hexdigest()[:24] for n in range(3)
]
WRONG_AES_KEY = base64.b64encode(hashlib.sha256(b"not the app's aes key").digest()[:16]).decode()
MINI = "2021004100000001"
REAL_ALIPAY_CERT = FIXTURES / "certs" / "alipayCertPublicKey_RSA2.crt"  # another Alipay key


class Blobs:
    """Everything produced, as (where, text or bytes), scanned at the end."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str | bytes | None]] = []

    def add(self, where: str, blob: str | bytes | None) -> None:
        self.items.append((where, blob))

    def thing(self, where: str, value: Any) -> None:
        """str and repr of a value; for errors also their attributes and traceback."""
        self.add(f"{where}: str", str(value))
        self.add(f"{where}: repr", repr(value))
        if isinstance(value, BaseException):
            self.add(f"{where}: attributes", repr(vars(value)))
            self.add(f"{where}: args", repr(value.args))
            self.add(f"{where}: traceback", "".join(traceback.format_exception(value)))
        elif attrs.has(type(value)):
            self.add(f"{where}: fields", repr(attrs.asdict(value, recurse=True)))

    def cli(self, where: str, result: Result) -> None:
        self.add(f"{where}: stdout", result.stdout)
        self.add(f"{where}: stderr", result.stderr)
        if result.exc_info is not None and not isinstance(result.exception, SystemExit):
            self.add(f"{where}: traceback", "".join(traceback.format_exception(*result.exc_info)))
            self.thing(f"{where}: exception", result.exception)


class LogCapture(logging.Handler):
    """Every record, formatted with its exception, plus the raw arguments."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(self.format(record))
        self.texts.append(repr(record.args))
        if record.exc_info and record.exc_info[1] is not None:
            self.texts.append(repr(vars(record.exc_info[1])))


LOGGERS = ("", "alipay_innerversion", "httpx", "httpcore", "uvicorn", "uvicorn.error", "asyncio")


@contextmanager
def debug_logging() -> Iterator[LogCapture]:
    capture = LogCapture()
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    root.addHandler(capture)
    try:
        set_debug()
        yield capture
    finally:
        root.removeHandler(capture)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def set_debug() -> None:
    """DEBUG everywhere (again after a uvicorn server start, which sets its own levels)."""
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)


# -- the client, sync and async ---------------------------------------------------------------


def outcome(blobs: Blobs, where: str, run: Callable[[], Any]) -> Any:
    try:
        value = run()
    except AlipayError as error:
        blobs.thing(where, error)
        return error
    blobs.thing(where, value)
    return value


Call = tuple[str, Callable[[Any], Any]]


def client_calls(version: str, upgrade_app: str) -> list[Call]:
    """Every client method, with the token; then calls that fail at Alipay or locally."""
    return [
        (
            "upload+wait",
            lambda c: c.upload(
                mini_app_id=MINI,
                build_version=version,
                package=mini_program_zip(),
                bundle_id="com.alipay.alipaywallet",
                app_auth_token=TOKEN,
                wait=True,
                poll_interval=0.01,
                wait_timeout=10,
            ),
        ),
        (
            "upload_status",
            lambda c: c.upload_status(
                mini_app_id=MINI, build_version=version, app_auth_token=TOKEN
            ),
        ),
        (
            "wait_for_build",
            lambda c: c.wait_for_build(
                mini_app_id=MINI, build_version=version, poll_interval=0.01, app_auth_token=TOKEN
            ),
        ),
        (
            "online",
            lambda c: c.online(mini_app_id=MINI, app_online_version=version, app_auth_token=TOKEN),
        ),
        (
            "sync",
            lambda c: c.sync(
                mini_app_id=MINI,
                app_version=version,
                sync_type="global",
                app_origin="o",
                bundle_id="com.alipay.alipaywallet",  # the bundle uploaded and put online
                app_auth_token=TOKEN,
            ),
        ),
        (
            "upgrade",
            lambda c: c.upgrade(
                mini_app_id=upgrade_app,
                template_id="2021000000000099",
                template_version="1.2.3",
                app_auth_token=TOKEN,
            ),
        ),
        (
            "business error: upload again",
            lambda c: c.upload(
                mini_app_id=MINI, build_version=version, source_url="https://x.invalid/p.zip"
            ),
        ),
        (
            "business error: unknown version",
            lambda c: c.online(mini_app_id=MINI, app_online_version="9.9.9", app_auth_token=TOKEN),
        ),
        (
            "forged token",
            lambda c: c.upgrade(
                mini_app_id=upgrade_app,
                template_id="1",
                template_version="1.2.3",
                app_auth_token=FORGED_TOKEN,
            ),
        ),
        (
            "invalid request",
            lambda c: c.upgrade(
                mini_app_id=upgrade_app,
                template_id="1",
                template_version="v1",
                app_auth_token=TOKEN,
            ),
        ),
    ]


def run_calls(blobs: Blobs, tag: str, client: Any, calls: list[Call]) -> list[Any]:
    """Run calls on a sync or an async client; record every outcome."""
    if isinstance(client, InnerVersionClient):
        with client:
            blobs.thing(f"{tag} client", client)
            blobs.thing(f"{tag} transport", client._transport)
            blobs.thing(f"{tag} with_options", client.with_options(timeout=5))
            return [
                outcome(blobs, f"{tag} {name}", functools.partial(call, client))
                for name, call in calls
            ]

    async def go() -> list[Any]:
        results = []
        async with client:
            blobs.thing(f"{tag} client", client)
            blobs.thing(f"{tag} transport", client._transport)
            for name, call in calls:
                try:
                    value = call(client)
                    if inspect.isawaitable(value):
                        value = await value
                except AlipayError as error:
                    value = error
                blobs.thing(f"{tag} {name}", value)
                results.append(value)
        return results

    return asyncio.run(go())


def exercise_client(blobs: Blobs, emu: Emulator, mode: str, keys: Keys, other_app_key: Any) -> None:
    config = emu.client_config(private_key=keys.app_private_pem)
    blobs.thing(f"{mode} config", config)
    blobs.add(f"{mode} config facts", repr(dict(config.describe())))
    for n, kind in enumerate(("sync", "async")):
        tag = f"{mode}/{kind}"
        make = InnerVersionClient if kind == "sync" else AsyncInnerVersionClient
        version = f"1.0.{n}"
        results = run_calls(
            blobs, tag, make(config, max_retries=1), client_calls(version, f"20210041000001{n}{n}")
        )
        assert [type(r).__name__ for r in results[:6]] == [
            "UploadResult",
            "BuildStatus",
            "BuildStatus",
            "OnlineResult",
            "SyncResult",
            "UpgradeResult",
        ], results
        assert all(isinstance(r, AlipayError) for r in results[6:]), results

        # faults: retried 503 and dropped connection, rate limit without retries, timeout
        emu.inject("503", "drop-after")
        results = run_calls(
            blobs, f"{tag} faults", make(config, max_retries=2), client_calls(version, "x")[1:3]
        )
        assert [type(r).__name__ for r in results] == ["BuildStatus", "BuildStatus"], results
        emu.inject("rate-limit")
        run_calls(
            blobs,
            f"{tag} rate limited",
            make(config, max_retries=0),
            client_calls(version, "x")[1:2],
        )
        emu.faults.latency = 0.3
        try:
            (timed_out,) = run_calls(
                blobs,
                f"{tag} timeout",
                make(config, max_retries=0, timeout=0.05),
                client_calls(version, "x")[1:2],
            )
        finally:
            emu.faults.latency = 0.0
        assert isinstance(timed_out, RequestTimeoutError), timed_out

        # wrong settings on the client's side: each call fails, typed
        wrong = {
            "wrong Alipay key": (
                emu.client_config(
                    private_key=keys.app_private_pem,
                    alipay_public_cert=REAL_ALIPAY_CERT,
                )
                if emu.cert_mode
                else emu.client_config(
                    private_key=keys.app_private_pem, alipay_public_key=REAL_ALIPAY_CERT
                )
            ),
            "wrong AES key": emu.client_config(
                private_key=keys.app_private_pem, encrypt_key=WRONG_AES_KEY
            ),
            "wrong app key": emu.client_config(private_key=other_app_key)
            if not emu.cert_mode
            else None,
            "connection refused": emu.client_config(
                private_key=keys.app_private_pem, base_url="http://127.0.0.1:9"
            ),
        }
        for label, wrong_config in wrong.items():
            if wrong_config is None:
                continue
            (failed,) = run_calls(
                blobs,
                f"{tag} {label}",
                make(wrong_config, max_retries=0),
                client_calls(version, "x")[3:4],
            )
            assert isinstance(failed, AlipayError), (label, failed)


def bad_configs(blobs: Blobs, keys: Keys, cert_set: CertificateSet) -> None:
    """Configurations that cannot work: the ConfigError must not quote the input."""
    pem = keys.app_private_pem
    body = "".join(pem.splitlines()[1:-1])
    good = {"app_id": keys.app_id, "private_key": pem, "alipay_public_key": keys.alipay_public_pem}
    cases: dict[str, dict[str, Any]] = {
        "truncated private key": {"private_key": pem[: len(pem) // 2]},
        "private key body cut": {"private_key": body[:-40]},
        "private key, one character changed": {"private_key": body[:100] + "!" + body[101:]},
        "private key labelled public": {"private_key": pem.replace("PRIVATE", "PUBLIC")},
        "private key without footer": {"private_key": pem.split("-----END")[0]},
        "private key as the Alipay key": {"alipay_public_key": pem},
        "Alipay private key as the Alipay key": {
            "alipay_public_key": keys.raw["alipay_private_pkcs8_pem"]
        },
        "AES key as the private key": {"private_key": keys.encrypt_key_b64},
        "AES key too long": {"encrypt_key": keys.encrypt_key_b64 + "AAAA"},
        "AES key cut": {"encrypt_key": keys.encrypt_key_b64[:-4]},
        "AES key as hex": {"encrypt_key": keys.encrypt_key.hex()},
        "AES key with junk": {"encrypt_key": keys.encrypt_key_b64 + "!"},
        "private key as the AES key": {"encrypt_key": pem},
        "certificates half given": {"app_cert": cert_set.app_cert_pem},
        "private key as a certificate": {
            "alipay_public_key": None,
            "app_cert": pem,
            "alipay_public_cert": cert_set.alipay_cert_pem,
            "alipay_root_cert": cert_set.root_bundle_pem,
        },
        "base URL with credentials": {"base_url": f"https://app:{TOKEN}@openapi.alipay.com"},
        "base URL with credentials and a path": {
            "base_url": f"https://app:{TOKEN}@openapi.alipay.com/v3"
        },
        "base URL with credentials and a bad port": {
            "base_url": f"https://app:{TOKEN}@x@openapi.alipay.com:port"
        },
        "base URL with credentials and a space": {"base_url": f"https://app:{TOKEN} @x"},
    }
    for label, change in cases.items():
        args = {**good, **change}
        with pytest.raises(ConfigError) as info:
            AlipayConfig(**args)
        blobs.thing(f"config error: {label}", info.value)
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": pem.replace("\n", "\\n")[:-50],
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
    }
    with pytest.raises(ConfigError) as info:
        AlipayConfig.from_env(env)
    blobs.thing("from_env error", info.value)
    options = request_extensions(app_auth_token=TOKEN)
    blobs.thing("request options", options)


# -- the CLI --------------------------------------------------------------------------------


class Cli:
    def __init__(self, blobs: Blobs, env: dict[str, str]) -> None:
        self.blobs = blobs
        self.env = env
        self.count = 0

    def __call__(
        self, *args: str, env: dict[str, str] | None = None, code: int | None = 0
    ) -> Result:
        unset: dict[str, str | None] = dict.fromkeys((*ENV_VARS, "ALIPAY_APP_AUTH_TOKEN"))
        result = CliRunner().invoke(main, list(args), env={**unset, **(env or self.env)})
        self.count += 1
        self.blobs.cli(f"cli #{self.count} {' '.join(args)[:60]}", result)
        if code is not None:
            assert result.exit_code == code, (args, result.exit_code, result.output[-2000:])
        return result


def exercise_cli(
    blobs: Blobs,
    workdir: Path,
    keys: Keys,
    key_emu: Emulator,
    cert_emu: Emulator,
) -> None:
    package = workdir / "mini"
    package.mkdir()
    (package / "app.json").write_text('{"pages": ["pages/index/index"]}')
    (package / "pages").mkdir()
    (package / "pages" / "index.axml").write_text("<view>hi</view>")
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
        "ALIPAY_BASE_URL": key_emu.base_url,
        "ALIPAY_APP_AUTH_TOKEN": TOKEN,
    }
    cli = Cli(blobs, env)
    app = ("--mini-app-id", MINI)
    cli("--version")
    cli("--help")
    cli("keys", "check")
    cli("--json", "keys", "check")
    cli("--debug", "keys", "check")
    for label, change in {
        "private key as Alipay key": {"ALIPAY_PUBLIC_KEY": keys.app_private_pem},
        "truncated private key": {"ALIPAY_PRIVATE_KEY": keys.app_private_pem[:-200]},
        "bad AES key": {"ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64[:-3]},
        "token as AES key": {"ALIPAY_ENCRYPT_KEY": TOKEN},
    }.items():
        result = cli("--json", "keys", "check", env={**env, **change}, code=2)
        assert "ok" in result.stdout, label
        cli("keys", "check", env={**env, **change}, code=2)

    version = ("--version", "2.0.0")
    push = ("--bundle-id", "com.alipay.alipaywallet", "--app-origin", "o")  # the default bundle
    wait = ("--poll-interval", "0.01")
    cli("--debug", "upload", *app, "--package", str(package), *version, "--wait", *wait)
    cli("--json", "status", *app, *version)
    cli("--debug", "online", *app, *version)
    cli("--json", "sync", *app, *version, *push)
    upgrade = ("upgrade", "--mini-app-id", "2021004100000777", "--template-id", "T")
    cli("--debug", *upgrade, "--template-version", "1.2.3")
    url = ("--source-url", "https://x.invalid/p.zip")
    review = ("--version-desc", "secrets scan")  # release goes through the review now
    cli("--debug", "--json", "release", *app, *push, *url, "--version", "2.0.1", *review, *wait)
    cli("release", *app, *push, "--package", str(package), "--version", "2.0.2", *review, *wait)

    # failures: business error, forged token, bad argument, bad config, wrong key, timeout
    unknown = ("online", *app, "--version", "9.9.9")
    cli("--debug", *unknown, code=None)
    cli(*unknown, code=1)
    cli("--json", *unknown, code=1)
    cli("--json", *upgrade, "--template-version", "1.2.3", "--app-auth-token", FORGED_TOKEN, code=1)
    forged_env = {**env, "ALIPAY_APP_AUTH_TOKEN": FORGED_TOKEN}
    cli("--debug", *upgrade, "--template-version", "1.2.3", env=forged_env, code=None)
    cli(*upgrade, "--template-version", "v1", code=2)
    wrong_alipay_key = {"ALIPAY_PUBLIC_KEY": "", "ALIPAY_PUBLIC_KEY_FILE": str(REAL_ALIPAY_CERT)}
    for label, change in {
        "truncated key": {"ALIPAY_PRIVATE_KEY": keys.app_private_pem[:-200]},
        "private key as Alipay key": {"ALIPAY_PUBLIC_KEY": keys.app_private_pem},
        "wrong Alipay key": wrong_alipay_key,
        "wrong AES key": {"ALIPAY_ENCRYPT_KEY": WRONG_AES_KEY},
        "nothing listening": {"ALIPAY_BASE_URL": "http://127.0.0.1:9"},
    }.items():
        changed = {**env, **change}
        other = ("upgrade", "--mini-app-id", "2021004100000555", "--template-id", "T")
        cli("--debug", *other, "--template-version", "1.2.3", env=changed, code=None)
        result = cli(
            "--json",
            "--max-retries",
            "0",
            *other,
            "--template-version",
            "1.2.3",
            env=changed,
            code=None,
        )
        assert result.exit_code in (1, 2, 3), (label, result.output)
    key_emu.faults.latency = 0.5
    try:
        impatient = ("--timeout", "0.1", "--max-retries", "0")
        cli(*impatient, "status", "--package-id", "20240001", code=3)
        cli("--debug", *impatient, "status", "--package-id", "20240001", code=None)
    finally:
        key_emu.faults.latency = 0.0

    # upgrade-batch: three merchants, one of them with a token the emulator does not know
    apps = workdir / "apps.csv"
    apps.write_text(
        "mini_app_id,app_auth_token\n"
        + "".join(f"20210041000009{n:02d},{token}\n" for n, token in enumerate(MERCHANT_TOKENS))
        + f"2021004100000999,{FORGED_TOKEN}\n"
    )
    for n, target in enumerate(read_targets(apps)):
        blobs.thing(f"batch target #{n}", target)
    journal = workdir / "batch.sqlite"
    batch = (
        "upgrade-batch",
        "--apps",
        str(apps),
        "--template-id",
        "T",
        "--template-version",
        "1.2.3",
        "--journal",
        str(journal),
        "--concurrency",
        "2",
    )
    cli("--debug", *batch, code=1)
    cli("--json", *batch, "--resume", "--retry-failed", code=1)
    assert (workdir / "batch.sqlite.failures.csv").exists()
    with sqlite3.connect(journal) as db:
        for table in ("batch", "upgrade"):
            rows = db.execute(f"SELECT * FROM {table}").fetchall()
            blobs.add(f"journal rows: {table}", repr(rows))

    # certificate mode
    certs_dir = workdir / "certs"
    certs_dir.mkdir()
    cert_env = {key: value for key, value in env.items() if key != "ALIPAY_PUBLIC_KEY"}
    for var, text in (
        ("ALIPAY_APP_CERT_FILE", cert_emu.app_cert_pem),
        ("ALIPAY_PUBLIC_CERT_FILE", cert_emu.alipay_cert_pem),
        ("ALIPAY_ROOT_CERT_FILE", cert_emu.root_cert_pem),
    ):
        path = certs_dir / f"{var.lower()}.crt"
        path.write_text(str(text))
        cert_env[var] = str(path)
    cert_env["ALIPAY_BASE_URL"] = cert_emu.base_url
    cli("keys", "check", env=cert_env)
    cert_upgrade = ("upgrade", "--mini-app-id", "2021004100000888", "--template-id", "T")
    cli("--debug", *cert_upgrade, "--template-version", "1.2.3", env=cert_env)
    cli("--debug", "status", "--package-id", "404", env=cert_env, code=None)
    real_certs = {
        "ALIPAY_PUBLIC_CERT_FILE": str(REAL_ALIPAY_CERT),
        "ALIPAY_ROOT_CERT_FILE": str(FIXTURES / "certs" / "alipayRootCert.crt"),
    }
    cli("--json", "keys", "check", env={**cert_env, **real_certs})


def exercise_demo(blobs: Blobs, scanner: Scanner) -> None:
    """``alipay-mini demo``, with the keys and tokens it makes for itself recorded, so
    its own secrets are looked for in its output too."""
    made: list[Emulator] = []
    tokens: list[str] = []

    class RecordingEmulator(Emulator):
        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            made.append(self)

    def token_hex(n: int) -> str:
        tokens.append(secrets.token_hex(n))
        return tokens[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(emulator_package, "Emulator", RecordingEmulator)
        patch.setattr(demo_module, "secrets", SimpleNamespace(token_hex=token_hex))
        cli = Cli(blobs, {})
        cli("--debug", "demo", "--merchants", "2")
        cli("--json", "demo", "--merchants", "2", "--cert-mode", "--no-encrypt")
    assert len(made) == 2
    for n, emu in enumerate(made):
        creds = emu.credentials()
        assert creds.app_private_key is not None
        scanner.add(private_key_needles(f"demo #{n} app private key", creds.app_private_key))
        scanner.add(private_key_needles(f"demo #{n} Alipay private key", emu._alipay_key))
        if creds.encrypt_key:
            scanner.add(aes_key_needles(f"demo #{n} AES key", base64.b64decode(creds.encrypt_key)))
    for n, token in enumerate(tokens):
        scanner.add(token_needles(f"demo token #{n}", f"202411BB{token}"))


def exercise_emulator_command(blobs: Blobs, scanner: Scanner, workdir: Path, keys: Keys) -> None:
    """``alipay-mini emulator`` as users run it; a client command against it; SIGTERM."""
    keys_dir = workdir / "emulator-keys"
    with emulator_process(
        "--keys-dir",
        str(keys_dir),
        "--app-auth-token",
        TOKEN,
        "--cert-mode",
        env={"ALIPAY_EMULATOR_ENCRYPT_KEY": keys.encrypt_key_b64},
    ) as (process, _url):
        cli = Cli(blobs, {"ALIPAY_APP_AUTH_TOKEN": TOKEN})
        env_file = str(keys_dir / "emulator.env")
        upgrade = ["upgrade", "--mini-app-id", MINI, "--template-id", "T"]
        upgrade += ["--template-version", "1.2.3"]
        cli("--env-file", env_file, "--debug", *upgrade)
        cli("--env-file", env_file, "--json", *upgrade, "--app-auth-token", FORGED_TOKEN, code=1)
        cli("--env-file", env_file, "keys", "check")
        code, out, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    blobs.add("emulator command: stdout", out)
    blobs.add("emulator command: stderr", err)
    for name in ("app_private_key.pem", "alipay_private_key.pem", "emulator.env"):
        mode = stat.S_IMODE((keys_dir / name).stat().st_mode)
        assert mode == 0o600, f"{name} is {oct(mode)}, must be 0600"
    for name in ("app_private_key.pem", "alipay_private_key.pem"):
        key = serialization.load_pem_private_key((keys_dir / name).read_bytes(), None)
        assert isinstance(key, rsa.RSAPrivateKey)
        scanner.add(private_key_needles(f"emulator command {name}", key))


def exercise_hostile(blobs: Blobs, keys: Keys, place: Path) -> None:
    """Issue 18's refusals with secrets around them (qa): a redirect, an answer past the
    cap, a package linking to the private key's file, a locked journal and a planted
    lock link; their errors, and the CLI's output for the package (``--debug``)."""
    from alipay_innerversion.flows.journal import Journal

    from . import hostile

    place.mkdir()
    key_file = place / "app_private_key.pem"
    key_file.write_text(keys.app_private_pem)  # outside the scanned work folder
    folder = place / "mini"
    (folder / "pages").mkdir(parents=True)
    (folder / "app.json").write_text('{"pages": ["pages/index/index"]}')
    (folder / "pages" / "key.js").symlink_to(key_file)
    call = {"mini_app_id": MINI, "app_version": "1.0.0", "bundle_id": "com.example"}
    for name, behaviour, limit, expected in (
        ("redirect", hostile.redirect(307, "https://mirror.example/v3"), 1 << 20, "RedirectError"),
        ("too large", hostile.endless_chunked(), 4096, "ResponseTooLargeError"),
    ):
        with hostile.HostileServer(behaviour) as server:
            config = AlipayConfig(
                app_id=keys.app_id,
                private_key=keys.app_private_pem,
                alipay_public_key=keys.alipay_public_pem,
                encrypt_key=keys.encrypt_key_b64,
                base_url=server.url,
            )
            with InnerVersionClient(config, max_retries=0, max_response_bytes=limit) as client:
                with pytest.raises(AlipayError) as raised:
                    client.online_publish(**call, app_auth_token=TOKEN)
                assert type(raised.value).__name__ == expected
                blobs.thing(f"hostile {name}", raised.value)
                with pytest.raises(AlipayError) as raised:
                    client.upload(
                        mini_app_id=MINI,
                        build_version="1.0.0",
                        package=folder,
                        app_auth_token=TOKEN,
                    )
                assert type(raised.value).__name__ == "PackageError"
                blobs.thing("hostile package link to the key", raised.value)
    cli = Cli(
        blobs,
        {
            "ALIPAY_APP_ID": keys.app_id,
            "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
            "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
            "ALIPAY_APP_AUTH_TOKEN": TOKEN,
            "ALIPAY_BASE_URL": "http://127.0.0.1:9",
        },
    )
    version = ("--mini-app-id", MINI, "--version", "1.0.0")
    result = cli("--debug", "upload", *version, "--package", str(folder), code=2)
    assert "mini/pages/key.js is a symbolic link" in result.output
    journal = place / "batch.sqlite"
    first = Journal(journal)
    with pytest.raises(AlipayError) as raised:
        Journal(journal)
    assert type(raised.value).__name__ == "JournalLockedError"
    blobs.thing("hostile locked journal", raised.value)
    first.close()
    (place / "planted.sqlite.lock").symlink_to(key_file)
    with pytest.raises(AlipayError) as raised:
        Journal(place / "planted.sqlite")
    blobs.thing("hostile planted lock link", raised.value)


def scan_files(blobs: Blobs, workdir: Path, skip: set[Path]) -> list[str]:
    """Every file the run left in ``workdir`` (SQLite databases and WALs as raw bytes)."""
    names = []
    for path in sorted(workdir.rglob("*")):
        if not path.is_file() or any(parent in skip for parent in path.parents):
            continue
        if path.suffix == ".crt" or path.parent.name == "mini" or path.name == "apps.csv":
            continue  # inputs written by this test: certificates, the package, the apps file
        names.append(f"file {path.relative_to(workdir)}")
        blobs.add(names[-1], path.read_bytes())
    return names


def assert_scanner_finds_everything(scanner: Scanner, canary_logs: list[str]) -> None:
    """The scan is not vacuous: every needle is found when present (any case, inside other
    text), and a secret logged on purpose (the canary) is caught through the log capture."""
    probe = Scanner(needles=list(scanner.needles))
    for needle in scanner.needles:
        probe.scan(f"probe {needle.form}", f"<<{needle.text.swapcase()}>>")
    assert len(probe.hits) >= len(scanner.needles)
    canary = Scanner(needles=list(scanner.needles))
    for text in canary_logs:
        canary.scan("canary", text)
    assert {hit.secret for hit in canary.hits} == {"app auth token"}


# -- the test -------------------------------------------------------------------------------


def test_no_secret_in_logs_output_reprs_errors_or_files(
    keys: Keys,
    cert_set: CertificateSet,
    tmp_path: Path,
    fast_retries: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other_app_key = generate_rsa_key()
    scanner = Scanner()
    scanner.add(private_key_needles("app private key", keys.app_private))
    scanner.add(private_key_needles("emulator's Alipay private key", keys.alipay_private))
    scanner.add(private_key_needles("wrong app private key", other_app_key))
    scanner.add(aes_key_needles("AES key", keys.encrypt_key))
    scanner.add(aes_key_needles("wrong AES key", base64.b64decode(WRONG_AES_KEY)))
    scanner.add(token_needles("app auth token", TOKEN))
    scanner.add(token_needles("forged token", FORGED_TOKEN))
    for n, token in enumerate(MERCHANT_TOKENS):
        scanner.add(token_needles(f"merchant token #{n}", token))

    blobs = Blobs()
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)  # anything the CLI writes by default lands here, and is scanned
    common: dict[str, Any] = {
        "app_id": keys.app_id,
        "app_private_key": keys.app_private,
        "alipay_private_key": keys.alipay_private,
        "encrypt_key": keys.encrypt_key_b64,
        "app_auth_tokens": [TOKEN, *MERCHANT_TOKENS],
        "polls_per_step": 1,
    }
    with debug_logging() as logs:
        with Emulator(**common) as key_emu, Emulator(**common, certificates=cert_set) as cert_emu:
            set_debug()
            for emu, mode in ((key_emu, "key"), (cert_emu, "cert")):
                exercise_client(blobs, emu, mode, keys, private_key_pem(other_app_key))
            bad_configs(blobs, keys, cert_set)
            exercise_cli(blobs, workdir, keys, key_emu, cert_emu)
            blobs.thing("emulator", key_emu)
            blobs.thing("emulator credentials", key_emu.credentials())
            blobs.add("emulator log", repr(key_emu.accepted()) + repr(key_emu.rejected()))
        exercise_demo(blobs, scanner)
        exercise_emulator_command(blobs, scanner, workdir, keys)
        exercise_hostile(blobs, keys, tmp_path / "hostile")
        produced = len(logs.texts)
        logging.getLogger("httpx").debug("canary %s", TOKEN)  # a leak on purpose
    files = scan_files(blobs, workdir, skip={workdir / "emulator-keys"})
    assert {"file batch.sqlite", "file batch.sqlite.failures.csv"} <= set(files)

    assert_scanner_finds_everything(scanner, logs.texts[produced:])
    del logs.texts[produced:]
    blobs.items.extend((f"log #{n}", text) for n, text in enumerate(logs.texts))
    assert len(logs.texts) > 100  # DEBUG logging really was on

    for where, blob in blobs.items:
        scanner.scan(where, blob)
    REPORT.add("secret_scans", scanner.scanned)
    REPORT.add("secrets_found", len(scanner.hits))
    assert not scanner.hits, f"{len(scanner.hits)} secret(s) leaked:\n{scanner.report()}"
    assert os.environ.get("ALIPAY_APP_AUTH_TOKEN") != TOKEN
