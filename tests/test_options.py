"""Per-call options travel with the request and merge once: call > client defaults; one
place makes request ids; one retry setting; no ambient scope."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    InnerVersionClient,
    ServerError,
)
from alipay_innerversion.exchange import OPTIONS_EXTENSION
from alipay_innerversion_api.api import CallOptions

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
def test_the_call_wins_over_the_client(
    key_config: AlipayConfig, fake: FakeAlipay, kind: str
) -> None:
    """Options merge once, in one place: what a call gives over the client's defaults."""
    fake.script = [UNAVAILABLE, UNAVAILABLE]
    client = _client(key_config, fake, kind)  # max_retries=0
    with pytest.raises(ServerError):
        _gray(client, max_retries=1, app_auth_token="call", request_id="rid-1")
    assert len(fake.seen) == 2  # the call's max_retries=1, not the client's 0
    assert {s.headers["alipay-app-auth-token"] for s in fake.seen} == {"call"}
    assert {s.headers["alipay-request-id"] for s in fake.seen} == {"rid-1"}


def test_there_is_no_ambient_options_scope_and_one_options_type() -> None:
    """No context variable carries options between calls (issue 20): a request's options
    are in its extensions or nowhere, and they are the same ``CallOptions`` a call gives
    (merged over the client's defaults), not a type of their own."""
    import alipay_innerversion
    from alipay_innerversion import calls, exchange, transport

    assert not hasattr(alipay_innerversion, "request_options")
    for module in (calls, exchange, transport):
        assert "contextvars" not in vars(module)
        assert not any(name.endswith("Scope") for name in vars(module))
    options_types = {
        name
        for module in (alipay_innerversion, calls, exchange, transport)
        for name in vars(module)
        if name.endswith("Options")
    }
    assert options_types <= {"CallOptions"}, options_types
    assert "'t'" not in repr(CallOptions(app_auth_token="t"))


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
    assert isinstance(options, CallOptions)
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
