"""Per-call options travel with the request and merge: call > request_options scope >
client defaults; one place makes request ids; one retry setting."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    InnerVersionClient,
    ServerError,
    request_options,
)
from alipay_innerversion.options import OPTIONS_EXTENSION, RequestOptions

from .helpers import FakeAlipay

pytestmark = pytest.mark.usefixtures("fast_retries")

UNAVAILABLE = (503, {"code": "SYSTEM_ERROR", "message": "busy"})


def _client(config: AlipayConfig, fake: FakeAlipay, kind: str) -> object:
    transport = httpx.MockTransport(fake)
    if kind == "sync":
        return InnerVersionClient(config, transport=transport, max_retries=0)
    return AsyncInnerVersionClient(config, transport=transport, max_retries=0)


def _gray(client: object, **options: object) -> object:
    call = client.gray_publish(app_version="1.0.0", gray_strategy="p10", **options)  # type: ignore[attr-defined]
    return asyncio.run(call) if asyncio.iscoroutine(call) else call


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_client_call_inside_request_options_merges_with_the_scope(
    key_config: AlipayConfig, fake: FakeAlipay, kind: str
) -> None:
    """The bug found in review: the client's own scope replaced the outer one, so this
    call made one attempt and sent no token."""
    fake.script = [UNAVAILABLE, UNAVAILABLE, UNAVAILABLE]
    client = _client(key_config, fake, kind)
    with request_options(max_retries=3, app_auth_token="token-from-scope"):
        result = _gray(client)
    assert len(fake.seen) == 4
    assert {seen.headers["alipay-app-auth-token"] for seen in fake.seen} == {"token-from-scope"}
    assert len({seen.headers["alipay-request-id"] for seen in fake.seen}) == 1
    assert result.request_id == fake.seen[0].headers["alipay-request-id"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_call_wins_over_the_scope_which_wins_over_the_client(
    key_config: AlipayConfig, fake: FakeAlipay, kind: str
) -> None:
    fake.script = [UNAVAILABLE, UNAVAILABLE]
    client = _client(key_config, fake, kind)
    with (
        request_options(max_retries=5, app_auth_token="scope"),
        request_options(request_id="rid-1"),
        pytest.raises(ServerError),
    ):
        _gray(client, max_retries=1, app_auth_token="call")
    assert len(fake.seen) == 2  # the call's max_retries=1, not the scope's 5
    assert {s.headers["alipay-app-auth-token"] for s in fake.seen} == {"call"}
    assert {s.headers["alipay-request-id"] for s in fake.seen} == {"rid-1"}  # inner scope


def test_nested_scopes_merge() -> None:
    with request_options(app_auth_token="outer", max_retries=4) as outer:
        assert outer.max_retries == 4
        with request_options(request_id="r") as inner:
            assert (inner.app_auth_token, inner.request_id, inner.max_retries) == ("outer", "r", 4)
            assert "outer" not in repr(inner)


def test_options_travel_in_the_request_extensions(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fake(request)

    client = InnerVersionClient(key_config, transport=httpx.MockTransport(record), max_retries=0)
    client.info_query(app_version="1.0.0", timeout=7.5, request_id="rid-2")
    options = sent[0].extensions[OPTIONS_EXTENSION]
    assert isinstance(options, RequestOptions)
    assert (options.request_id, options.timeout, options.max_retries) == ("rid-2", 7.5, 0)
    assert sent[0].extensions["timeout"]["read"] == 7.5
    assert sent[0].url.query == b"app_version=1.0.0"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_call_without_a_request_id_gets_a_fresh_one(
    key_config: AlipayConfig, fake: FakeAlipay, kind: str
) -> None:
    client = _client(key_config, fake, kind)
    ids = {_gray(client).request_id for _ in range(3)}  # type: ignore[attr-defined]
    assert len(ids) == 3
    assert all(len(rid) == 32 for rid in ids)
