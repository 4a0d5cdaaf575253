"""Load: 200 concurrent async callers for 30 seconds against the emulator in its own process.

The emulator runs as ``alipay-mini emulator`` (a separate process, so the client's CPU,
memory and file descriptors are measured alone) with a low seeded fault rate: 1% 503s,
1% connections dropped after the request was applied, 1% rate limiting. 200 tasks share
one ``AsyncInnerVersionClient`` (httpx's default pool of 100 connections) and loop
through ``upgrade``, ``upload`` (a fresh version each time, so a request applied twice
would come back as ``BUILD_VERSION_ALREADY_EXIST``) and ``upload_status`` of that upload.

Proves: no call fails except with a typed error that an injected fault explains (and
with three retries, hardly any do); once the client is closed, no file descriptor or
socket the run opened is left open, and the emulator's sockets go back down too (no
leaked connections); the client's memory is flat (RSS sampled every 0.2 s from a thread:
after a 10% warm-up, the median of the last third of the run is at most 5% + 8 MiB above
the median of the first third).

Figures: every call counts in ``calls_under_faults``; since the emulator runs elsewhere,
the faults are counted where the client meets them, per attempt, by a wrapper around the
I/O transport (an answer 429/5xx, a connection broken before or during the answer).

Throughput is not asserted: with 200 callers on one client it is bounded by httpcore's
connection-pool bookkeeping (quadratic in connections and queued requests in httpcore
1.0.x), not by this SDK. ``ADVERSARIAL_LOAD_SECONDS`` shortens (or lengthens) the run;
the default is 30.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    RateLimitError,
    ServerError,
    TransportError,
)
from alipay_innerversion.cli._common import read_env_file

from .report import REPORT

CALLERS = 200
SECONDS = float(os.environ.get("ADVERSARIAL_LOAD_SECONDS", "30"))
FAULT_OPTIONS = (
    *("--seed", "7"),
    *("--error-rate", "0.01"),  # 503 SYSTEM_ERROR
    *("--drop-rate", "0.01"),  # dropped after being applied
    *("--rate-limit-rate", "0.01"),  # 429 app-call-limited, no Retry-After
)
WARM_UP = 0.1  # fraction of the run left out of the memory comparison (pools, caches)
MEMORY_MARGIN = 8 * 1024 * 1024  # bytes the last third may sit above the first
PAGE = os.sysconf("SC_PAGE_SIZE")


# -- the emulator process --------------------------------------------------------------------


@contextmanager
def emulator_process(keys_dir: Path) -> Iterator[tuple[subprocess.Popen[str], AlipayConfig]]:
    """``alipay-mini emulator --port 0`` with faults; the client config it wrote."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "alipay_innerversion",
            "emulator",
            "--port",
            "0",
            "--keys-dir",
            str(keys_dir),
            *FAULT_OPTIONS,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("listening on "), line
        yield process, AlipayConfig.from_env(read_env_file(str(keys_dir / "emulator.env")))
    finally:
        process.terminate()
        process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()


def descriptors(pid: int | str = "self") -> dict[int, str]:
    """A process's open file descriptors and what each is (``socket:[inode]``, a path, ...)."""
    found = {}
    for entry in Path(f"/proc/{pid}/fd").iterdir():
        try:
            found[int(entry.name)] = os.readlink(entry)
        except FileNotFoundError:  # closed while listing (the listing's own fd)
            continue
    return found


def sockets(fds: dict[int, str]) -> int:
    return sum(target.startswith("socket:") for target in fds.values())


def rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * PAGE


# -- counting the faults the client meets ------------------------------------------------------


class _WatchedBody(httpx.AsyncByteStream):
    """A response body that reports a connection broken mid-body (a ``drop`` fault)."""

    def __init__(self, inner: httpx.AsyncByteStream, on_error: Callable[[], None]) -> None:
        self._inner = inner
        self._on_error = on_error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except httpx.TransportError:
            self._on_error()
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class FaultTally(httpx.AsyncBaseTransport):
    """Wraps the I/O transport and counts, per request id, the attempts that met a fault:
    an answer 429/5xx, or a connection that broke (before an answer, or mid-body)."""

    inner: httpx.AsyncBaseTransport
    attempts: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    by_request: Counter[str] = field(default_factory=Counter)

    def _count(self, kind: str, request_id: str) -> None:
        self.kinds[kind] += 1
        self.by_request[request_id] += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request_id = request.headers.get("alipay-request-id", "")
        self.attempts += 1
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError:
            self._count("connection", request_id)
            raise
        if response.status_code in (429, 500, 503):
            self._count(str(response.status_code), request_id)
            return response
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_WatchedBody(response.stream, lambda: self._count("dropped", request_id)),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


def explained_by_a_fault(error: BaseException) -> bool:
    """Whether an error is what an injected fault leaves behind once retries ran out."""
    if isinstance(error, ServerError | RateLimitError):
        return "(injected fault)" in error.message
    if isinstance(error, TransportError) and not isinstance(error, TimeoutError):
        cause = error.__cause__
        return isinstance(cause, httpx.RemoteProtocolError)
    return False


# -- the load ---------------------------------------------------------------------------------


@dataclass
class LoadResult:
    calls: int = 0
    ok: int = 0
    per_caller: Counter[int] = field(default_factory=Counter)
    errors: list[tuple[str, BaseException]] = field(default_factory=list)  # (request id, error)
    samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds in, RSS)
    tally: FaultTally | None = None


async def _load(config: AlipayConfig, seconds: float) -> LoadResult:
    result = LoadResult()
    tally = FaultTally(httpx.AsyncHTTPTransport())
    result.tally = tally
    started = time.monotonic()
    deadline = started + seconds

    async def caller(number: int, client: AsyncInnerVersionClient) -> None:
        n = 0
        package_id: str | None = None
        while time.monotonic() < deadline:
            n += 1
            request_id = f"load-{number:03d}-{n:06d}"
            mini = f"2021{number:04d}{n:08d}"
            try:
                step = n % 3
                if step == 0 or (step == 2 and package_id is None):
                    await client.upgrade(
                        mini_app_id=mini,
                        template_id="tpl",
                        template_version="1.0.0",
                        request_id=request_id,
                    )
                elif step == 1:
                    uploaded = await client.upload(
                        mini_app_id=f"2021{number:04d}00000000",
                        build_version=f"1.{n}.0",
                        source_url="https://cdn.example.com/p.zip",
                        request_id=request_id,
                    )
                    package_id = uploaded.package_id
                else:
                    await client.upload_status(package_id=package_id, request_id=request_id)
                result.ok += 1
            except Exception as exc:  # judged after the run
                result.errors.append((request_id, exc))
            result.calls += 1
            result.per_caller[number] += 1

    def sample_memory() -> None:  # a thread: the event loop is too busy to keep time
        while time.monotonic() < deadline:
            result.samples.append((time.monotonic() - started, rss()))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample_memory, name="rss-sampler", daemon=True)
    sampler.start()
    async with AsyncInnerVersionClient(config, max_retries=3, transport=tally) as client:
        await asyncio.gather(*(caller(n, client) for n in range(CALLERS)))
    sampler.join()
    return result


@pytest.mark.slow
def test_200_async_callers_for_30_seconds_no_leaks_flat_memory(tmp_path: Path) -> None:
    """See the module docstring: typed fault errors only, no leaks, flat memory."""
    with emulator_process(tmp_path / "keys") as (server, config):
        gc.collect()  # what earlier tests left for the collector is not ours to count
        fds_before = descriptors()
        server_before = sockets(descriptors(server.pid))
        result = asyncio.run(_load(config, SECONDS))
        gc.collect()
        fds_after = descriptors()
        server_after = sockets(descriptors(server.pid))
        for _ in range(50):  # the server notices closed connections a little later
            if server_after <= server_before:
                break
            time.sleep(0.1)
            server_after = sockets(descriptors(server.pid))

    tally = result.tally
    assert tally is not None
    unexplained = [(rid, e) for rid, e in result.errors if not explained_by_a_fault(e)]
    lost = {rid for rid, _ in unexplained}
    faulted = sum(tally.by_request.values())
    survived = sum(times for rid, times in tally.by_request.items() if rid not in lost)
    REPORT.add("calls_under_faults", result.calls)
    REPORT.add("faults_injected", faulted)
    REPORT.add("faults_survived", survived)

    assert not unexplained, f"{len(unexplained)} errors not explained by a fault: {unexplained[:5]}"
    assert result.ok + len(result.errors) == result.calls
    assert len(result.per_caller) == CALLERS  # every caller got calls through
    assert faulted > 0
    assert set(tally.kinds) <= {"503", "429", "dropped", "connection"}, tally.kinds
    assert survived == faulted

    opened = {fd: target for fd, target in fds_after.items() if fds_before.get(fd) != target}
    assert not opened, f"descriptors left open by the run: {opened}"
    assert sockets(fds_after) <= sockets(fds_before)
    assert server_after <= server_before, f"server sockets {server_before} -> {server_after}"

    kept = [rss for at, rss in result.samples if at >= SECONDS * WARM_UP]
    third = max(1, len(kept) // 3)
    first, last = statistics.median(kept[:third]), statistics.median(kept[-third:])
    assert last <= first * 1.05 + MEMORY_MARGIN, (
        f"RSS grew from {first / 2**20:.1f} MiB to {last / 2**20:.1f} MiB over {result.calls} calls"
    )
