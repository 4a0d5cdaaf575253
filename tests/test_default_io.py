"""The default I/O (no ``http_client`` given): httpx's bare connection pool when the
environment names no proxy, httpx's own proxy routing (``NO_PROXY`` included) when it
does; real HTTP over loopback to the emulator, through a counting proxy."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.emulator import Emulator

from .conftest import Keys
from .proxy import counting_proxy

QUERY = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "e2e", "pid": "2088"}


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    ) as emulator:
        yield emulator


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def one_call(mode: str, config: AlipayConfig) -> None:
    if mode == "sync":
        with InnerVersionClient(config) as client:
            client.call("last_query", QUERY)
        return

    async def call() -> None:
        async with AsyncInnerVersionClient(config) as client:
            await client.call("last_query", QUERY)

    asyncio.run(call())


@pytest.fixture
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.mark.usefixtures("no_proxy_variables")
def test_without_proxy_variables_the_default_is_httpx_bare_pool(key_config: AlipayConfig) -> None:
    with InnerVersionClient(key_config) as client:
        assert type(client._transport._transport) is httpx.HTTPTransport
    async_client = AsyncInnerVersionClient(key_config)
    assert type(async_client._transport._async_transport) is httpx.AsyncHTTPTransport
    asyncio.run(async_client.aclose())


@pytest.mark.usefixtures("no_proxy_variables")
def test_the_default_io_honours_the_proxy_variables(
    emu: Emulator, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    emu.reset()
    config = emu.client_config()
    with counting_proxy() as proxy:
        one_call(mode, config)
        assert proxy.seen == []
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        one_call(mode, config)
        assert len(proxy.seen) == 1
        assert proxy.seen[0].startswith("GET http://127.0.0.1:")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        one_call(mode, config)
        assert len(proxy.seen) == 1
