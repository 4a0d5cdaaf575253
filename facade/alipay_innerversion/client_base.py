"""What both clients share besides I/O: configuration, defaults and the request they
build for a call; the clients themselves are :mod:`.async_client` (hand-written) and
:mod:`.sync_client` (generated from it by ``make gen``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from alipay_innerversion_api import api as _api
from alipay_innerversion_api.api import AsyncOperations, CallOptions, Operation

from ._version import __version__
from .arguments import check_field
from .calls import ClientDefaults, build_request
from .config import AlipayConfig
from .connections import transport_for
from .deadlines import check_timeout
from .errors import InvalidRequestError
from .logs import EventHook
from .transport import AlipayTransport

if TYPE_CHECKING:  # the flows, results and models load on first use (import cost)
    pass

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "USER_AGENT", "check_template_version"]
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
    ) -> None:
        config = self._setup(config, timeout, max_retries)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1024:
            raise InvalidRequestError(
                f"max_response_bytes must be a whole number of bytes, 1024 or more, "
                f"not {limit!r:.40}."
            )
        self._transport = transport_for(
            config,
            max_retries,
            http_client,
            transport,
            asynchronous=isinstance(self, AsyncOperations),
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
