"""The default HTTP client honours the standard proxy variables, as httpx does by default
(HTTP_PROXY / HTTPS_PROXY / ALL_PROXY, NO_PROXY), sync and async: a real loopback proxy
counts what it relays. A caller's own ``http_client`` or ``transport`` is used as given."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion import AsyncInnerVersionClient, ConfigError, InnerVersionClient
from alipay_innerversion.emulator import Emulator

from .conftest import Keys
from .proxy import CountingProxy, counting_proxy

WHERE = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "proxy"}


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    ) as emulator:
        yield emulator


@pytest.fixture
def proxy() -> Iterator[CountingProxy]:
    with counting_proxy() as running:
        yield running


def test_the_default_client_goes_through_http_proxy(
    emu: Emulator, proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with InnerVersionClient(emu.client_config()) as client:
        assert client.list_versions(**WHERE) == []
    assert len(proxy.seen) == 1
    assert proxy.seen[0].startswith(f"POST {emu.base_url}/v3/")


def test_all_proxy_and_no_proxy(
    emu: Emulator, proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with InnerVersionClient(emu.client_config()) as client:
        client.list_versions(**WHERE)
    assert proxy.seen == []
    monkeypatch.delenv("NO_PROXY")
    with InnerVersionClient(emu.client_config()) as client:
        client.list_versions(**WHERE)
    assert len(proxy.seen) == 1


def test_the_async_client_too(
    emu: Emulator, proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)

    async def run() -> None:
        async with AsyncInnerVersionClient(emu.client_config()) as client:
            await client.list_versions(**WHERE)

    asyncio.run(run())
    assert len(proxy.seen) == 1


def test_a_callers_transport_is_used_as_given(
    emu: Emulator, proxy: CountingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with InnerVersionClient(emu.client_config(), transport=httpx.HTTPTransport()) as client:
        client.list_versions(**WHERE)
    assert proxy.seen == []


def test_a_proxy_variable_httpx_cannot_use_is_a_config_error(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://user:secret@127.0.0.1:1")
    with pytest.raises(ConfigError, match="The proxy set in HTTPS_PROXY cannot be used") as raised:
        InnerVersionClient(emu.client_config())
    assert "secret" not in str(raised.value)
    with pytest.raises(ConfigError, match="The proxy set in HTTPS_PROXY cannot be used"):
        AsyncInnerVersionClient(emu.client_config())
