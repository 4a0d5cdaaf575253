"""Support for the fault tests: a seeded workload of logical calls, run through the real
clients, and the exactly-once check against the emulator's log.

A *logical call* is one client method call (``upgrade``, ``online``, ``sync``,
``upload``, ``upload_status``) with an explicit ``request_id``; the client may make
several attempts, all with that id. Every call works on its own mini program (or its own
build), prepared directly on the emulator's platform, so no call can fail for business
reasons and every state change can be traced back to exactly one call:

* ``upgrade`` of a fresh mini program: ``upgrade_count`` counts how often it ran;
* ``upload`` of a fresh version: a second application would be ``BUILD_VERSION_ALREADY_EXIST``;
* ``upload_status`` of a freshly uploaded build: every query moves the build one poll on;
* ``online`` of a built version, ``sync`` of an online version: ``sync_count`` counts.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from alipay_innerversion import (
    AlipayError,
    AsyncInnerVersionClient,
    InnerVersionClient,
    RateLimitError,
    ServerError,
    TransportError,
)
from alipay_innerversion.emulator import Emulator, RequestRecord

from ..emulator.support import mini_program_zip

OPERATIONS: Mapping[str, str] = {
    "upgrade": "upgrade",
    "online": "online",
    "sync": "sync",
    "upload": "upload",
    "uploadstatus.query": "upload_status",
}
"""Gateway operation -> client method."""

FAULT_ERRORS: tuple[type[AlipayError], ...] = (TransportError, ServerError, RateLimitError)
"""What a call may end in when injected faults outlast its retries: network failures and
timeouts (``RequestTimeoutError`` is a ``TransportError``), 5xx, rate limiting."""

BUNDLE = "com.alipay.alipaywallet"
PACKAGE = mini_program_zip()


@dataclass(frozen=True)
class Call:
    """One logical call: what to call, with which request id and how many retries."""

    index: int
    operation: str
    request_id: str
    retries: int
    arguments: Mapping[str, Any]
    mini_app_id: str
    version: str

    def invoke(self, client: Any) -> Any:
        """Call the client method (sync: the result; async: the coroutine)."""
        method = getattr(client, OPERATIONS[self.operation])
        return method(**self.arguments, request_id=self.request_id)


@dataclass
class Outcome:
    """How a call ended: a result, or the exception it raised."""

    call: Call
    result: Any = None
    error: BaseException | None = None


def plan(
    emu: Emulator,
    rng: random.Random,
    count: int,
    *,
    tag: str,
    retries: Sequence[int],
    weights: Mapping[str, int] | None = None,
) -> list[Call]:
    """``count`` seeded calls over all five operations, with the platform state each needs.

    ``retries`` is the choice of ``max_retries`` per call (0 makes faults visible as
    errors; more makes the client ride them out).
    """
    weights = weights or {op: 1 for op in OPERATIONS}
    names = list(weights)
    calls = []
    for index in range(count):
        operation = rng.choices(names, [weights[n] for n in names])[0]
        mini = f"{tag}{index:05d}"
        version = f"1.0.{index}"
        request_id = f"{tag}-{index:05d}-{rng.getrandbits(64):016x}"
        arguments = _prepare(emu, operation, mini, version, rng)
        calls.append(
            Call(index, operation, request_id, rng.choice(retries), arguments, mini, version)
        )
    return calls


def _prepare(
    emu: Emulator, operation: str, mini: str, version: str, rng: random.Random
) -> dict[str, Any]:
    """Set up what the call needs on the platform (no HTTP); return its arguments."""
    handle = emu.platform.handle
    app = emu.app_id
    if operation == "upgrade":
        return {"mini_app_id": mini, "template_id": "tpl", "template_version": "2.0.0"}
    if operation == "upload":
        source: dict[str, Any] = (
            {"package": PACKAGE}
            if rng.random() < 0.25
            else {"source_url": f"https://cdn.example.com/{mini}.zip"}
        )
        return {"mini_app_id": mini, "build_version": version, **source}
    uploaded = handle(
        "upload",
        app,
        {
            "mini_app_id": mini,
            "build_version": version,
            "build_source_pkg_url": f"https://cdn.example.com/{mini}.zip",
        },
    )
    if operation == "uploadstatus.query":
        return {"package_id": uploaded["package_id"]}
    poll = {"build_package_id": uploaded["package_id"]}
    while handle("uploadstatus.query", app, poll)["need_rotation"] != "false":
        pass  # each poll moves the build a step, to succeeded
    if operation == "online":
        return {"mini_app_id": mini, "app_online_version": version}
    handle("online", app, {"mini_app_id": mini, "app_online_version": version})
    return {
        "mini_app_id": mini,
        "app_version": version,
        "sync_type": "global",
        "app_origin": "alipay_innerapp",
        "bundle_id": BUNDLE,
    }


# -- running ------------------------------------------------------------------------------------


def run_sync(
    clients: Mapping[int, InnerVersionClient], calls: Sequence[Call], *, workers: int
) -> list[Outcome]:
    """Run the calls on ``workers`` threads sharing the sync clients (one per retry count)."""

    def one(call: Call) -> Outcome:
        try:
            return Outcome(call, result=call.invoke(clients[call.retries]))
        except Exception as exc:  # judged by the checks, whatever it is
            return Outcome(call, error=exc)

    with ThreadPoolExecutor(workers, thread_name_prefix="chaos") as pool:
        return list(pool.map(one, calls))


async def run_async(
    clients: Mapping[int, AsyncInnerVersionClient], calls: Sequence[Call], *, concurrency: int
) -> list[Outcome]:
    """Run the calls as asyncio tasks, at most ``concurrency`` at a time."""
    gate = asyncio.Semaphore(concurrency)

    async def one(call: Call) -> Outcome:
        async with gate:
            try:
                return Outcome(call, result=await call.invoke(clients[call.retries]))
            except Exception as exc:  # judged by the checks, whatever it is
                return Outcome(call, error=exc)

    return list(await asyncio.gather(*(one(call) for call in calls)))


# -- checking -----------------------------------------------------------------------------------


@dataclass
class Verdict:
    """What the log and the platform say about a set of outcomes."""

    problems: list[str] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)  # kind -> records with that fault
    survived: int = 0  # faulted records whose call ended in an allowed outcome
    errors: Counter[str] = field(default_factory=Counter)  # error type -> calls
    succeeded: int = 0

    def summary(self, limit: int = 15) -> str:
        shown = "\n  ".join(self.problems[:limit])
        more = (
            f"\n  ... and {len(self.problems) - limit} more" if len(self.problems) > limit else ""
        )
        return f"{len(self.problems)} problem(s):\n  {shown}{more}"


def check(emu: Emulator, outcomes: Sequence[Outcome], records: Sequence[RequestRecord]) -> Verdict:
    """Every call either succeeded and was applied exactly once (by its request id), or
    raised a typed fault error and was applied at most once; no request id applied twice;
    the platform state agrees with the log."""
    verdict = Verdict()
    applied = Counter(r.request_id for r in records if r.applied)
    ours = {o.call.request_id for o in outcomes}
    for request_id, times in applied.items():
        if times > 1:
            verdict.problems.append(f"request id {request_id} applied {times} times")
        if request_id not in ours:
            verdict.problems.append(f"request id {request_id} applied but no call sent it")
    state = emu.mini_apps()
    good: set[str] = set()
    for outcome in outcomes:
        call = outcome.call
        times = applied[call.request_id]
        where = f"call {call.index} ({call.operation}, {call.request_id})"
        before = len(verdict.problems)
        if outcome.error is None:
            verdict.succeeded += 1
            if times != 1:
                verdict.problems.append(f"{where} succeeded but was applied {times} times")
            if getattr(outcome.result, "request_id", None) != call.request_id:
                verdict.problems.append(f"{where}: the result names another request id")
            if not getattr(outcome.result, "trace_id", None):  # every result carries one
                verdict.problems.append(f"{where}: the result has no trace id")
        else:
            error = outcome.error
            verdict.errors[type(error).__name__] += 1
            if not isinstance(error, AlipayError):
                verdict.problems.append(
                    f"{where} raised an untyped {type(error).__name__}: {error}"
                )
            elif not isinstance(error, FAULT_ERRORS):
                verdict.problems.append(f"{where} raised {error!r}, not caused by a fault")
            elif error.request_id != call.request_id:
                verdict.problems.append(f"{where}: the error names request id {error.request_id}")
            if times > 1:
                verdict.problems.append(f"{where} failed but was applied {times} times")
        problem = _state_problem(call, state.get(call.mini_app_id), times)
        if problem:
            verdict.problems.append(f"{where}: {problem}")
        if len(verdict.problems) == before:
            good.add(call.request_id)
    for record in records:
        if record.fault is not None:
            verdict.faults[record.fault] += 1
            verdict.survived += record.request_id in good
    return verdict


def _state_problem(call: Call, mini: Any, applied: int) -> str | None:
    """The platform's view of the call's mini program, against how often the log applied it."""
    if call.operation == "upgrade":
        seen = mini.upgrade_count if mini is not None else 0
        return None if seen == applied else f"upgrade_count {seen}, applied {applied}"
    version = mini.versions.get(call.version) if mini is not None else None
    if call.operation == "upload":  # the upload creates the mini program
        seen = 1 if version is not None else 0
        return None if seen == applied else f"version uploaded {seen}, applied {applied}"
    if mini is None:
        return "its mini program is gone"
    if call.operation == "uploadstatus.query":
        seen = version.polls if version is not None else -1
        return None if seen == applied else f"build polled {seen} times, applied {applied}"
    if call.operation == "online":
        seen = 1 if mini.online_version == call.version else 0
        return None if seen == applied else f"online {seen}, applied {applied}"
    seen = mini.sync_count
    return None if seen == applied else f"sync_count {seen}, applied {applied}"
