"""``InnerVersionClient`` and ``AsyncInnerVersionClient``: every operation, as a keyword call.

Every operation of ``openapi.yaml`` is a typed method of both clients, generated
(``alipay_innerversion_api.api.SyncOperations`` / ``AsyncOperations``); the friendly
helpers (``upload(package=...)``, ``wait_for_build``, ``wait_for_audit``,
``list_versions``, ...) are the flows of :mod:`alipay_innerversion.flows`, written once.
What the two clients have of their own is I/O: sending a built request and sleeping.

A request goes straight to the protocol transport (:class:`AlipayTransport`), not through
an ``httpx.Client``: the SDK builds, signs and reads its requests itself and never
follows a redirect, so a client's auth, cookie and redirect layers would only cost time.
A caller's own ``http_client`` is still what sends (its proxies, TLS, limits and hooks).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from alipay_innerversion_api import api as _api
from alipay_innerversion_api.api import AsyncOperations, CallOptions, Operation, SyncOperations

from ._version import __version__
from .arguments import check_field
from .calls import ClientDefaults, RawResponse, build_request, raw_response, read_result
from .config import AlipayConfig
from .deadlines import bind_deadlines, check_timeout
from .errors import AlipayError, ConfigError, InvalidRequestError
from .flows.waits import DEFAULT_WAIT_TIMEOUT, VersionStatus
from .logs import EventHook
from .reading import DEFAULT_MAX_RESPONSE_BYTES
from .retry import RetryPolicy
from .transport import AlipayTransport, _async_sleep

if TYPE_CHECKING:  # the flows, results and models load on first use (import cost)
    from alipay_innerversion_api.api import InfoQueryResult, UploadArguments
    from alipay_innerversion_api.models import MiniVersionBaseInfo

    from . import flows
    from .flows import Call, Flow, ProgressCallback
    from .flows.packages import PackageInput
    from .results import BuildStatus, UploadResult

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncInnerVersionClient",
    "InnerVersionClient",
    "check_template_version",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds one HTTP attempt may take, all of it: connecting, sending, waiting, reading."""
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"alipay-innerversion-python/{__version__}"

T = TypeVar("T")


def check_template_version(template_version: str) -> None:
    """Raise :class:`InvalidRequestError` unless ``template_version`` fits the upgrade
    operation's pattern in the spec (``x.y.z`` digits)."""
    check_field(_api.OPERATIONS["upgrade"], "template_version", template_version)


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    check_timeout(value)
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class _ClientBase:
    """What both clients are besides I/O: configuration, defaults, building requests."""

    _config: AlipayConfig
    _defaults: ClientDefaults
    _transport: AlipayTransport
    _owns_http: bool
    package_limit: int = 20 * 1024 * 1024
    """The largest package ``upload`` sends (``packaging.MAX_PACKAGE_BYTES``)."""

    def _setup(
        self, config: AlipayConfig | None, timeout: float | httpx.Timeout, max_retries: int
    ) -> AlipayConfig:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidRequestError("max_retries must be 0 or more.")
        self._config = config if config is not None else AlipayConfig.from_env()
        self._defaults = ClientDefaults(
            self._config.base_url, _timeout(timeout), max_retries, USER_AGENT
        )
        self._owns_http = True
        return self._config

    def _open(
        self,
        config: AlipayConfig | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        limit: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        event_hooks: Sequence[EventHook],
        *,
        asynchronous: bool,
    ) -> None:
        config = self._setup(config, timeout, max_retries)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1024:
            raise InvalidRequestError(
                f"max_response_bytes must be a whole number of bytes, 1024 or more, "
                f"not {limit!r:.40}."
            )
        self._transport = _transport_for(
            config, max_retries, http_client, transport, asynchronous=asynchronous
        )
        self._transport.max_response_bytes = limit
        self._transport.event_hooks = tuple(event_hooks)

    @property
    def config(self) -> AlipayConfig:
        return self._config

    @property
    def app_id(self) -> str:
        return self._config.app_id

    @property
    def timeout(self) -> httpx.Timeout:
        return self._defaults.timeout

    @property
    def max_retries(self) -> int:
        return self._defaults.max_retries

    @property
    def operations(self) -> dict[str, Operation]:
        """Every operation of the spec, by method name (generated)."""
        return _api.OPERATIONS

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(config={self._config!r}, timeout={self.timeout.read}, "
            f"max_retries={self.max_retries})"
        )

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other defaults that shares this client's connections (closing the
        copy leaves them open; closing this client closes them)."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._setup(
            self._config,
            self.timeout if timeout is None else timeout,
            self.max_retries if max_retries is None else max_retries,
        )
        clone._owns_http = False
        return clone

    def _request(
        self,
        operation: Operation,
        arguments: Mapping[str, Any],
        options: CallOptions,
    ) -> httpx.Request:
        return build_request(operation, arguments, options, self._defaults)

    @staticmethod
    def _operation(name: str) -> Operation:
        operation = _api.OPERATIONS.get(name) if isinstance(name, str) else None
        if operation is None:
            raise InvalidRequestError(
                f"{name!r:.60} is not an operation of this client.",
                hint=f"The operations: {', '.join(sorted(_api.OPERATIONS))}.",
            )
        return operation


def _transport_for(
    config: AlipayConfig,
    max_retries: int,
    http_client: httpx.Client | httpx.AsyncClient | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    *,
    asynchronous: bool,
) -> AlipayTransport:
    """The protocol transport over the caller's client, the caller's transport, or httpx's."""
    if http_client is not None and transport is not None:
        raise InvalidRequestError("Give http_client or transport, not both.")
    inner: Any = transport
    if isinstance(http_client, httpx.Client):
        inner = _SyncClientTransport(http_client)
    elif isinstance(http_client, httpx.AsyncClient):
        inner = _AsyncClientTransport(http_client)
    retry = RetryPolicy(max_retries=max_retries)
    inner = inner or _default_transport(asynchronous=asynchronous)
    if asynchronous:
        return AlipayTransport(config, async_transport=inner, retry=retry)
    return AlipayTransport(config, transport=inner, retry=retry)


_PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY")
_Made = TypeVar("_Made")


def with_proxy(make: Callable[[], _Made], where: str) -> _Made:
    """``make()``, an httpx client or transport built with a proxy; a proxy httpx cannot
    use is a :class:`ConfigError` saying ``where`` it was set, never its URL (it may hold
    a password), instead of httpx's raw ``ValueError`` or ``ImportError``."""
    try:
        return make()
    except ImportError:
        reason = "a SOCKS proxy needs the socksio package: pip install 'httpx[socks]'"
    except (ValueError, httpx.InvalidURL):
        reason = "it is not an http://, https:// or socks5:// URL httpx can use"
    raise ConfigError(
        f"The proxy {where} cannot be used: {reason}.",
        hint="Give an http://, https:// or socks5:// proxy URL, or leave it out (NO_PROXY "
        "lists the hosts reached directly).",
    )


def _environment_proxy(make: Callable[[], _Made]) -> _Made:
    names = [n for n in _PROXY_VARIABLES if os.environ.get(n) or os.environ.get(n.lower())]
    return with_proxy(make, f"set in {' or '.join(names) or 'the environment'}")


class _SyncClientTransport(httpx.BaseTransport):
    """Sends through an ``httpx.Client`` (a caller's: its proxies, TLS, limits, mocks; or
    the SDK's own when the environment names a proxy).

    Never following a redirect, whatever the client's ``follow_redirects`` says (the
    signed request, body and app auth token must not reach another server), and leaving
    the answer unread for the transport to read under its size cap. The client's
    connections obey the SDK's attempt deadlines (see :mod:`.deadlines`); a caller's
    client stays the caller's to close.
    """

    def __init__(self, client: httpx.Client, *, owned: bool = False) -> None:
        self._client = client
        self._owned = owned
        bind_deadlines(client)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, follow_redirects=False, stream=True)

    def close(self) -> None:
        if self._owned:
            self._client.close()


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through an ``httpx.AsyncClient``, as :class:`_SyncClientTransport` does (the
    attempt deadline is a cancel scope there)."""

    def __init__(self, client: httpx.AsyncClient, *, owned: bool = False) -> None:
        self._client = client
        self._owned = owned

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, follow_redirects=False, stream=True)

    async def aclose(self) -> None:
        if self._owned:
            await self._client.aclose()


def _environment_proxies() -> bool:
    """Whether the environment names a proxy, as httpx reads it (``HTTPS_PROXY``,
    ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, lower case too)."""
    try:
        from httpx._utils import get_environment_proxies
    except ImportError:  # a future httpx: route through its client, which reads them
        return True
    return bool(get_environment_proxies())


def _default_transport(*, asynchronous: bool) -> Any:
    """The default I/O, as fast as the environment lets it be.

    Without proxy variables, httpx's bare connection pool (``HTTPTransport`` honours
    ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` itself): an ``httpx.Client``'s auth, cookie and
    redirect layers would only cost time, the SDK signing and reading its requests itself.
    With them, an ``httpx.Client(trust_env=True)`` of the SDK's own, which picks the
    proxy per URL by httpx's rules (``NO_PROXY`` included).
    """
    if not _environment_proxies():
        return httpx.AsyncHTTPTransport() if asynchronous else httpx.HTTPTransport()
    if asynchronous:
        client = _environment_proxy(lambda: httpx.AsyncClient(trust_env=True))
        return _AsyncClientTransport(client, owned=True)
    return _SyncClientTransport(
        _environment_proxy(lambda: httpx.Client(trust_env=True)), owned=True
    )


class InnerVersionClient(SyncOperations, _ClientBase):
    """Synchronous client for ``alipay.open.mini.innerversion``: a method per operation,
    and the helpers (``upload``, ``wait_for_build``, ``release``, ...).

    Use as a context manager, or call :meth:`close`.
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
            asynchronous=False,
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
        return read_result(
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
                time.sleep(step.seconds)
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


class AsyncInnerVersionClient(AsyncOperations, _ClientBase):
    """Asynchronous twin of :class:`InnerVersionClient`: the same methods, awaited.

    Safe to share between tasks: per-call options travel with each request, so
    concurrent calls for different merchants do not mix.
    """

    def __init__(
        self,
        config: AlipayConfig | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
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
            asynchronous=True,
        )

    async def _upload_flow(
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

        return await self._run(
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

    async def upload_status(
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

        return await self._run(
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

    async def wait_for_build(
        self,
        *,
        package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 (the wait's own)
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

        return await self._run(
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

    async def wait_for_audit(
        self,
        *,
        app_version: str,
        bundle_id: str | None = None,
        app_origin: str | None = None,
        mini_app_id: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 (the wait's own)
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

        return await self._run(
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

    async def list_versions(
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

        return await self._run(
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

    async def release(
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

        return await self._run(
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

    async def aclose(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        if self._owns_http:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def call(
        self,
        operation: str,
        fields: Mapping[str, Any] | None = None,
        *,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 (the call's own)
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
        return read_result(
            self._operation(operation),
            await self._send(
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

    async def call_raw(
        self,
        operation: str,
        fields: Mapping[str, Any] | None = None,
        *,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109 (the call's own)
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RawResponse:
        """As :meth:`call`, returning the raw view of the success: HTTP status, headers,
        trace and request ids, the verified JSON body, and the typed result."""
        return raw_response(
            self._operation(operation),
            await self._send(
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

    async def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        return read_result(operation, await self._send(operation.name, arguments, options))

    async def _send(
        self,
        name: str,
        fields: Mapping[str, Any] | None,
        options: CallOptions,
    ) -> httpx.Response:
        # as given: arguments a flow prepared keep their wire fields (arguments.prepared)
        request = self._request(self._operation(name), fields or {}, options)
        return await self._transport.handle_async_request(request)

    async def _run(self, flow: Flow[T]) -> T:
        from . import flows

        sent: object = None
        while not isinstance(step := flows.advance(flow, sent), flows.Done):
            if isinstance(step, flows.Call):
                sent = await self._outcome(step)
            else:
                await _async_sleep(step.seconds)
                sent = None
        return step.value

    async def _outcome(self, call: Call[Any]) -> object:
        """A call's result, or :class:`flows.Failed` for the flow to handle."""
        from . import flows

        try:
            response = await self._send(call.name, call.arguments, call.options)
            return read_result(_api.OPERATIONS[call.name], response, call.result_class)
        except AlipayError as error:
            return flows.Failed(error)
