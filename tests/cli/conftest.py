"""A running emulator and the environment that points the CLI at it.

The CLI runs as a CI job runs it: the installed ``alipay-mini`` entry point, in a
subprocess, talking HTTP over loopback to the emulator, itself the installed ``alipay-mini
emulator`` in a process of its own (so exit codes, stdout/stderr and pipes are the real
ones, not those of an in-process runner). Tests inspect and script the emulator through
its control routes (:mod:`.emulator_process`); one emulator process serves a module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from alipay_innerversion.config import ENV_VARS

from ..conftest import Keys
from .emulator_process import EmulatorProcess


def start_emulator(workdir: Path, keys: Keys, *args: str) -> EmulatorProcess:
    """The installed ``alipay-mini emulator`` for the vectors' app, started: the app's
    public key and Alipay's private key as files, the AES key in
    ``ALIPAY_EMULATOR_ENCRYPT_KEY``, ``args`` as more options. Stop it with ``stop()``."""
    given = workdir / "given"
    given.mkdir(parents=True)
    app_public = given / "app_public_key.pem"
    app_public.write_text(keys.raw["app_public_pem"])
    alipay_private = given / "alipay_private_key.pem"
    alipay_private.write_text(keys.raw["alipay_private_pkcs8_pem"])
    alipay_private.chmod(0o600)
    options = ["--app-id", keys.app_id, "--app-public-key", str(app_public)]
    options += ["--alipay-private-key", str(alipay_private), *args]
    secret = {"ALIPAY_EMULATOR_ENCRYPT_KEY": keys.encrypt_key_b64}  # not on its command line
    emulator = EmulatorProcess(
        [ALIPAY_MINI],
        workdir,
        args=options,
        environ=clean_environ(secret),
        app_private_key=keys.app_private_pem,
    )
    return emulator.start()


@pytest.fixture(scope="module")
def emu(keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    """The module's emulator process (reset by ``env`` before each test)."""
    emulator = start_emulator(tmp_path_factory.mktemp("emulator"), keys)
    try:
        yield emulator
    finally:
        stopped = emulator.stop()
    assert stopped == 0, f"the emulator did not stop cleanly on SIGTERM: exit code {stopped}"


@pytest.fixture
def env(emu: EmulatorProcess, keys: Keys) -> dict[str, str]:
    emu.reset()
    return {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
        "ALIPAY_BASE_URL": emu.base_url,
    }


#: The installed entry point (the venv's console script, as pip made it).
ALIPAY_MINI = str(Path(sys.executable).with_name("alipay-mini"))


@dataclass(frozen=True)
class Result:
    """What a finished ``alipay-mini`` run left: its exit code and both streams."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def clean_environ(given: dict[str, str]) -> dict[str, str]:
    """This process's environment without any ALIPAY_* or proxy variable, plus ``given``."""
    proxies = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"}
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("ALIPAY_") and k.upper() not in proxies
    }
    return {**base, **given}


#: Run as root without the power to read every file (``setpriv`` of util-linux), so that a
#: file made unreadable (``chmod 000``) is unreadable to the CLI, as for any other user.
WITHOUT_READ_OVERRIDE = (
    ("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--")
    if os.geteuid() == 0 and shutil.which("setpriv")
    else ()
)


def run_cli(
    *args: str,
    env: dict[str, str],
    cwd: Path | None = None,
    timeout: float = 120,
    prefix: tuple[str, ...] = (),
) -> Result:
    """Run the installed ``alipay-mini`` with exactly ``env``'s ALIPAY_* variables
    (``prefix``: a command that runs it, such as :data:`WITHOUT_READ_OVERRIDE`)."""
    done = subprocess.run(
        [*prefix, ALIPAY_MINI, *args],
        env=clean_environ(env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return Result(done.returncode, done.stdout, done.stderr)


class Cli:
    """Runs the installed ``alipay-mini`` in a subprocess with a given environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        prefix: tuple[str, ...] = (),
    ) -> Result:
        given = env if env is not None else self.env
        assert (
            not set(given)
            - {*ENV_VARS, "ALIPAY_APP_AUTH_TOKEN", "ALIPAY_PROFILE"}
            - {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "COLUMNS"}
        ), given
        return run_cli(*args, env=given, cwd=cwd, prefix=prefix)


@pytest.fixture
def cli(env: dict[str, str]) -> Cli:
    return Cli(env)
