"""The ``alipay_innerversion`` logger: retries at INFO, every attempt at DEBUG, and never a
secret in any record (the README's Logging section documents this)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from alipay_innerversion import InnerVersionClient
from alipay_innerversion.emulator import Emulator

from .adversarial.secrets import Scanner, aes_key_needles, private_key_needles, token_needles
from .conftest import Keys

pytestmark = pytest.mark.usefixtures("fast_retries")

TOKEN = "202411BBlogging-secret-token-0123456789"


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
def records(emu: Emulator, keys: Keys, caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """Everything the SDK logs at DEBUG for an upgrade whose first attempt gets a 503 (so
    the client retries) and an upgrade that succeeds at once."""
    emu.reset()
    config = emu.client_config(private_key=keys.app_private_pem)
    caplog.set_level(logging.DEBUG, logger="alipay_innerversion")
    with InnerVersionClient(config, max_retries=2) as client:
        emu.inject("503")
        client.upgrade(
            mini_app_id="2021000000000301",
            template_id="tpl",
            template_version="1.2.3",
            app_auth_token=TOKEN,
        )
        client.upgrade(
            mini_app_id="2021000000000302",
            template_id="tpl",
            template_version="1.2.3",
            app_auth_token=TOKEN,
        )
    assert len(emu.accepted(operation="upgrade")) == 3  # the 503, its retry, the second call
    return [r for r in caplog.records if r.name.startswith("alipay_innerversion")]


def retries(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    return [r for r in records if "retry" in r.getMessage().lower()]


def test_every_attempt_is_logged_at_debug(records: list[logging.LogRecord], emu: Emulator) -> None:
    messages = [r.getMessage() for r in records]
    for record in emu.accepted(operation="upgrade"):
        assert any(record.request_id in message for message in messages), record.request_id
    [retry] = retries(records)
    assert "503" in retry.getMessage()


def test_a_retry_is_logged_at_info(records: list[logging.LogRecord]) -> None:
    [retry] = retries(records)
    assert retry.levelno == logging.INFO
    assert all(r.levelno == logging.DEBUG for r in records if r not in retries(records))


def test_no_secret_in_any_log_record(records: list[logging.LogRecord], keys: Keys) -> None:
    scanner = Scanner()
    scanner.add(private_key_needles("app private key", keys.app_private))
    scanner.add(private_key_needles("alipay private key", keys.alipay_private))
    scanner.add(aes_key_needles("AES key", keys.encrypt_key))
    scanner.add(token_needles("app auth token", TOKEN))
    assert records
    for number, record in enumerate(records):
        where = f"record {number} ({record.levelname})"
        scanner.scan(where, record.getMessage())
        scanner.scan(where, repr(record.args))
        scanner.scan(where, repr(record.__dict__))
    assert scanner.hits == [], scanner.report()
