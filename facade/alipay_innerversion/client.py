"""``InnerVersionClient`` and ``AsyncInnerVersionClient``: the release flow in keyword calls.

Both are thin shells over the generated ``alipay_innerversion_api`` client with an
:class:`~alipay_innerversion.transport.AlipayTransport` underneath (signing,
verification, encryption, retries). Everything that does no I/O — validating
arguments, building request models, reading results, deciding when a build wait ends —
lives in ``_ClientCore`` and module functions; the two classes differ only in ``await``.
"""

from __future__ import annotations

import base64
import http.cookiejar
import json
import re
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Self, TypeAlias, TypeVar

import attrs
import httpx

from alipay_innerversion_api import Client as GeneratedClient
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_online as online_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_sync as sync_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_upgrade as upgrade_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_upload as upload_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_uploadstatus_query as status_api,
)
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionOnlineModel,
    AlipayOpenMiniInnerversionOnlineResponseModel,
    AlipayOpenMiniInnerversionSyncModel,
    AlipayOpenMiniInnerversionSyncResponseModel,
    AlipayOpenMiniInnerversionUpgradeModel,
    AlipayOpenMiniInnerversionUpgradeResponseModel,
    AlipayOpenMiniInnerversionUploadModel,
    AlipayOpenMiniInnerversionUploadResponseModel,
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
    MiniAppPluginReference,
)
from alipay_innerversion_api.types import Response

from ._version import __version__
from .config import AlipayConfig
from .errors import AlipayApiError, BuildFailedError, InvalidRequestError, WaitTimeoutError
from .packaging import MAX_PACKAGE_BYTES, Package, PackageInput, load_package
from .results import BuildState, BuildStatus, OperationResult, UploadResult
from .retry import RetryPolicy
from .transport import (
    AlipayTransport,
    OptionsScope,
    RequestOptions,
    _async_sleep,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncInnerVersionClient",
    "InnerVersionClient",
    "PluginRef",
    "ProgressCallback",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds for one HTTP attempt (connect, read, write and pool each)."""
DEFAULT_MAX_RETRIES = 2
DEFAULT_WAIT_TIMEOUT = 600.0
USER_AGENT = f"alipay-innerversion-python/{__version__}"

ProgressCallback: TypeAlias = Callable[[BuildStatus], object]
PluginRef: TypeAlias = MiniAppPluginReference | Mapping[str, Any]
_T = TypeVar("_T")

_TEMPLATE_VERSION = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
_UPLOAD_FIELDS = frozenset(a.name for a in attrs.fields(AlipayOpenMiniInnerversionUploadModel))
_FILLED_BY_CLIENT = frozenset(
    {"build_package_stream", "build_package_md_5", "build_source_pkg_size", "build_source_pkg_url"}
)


# -- pure helpers (shared by sync and async) ---------------------------------------------


def _require(**values: str | None) -> None:
    for name, value in values.items():
        if value is None or not str(value).strip():
            raise InvalidRequestError(f"{name} is required.")


def _new_request_id(request_id: str | None) -> str:
    return request_id or secrets.token_hex(16)


class _call_scope:  # noqa: N801 (reads as the function it replaces)
    """Per-call options for the transport (the token to sign with, the request id to
    send); entering it gives the request id. A class: it is entered on every call."""

    __slots__ = ("_scope", "request_id")

    def __init__(self, app_auth_token: str | None, request_id: str | None) -> None:
        self.request_id = _new_request_id(request_id)
        self._scope = OptionsScope(RequestOptions(app_auth_token or None, self.request_id))

    def __enter__(self) -> str:
        self._scope.__enter__()
        return self.request_id

    def __exit__(self, *exc_info: object) -> None:
        self._scope.__exit__()


def _plugin(ref: PluginRef) -> MiniAppPluginReference:
    if isinstance(ref, MiniAppPluginReference):
        return ref
    unknown = set(ref) - {"plugin_id", "plugin_version", "lazy", "plugin_lazy"}
    if unknown:
        raise InvalidRequestError(f"plugin_refs: unknown key(s) {', '.join(sorted(unknown))}.")
    return MiniAppPluginReference.from_dict(dict(ref))


def _upload_model(
    *,
    mini_app_id: str,
    build_version: str,
    package: PackageInput | None,
    source_url: str | None,
    bundle_id: str | None,
    inst_code: str | None,
    app_origin: str | None,
    plugin_refs: Sequence[PluginRef] | None,
    build_app_type: str,
    more_fields: Mapping[str, Any],
    limit: int,
) -> tuple[AlipayOpenMiniInnerversionUploadModel, Package | None]:
    _require(mini_app_id=mini_app_id, build_version=build_version)
    if (package is None) == (source_url is None):
        raise InvalidRequestError(
            "Give exactly one of package (bytes, a .zip path or a folder) and source_url."
        )
    unknown = set(more_fields) - _UPLOAD_FIELDS
    if unknown:
        raise InvalidRequestError(
            f"Unknown upload field(s): {', '.join(sorted(unknown))}.",
            hint="Extra keyword arguments must be fields of AlipayOpenMiniInnerversionUploadModel.",
        )
    clash = set(more_fields) & (_FILLED_BY_CLIENT | {"mini_app_id", "build_version"})
    if clash:
        raise InvalidRequestError(
            f"{', '.join(sorted(clash))} is filled in by the client; use package= or source_url=."
        )
    fields: dict[str, Any] = {key: value for key, value in more_fields.items() if value is not None}
    fields.update(
        mini_app_id=mini_app_id, build_version=build_version, build_app_type=build_app_type
    )
    for key, value in (
        ("bundle_id", bundle_id),
        ("inst_code", inst_code),
        ("app_origin", app_origin),
    ):
        if value is not None:
            fields[key] = value
    if plugin_refs is not None:
        fields["plugin_refs"] = [_plugin(ref) for ref in plugin_refs]
    loaded = None
    if package is not None:  # build_package_stream: see _upload_request
        loaded = load_package(package, limit=limit)
        fields["build_package_md_5"] = loaded.md5
        fields["build_source_pkg_size"] = str(loaded.size)
    else:
        fields["build_source_pkg_url"] = source_url
    return AlipayOpenMiniInnerversionUploadModel(**fields), loaded


def _upload_request(
    model: AlipayOpenMiniInnerversionUploadModel, loaded: Package | None
) -> dict[str, Any]:
    """The generated upload request, the package spliced into its JSON body as base64.

    A 20 MB package is 27 MB of base64; as a string field, ``json.dumps`` would copy it
    twice more and encoding once more. Base64 needs no JSON escaping, so its bytes go into
    the body as they are (httpx's JSON settings for the rest), one copy in all.
    """
    kwargs = upload_api._get_kwargs(body=model)
    if loaded is not None:
        fields = kwargs.pop("json")
        head = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        kwargs["content"] = b"".join(
            (
                head[:-1].encode("utf-8"),
                b',"build_package_stream":"' if fields else b'"build_package_stream":"',
                base64.b64encode(loaded.data),
                b'"}',
            )
        )
    return kwargs


def _status_query(
    *,
    package_id: str | None,
    mini_app_id: str | None,
    build_version: str | None,
    bundle_id: str | None,
    inst_code: str | None,
) -> dict[str, str]:
    if not package_id and not (mini_app_id and build_version):
        raise InvalidRequestError(
            "Say which build: package_id (returned by upload), or mini_app_id and build_version."
        )
    query = {
        "build_package_id": package_id,
        "mini_app_id": mini_app_id,
        "build_version": build_version,
        "bundle_id": bundle_id,
        "inst_code": inst_code,
    }
    return {key: value for key, value in query.items() if value}


def _optional(**values: str | None) -> dict[str, str]:
    return {key: value for key, value in values.items() if value is not None}


def _parsed(response: Response[Any], expected: type[_T], request_id: str) -> _T:
    """The parsed 2xx model; the transport has raised for everything else."""
    parsed = response.parsed
    if not isinstance(parsed, expected):
        raise AlipayApiError(
            f"Unexpected HTTP {int(response.status_code)} answer with no documented body.",
            http_status=int(response.status_code),
            code=None,
            trace_id=response.headers.get("alipay-trace-id"),
            request_id=request_id,
            verified=True,
            body=response.content,
        )
    return parsed


def _data(model: Any) -> dict[str, Any]:
    data: dict[str, Any] = model.to_dict()
    return data


def _operation_result(
    response: Response[Any],
    expected: type[Any],
    operation: str,
    mini_app_id: str,
    version: str | None,
    rid: str,
) -> OperationResult:
    model = _parsed(response, expected, rid)
    return OperationResult(
        operation=operation,
        mini_app_id=mini_app_id,
        version=version,
        trace_id=response.headers.get("alipay-trace-id"),
        request_id=rid,
        data=_data(model),
    )


def check_template_version(template_version: str) -> None:
    """Raise :class:`InvalidRequestError` unless ``template_version`` is ``x.y.z`` digits."""
    if not _TEMPLATE_VERSION.match(template_version or ""):
        raise InvalidRequestError(
            f"template_version {template_version!r} must look like 1.2.3 (three numbers).",
            hint="Alipay rejects anything else with INVALID_PARAMS.",
        )


@attrs.define
class _BuildWait:
    """The decisions of ``wait_for_build``: when to report, when to stop, how long to sleep."""

    package_id: str | None
    deadline: float
    interval: float
    max_interval: float
    on_progress: ProgressCallback | None
    last: BuildStatus | None = None

    @classmethod
    def start(
        cls,
        package_id: str | None,
        timeout: float,
        on_progress: ProgressCallback | None,
        interval: float = 2.0,
        max_interval: float = 15.0,
    ) -> _BuildWait:
        if timeout <= 0 or interval <= 0:
            raise InvalidRequestError("wait timeout and poll interval must be positive.")
        return cls(package_id, time.monotonic() + timeout, interval, max_interval, on_progress)

    @classmethod
    def after_upload(
        cls,
        result: UploadResult,
        timeout: float,
        on_progress: ProgressCallback | None,
        interval: float,
        *,
        mini_app_id: str,
        bundle_id: str | None,
        inst_code: str | None,
    ) -> tuple[_BuildWait, dict[str, str]]:
        """The wait that ``upload(wait=True)`` starts: the upload's own status reported
        first, then polls by package id."""
        waiter = cls.start(result.package_id, timeout, on_progress, interval)
        waiter.observe(result.status)
        query = _status_query(
            package_id=result.package_id,
            mini_app_id=mini_app_id,
            build_version=result.build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        return waiter, query

    def observe(self, status: BuildStatus) -> None:
        """Report a status to ``on_progress`` when it differs from the previous one."""
        previous = self.last
        self.last = status
        changed = previous is None or (
            previous.state,
            previous.build_status,
            previous.build_info,
        ) != (
            status.state,
            status.build_status,
            status.build_info,
        )
        if changed and self.on_progress is not None:
            self.on_progress(status)

    def finish(self, status: BuildStatus) -> BuildStatus:
        """Return a successful final status, raise for any other final one."""
        if status.state is BuildState.SUCCEEDED:
            return status
        reason = {
            BuildState.FAILED: "failed",
            BuildState.TIMED_OUT: "timed out on Alipay's side",
        }.get(status.state, f"ended with an unrecognised build_status {status.build_status!r}")
        raise BuildFailedError(
            f"Build of package {status.package_id or self.package_id} {reason}"
            + (f": {status.build_info}" if status.build_info else "."),
            package_id=status.package_id or self.package_id,
            build_status=status.build_status,
            build_info=status.build_info,
            log_url=status.log_url,
            trace_id=status.trace_id,
            request_id=status.request_id,
        )

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raise once the deadline has passed."""
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            last = self.last.describe() if self.last is not None else "never polled"
            raise WaitTimeoutError(
                f"Gave up waiting for the build of package {self.package_id}; last state: {last}.",
                package_id=self.package_id,
                last_state=self.last.state.value if self.last is not None else None,
            )
        delay = min(self.interval, remaining)
        self.interval = min(self.max_interval, self.interval * 1.5)
        return delay


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class _ClientCore:
    """State shared by both clients: configuration, limits and the generated client."""

    _config: AlipayConfig
    _timeout: httpx.Timeout
    _max_retries: int
    _transport: AlipayTransport
    _api: GeneratedClient
    package_limit: int = MAX_PACKAGE_BYTES

    @property
    def config(self) -> AlipayConfig:
        return self._config

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(config={self._config!r}, timeout={self._timeout.read}, "
            f"max_retries={self._max_retries})"
        )

    def _setup(
        self, config: AlipayConfig | None, timeout: float | httpx.Timeout, max_retries: int
    ) -> AlipayConfig:
        if max_retries < 0:
            raise InvalidRequestError("max_retries must be 0 or more.")
        self._config = config if config is not None else AlipayConfig.from_env()
        self._timeout = _timeout(timeout)
        self._max_retries = max_retries
        return self._config

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with other limits that shares this client's connections and configuration."""
        clone = object.__new__(type(self))
        clone._setup(
            self._config,
            self._timeout if timeout is None else timeout,
            self._max_retries if max_retries is None else max_retries,
        )
        clone._transport = self._transport.with_retry(RetryPolicy(max_retries=clone._max_retries))
        clone._connect()
        return clone

    def _connect(self) -> None:
        raise NotImplementedError

    def _http_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "transport": self._transport,
            "cookies": _NoCookies(),
            "timeout": self._timeout,
            "headers": {"User-Agent": USER_AGENT},
            "follow_redirects": False,
        }


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


_Inner = TypeVar("_Inner", httpx.BaseTransport, httpx.AsyncBaseTransport)
_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


def _io_transport(
    http_client: _HttpClient | None,
    transport: _Inner | None,
    adapter: Callable[[_HttpClient], _Inner],
    default: Callable[[], _Inner],
) -> _Inner:
    """The transport doing the I/O: the caller's client, the caller's transport, or httpx's."""
    if http_client is not None:
        if transport is not None:
            raise InvalidRequestError("Give http_client or transport, not both.")
        return adapter(http_client)
    return transport if transport is not None else default()


# -- sync -------------------------------------------------------------------------------


class _SyncClientTransport(httpx.BaseTransport):
    """Sends through a caller's ``httpx.Client`` (its proxies, TLS, limits, mocks)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request)


class InnerVersionClient(_ClientCore):
    """Synchronous client for ``alipay.open.mini.innerversion``.

    ``config`` defaults to :meth:`AlipayConfig.from_env`. ``timeout`` applies to each HTTP
    attempt; ``max_retries`` extra attempts are made on network errors, timeouts, 5xx and
    rate limiting. ``http_client`` lets you bring an ``httpx.Client`` (proxies, TLS,
    connection limits; it stays yours to close); or give the ``transport`` that does the
    I/O (e.g. ``httpx.HTTPTransport(verify=...)``, or ``httpx.MockTransport`` in tests).
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        config: AlipayConfig | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        config = self._setup(config, timeout, max_retries)
        inner = _io_transport(http_client, transport, _SyncClientTransport, httpx.HTTPTransport)
        self._transport = AlipayTransport(
            config, transport=inner, retry=RetryPolicy(max_retries=max_retries)
        )
        self._connect()

    def _connect(self) -> None:
        self._http = httpx.Client(**self._http_kwargs())
        self._api = GeneratedClient(base_url=self._config.base_url).set_httpx_client(self._http)

    def close(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- operations ------------------------------------------------------------------
    def upload(
        self,
        *,
        mini_app_id: str,
        build_version: str,
        package: PackageInput | None = None,
        source_url: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_origin: str | None = None,
        plugin_refs: Sequence[PluginRef] | None = None,
        build_app_type: str = "tinyApp",
        app_auth_token: str | None = None,
        request_id: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None,
        **more_fields: Any,
    ) -> UploadResult:
        """Start building ``build_version`` of a mini program from a package.

        ``package`` is the zip's bytes, a path to a ``.zip``, or a folder (zipped
        deterministically); the client base64-encodes it and fills ``build_package_md_5``
        and ``build_source_pkg_size``. Alternatively ``source_url`` names a zip Alipay
        downloads. Alipay answers at once with a ``package_id``; the build runs
        asynchronously. With ``wait=True`` this also waits for the build
        (:meth:`wait_for_build`) and puts its final state in ``result.build``.
        """
        model, loaded = _upload_model(
            mini_app_id=mini_app_id,
            build_version=build_version,
            package=package,
            source_url=source_url,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_origin=app_origin,
            plugin_refs=plugin_refs,
            build_app_type=build_app_type,
            more_fields=more_fields,
            limit=self.package_limit,
        )
        kwargs = _upload_request(model, loaded)
        with _call_scope(app_auth_token, request_id) as rid:
            raw = self._api.get_httpx_client().request(**kwargs)
        response = upload_api._build_response(client=self._api, response=raw)
        result = _upload_result(response, rid, build_version, loaded)
        if not wait:
            return result
        waiter, query = _BuildWait.after_upload(
            result,
            wait_timeout,
            on_progress,
            poll_interval,
            mini_app_id=mini_app_id,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        final = self._poll(waiter, query, app_auth_token)
        return attrs.evolve(result, build=final)

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
        """Ask where a build stands (uploadstatus/query): by ``package_id`` or by
        ``mini_app_id`` + ``build_version``."""
        query = _status_query(
            package_id=package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        with _call_scope(app_auth_token, request_id) as rid:
            response = status_api.sync_detailed(client=self._api, **query)
        return _status_result(response, rid, package_id, build_version)

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
        """Poll the build until it ends; return its final status if it succeeded.

        Polls back off from ``poll_interval`` to ``max_poll_interval`` seconds;
        ``on_progress(status)`` is called whenever the state changes. Raises
        :class:`BuildFailedError` (with ``build_info`` and ``log_url``) if the build fails
        or times out on Alipay's side, and :class:`WaitTimeoutError` once ``timeout``
        seconds have passed.
        """
        query = _status_query(
            package_id=package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        waiter = _BuildWait.start(
            package_id, timeout, on_progress, poll_interval, max_poll_interval
        )
        return self._poll(waiter, query, app_auth_token)

    def _poll(
        self, waiter: _BuildWait, query: Mapping[str, str], app_auth_token: str | None
    ) -> BuildStatus:
        while True:
            with _call_scope(app_auth_token, None) as rid:
                response = status_api.sync_detailed(client=self._api, **query)
            status = _status_result(response, rid, waiter.package_id, query.get("build_version"))
            waiter.observe(status)
            if status.is_final:
                return waiter.finish(status)
            time.sleep(waiter.next_delay())

    def online(
        self,
        *,
        mini_app_id: str,
        app_online_version: str,
        app_offline_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Publish (put on shelf) a successfully built version, optionally taking
        ``app_offline_version`` down."""
        model = _online_model(
            mini_app_id, app_online_version, app_offline_version, app_origin, bundle_id, inst_code
        )
        with _call_scope(app_auth_token, request_id) as rid:
            response = online_api.sync_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionOnlineResponseModel,
            "online",
            mini_app_id,
            app_online_version,
            rid,
        )

    def sync(
        self,
        *,
        mini_app_id: str,
        app_version: str,
        sync_type: str,
        app_origin: str,
        bundle_id: str,
        dev_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Push the online version to clients now, instead of waiting for their cached
        package to expire (after an online or a rollback)."""
        model = _sync_model(mini_app_id, app_version, sync_type, app_origin, bundle_id, dev_id)
        with _call_scope(app_auth_token, request_id) as rid:
            response = sync_api.sync_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionSyncResponseModel,
            "sync",
            mini_app_id,
            app_version,
            rid,
        )

    def upgrade(
        self,
        *,
        mini_app_id: str,
        template_id: str,
        template_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Move a mini program instantiated from a template to ``template_version``
        (synchronous, no new review). ISVs pass the merchant's ``app_auth_token``."""
        model = _upgrade_model(mini_app_id, template_id, template_version, app_origin, bundle_id)
        with _call_scope(app_auth_token, request_id) as rid:
            response = upgrade_api.sync_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionUpgradeResponseModel,
            "upgrade",
            mini_app_id,
            template_version,
            rid,
        )


# -- async ------------------------------------------------------------------------------


class AsyncInnerVersionClient(_ClientCore):
    """Asynchronous twin of :class:`InnerVersionClient` (same methods, awaited).

    Safe to share between tasks: per-call options (``app_auth_token``, ``request_id``)
    are context-local, so concurrent calls for different merchants do not mix.
    """

    def __init__(
        self,
        config: AlipayConfig | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        config = self._setup(config, timeout, max_retries)
        inner = _io_transport(
            http_client, transport, _AsyncClientTransport, httpx.AsyncHTTPTransport
        )
        self._transport = AlipayTransport(
            config, async_transport=inner, retry=RetryPolicy(max_retries=max_retries)
        )
        self._connect()

    def _connect(self) -> None:
        self._http = httpx.AsyncClient(**self._http_kwargs())
        self._api = GeneratedClient(base_url=self._config.base_url).set_async_httpx_client(
            self._http
        )

    async def aclose(self) -> None:
        """Close connections (those of a caller's ``http_client`` stay open)."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- operations ------------------------------------------------------------------
    async def upload(
        self,
        *,
        mini_app_id: str,
        build_version: str,
        package: PackageInput | None = None,
        source_url: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_origin: str | None = None,
        plugin_refs: Sequence[PluginRef] | None = None,
        build_app_type: str = "tinyApp",
        app_auth_token: str | None = None,
        request_id: str | None = None,
        wait: bool = False,
        wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = 2.0,
        on_progress: ProgressCallback | None = None,
        **more_fields: Any,
    ) -> UploadResult:
        """Start building a version from a package; see :meth:`InnerVersionClient.upload`."""
        model, loaded = _upload_model(
            mini_app_id=mini_app_id,
            build_version=build_version,
            package=package,
            source_url=source_url,
            bundle_id=bundle_id,
            inst_code=inst_code,
            app_origin=app_origin,
            plugin_refs=plugin_refs,
            build_app_type=build_app_type,
            more_fields=more_fields,
            limit=self.package_limit,
        )
        kwargs = _upload_request(model, loaded)
        with _call_scope(app_auth_token, request_id) as rid:
            raw = await self._api.get_async_httpx_client().request(**kwargs)
        response = upload_api._build_response(client=self._api, response=raw)
        result = _upload_result(response, rid, build_version, loaded)
        if not wait:
            return result
        waiter, query = _BuildWait.after_upload(
            result,
            wait_timeout,
            on_progress,
            poll_interval,
            mini_app_id=mini_app_id,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        final = await self._poll(waiter, query, app_auth_token)
        return attrs.evolve(result, build=final)

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
        """Ask where a build stands; see :meth:`InnerVersionClient.upload_status`."""
        query = _status_query(
            package_id=package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        with _call_scope(app_auth_token, request_id) as rid:
            response = await status_api.asyncio_detailed(client=self._api, **query)
        return _status_result(response, rid, package_id, build_version)

    async def wait_for_build(
        self,
        *,
        package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 - same API as the sync client
        poll_interval: float = 2.0,
        max_poll_interval: float = 15.0,
        on_progress: ProgressCallback | None = None,
        app_auth_token: str | None = None,
    ) -> BuildStatus:
        """Poll the build until it ends; see :meth:`InnerVersionClient.wait_for_build`."""
        query = _status_query(
            package_id=package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
        waiter = _BuildWait.start(
            package_id, timeout, on_progress, poll_interval, max_poll_interval
        )
        return await self._poll(waiter, query, app_auth_token)

    async def _poll(
        self, waiter: _BuildWait, query: Mapping[str, str], app_auth_token: str | None
    ) -> BuildStatus:
        while True:
            with _call_scope(app_auth_token, None) as rid:
                response = await status_api.asyncio_detailed(client=self._api, **query)
            status = _status_result(response, rid, waiter.package_id, query.get("build_version"))
            waiter.observe(status)
            if status.is_final:
                return waiter.finish(status)
            await _async_sleep(waiter.next_delay())

    async def online(
        self,
        *,
        mini_app_id: str,
        app_online_version: str,
        app_offline_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Publish a built version; see :meth:`InnerVersionClient.online`."""
        model = _online_model(
            mini_app_id, app_online_version, app_offline_version, app_origin, bundle_id, inst_code
        )
        with _call_scope(app_auth_token, request_id) as rid:
            response = await online_api.asyncio_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionOnlineResponseModel,
            "online",
            mini_app_id,
            app_online_version,
            rid,
        )

    async def sync(
        self,
        *,
        mini_app_id: str,
        app_version: str,
        sync_type: str,
        app_origin: str,
        bundle_id: str,
        dev_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Push the online version to clients; see :meth:`InnerVersionClient.sync`."""
        model = _sync_model(mini_app_id, app_version, sync_type, app_origin, bundle_id, dev_id)
        with _call_scope(app_auth_token, request_id) as rid:
            response = await sync_api.asyncio_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionSyncResponseModel,
            "sync",
            mini_app_id,
            app_version,
            rid,
        )

    async def upgrade(
        self,
        *,
        mini_app_id: str,
        template_id: str,
        template_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
    ) -> OperationResult:
        """Upgrade a template instance; see :meth:`InnerVersionClient.upgrade`."""
        model = _upgrade_model(mini_app_id, template_id, template_version, app_origin, bundle_id)
        with _call_scope(app_auth_token, request_id) as rid:
            response = await upgrade_api.asyncio_detailed(client=self._api, body=model)
        return _operation_result(
            response,
            AlipayOpenMiniInnerversionUpgradeResponseModel,
            "upgrade",
            mini_app_id,
            template_version,
            rid,
        )


# -- request and result builders ------------------------------------------------------------


def _online_model(
    mini_app_id: str,
    app_online_version: str,
    app_offline_version: str | None,
    app_origin: str | None,
    bundle_id: str | None,
    inst_code: str | None,
) -> AlipayOpenMiniInnerversionOnlineModel:
    _require(mini_app_id=mini_app_id, app_online_version=app_online_version)
    return AlipayOpenMiniInnerversionOnlineModel(
        mini_app_id=mini_app_id,
        app_online_version=app_online_version,
        **_optional(
            app_offline_version=app_offline_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            inst_code=inst_code,
        ),
    )


def _sync_model(
    mini_app_id: str,
    app_version: str,
    sync_type: str,
    app_origin: str,
    bundle_id: str,
    dev_id: str | None,
) -> AlipayOpenMiniInnerversionSyncModel:
    _require(
        mini_app_id=mini_app_id,
        app_version=app_version,
        sync_type=sync_type,
        app_origin=app_origin,
        bundle_id=bundle_id,
    )
    return AlipayOpenMiniInnerversionSyncModel(
        mini_app_id=mini_app_id,
        app_version=app_version,
        sync_type=sync_type,
        app_origin=app_origin,
        bundle_id=bundle_id,
        **_optional(dev_id=dev_id),
    )


def _upgrade_model(
    mini_app_id: str,
    template_id: str,
    template_version: str,
    app_origin: str | None,
    bundle_id: str | None,
) -> AlipayOpenMiniInnerversionUpgradeModel:
    _require(mini_app_id=mini_app_id, template_id=template_id)
    check_template_version(template_version)
    return AlipayOpenMiniInnerversionUpgradeModel(
        mini_app_id=mini_app_id,
        template_id=template_id,
        template_version=template_version,
        **_optional(app_origin=app_origin, bundle_id=bundle_id),
    )


def _upload_result(
    response: Response[Any], rid: str, build_version: str, loaded: Package | None
) -> UploadResult:
    model = _parsed(response, AlipayOpenMiniInnerversionUploadResponseModel, rid)
    data = _data(model)
    trace_id = response.headers.get("alipay-trace-id")
    status = BuildStatus.from_data(
        data, build_version=build_version, trace_id=trace_id, request_id=rid
    )
    return UploadResult(
        package_id=status.package_id,
        build_version=status.build_version,
        status=status,
        package_md5=loaded.md5 if loaded else None,
        package_size=loaded.size if loaded else None,
        trace_id=trace_id,
        request_id=rid,
        data=data,
    )


def _status_result(
    response: Response[Any], rid: str, package_id: str | None, build_version: str | None
) -> BuildStatus:
    model = _parsed(response, AlipayOpenMiniInnerversionUploadstatusQueryResponseModel, rid)
    return BuildStatus.from_data(
        _data(model),
        package_id=package_id,
        build_version=build_version,
        trace_id=response.headers.get("alipay-trace-id"),
        request_id=rid,
    )
