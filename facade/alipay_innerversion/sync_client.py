"""``InnerVersionClient``: generated from ``async_client.py`` by ``make gen`` (unasync).

Do not edit: change ``async_client.py`` and run ``make gen``. ``make check-gen`` (CI)
fails when this file is not what ``tools/unasync_client.py`` makes of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from alipay_innerversion_api import api as _api
from alipay_innerversion_api.api import CallOptions, Operation, SyncOperations

from .calls import RawResponse, raw_response, read_result
from .config import AlipayConfig
from .errors import AlipayError
from .flows.waits import DEFAULT_WAIT_TIMEOUT, VersionStatus
from .logs import EventHook
from .reading import DEFAULT_MAX_RESPONSE_BYTES
from .transport import _sync_sleep

if TYPE_CHECKING:  # the flows, results and models load on first use (import cost)
    from alipay_innerversion_api.api import InfoQueryResult, UploadArguments
    from alipay_innerversion_api.models import MiniVersionBaseInfo

    from . import flows
    from .flows import Call, Flow, ProgressCallback
    from .flows.packages import PackageInput
    from .results import BuildStatus, UploadResult


from .client_base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    _ClientBase,
)

__all__ = ["InnerVersionClient"]

T = TypeVar("T")


class InnerVersionClient(SyncOperations, _ClientBase):
    """Client for ``alipay.open.mini.innerversion``: a typed method per operation, and the
    helpers (``upload``, ``wait_for_build``, ``wait_for_audit``, ``list_versions``,
    ``release``). ``InnerVersionClient`` blocks; ``AsyncInnerVersionClient`` has the same
    methods, awaited.

    Use it as a context manager, or close it. Safe to share between threads or tasks:
    per-call options travel with each request, so concurrent calls for different
    merchants do not mix.
    """

    def __init__(
        self,
        config: AlipayConfig | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        event_hooks: Sequence[EventHook] = (),
    ) -> None:
        """``config`` defaults to :meth:`AlipayConfig.from_env`.

        ``timeout`` (seconds, or an ``httpx.Timeout``) is the deadline of each HTTP
        attempt, all of it (connect, send, wait, read; for an ``httpx.Timeout``, its
        largest value); ``max_retries`` extra attempts are made on network errors,
        timeouts, 5xx and rate limiting; each call may say otherwise.
        ``max_response_bytes`` caps an answer, counted decompressed. ``http_client``
        brings your own httpx client (proxies, TLS, connection limits; it stays yours to
        close; redirects are never followed, whatever it says); or give the
        ``transport`` that does the I/O (``httpx.MockTransport`` in tests).
        ``event_hooks`` are called with a :class:`~alipay_innerversion.logs.CallEvent`
        after every HTTP attempt (operation, request and trace ids, outcome, duration).
        """
        self._open(
            config,
            timeout,
            max_retries,
            max_response_bytes,
            http_client,
            transport,
            event_hooks,
        )

    def _upload_flow(
        self,
        arguments: UploadArguments,
        package: PackageInput | None,
        source_url: str | None,
        wait: bool,
        wait_timeout: float,
        poll_interval: float,
        on_progress: ProgressCallback | None,
        options: CallOptions,
    ) -> UploadResult:
        """``upload``'s flow: the generated method (every field of the spec's upload, by
        name, and the friendly keywords) hands its arguments here."""
        from . import flows

        return self._run(
            flows.upload(
                self,
                arguments,
                package=package,
                source_url=source_url,
                wait=wait,
                wait_timeout=wait_timeout,
                poll_interval=poll_interval,
                on_progress=on_progress,
                options=options,
            )
        )

    def upload_status(
        self,
        *,
        package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> BuildStatus:
        """Where a build stands: by ``package_id``, or by ``mini_app_id`` and
        ``build_version``; ``state`` reads Alipay's ``build_status`` code."""
        from . import flows

        return self._run(
            flows.upload_status(
                self,
                package_id=package_id,
                mini_app_id=mini_app_id,
                build_version=build_version,
                bundle_id=bundle_id,
                inst_code=inst_code,
                app_auth_token=app_auth_token,
                request_id=request_id,
            )
        )

    def wait_for_build(
        self,
        *,
        package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = 2.0,
        max_poll_interval: float = 15.0,
        on_progress: ProgressCallback | None = None,
        app_auth_token: str | None = None,
    ) -> BuildStatus:
        """Poll a build until it ends; its final status if it succeeded.

        Raises :class:`BuildFailedError` if the build fails, :class:`WaitTimeoutError`
        after ``timeout`` seconds; ``on_progress(status)`` on every change.
        """
        from . import flows

        return self._run(
            flows.wait_for_build(
                self,
                package_id=package_id,
                mini_app_id=mini_app_id,
                build_version=build_version,
                bundle_id=bundle_id,
                inst_code=inst_code,
                timeout=timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                app_auth_token=app_auth_token,
            )
        )

    def wait_for_audit(
        self,
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
    ) -> InfoQueryResult:
        """Poll a version in review until Alipay decides; its info once it passed.

        Raises :class:`AuditRejectedError` (with ``reject_reason``) when rejected and
        :class:`WaitTimeoutError` after ``timeout`` seconds.
        """
        from . import flows

        return self._run(
            flows.wait_for_audit(
                self,
                app_version=app_version,
                bundle_id=bundle_id,
                app_origin=app_origin,
                mini_app_id=mini_app_id,
                timeout=timeout,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
                on_progress=on_progress,
                app_auth_token=app_auth_token,
            )
        )

    def list_versions(
        self,
        *,
        version_status: str | Sequence[str | VersionStatus] | None = None,
        bundle_id: str | None = None,
        app_origin: str | None = None,
        mini_app_id: str | None = None,
        page_size: int = 10,
        max_pages: int = 1000,
        app_auth_token: str | None = None,
    ) -> list[MiniVersionBaseInfo]:
        """Every version with one of ``version_status`` (all when None), paging
        ``condition_batchquery`` for you (``page_size`` 1 to 10, Alipay's limit)."""
        from . import flows

        return self._run(
            flows.list_versions(
                self,
                version_status=version_status,
                bundle_id=bundle_id,
                app_origin=app_origin,
                mini_app_id=mini_app_id,
                page_size=page_size,
                max_pages=max_pages,
                app_auth_token=app_auth_token,
            )
        )

    def release(
        self,
        *,
        build_version: str,
        package: PackageInput | None = None,
        source_url: str | None = None,
        version_desc: str | None = None,
        gray_strategies: Sequence[str] = (),
        gray_pause: float = 0.0,
        sync_type: str | None = None,
        mini_app_id: str | None = None,
        bundle_id: str | None = None,
        app_origin: str | None = None,
        inst_code: str | None = None,
        review_fields: dict[str, Any] | None = None,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = 2.0,
        on_stage: Callable[[str, str], object] | None = None,
        on_progress: Callable[[Any], object] | None = None,
        app_auth_token: str | None = None,
    ) -> flows.ReleaseResult:
        """Release ``build_version`` all the way (upload, build, review, gray, publish,
        push), doing only what its status still needs: safe to run again.

        ``package`` (or ``source_url``) is needed only when the version does not exist
        yet; ``gray_strategies`` (e.g. ``["p10", "p50"]``) are gray stages,
        ``gray_pause`` seconds apart; ``review_fields`` more fields of ``audit_submit``.
        """
        from . import flows

        return self._run(
            flows.release(
                self,
                build_version=build_version,
                package=package,
                source_url=source_url,
                version_desc=version_desc,
                gray_strategies=gray_strategies,
                gray_pause=gray_pause,
                sync_type=sync_type,
                mini_app_id=mini_app_id,
                bundle_id=bundle_id,
                app_origin=app_origin,
                inst_code=inst_code,
                review_fields=review_fields,
                wait_timeout=wait_timeout,
                poll_interval=poll_interval,
                on_stage=on_stage,
                on_progress=on_progress,
                app_auth_token=app_auth_token,
            )
        )

    def close(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        if self._owns_http:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def call(
        self,
        operation: str,
        fields: Mapping[str, Any] | None = None,
        *,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Call ``operation`` (a method name, e.g. ``"online_publish"``) with ``fields``
        (its keyword arguments, checked as the typed method checks them) and the escape
        hatches: ``extra_body`` and ``extra_query`` send fields the spec does not know yet,
        ``extra_headers`` more headers (all signed; none may replace a field of the
        operation or a protocol header). Returns the operation's typed result."""
        raw = self.call_raw(
            operation,
            fields,
            app_auth_token=app_auth_token,
            request_id=request_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_body=extra_body,
            extra_query=extra_query,
            extra_headers=extra_headers,
        )
        return raw.result

    def call_raw(
        self,
        operation: str,
        fields: Mapping[str, Any] | None = None,
        *,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse:
        """As :meth:`call`, returning the raw view of the success: HTTP status, headers,
        trace and request ids, the verified JSON body, and the typed result."""
        return raw_response(
            self._operation(operation),
            self._send(
                operation,
                fields,
                CallOptions(
                    app_auth_token,
                    request_id,
                    timeout,
                    max_retries,
                    extra_body,
                    extra_query,
                    extra_headers,
                ),
            ),
        )

    def _call(self, operation: Operation, arguments: dict[str, Any], options: CallOptions) -> Any:
        return read_result(operation, self._send(operation.name, arguments, options))

    def _send(
        self,
        name: str,
        fields: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> httpx.Response:
        # as given: arguments a flow prepared keep their wire fields (arguments.prepared)
        request = self._request(self._operation(name), fields or {}, options)
        return self._transport.handle_request(request)

    def _run(self, flow: Flow[T]) -> T:
        from . import flows

        sent: object = None
        while not isinstance(step := flows.advance(flow, sent), flows.Done):
            if isinstance(step, flows.Call):
                sent = self._outcome(step)
            else:
                _sync_sleep(step.seconds)
                sent = None
        return step.value

    def _outcome(self, call: Call[Any]) -> object:
        """A call's result, or :class:`flows.Failed` for the flow to handle."""
        from . import flows

        try:
            response = self._send(call.name, call.arguments, call.options)
            return read_result(_api.OPERATIONS[call.name], response, call.result_class)
        except AlipayError as error:
            return flows.Failed(error)
