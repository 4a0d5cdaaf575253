"""``Retry-After`` from a hostile or broken answer: one cap for the transport and the batch.

An emulator ``--retry-after 86400`` used to stall a whole batch for a day (``inf``: for
ever) while the transport capped its own wait at 60 s. Now both read the header through
:func:`honoured_retry_after` (capped at :data:`MAX_RETRY_AFTER`, a non-finite or negative
value ignored), and only a rate limit Alipay signed pauses every worker of a batch.
The tests record the batch's sleeps instead of sleeping.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient
from alipay_innerversion.flows import batch as batch_module
from alipay_innerversion.flows.batch import BatchEvent, BatchTarget, Journal, run_upgrade_batch
from alipay_innerversion.retry import (
    MAX_RETRY_AFTER,
    RetryPolicy,
    honoured_retry_after,
    parse_retry_after,
)

from ..helpers import FakeAlipay, Seen


@pytest.mark.parametrize("header", ["inf", "Infinity", "nan", "-5", "1e400", "-inf"])
def test_a_non_finite_or_negative_retry_after_is_ignored(header: str) -> None:
    assert parse_retry_after(header) is None
    assert RetryPolicy(initial_delay=1.0, max_delay=2.0).delay(1, parse_retry_after(header)) <= 2.0


@pytest.mark.parametrize(
    ("value", "honoured"),
    [(86400.0, MAX_RETRY_AFTER), (5.0, 5.0), (0.0, 0.0), (float("inf"), None), (-1.0, None)],
)
def test_one_cap_for_every_wait(value: float, honoured: float | None) -> None:
    assert honoured_retry_after(value) == honoured
    expected = honoured if honoured is not None else pytest.approx(0.5, abs=0.5)
    assert RetryPolicy(initial_delay=1.0, max_delay=1.0).delay(1, value) == expected


def _limited_once(fake: FakeAlipay, retry_after: str) -> None:
    state = {"limited": False}

    def handler(seen: Seen) -> tuple[int, object]:
        if seen.json["mini_app_id"] == "app000" and not state["limited"]:
            state["limited"] = True
            return 429, {"code": "app-call-limited", "message": "slow down"}
        return 200, {}

    fake.handler = handler
    fake.extra_headers = {"retry-after": retry_after}


def _run_recording_sleeps(
    config: AlipayConfig, fake: FakeAlipay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[float], list[BatchEvent], int]:
    sleeps: list[float] = []

    async def no_sleep(seconds: float, *args: Any) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(batch_module.asyncio, "sleep", no_sleep)
    items = [BatchTarget(f"app{i:03d}") for i in range(4)]
    journal = Journal(tmp_path / "j.sqlite")
    journal.plan(items, "tpl", "1.2.3")
    events: list[BatchEvent] = []

    async def go() -> int:
        http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
        async with AsyncInnerVersionClient(config, http_client=http, max_retries=0) as client:
            summary = await run_upgrade_batch(
                client,
                items,
                journal,
                template_id="tpl",
                template_version="1.2.3",
                concurrency=2,
                on_event=events.append,
            )
        return summary.done

    try:
        done = asyncio.run(go())
    finally:
        journal.close()
    return sleeps, events, done


@pytest.mark.parametrize("header", ["86400", "inf", "nan", "-1"])
def test_a_signed_retry_after_pauses_the_batch_at_most_the_cap(
    key_config: AlipayConfig,
    fake: FakeAlipay,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    header: str,
) -> None:
    _limited_once(fake, header)
    sleeps, events, done = _run_recording_sleeps(key_config, fake, tmp_path, monkeypatch)
    assert done == 4
    [paused] = [e for e in events if e.kind == "paused"]
    assert 0 < paused.delay <= MAX_RETRY_AFTER
    assert sleeps
    assert max(sleeps) <= MAX_RETRY_AFTER


def test_an_unsigned_429_does_not_pause_the_batch(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.sign_errors = False
    _limited_once(fake, "86400")
    sleeps, events, done = _run_recording_sleeps(key_config, fake, tmp_path, monkeypatch)
    assert done == 4
    assert [e.kind for e in events if e.mini_app_id == "app000"] == ["retry", "done"]
    assert sleeps == [1.0]  # the worker that got it backs off by itself (backoff=1.0)
