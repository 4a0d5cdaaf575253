"""Fault injection: what the client sees for each fault, and that the client's retries
(same request id) plus the gateway's idempotency apply every request exactly once."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from alipay_innerversion.emulator import FAULT_KINDS, Emulator, Faults
from alipay_innerversion.transport import AlipayTransport

from ..helpers import request_extensions
from .support import (
    MINI,
    UPGRADE,
    UPLOAD,
    fast_retry,
    signed_headers,
    signed_http,
    upload_body,
    verify_signed,
)

UPGRADE_BODY = {"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}


@pytest.mark.parametrize("kind", ["drop", "drop-after"])
def test_dropped_connection(emu: Emulator, config: AlipayConfig, kind: str) -> None:
    emu.inject(kind)
    rid = request_extensions(request_id="rid-drop")
    with signed_http(config) as http:
        with pytest.raises(TransportError) as info:
            http.post(UPGRADE, json=UPGRADE_BODY, extensions=rid)
        cause = info.value.__cause__
        assert isinstance(cause, httpx.RemoteProtocolError)
        assert "peer closed connection without sending complete message body" in str(cause)
        retried = http.post(UPGRADE, json=UPGRADE_BODY, extensions=rid)  # a retry: same id
    assert retried.status_code == 200
    first, second = emu.accepted()
    assert (first.fault, first.status, first.trace_id) == (kind, None, None)
    assert first.applied is (kind == "drop-after")
    assert second.replay is (kind == "drop-after")  # applied before the drop: answered again
    assert emu.mini_app(MINI).upgrade_count == 1


def test_what_plain_httpx_sees_on_a_drop(emu: Emulator) -> None:
    """The status line and headers arrive, then the peer closes before the promised body."""
    emu.inject("drop")
    key = emu.credentials().app_private_key
    assert key is not None
    body = b'{"mini_app_id":"m","template_id":"tpl","template_version":"1.0.0"}'
    headers = signed_headers(
        app_id=emu.app_id, private_key=key, method="POST", target=UPGRADE, body=body
    )
    with httpx.Client(base_url=emu.base_url) as raw:
        with raw.stream("POST", UPGRADE, content=body, headers=headers) as response:
            assert response.status_code == 200
            assert response.headers["content-length"] == "4096"
            with pytest.raises(httpx.RemoteProtocolError, match="received 0 bytes, expected 4096"):
                response.read()
        # the server is fine afterwards
        assert raw.post(UPGRADE, content=body, headers=headers).status_code == 401  # nonce reused


@pytest.mark.parametrize(
    ("kind", "status", "code", "error"),
    [
        ("500", 500, "unknow-error", ServerError),
        ("503", 503, "SYSTEM_ERROR", ServerError),
        ("rate-limit", 429, "app-call-limited", RateLimitError),
    ],
)
def test_error_faults(
    emu: Emulator,
    config: AlipayConfig,
    kind: str,
    status: int,
    code: str,
    error: type[Exception],
) -> None:
    emu.faults.retry_after = 0.25
    emu.inject(kind)
    with signed_http(config) as http, pytest.raises(error) as info:
        http.post(UPGRADE, json=UPGRADE_BODY)
    assert info.value.http_status == status  # type: ignore[attr-defined]
    assert info.value.code == code  # type: ignore[attr-defined]
    assert info.value.verified is True  # type: ignore[attr-defined]
    if kind == "rate-limit":
        assert info.value.retry_after == 0.25  # type: ignore[attr-defined]
    [record] = emu.accepted()
    assert (record.fault, record.status, record.code, record.applied) == (kind, status, code, False)
    assert emu.mini_apps() == {}


def test_rate_limit_without_retry_after(emu: Emulator) -> None:
    emu.inject("rate-limit")
    key = emu.credentials().app_private_key
    assert key is not None
    body = b'{"mini_app_id":"m","template_id":"tpl","template_version":"1.0.0"}'
    headers = signed_headers(
        app_id=emu.app_id, private_key=key, method="POST", target=UPGRADE, body=body
    )
    with httpx.Client(base_url=emu.base_url) as raw:
        response = raw.post(UPGRADE, content=body, headers=headers)
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    verify_signed(response, emu.alipay_public_key)


def test_retries_and_idempotency_apply_exactly_once(emu: Emulator, config: AlipayConfig) -> None:
    emu.inject("drop", "503", "rate-limit", "drop-after", "500")
    with signed_http(config, retries=6) as http:
        answer = http.post(UPLOAD, json=upload_body("1.0.0"))
    assert answer.status_code == 200
    records = emu.accepted()
    assert [r.fault for r in records] == ["drop", "503", "rate-limit", "drop-after", "500", None]
    assert len({r.request_id for r in records}) == 1
    assert [r for r in records if r.applied] == [records[3]]
    assert records[-1].replay is True
    assert answer.json()["package_id"] == emu.mini_app(MINI).versions["1.0.0"].package_id
    assert emu.faults.pending() == ()


def test_latency_and_client_timeout(emu: Emulator, config: AlipayConfig) -> None:
    emu.faults.latency = 0.15
    with signed_http(config) as http:
        started = time.monotonic()
        http.post(UPGRADE, json=UPGRADE_BODY)
        assert time.monotonic() - started >= 0.15
        with pytest.raises(RequestTimeoutError):
            http.post(UPGRADE, json=UPGRADE_BODY, timeout=0.05)
    emu.faults.latency = 0
    _wait_for(lambda: len(emu.accepted()) == 2)
    assert emu.mini_app(MINI).upgrade_count == 2  # the timed-out request still ran


def test_slow_request_retried_after_timeout_applies_once(
    emu: Emulator, config: AlipayConfig
) -> None:
    """The first attempt times out but is still processed later; the retry (same request
    id) is processed meanwhile. Whichever finishes first applies; the other is a replay."""
    emu.faults.slow_seconds = 0.5
    emu.inject("slow")
    with signed_http(config, retries=2, timeout=0.1) as http:
        assert http.post(UPGRADE, json=UPGRADE_BODY).status_code == 200
    _wait_for(lambda: len(emu.accepted()) == 2)
    slow, retry = emu.accepted()  # in order of arrival
    assert slow.fault == "slow"
    assert slow.request_id == retry.request_id
    assert sorted([(slow.replay, slow.applied), (retry.replay, retry.applied)]) == [
        (False, True),
        (True, False),
    ]
    assert emu.mini_app(MINI).upgrade_count == 1


def test_seeded_rates_are_reproducible(emu: Emulator, config: AlipayConfig) -> None:
    def run() -> list[str | None]:
        emu.reset()
        emu.faults.seed = 1234
        emu.faults.error_rate = 0.3
        emu.faults.rate_limit_rate = 0.2
        emu.faults.drop_rate = 0.2
        with signed_http(config) as http:
            for _ in range(15):
                with contextlib.suppress(ServerError, RateLimitError, TransportError):
                    http.post(UPGRADE, json=UPGRADE_BODY)
        return [r.fault for r in emu.accepted()]

    first, second = run(), run()
    assert first == second
    assert Counter(first).keys() == {None, "503", "rate-limit", "drop"}


def test_batch_upgrade_under_chaos_upgrades_each_exactly_once(
    emu: Emulator, config: AlipayConfig
) -> None:
    emu.faults.seed = 99
    emu.faults.drop_rate = 0.15
    emu.faults.drop_after_rate = 0.15
    emu.faults.error_rate = 0.1
    emu.faults.error_status = 500
    emu.faults.rate_limit_rate = 0.1
    emu.faults.retry_after = 0
    minis = [f"20210000000{n:05d}" for n in range(20)]

    async def upgrade_all() -> None:
        transport = AlipayTransport(config, retry=fast_retry(20))
        async with httpx.AsyncClient(base_url=config.base_url, transport=transport) as http:

            async def one(mini: str) -> None:
                response = await http.post(
                    UPGRADE,
                    json={"mini_app_id": mini, "template_id": "tpl", "template_version": "2.0.0"},
                )
                assert response.status_code == 200

            await asyncio.gather(*(one(mini) for mini in minis))

    asyncio.run(upgrade_all())
    for mini in minis:
        state = emu.mini_app(mini)
        assert (state.template_version, state.upgrade_count) == ("2.0.0", 1)
    records = emu.accepted()
    assert len(emu.applied()) == len(minis)
    faults = Counter(r.fault for r in records)
    assert faults["drop-after"] > 0
    assert faults["drop"] > 0
    assert sum(r.replay for r in records) >= faults["drop-after"]


def test_fault_settings_are_validated() -> None:
    faults = Faults()
    with pytest.raises(ValueError, match="unknown fault"):
        faults.inject("drop", "explode")
    assert faults.pending() == ()
    with pytest.raises(ValueError, match="between 0 and 1"):
        faults.drop_rate = 1.5
    with pytest.raises(ValueError, match="500 or 503"):
        faults.error_status = 502
    with pytest.raises(ValueError, match="non-negative"):
        faults.latency = -1
    faults.inject(*sorted(FAULT_KINDS))
    assert faults.next_fault() == "500"
    faults.latency = 3
    faults.reset()
    assert (faults.pending(), faults.latency) == ((), 0.0)


def test_ok_in_a_script_means_no_fault(emu: Emulator, config: AlipayConfig) -> None:
    emu.inject("ok", "503")
    with signed_http(config) as http:
        http.post(UPGRADE, json=UPGRADE_BODY)
        with pytest.raises(ServerError):
            http.post(UPGRADE, json=UPGRADE_BODY)
    assert [r.fault for r in emu.accepted()] == [None, "503"]


def test_rejected_requests_do_not_consume_the_script(emu: Emulator, config: AlipayConfig) -> None:
    emu.inject("503")
    with httpx.Client(base_url=emu.base_url) as raw:
        assert raw.post(UPGRADE, json=UPGRADE_BODY).status_code == 401
    assert emu.faults.pending() == ("503",)


def _wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the emulator")
        time.sleep(0.01)
