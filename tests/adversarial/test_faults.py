"""1,000 logical calls through the real clients while the emulator misbehaves on purpose.

Four phases of 250 seeded calls (all five operations, each call with its own request id
and its own number of retries, 0 to 8), sync clients on threads and async clients as
tasks, against an emulator on loopback (content encryption on) that injects, at seeded
rates: connections dropped before the request is applied (``drop``) and after
(``drop-after``), HTTP 500 and 503, rate limiting with and without ``Retry-After``, and
latency spikes (``slow``) that stay under the client's timeout in two phases and exceed
it in the other two, so some attempts time out while the gateway still processes them.

For every call: it succeeded and the gateway applied its request id exactly once, or it
raised a typed fault error (network/timeout, 5xx, rate limit) and the gateway applied it
at most once. No request id is applied twice, the platform state matches the log, and
every injected fault was survived: the call it hit still ended in one of those outcomes.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from alipay_innerversion import (
    AsyncInnerVersionClient,
    InnerVersionClient,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from alipay_innerversion.emulator import Emulator

from ..conftest import Keys
from . import chaos
from .report import REPORT

CALLS_PER_PHASE = 250
RETRIES = (0, 1, 2, 3, 5, 8)
RATES = {
    "drop_rate": 0.07,
    "drop_after_rate": 0.07,
    "error_rate": 0.08,
    "rate_limit_rate": 0.06,
    "slow_rate": 0.05,
}


@dataclass(frozen=True)
class Phase:
    """One run of calls: which client, which 5xx, whether 429s say when to retry, and
    whether latency spikes outlast the client's per-attempt timeout."""

    name: str
    seed: int
    client: str  # "sync" or "async"
    error_status: int
    retry_after: float | None
    slow_seconds: float
    timeout: float

    def __str__(self) -> str:
        return self.name


PHASES = (
    Phase("sync-500-no-retry-after-short-spikes", 101, "sync", 500, None, 0.05, 5.0),
    Phase("sync-503-retry-after-timeouts", 202, "sync", 503, 0.002, 0.6, 0.3),
    Phase("async-500-retry-after-timeouts", 303, "async", 500, 0.002, 0.6, 0.3),
    Phase("async-503-no-retry-after-short-spikes", 404, "async", 503, None, 0.05, 5.0),
)


@pytest.fixture(scope="module")
def server(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private,
        alipay_private_key=keys.alipay_private,
        encrypt_key=keys.encrypt_key_b64,
    ) as emu:
        yield emu


@pytest.fixture
def emu(server: Emulator) -> Iterator[Emulator]:
    server.reset()
    yield server
    server.reset()


@pytest.mark.usefixtures("fast_retries")
@pytest.mark.parametrize("phase", PHASES, ids=str)
def test_every_call_applied_exactly_once_or_a_typed_error(emu: Emulator, phase: Phase) -> None:
    """One phase: 250 calls under seeded faults; see the module docstring for the claim."""
    rng = random.Random(phase.seed)
    calls = chaos.plan(emu, rng, CALLS_PER_PHASE, tag=f"p{phase.seed}", retries=RETRIES)
    faults = emu.faults
    faults.seed = phase.seed
    faults.error_status = phase.error_status
    faults.retry_after = phase.retry_after
    faults.slow_seconds = phase.slow_seconds
    for name, rate in RATES.items():
        setattr(faults, name, rate)

    outcomes = _run(emu, phase, calls)
    for name in RATES:  # stop injecting before waiting for stragglers
        setattr(faults, name, 0.0)
    assert emu.wait_idle(timeout=15, settle=0.1), "requests still in progress at the gateway"
    injected = faults.injected()
    verdict = chaos.check(emu, outcomes, emu.accepted())

    REPORT.add("calls_under_faults", len(calls))
    REPORT.add("faults_injected", sum(injected.values()))
    REPORT.add("faults_survived", verdict.survived)

    assert not verdict.problems, verdict.summary()
    assert emu.rejected() == []  # every attempt was signed and verified correctly
    assert dict(verdict.faults) == injected  # the counter and the log agree
    assert set(injected) == {"drop", "drop-after", str(phase.error_status), "rate-limit", "slow"}
    assert sum(injected.values()) >= 50, injected
    assert verdict.survived == sum(injected.values())
    # both outcomes happened: most calls rode the faults out, some ran out of retries
    assert verdict.succeeded > CALLS_PER_PHASE // 2, verdict.errors
    assert sum(verdict.errors.values()) > 0
    assert len(outcomes) == CALLS_PER_PHASE


def _run(emu: Emulator, phase: Phase, calls: list[chaos.Call]) -> list[chaos.Outcome]:
    config = emu.client_config()
    if phase.client == "sync":
        with InnerVersionClient(config, timeout=phase.timeout) as base:
            clients = {n: base.with_options(max_retries=n) for n in RETRIES}
            try:
                return chaos.run_sync(clients, calls, workers=8)
            finally:
                for client in clients.values():
                    client.close()

    async def go() -> list[chaos.Outcome]:
        async with AsyncInnerVersionClient(config, timeout=phase.timeout) as base:
            clients = {n: base.with_options(max_retries=n) for n in RETRIES}
            try:
                return await chaos.run_async(clients, calls, concurrency=16)
            finally:
                for client in clients.values():
                    await client.aclose()

    return asyncio.run(go())


# -- the emulator features the run above relies on --------------------------------------------


@pytest.mark.usefixtures("fast_retries")
def test_fault_counter_slow_rate_and_wait_idle(emu: Emulator) -> None:
    """The emulator counts every fault it hands out (scripted or drawn from the rates),
    draws latency spikes at ``slow_rate``, and ``wait_idle`` waits for a request whose
    client timed out but which the gateway is still processing."""
    upgrade = {"template_id": "tpl", "template_version": "1.0.0"}
    emu.faults.slow_seconds = 0.4
    emu.inject("503", "ok", "slow")
    with InnerVersionClient(emu.client_config(), timeout=0.15, max_retries=0) as client:
        with pytest.raises(ServerError):
            client.upgrade(mini_app_id="m1", request_id="r1", **upgrade)
        client.upgrade(mini_app_id="m2", request_id="r2", **upgrade)
        with pytest.raises(RequestTimeoutError):
            client.upgrade(mini_app_id="m3", request_id="r3", **upgrade)
        assert emu.wait_idle(timeout=10, settle=0.1)
        late = emu.accepted(request_id="r3")
        assert [(r.fault, r.applied) for r in late] == [("slow", True)]  # ran after the timeout
        assert emu.faults.injected() == {"503": 1, "slow": 1}

        emu.faults.slow_seconds = 0.0
        emu.faults.slow_rate = 1.0
        client.upgrade(mini_app_id="m4", request_id="r4", **upgrade)
        assert [r.fault for r in emu.accepted(request_id="r4")] == ["slow"]
    assert emu.faults.injected() == {"503": 1, "slow": 2}
    emu.faults.reset()
    assert emu.faults.injected() == {}


def test_drop_after_a_refused_request_still_drops(emu: Emulator) -> None:
    """A ``drop-after`` fault on a request the gateway refuses while processing (its request
    id was used for another body) drops the connection too, so every counted fault took
    effect; nothing is applied."""
    upgrade = {"template_id": "tpl", "template_version": "1.0.0"}
    with InnerVersionClient(emu.client_config(), max_retries=0) as client:
        client.upgrade(mini_app_id="m1", request_id="same", **upgrade)
        emu.inject("drop-after")
        with pytest.raises(TransportError):
            client.upgrade(mini_app_id="m2", request_id="same", **upgrade)
    first, second = emu.accepted(request_id="same")
    assert (first.applied, second.applied) == (True, False)
    assert (second.fault, second.status) == ("drop-after", None)
    assert emu.faults.injected() == {"drop-after": 1}
    assert emu.mini_apps().keys() == {"m1"}
