"""Issue 20: the escape hatches and the raw view against the emulator, over loopback HTTP.

The emulator refuses a top-level field or query parameter its spec does not know unless
``accept_unknown_fields`` is on, so a call that is refused with it off and applied with it
on, and whose field shows in the emulator's record, proves the field reached the wire
(signed: the emulator verified the request before looking at it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayApiError,
    AlipayConfig,
    AsyncInnerVersionClient,
    InnerVersionClient,
    InvalidRequestError,
)
from alipay_innerversion.emulator import Emulator

WHERE = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "alipay"}
BATCH = {**WHERE, "version_status": "INIT"}  # POST; answers an empty list on a new emulator
LAST = {**WHERE, "pid": "2088000000000001"}  # GET


class Tap(httpx.HTTPTransport):
    """The real loopback transport, keeping the headers of what it sent."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Headers] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.headers)
        return super().handle_request(request)


class AsyncTap(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[httpx.Headers] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.headers)
        return await super().handle_async_request(request)


@pytest.fixture(scope="module")
def server() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


@pytest.fixture
def emu(server: Emulator) -> Emulator:
    server.reset()
    return server


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def run(mode: str, config: AlipayConfig, method: str, *args: Any, **kw: Any) -> tuple[Any, Any]:
    """Call ``method`` on a fresh client of ``mode``; (its answer, the tapped headers)."""
    if mode == "sync":
        tap = Tap()
        with InnerVersionClient(config, transport=tap, max_retries=0) as client:
            return getattr(client, method)(*args, **kw), tap.sent

    async def call() -> tuple[Any, Any]:
        atap = AsyncTap()
        async with AsyncInnerVersionClient(config, transport=atap, max_retries=0) as client:
            return await getattr(client, method)(*args, **kw), atap.sent

    return asyncio.run(call())


def test_an_unknown_body_field_is_refused_by_default(emu: Emulator, mode: str) -> None:
    with pytest.raises(AlipayApiError) as info:
        run(
            mode,
            emu.client_config(),
            "condition_batchquery",
            **BATCH,
            extra_body={"new_field": "x"},
        )
    assert info.value.code == "invalid-parameter"
    assert "new_field" in str(info.value)
    assert emu.applied() == []


def test_extra_body_reaches_the_wire_when_the_emulator_accepts_it(emu: Emulator, mode: str) -> None:
    emu.accept_unknown_fields = True
    result, _ = run(
        mode, emu.client_config(), "condition_batchquery", **BATCH, extra_body={"new_field": "x"}
    )
    assert result.mini_version_base_info_list == []
    (record,) = emu.applied(operation="condition.batchquery")
    assert record.body == {**BATCH, "new_field": "x"}
    emu.reset()  # back to the constructor's strictness
    assert emu.accept_unknown_fields is False


def test_extra_query_on_a_get_is_refused_then_reaches_the_wire(emu: Emulator, mode: str) -> None:
    config = emu.client_config()
    with pytest.raises(AlipayApiError, match="new_field is not a query parameter"):
        run(mode, config, "last_query", **LAST, extra_query={"new_field": "x"})
    emu.accept_unknown_fields = True
    run(mode, config, "call", "last_query", LAST, extra_query={"new_field": "x"})
    (record,) = emu.applied(operation="last.query")
    assert record.query == {**LAST, "new_field": "x"}


def test_a_query_parameter_on_a_post_is_refused_too(emu: Emulator, mode: str) -> None:
    with pytest.raises(AlipayApiError, match="new_field is not a query parameter"):
        run(
            mode,
            emu.client_config(),
            "call",
            "condition_batchquery",
            BATCH,
            extra_query={"new_field": "1"},
        )
    emu.accept_unknown_fields = True
    run(
        mode,
        emu.client_config(),
        "call",
        "condition_batchquery",
        BATCH,
        extra_query={"new_field": "1"},
    )
    assert emu.applied()[0].query == {"new_field": "1"}


def test_extra_headers_arrive_and_never_replace_the_protocol_headers(
    emu: Emulator, mode: str
) -> None:
    _, sent = run(
        mode, emu.client_config(), "condition_batchquery", **BATCH, extra_headers={"x-probe": "7"}
    )
    assert sent[0]["x-probe"] == "7"
    assert len(emu.applied()) == 1  # the request with the header passed verification
    for name in ("alipay-request-id", "Authorization", "content-type"):
        with pytest.raises(InvalidRequestError, match="protocol sets it"):
            run(
                mode,
                emu.client_config(),
                "condition_batchquery",
                **BATCH,
                extra_headers={name: "x"},
            )
    assert len(emu.accepted()) == 1  # nothing of those was sent


def test_the_raw_view_of_a_success(emu: Emulator, mode: str) -> None:
    result, _ = run(mode, emu.client_config(), "condition_batchquery", **BATCH)
    raw = result.raw
    (record,) = emu.applied()
    assert raw.status_code == 200
    assert raw.headers["alipay-trace-id"] == record.trace_id == result.trace_id
    assert result.request_id == record.request_id
    assert raw.body == b'{"mini_version_base_info_list":[]}'
    raw_call, _ = run(mode, emu.client_config(), "call_raw", "last_query", LAST)
    assert raw_call.status_code == 200
    assert raw_call.trace_id == emu.applied()[-1].trace_id
    assert raw_call.result.bundle_id == WHERE["bundle_id"]
