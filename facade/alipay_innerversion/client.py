"""``InnerVersionClient`` and ``AsyncInnerVersionClient``: every operation, as a keyword call.

Every operation of ``openapi.yaml`` is a typed method of both clients, generated
(``alipay_innerversion_api.api.SyncOperations`` / ``AsyncOperations``); the friendly
helpers (``upload(package=...)``, ``wait_for_build``, ``wait_for_audit``,
``list_versions``, ...) are the flows of :mod:`alipay_innerversion.flows`, written once.
What the two clients have of their own is I/O: sending a built request and sleeping.
"""

from __future__ import annotations

import functools
import http.cookiejar
import os
import time
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypedDict, TypeVar, Unpack

import httpx

from alipay_innerversion_api.api import (
    OPERATIONS,
    AsyncOperations,
    CallOptions,
    Operation,
    SyncOperations,
)

from . import flows
from ._version import __version__
from .arguments import check_field
from .calls import ClientDefaults, build_request, read_result
from .config import AlipayConfig
from .deadlines import bind_deadlines, check_timeout
from .errors import AlipayError, ConfigError, InvalidRequestError
from .flows import Call, Flow, Sleep
from .packaging import MAX_PACKAGE_BYTES
from .reading import DEFAULT_MAX_RESPONSE_BYTES
from .results import UploadResult
from .retry import RetryPolicy
from .transport import AlipayTransport, _async_sleep

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncInnerVersionClient",
    "ClientOptions",
    "InnerVersionClient",
    "check_template_version",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds one HTTP attempt may take, all of it: connecting, sending, waiting, reading."""
DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"alipay-innerversion-python/{__version__}"

P = ParamSpec("P")
T = TypeVar("T")


def check_template_version(template_version: str) -> None:
    """Raise :class:`InvalidRequestError` unless ``template_version`` fits the upgrade
    operation's pattern in the spec (``x.y.z`` digits)."""
    check_field(OPERATIONS["upgrade"], "template_version", template_version)


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    check_timeout(value)
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class _NoCookies(http.cookiejar.CookieJar):
    """A cookie jar that keeps nothing.

    Alipay's gateway authenticates every request by its signature and sets no cookies; a
    jar would only carry state from one merchant's call into another's. Ignoring
    ``Set-Cookie`` also spares httpx from parsing every response for cookies.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None


_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


class ClientOptions(TypedDict, Generic[_HttpClient], total=False):
    """The keywords of both clients' constructors.

    ``timeout`` (seconds, or an ``httpx.Timeout``; default 30) is the deadline of each
    HTTP attempt, all of it (connect, send, wait, read; for an ``httpx.Timeout``, its
    largest value); ``max_retries`` (default 2) extra attempts are made on network errors,
    timeouts, 5xx and rate limiting; each call may say otherwise. ``max_response_bytes``
    (default 16 MiB) caps an answer, counted decompressed. ``http_client`` lets you bring
    an ``httpx.Client`` / ``httpx.AsyncClient`` (proxies, TLS, connection limits; it stays
    yours to close; its ``follow_redirects`` is ignored: the SDK never follows one); or
    give the ``transport`` that does the I/O (e.g. ``httpx.HTTPTransport(verify=...)``, or
    ``httpx.MockTransport`` in tests).
    """

    timeout: float | httpx.Timeout
    max_retries: int
    max_response_bytes: int
    http_client: _HttpClient | None
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None


class _ClientBase:
    """What both clients are besides I/O: configuration, defaults, building requests."""

    _config: AlipayConfig
    _defaults: ClientDefaults
    _transport: AlipayTransport
    _owns_http: bool
    package_limit: int = MAX_PACKAGE_BYTES

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
        self, config: AlipayConfig | None, options: Mapping[str, Any], *, asynchronous: bool
    ) -> None:
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        max_retries = options.get("max_retries", DEFAULT_MAX_RETRIES)
        config = self._setup(config, options.get("timeout", DEFAULT_TIMEOUT), max_retries)
        limit = options.get("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1024:
            raise InvalidRequestError(
                f"max_response_bytes must be a whole number of bytes, 1024 or more, "
                f"not {limit!r:.40}."
            )
        self._transport = _transport_for(
            config,
            max_retries,
            options.get("http_client"),
            options.get("transport"),
            asynchronous=asynchronous,
        )
        self._transport.max_response_bytes = limit

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
        return OPERATIONS

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
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> httpx.Request:
        return build_request(operation, arguments, options, self._defaults)

    def _http_kwargs(self) -> dict[str, Any]:
        return {
            "transport": self._transport,
            "cookies": _NoCookies(),
            "timeout": self.timeout,
            "follow_redirects": False,
        }


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
    if asynchronous:
        return AlipayTransport(
            config, async_transport=inner or _AsyncEnvironmentTransport(), retry=retry
        )
    return AlipayTransport(config, transport=inner or _EnvironmentTransport(), retry=retry)


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
    """Sends through a caller's ``httpx.Client`` (its proxies, TLS, limits, mocks).

    Never following a redirect, whatever the client's ``follow_redirects`` says (the
    signed request, body and app auth token must not reach another server), and leaving
    the answer unread for the transport to read under its size cap. The client's
    connections obey the SDK's attempt deadlines (see :mod:`.deadlines`).
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client
        bind_deadlines(client)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, follow_redirects=False, stream=True)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's ``httpx.AsyncClient``, as :class:`_SyncClientTransport`
    does (the attempt deadline is a cancel scope there)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, follow_redirects=False, stream=True)


class _EnvironmentTransport(_SyncClientTransport):
    """The default I/O: an httpx client of our own that reads the environment as httpx
    does by default (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``,
    ``SSL_CERT_FILE``); a bare transport would ignore the proxy variables. Closed with the
    SDK's client."""

    def __init__(self) -> None:
        super().__init__(
            _environment_proxy(lambda: httpx.Client(trust_env=True, follow_redirects=False))
        )

    def close(self) -> None:
        self._client.close()


class _AsyncEnvironmentTransport(_AsyncClientTransport):
    """:class:`_EnvironmentTransport` for the async client."""

    def __init__(self) -> None:
        super().__init__(
            _environment_proxy(lambda: httpx.AsyncClient(trust_env=True, follow_redirects=False))
        )

    async def aclose(self) -> None:
        await self._client.aclose()


async def _outcome(client: AsyncInnerVersionClient, call: Call) -> object:
    """A call's result, or :class:`flows.Failed` for the flow to handle."""
    try:
        return await client._call(OPERATIONS[call.name], call.arguments, call.options)
    except AlipayError as error:
        return flows.Failed(error)


def _sync(
    flow: Callable[Concatenate[flows.Context, P], Flow[T]],
) -> Callable[Concatenate[InnerVersionClient, P], T]:
    """A blocking method running ``flow``."""

    @functools.wraps(flow)
    def method(self: InnerVersionClient, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._run(flow(self, *args, **kwargs))

    return method


def _async(
    flow: Callable[Concatenate[flows.Context, P], Flow[T]],
) -> Callable[Concatenate[AsyncInnerVersionClient, P], Coroutine[Any, Any, T]]:
    """A coroutine method running ``flow``."""

    @functools.wraps(flow)
    async def method(self: AsyncInnerVersionClient, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._run(flow(self, *args, **kwargs))

    return method


class InnerVersionClient(SyncOperations, _ClientBase):
    """Synchronous client for ``alipay.open.mini.innerversion``: a method per operation.

    ``config`` defaults to :meth:`AlipayConfig.from_env`; the other keywords are
    :class:`ClientOptions` (``timeout``, ``max_retries``, ``http_client``, ``transport``).
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(
        self, config: AlipayConfig | None = None, **options: Unpack[ClientOptions[httpx.Client]]
    ) -> None:
        self._open(config, options, asynchronous=False)
        self._http = httpx.Client(**self._http_kwargs())

    def close(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(self, operation: Operation, arguments: dict[str, Any], options: CallOptions) -> Any:
        return read_result(operation, self._http.send(self._request(operation, arguments, options)))

    def _run(self, flow: Flow[T]) -> T:
        sent: object = None
        while not isinstance(step := flows.advance(flow, sent), flows.Done):
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
                sent = None
                continue
            try:
                sent = self._call(OPERATIONS[step.name], step.arguments, step.options)
            except AlipayError as error:
                sent = flows.Failed(error)
        return step.value

    def upload(self, **arguments: Unpack[flows.UploadOptions]) -> UploadResult:
        return self._run(flows.upload(self, **arguments))

    upload.__doc__ = flows.upload.__doc__
    upload_status = _sync(flows.upload_status)
    wait_for_build = _sync(flows.wait_for_build)
    wait_for_audit = _sync(flows.wait_for_audit)
    list_versions = _sync(flows.list_versions)
    release = _sync(flows.release)


class AsyncInnerVersionClient(AsyncOperations, _ClientBase):
    """Asynchronous twin of :class:`InnerVersionClient` (same methods, awaited).

    Safe to share between tasks: per-call options travel with each request, so
    concurrent calls for different merchants do not mix.
    """

    def __init__(
        self,
        config: AlipayConfig | None = None,
        **options: Unpack[ClientOptions[httpx.AsyncClient]],
    ) -> None:
        self._open(config, options, asynchronous=True)
        self._http = httpx.AsyncClient(**self._http_kwargs())

    async def aclose(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        request = self._request(operation, arguments, options)
        return read_result(operation, await self._http.send(request))

    async def _run(self, flow: Flow[T]) -> T:
        sent: object = None
        while not isinstance(step := flows.advance(flow, sent), flows.Done):
            sent = await _outcome(self, step) if isinstance(step, Call) else None
            if isinstance(step, Sleep):
                await _async_sleep(step.seconds)
        return step.value

    upload_status = _async(flows.upload_status)
    wait_for_build, wait_for_audit = _async(flows.wait_for_build), _async(flows.wait_for_audit)
    list_versions, release = _async(flows.list_versions), _async(flows.release)

    async def upload(self, **arguments: Unpack[flows.UploadOptions]) -> UploadResult:
        return await self._run(flows.upload(self, **arguments))

    upload.__doc__ = flows.upload.__doc__
