"""How a client's requests reach the network: httpx's bare pool by default, an
``httpx.Client`` of the SDK's own when the environment names a proxy, or the caller's
``http_client`` or ``transport``; never following a redirect, always under the attempt
deadlines (see :mod:`.deadlines`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from .config import AlipayConfig
from .deadlines import bind_deadlines
from .errors import ConfigError, InvalidRequestError
from .retry import RetryPolicy
from .transport import AlipayTransport

__all__ = ["transport_for", "with_proxy"]


def transport_for(
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
    kinds = (
        (httpx.AsyncClient, httpx.AsyncBaseTransport)
        if asynchronous
        else (httpx.Client, httpx.BaseTransport)
    )
    for name, given, kind in (
        ("http_client", http_client, kinds[0]),
        ("transport", transport, kinds[1]),
    ):
        if given is not None and not isinstance(given, kind):
            client = "AsyncInnerVersionClient" if asynchronous else "InnerVersionClient"
            raise InvalidRequestError(
                f"{client} needs {name}= to be an {kind.__module__}.{kind.__name__}, "
                f"not {type(given).__name__}.",
                hint="Give the async client an httpx.AsyncClient (or AsyncBaseTransport) "
                "and the sync client an httpx.Client (or BaseTransport).",
            )
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
    signed request, body and app auth token must not reach another server), never running
    the client's ``auth`` (it would replace the request's signature), and leaving
    the answer unread for the transport to read under its size cap. The client's
    connections obey the SDK's attempt deadlines (see :mod:`.deadlines`); a caller's
    client stays the caller's to close.
    """

    def __init__(self, client: httpx.Client, *, owned: bool = False) -> None:
        self._client = client
        self._owned = owned
        bind_deadlines(client)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, auth=None, follow_redirects=False, stream=True)

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
        return await self._client.send(request, auth=None, follow_redirects=False, stream=True)

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
