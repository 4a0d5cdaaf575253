"""A running emulator and the environment that points the CLI at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import CliRunner, Result

from alipay_innerversion.cli import main
from alipay_innerversion.config import ENV_VARS
from alipay_innerversion.emulator import Emulator

from ..conftest import Keys


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        encrypt_key=keys.encrypt_key_b64,
    ) as emulator:
        yield emulator


@pytest.fixture
def env(emu: Emulator, keys: Keys) -> dict[str, str]:
    emu.reset()
    return {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
        "ALIPAY_BASE_URL": emu.base_url,
    }


class Cli:
    """Runs ``alipay-mini`` in-process with a given environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        given = env if env is not None else self.env
        # Unset every ALIPAY_* variable the test does not give, whatever the shell has.
        unset: dict[str, str | None] = dict.fromkeys((*ENV_VARS, "ALIPAY_APP_AUTH_TOKEN"))
        return CliRunner().invoke(main, list(args), env={**unset, **given})


@pytest.fixture
def cli(env: dict[str, str]) -> Cli:
    return Cli(env)
