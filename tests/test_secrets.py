"""No secret reaches logs, reprs or exception text: private key, AES key, app auth token."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from alipay_innerversion import AlipayConfig, AlipayError, RetryPolicy
from alipay_innerversion.transport import AlipayTransport
from alipay_innerversion_api.api import CallOptions

from .conftest import Keys
from .helpers import FakeAlipay, request_extensions
from .test_transport import BODY, STATUS, call

TOKEN = "202411BBsuper-secret-app-auth-token-9f8e7d"


def secrets_of(keys: Keys) -> list[str]:
    der = keys.app_private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pem_lines = [line for line in keys.app_private_pem.splitlines() if "-----" not in line]
    return [
        TOKEN,
        keys.encrypt_key_b64,
        keys.encrypt_key.hex(),
        base64.b64encode(der).decode()[:40],
        *pem_lines,
    ]


def assert_clean(text: str, keys: Keys) -> None:
    for secret in secrets_of(keys):
        assert secret not in text, f"secret leaked: {secret[:8]}..."


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_debug_logs_of_signed_encrypted_calls_hold_no_secret(
    key_config: AlipayConfig,
    fake: FakeAlipay,
    keys: Keys,
    mode: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    mock = httpx.MockTransport(fake)
    transport = AlipayTransport(
        config,
        transport=mock,
        async_transport=mock,
        retry=RetryPolicy(max_retries=1, initial_delay=0),
    )
    fake.script = [httpx.ConnectError("reset"), (200, {"ok": "1"})]
    token = request_extensions(app_auth_token=TOKEN)
    with caplog.at_level(logging.DEBUG):
        call(transport, mode, json=BODY, extensions=token)
        call(transport, mode, "GET", STATUS, params={"build_package_id": "1"}, extensions=token)
        fake.handler = lambda seen: (
            400,
            {"code": "invalid-app-auth-token", "message": "bad token"},
        )
        with pytest.raises(AlipayError) as info:
            call(transport, mode, json=BODY, extensions=token)
    records = caplog.records
    attempts = [
        r for r in records if r.name == "alipay_innerversion" and "attempt=" in r.getMessage()
    ]
    assert len(attempts) == 4  # one line per attempt, the retried one included
    assert "retry_in=" in attempts[0].getMessage()
    text = "\n".join(r.getMessage() for r in records) + caplog.text
    text += str(info.value) + repr(info.value)
    assert_clean(text, keys)
    assert TOKEN in fake.seen[0].headers["alipay-app-auth-token"]  # it was really sent


def test_reprs_hold_no_secret(key_config: AlipayConfig, keys: Keys) -> None:
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    text = repr(config) + repr(AlipayTransport(config)) + repr(CallOptions(app_auth_token=TOKEN))
    assert_clean(text, keys)
