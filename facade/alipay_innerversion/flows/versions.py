"""Reviews and versions: ``wait_for_audit``, ``list_versions``."""

from __future__ import annotations

from collections.abc import Sequence

from alipay_innerversion_api.api import (
    OPERATIONS,
    CallOptions,
    Calls,
    ConditionBatchqueryArguments,
    InfoQueryArguments,
    InfoQueryResult,
)
from alipay_innerversion_api.models import MiniVersionBaseInfo

from ..arguments import prepared
from ..errors import AlipayError, AuditRejectedError, InvalidRequestError
from .steps import Context, Flow, ProgressCallback, Sleep, perform
from .waits import DEFAULT_WAIT_TIMEOUT, Poller, VersionStatus, check_wait

__all__ = ["list_versions", "wait_for_audit"]


def wait_for_audit(
    ctx: Context,
    *,
    app_version: str,
    bundle_id: str | None = None,
    app_origin: str | None = None,
    mini_app_id: str | None = None,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 5.0,
    max_poll_interval: float = 30.0,
    on_progress: ProgressCallback | None = None,
    app_auth_token: str | None = None,
) -> Flow[InfoQueryResult]:
    """Poll a version in review (``info_query``) until Alipay decides.

    Returns the version's info once it passed review (``WAIT_RELEASE``, or any later
    status). Raises :class:`AuditRejectedError` with ``reject_reason`` when rejected,
    :class:`AlipayError` when the version is not in review at all (``INIT``: submit it
    with ``audit_submit`` first), and :class:`WaitTimeoutError` after ``timeout``.
    ``on_progress(info)`` is called whenever the status changes.
    """
    timeout, interval, max_interval = check_wait(timeout, poll_interval, max_poll_interval)
    info_query: InfoQueryArguments = {
        "app_version": app_version,
        "bundle_id": bundle_id,
        "app_origin": app_origin,
        "mini_app_id": mini_app_id,
    }
    query = prepared(OPERATIONS["info_query"], info_query)  # every poll sends the same
    poller = Poller(
        f"the review of version {app_version}",
        timeout,
        interval,
        max_interval,
        on_progress,
        key=lambda info: info.status,
        describe=lambda info: str(info.status),
        hint="The review goes on: check it later with info_query "
        "(`alipay-mini versions show ...`), or wait with a longer timeout.",
    )
    options = CallOptions(app_auth_token)
    while True:
        info = yield from perform(Calls.info_query(query, options))
        poller.observe(info)
        status = VersionStatus.parse(info.status)
        if status is VersionStatus.AUDIT_REJECT:
            reason = info.reject_reason or None
            raise AuditRejectedError(
                f"Version {app_version} was rejected in review"
                + (f": {reason}" if reason else "."),
                app_version=app_version,
                reject_reason=reason,
                trace_id=info.trace_id,
                request_id=info.request_id,
            )
        if status is VersionStatus.INIT:
            raise AlipayError(
                f"Version {app_version} is not in review (status INIT).",
                hint="Submit it with audit_submit first (a cancelled review also goes back "
                "to INIT).",
                trace_id=info.trace_id,
                request_id=info.request_id,
            )
        if status is not VersionStatus.AUDITING and status is not None:
            return info
        yield Sleep(poller.next_delay())


def list_versions(
    ctx: Context,
    *,
    version_status: str | Sequence[str | VersionStatus] | None = None,
    bundle_id: str | None = None,
    app_origin: str | None = None,
    mini_app_id: str | None = None,
    page_size: int = 10,
    max_pages: int = 1000,
    app_auth_token: str | None = None,
) -> Flow[list[MiniVersionBaseInfo]]:
    """Every version with one of ``version_status`` (all statuses when None), paging
    ``condition_batchquery`` for you (``page_size`` 1 to 10, Alipay's limit)."""
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 10:
        raise InvalidRequestError(f"page_size must be 1 to 10 (Alipay's limit), not {page_size!r}.")
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise InvalidRequestError(f"max_pages must be 1 or more, not {max_pages!r}.")
    if version_status is None:
        statuses = [s.value for s in VersionStatus]
    elif isinstance(version_status, str):
        statuses = [s.strip() for s in version_status.split(",") if s.strip()]
    else:
        statuses = [str(getattr(s, "value", s)) for s in version_status]
    if not statuses:
        raise InvalidRequestError(
            "version_status names no status: give at least one, or None for all.",
            hint=f"Known statuses: {', '.join(s.value for s in VersionStatus)}.",
        )
    unknown = [s for s in statuses if VersionStatus.parse(s) is None]
    if unknown:
        raise InvalidRequestError(
            f"version_status: unknown status(es) {', '.join(unknown)}.",
            hint=f"Known statuses: {', '.join(s.value for s in VersionStatus)}.",
        )
    options = CallOptions(app_auth_token)
    found: list[MiniVersionBaseInfo] = []
    for page in range(1, max_pages + 1):
        query: ConditionBatchqueryArguments = {
            # blank when not given: refused as required, naming the keyword
            "bundle_id": bundle_id or "",
            "app_origin": app_origin or "",
            "mini_app_id": mini_app_id,
            "version_status": ",".join(s.upper() for s in statuses),
            "page_size": str(page_size),
            "page_num": str(page),
        }
        result = yield from perform(Calls.condition_batchquery(query, options))
        items = list(result.mini_version_base_info_list or ())
        found += items
        if len(items) < page_size:
            break
    return found
