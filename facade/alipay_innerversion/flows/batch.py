"""Batch template upgrades across many mini programs, crash-safe and resumable.

An ISV upgrades its merchants' template instances, one ``upgrade`` call each, with each
merchant's app auth token. ``run_upgrade_batch`` does it on the async client with
bounded concurrency and records every step in a SQLite journal (WAL mode) as it goes::

    targets = read_targets(Path("apps.csv"))          # or a list of BatchTarget
    journal = Journal(Path("batch.sqlite"))
    if journal.is_empty():                            # first run: plan the batch
        journal.plan(targets, "2021000000000099", "1.2.3")
    else:                                             # a rerun: plan apps added since
        journal.add_missing(targets)
    summary = await run_upgrade_batch(
        client, targets, journal, template_id="2021000000000099", template_version="1.2.3"
    )

* each app gets its ``alipay-request-id`` when the batch is planned, stored in the
  journal, so every resend of that app's upgrade (client retry, batch retry, or a rerun
  after the process was killed) carries the same request id;
* an app is marked ``in_flight`` before it is sent and ``done``/``failed`` right after,
  so calling ``run_upgrade_batch`` again on the same journal (what ``alipay-mini
  upgrade-batch --resume`` does) skips finished apps and sends only the rest. An app that
  was in flight when the process died is sent again: in the worst case it is upgraded to
  the same template version a second time.

Tokens come from the apps file on every run and are never written to the journal: only
a fingerprint is kept, to notice a changed file.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..client import AsyncInnerVersionClient
from ..errors import (
    AlipayApiError,
    AlipayError,
    InvalidRequestError,
    RateLimitError,
    TransportError,
)
from ..retry import honoured_retry_after
from .journal import (
    DONE,
    FAILED,
    IN_FLIGHT,
    PENDING,
    Journal,
    JournalError,
    JournalLockedError,
    JournalRow,
)
from .targets import BatchTarget, read_targets, token_fingerprint

__all__ = [
    "BatchEvent",
    "BatchSummary",
    "BatchTarget",
    "Journal",
    "JournalError",
    "JournalLockedError",
    "check_plan",
    "read_targets",
    "run_upgrade_batch",
    "token_fingerprint",
]


@dataclass(frozen=True)
class BatchEvent:
    """Progress of one app: ``done``, ``failed``, ``retry`` (requeued after a transient
    failure) or ``paused`` (the batch backs off after rate limiting)."""

    kind: str
    mini_app_id: str
    code: str | None = None
    delay: float = 0.0


@dataclass
class BatchSummary:
    total: int
    done: int
    failed: int
    skipped: int
    elapsed: float
    failures: list[JournalRow]


async def run_upgrade_batch(
    client: AsyncInnerVersionClient,
    targets: Sequence[BatchTarget],
    journal: Journal,
    *,
    template_id: str,
    template_version: str,
    concurrency: int = 8,
    max_attempts: int = 5,
    backoff: float = 1.0,
    max_backoff: float = 30.0,
    on_event: Callable[[BatchEvent], object] | None = None,
) -> BatchSummary:
    """Upgrade every planned, unfinished app in ``journal``; see the module docstring.

    ``journal`` must have been planned (:meth:`Journal.plan`) with the same
    ``template_id`` and ``template_version``, and every target must be in its plan
    (:meth:`Journal.add_missing` plans new ones). To resume an interrupted batch, call
    this again with the same journal: apps already ``done`` or ``failed`` are not sent
    again (:meth:`Journal.reset_failed` makes failed ones pending).

    Transient failures left after the client's own retries (network, 5xx, rate limiting)
    requeue the app, up to ``max_attempts`` sends. Rate limiting Alipay signed also pauses
    every worker, for its ``Retry-After`` (at most :data:`~.retry.MAX_RETRY_AFTER`
    seconds; a non-finite or negative value is ignored) or a growing delay up to
    ``max_backoff``; an unsigned 429 (a proxy, anyone on the path) only slows the worker
    that got it, by that growing delay. Business errors fail the app at once.

    Raises :class:`InvalidRequestError` before sending anything if the journal holds no
    plan, records another template, or lacks some of ``targets``; a
    :class:`~.journal.JournalError` if the journal cannot be written (every worker stops:
    what was recorded before stands, and the batch resumes from there).
    """
    if concurrency < 1:
        raise InvalidRequestError("concurrency must be at least 1.")
    check_plan(journal, targets, template_id=template_id, template_version=template_version)
    started = time.monotonic()
    by_id = {t.mini_app_id: t for t in targets}
    todo = [row for row in journal.rows(PENDING, IN_FLIGHT) if row.mini_app_id in by_id]
    skipped = journal.counts()[DONE]
    queue: asyncio.Queue[tuple[JournalRow, int]] = asyncio.Queue()
    for row in todo:
        queue.put_nowait((row, row.attempts))
    emit = on_event or (lambda event: None)
    pause = _Pause(backoff, max_backoff)

    async def worker() -> None:
        while True:
            try:
                row, attempts = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await pause.wait()
            target = by_id[row.mini_app_id]
            journal.mark(row.mini_app_id, IN_FLIGHT, attempt=True)
            attempts += 1
            try:
                result = await client.upgrade(
                    mini_app_id=target.mini_app_id,
                    template_id=template_id,
                    template_version=template_version,
                    app_origin=target.app_origin,
                    bundle_id=target.bundle_id,
                    app_auth_token=target.app_auth_token,
                    request_id=row.request_id,
                )
            except (RateLimitError, TransportError, AlipayApiError) as error:
                transient = isinstance(error, RateLimitError | TransportError) or (
                    isinstance(error, AlipayApiError) and error.http_status >= 500
                )
                code = getattr(error, "code", None) or type(error).__name__
                if transient and attempts < max_attempts:
                    journal.mark(row.mini_app_id, PENDING, code=code, message=error.message)
                    own_wait = 0.0
                    if isinstance(error, RateLimitError):
                        if error.verified:  # Alipay signed it: every worker pauses
                            delay = pause.trip(honoured_retry_after(error.retry_after))
                            emit(BatchEvent("paused", row.mini_app_id, code, delay))
                        else:  # anyone can send a 429: it slows this worker only
                            own_wait = pause.step()
                    emit(BatchEvent("retry", row.mini_app_id, code))
                    queue.put_nowait((row, attempts))
                    if own_wait:
                        await asyncio.sleep(own_wait)
                    continue
                journal.mark(
                    row.mini_app_id,
                    FAILED,
                    code=code,
                    message=error.message,
                    trace_id=error.trace_id,
                    # A business answer has a code; an undocumented answer (a signed 2xx
                    # other than 200) leaves the outcome unknown, so the request id stays.
                    answered=isinstance(error, AlipayApiError)
                    and not transient
                    and error.code is not None,
                )
                emit(BatchEvent("failed", row.mini_app_id, code))
                continue
            except AlipayError as error:  # verification or decryption: do not guess, record
                journal.mark(
                    row.mini_app_id,
                    FAILED,
                    code=type(error).__name__,
                    message=error.message,
                    trace_id=error.trace_id,
                )
                emit(BatchEvent("failed", row.mini_app_id, type(error).__name__))
                continue
            pause.reset()
            journal.mark(row.mini_app_id, DONE, trace_id=result.trace_id)
            emit(BatchEvent("done", row.mini_app_id))

    workers = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, max(1, len(todo))))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        # One worker failed for good (the journal cannot be written, ...): stop the others
        # before they send more upgrades whose outcome could not be recorded.
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    counts = journal.counts()
    return BatchSummary(
        total=len(by_id),
        done=counts[DONE],
        failed=counts[FAILED],
        skipped=skipped,
        elapsed=time.monotonic() - started,
        failures=journal.rows(FAILED),
    )


def check_plan(
    journal: Journal,
    targets: Sequence[BatchTarget],
    *,
    template_id: str,
    template_version: str,
) -> None:
    """Raise :class:`InvalidRequestError` unless ``journal`` plans this batch: the same
    template and version, and every target."""
    recorded = journal.parameters()
    if journal.is_empty() or not recorded:
        raise InvalidRequestError(
            f"The journal {journal.path} holds no planned batch, so there is nothing to run.",
            hint="Plan it first: journal.plan(targets, template_id, template_version).",
        )
    planned = (recorded.get("template_id"), recorded.get("template_version"))
    if planned != (template_id, template_version):
        raise InvalidRequestError(
            f"The journal {journal.path} plans template {planned[0]} version {planned[1]}, "
            f"not template {template_id} version {template_version}.",
            hint="Run it with the template it was planned with, or plan a new journal.",
        )
    known = {row.mini_app_id for row in journal.rows()}
    missing = [t.mini_app_id for t in targets if t.mini_app_id not in known]
    if missing:
        raise InvalidRequestError(
            f"{len(missing)} target(s) are not in the journal {journal.path}'s plan "
            f"(first: {missing[0]}).",
            hint="Plan them first: journal.add_missing(targets).",
        )


class _Pause:
    """A batch-wide cool-down after rate limiting, doubling while limits persist."""

    def __init__(self, base: float, cap: float) -> None:
        self._base = base
        self._cap = cap
        self._step = 0
        self._until = 0.0

    def step(self) -> float:
        """The next backoff step (doubling, capped), without pausing anyone."""
        delay = min(self._cap, self._base * 2.0**self._step)
        self._step += 1
        return delay

    def trip(self, retry_after: float | None) -> float:
        """Pause every worker: for ``retry_after`` (already capped, see
        :func:`honoured_retry_after`) or the next backoff step."""
        delay = self.step() if retry_after is None else retry_after
        if retry_after is not None:
            self._step += 1
        self._until = max(self._until, time.monotonic() + delay)
        return delay

    def reset(self) -> None:
        self._step = 0

    async def wait(self) -> None:
        remaining = self._until - time.monotonic()
        if remaining > 0:
            await asyncio.sleep(remaining)
