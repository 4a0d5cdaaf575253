"""The client against the emulator over real HTTP on loopback: the whole release flow in
every mode, recovery from real network faults, and no secret in any log line."""

from __future__ import annotations

import asyncio
import io
import logging
import time
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    AuthenticationError,
    BuildFailedError,
    BuildState,
    InnerVersionClient,
    RequestTimeoutError,
    SignatureError,
)
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.pki import generate_rsa_key, issue_certificates, public_key_pem

from .conftest import Keys
from .test_secrets import assert_clean

APP = "2021000000000001"
TOKEN = "202411BBe2e-merchant-token-0123456789"

pytestmark = pytest.mark.usefixtures("fast_retries")


def real_zip(with_app_json: bool = True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if with_app_json:
            archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
        archive.writestr("pages/index/index.axml", "<view>hello</view>")
        archive.writestr("pages/index/index.js", "Page({});")
    return buffer.getvalue()


@pytest.fixture(
    scope="module",
    params=["key", "key+aes", "cert", "cert+aes"],
)
def emu(request: pytest.FixtureRequest, keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        encrypt_key=keys.encrypt_key_b64 if request.param.endswith("aes") else None,
        cert_mode=request.param.startswith("cert"),
        app_auth_tokens=[TOKEN],
    ) as emulator:
        yield emulator


@pytest.fixture
def config(emu: Emulator) -> AlipayConfig:
    emu.reset()
    return emu.client_config()


def release_sync(config: AlipayConfig, version: str) -> list[Any]:
    states: list[BuildState] = []
    with InnerVersionClient(config) as client:
        uploaded = client.upload(
            mini_app_id=APP,
            build_version=version,
            package=real_zip(),
            bundle_id="com.alipay.alipaywallet",
            app_origin="e2e",
            app_auth_token=TOKEN,
            wait=True,
            poll_interval=0.01,
            on_progress=lambda status: states.append(status.state),
        )
        online = client.online(mini_app_id=APP, app_online_version=version, app_auth_token=TOKEN)
        pushed = client.sync(
            mini_app_id=APP,
            app_version=version,
            sync_type="global",
            app_origin="e2e",
            bundle_id="com.alipay.alipaywallet",
            app_auth_token=TOKEN,
        )
        upgraded = client.upgrade(
            mini_app_id="2021000000000555",
            template_id="tpl",
            template_version="1.2.3",
            app_auth_token=TOKEN,
        )
    return [uploaded, states, online, pushed, upgraded]


def release_async(config: AlipayConfig, version: str) -> list[Any]:
    async def run() -> list[Any]:
        states: list[BuildState] = []
        async with AsyncInnerVersionClient(config) as client:
            uploaded = await client.upload(
                mini_app_id=APP,
                build_version=version,
                package=real_zip(),
                bundle_id="com.alipay.alipaywallet",
                app_origin="e2e",
                app_auth_token=TOKEN,
                wait=True,
                poll_interval=0.01,
                on_progress=lambda status: states.append(status.state),
            )
            online = await client.online(
                mini_app_id=APP, app_online_version=version, app_auth_token=TOKEN
            )
            pushed = await client.sync(
                mini_app_id=APP,
                app_version=version,
                sync_type="global",
                app_origin="e2e",
                bundle_id="com.alipay.alipaywallet",
                app_auth_token=TOKEN,
            )
            upgraded = await client.upgrade(
                mini_app_id="2021000000000555",
                template_id="tpl",
                template_version="1.2.3",
                app_auth_token=TOKEN,
            )
        return [uploaded, states, online, pushed, upgraded]

    return asyncio.run(run())


@pytest.mark.parametrize("release", [release_sync, release_async], ids=["sync", "async"])
def test_whole_release_flow(emu: Emulator, config: AlipayConfig, release: Any) -> None:
    uploaded, states, online, pushed, upgraded = release(config, "1.0.0")
    assert uploaded.build.succeeded
    assert states[0] is BuildState.QUEUED
    assert states[-1] is BuildState.SUCCEEDED
    assert BuildState.BUILDING in states
    mini = emu.mini_app(APP)
    assert mini.online_version == "1.0.0"
    assert mini.sync_count == 1
    assert emu.mini_app("2021000000000555").template_version == "1.2.3"
    for result in (uploaded, online, pushed, upgraded):
        assert result.trace_id
        [record] = emu.accepted(request_id=result.request_id)
        assert record.applied
        assert record.token_fingerprint is not None
        assert record.encrypted is config.encrypted
    assert not emu.rejected()


@pytest.mark.usefixtures("unbuildable_upload")
def test_failed_build_surfaces_build_info(emu: Emulator, config: AlipayConfig) -> None:
    with InnerVersionClient(config) as client, pytest.raises(BuildFailedError) as info:
        client.upload(
            mini_app_id=APP,
            build_version="2.0.0",
            package=real_zip(with_app_json=False),
            wait=True,
            poll_interval=0.01,
        )
    assert info.value.build_status == "3"
    assert info.value.build_info is not None
    assert "app.json" in info.value.build_info
    assert info.value.log_url


def test_dropped_connection_after_apply_is_retried_and_applied_once(
    emu: Emulator, config: AlipayConfig
) -> None:
    with InnerVersionClient(config) as client:
        client.upgrade(mini_app_id="2021000000000666", template_id="tpl", template_version="1.0.0")
        emu.inject("drop-after", "503")
        result = client.upgrade(
            mini_app_id="2021000000000666", template_id="tpl", template_version="2.0.0"
        )
    records = emu.accepted(request_id=result.request_id)
    assert [r.fault for r in records] == ["drop-after", "503", None]
    assert records[2].replay is True
    assert sum(r.applied for r in records) == 1
    assert emu.mini_app("2021000000000666").upgrade_count == 2  # the first call plus this one


def test_timeout_then_success_applies_once(emu: Emulator, config: AlipayConfig) -> None:
    emu.faults.slow_seconds = 0.6
    emu.inject("slow")  # the first attempt is still processed after the client gave up on it
    with InnerVersionClient(config, timeout=0.2) as client:
        result = client.upgrade(
            mini_app_id="2021000000000777", template_id="tpl", template_version="1.0.0"
        )
    deadline = time.monotonic() + 5
    while len(emu.accepted(request_id=result.request_id)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    records = emu.accepted(request_id=result.request_id)
    assert len(records) == 2
    assert sum(r.applied for r in records) == 1
    assert emu.mini_app("2021000000000777").upgrade_count == 1
    with InnerVersionClient(config, timeout=0.2, max_retries=0) as client:
        emu.inject("slow")
        with pytest.raises(RequestTimeoutError, match="Timed out"):
            client.upgrade(
                mini_app_id="2021000000000778", template_id="tpl", template_version="1.0.0"
            )


def test_unknown_token_is_rejected_by_the_gateway(emu: Emulator, config: AlipayConfig) -> None:
    with InnerVersionClient(config) as client, pytest.raises(AuthenticationError) as info:
        client.upgrade(
            mini_app_id="1", template_id="t", template_version="1.0.0", app_auth_token="stolen"
        )
    assert info.value.code == "invalid-app-auth-token"
    assert info.value.verified


def test_wrong_alipay_key_fails_verification(
    emu: Emulator, config: AlipayConfig, keys: Keys
) -> None:
    other_key = generate_rsa_key()
    if config.is_cert_mode:  # another Alipay certificate: its SN is not the one that signs
        other = issue_certificates(keys.app_private, other_key, app_id=keys.app_id)
        wrong = emu.client_config(alipay_public_cert=other.alipay_cert_pem)
        expected = "cert-sn"
    else:
        wrong = emu.client_config(alipay_public_key=public_key_pem(other_key))
        expected = "signature"
    with InnerVersionClient(wrong) as client, pytest.raises(SignatureError) as info:
        client.upgrade(mini_app_id="1", template_id="t", template_version="1.0.0")
    assert info.value.check == expected
    assert info.value.trace_id


def test_all_debug_logging_over_real_http_holds_no_secret(
    emu: Emulator, config: AlipayConfig, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):  # every logger: ours, httpx, httpcore, uvicorn
        release_sync(config, "3.0.0")
        with pytest.raises(AuthenticationError) as info, InnerVersionClient(config) as client:
            client.upgrade(
                mini_app_id="1",
                template_id="t",
                template_version="1.0.0",
                app_auth_token="bad-token-x",
            )
    text = caplog.text + str(info.value) + repr(info.value)
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # the transport really logged
    assert_clean(text, keys)
    assert TOKEN not in text
    assert "bad-token-x" not in text
    if config.encrypt_key is not None:
        assert keys.encrypt_key_b64 not in text
