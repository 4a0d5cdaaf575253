"""The deadline of one HTTP attempt, enforced inside httpx's blocking I/O.

httpx applies ``timeout`` to each network operation: a server that sends one byte every
half second never trips a read timeout, and keeps a call alive for as long as it likes.
The SDK's ``timeout`` is a deadline for the whole attempt (connect, send, wait, read).

Async attempts run under an ``anyio`` cancel scope (in :mod:`.transport`). Blocking
sockets cannot be cancelled from outside, so for sync attempts every socket operation of
an httpx transport's connection pool goes through :class:`DeadlineBackend`, which
shortens the operation's own timeout to what is left of the current attempt's deadline
(held in a context variable, so concurrent threads each have their own) and fails once
it has passed. Outside an SDK attempt the backend changes nothing. The classes follow
httpcore's backend interface without importing httpcore (httpx imports it only when a
transport is made; importing the SDK should not).
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import Iterable
from typing import Any

import httpx

from .errors import InvalidRequestError

__all__ = [
    "MAX_TIMEOUT",
    "DeadlineBackend",
    "attempt_deadline",
    "bind_deadlines",
    "check_timeout",
    "deadline_passed",
    "end_attempt",
]

MAX_TIMEOUT = 24 * 3600.0
"""The longest ``timeout`` (seconds per attempt): a deadline is finite, and a socket
cannot wait much longer than this anyway (``float("inf")`` or ``1e12`` overflowed it)."""


def check_timeout(value: object, what: str = "timeout") -> None:
    """Raise :class:`InvalidRequestError` unless ``value`` is a number of seconds in
    (0, :data:`MAX_TIMEOUT`]; for an ``httpx.Timeout``, each of its values that is set."""
    values = (
        [v for v in value.as_dict().values() if v is not None]
        if isinstance(value, httpx.Timeout)
        else [value]
    )
    for seconds in values or [None]:  # httpx.Timeout(None) would be no deadline at all
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not 0 < seconds <= MAX_TIMEOUT
            or not math.isfinite(seconds)
        ):
            raise InvalidRequestError(
                f"{what} must be a positive number of seconds, at most {MAX_TIMEOUT:.0f} "
                f"(a day), not {seconds!r:.40}.",
                hint="It is the deadline of each attempt; retries add attempts.",
            )


_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "alipay_innerversion_attempt_deadline", default=None
)


def attempt_deadline(seconds: float | None) -> contextvars.Token[float | None] | None:
    """Start the current thread's attempt deadline, ``seconds`` from now (None: no deadline).

    Returns the token to :func:`end_attempt` it with (None when nothing was set)."""
    if seconds is None:
        return None
    return _DEADLINE.set(time.monotonic() + seconds)


def end_attempt(token: contextvars.Token[float | None] | None) -> None:
    if token is not None:
        _DEADLINE.reset(token)


def deadline_passed() -> bool:
    """Whether the current attempt has a deadline and it has passed."""
    deadline = _DEADLINE.get()
    return deadline is not None and time.monotonic() >= deadline


def _bounded(timeout: float | None, error: str) -> float | None:
    """``timeout`` shortened to what is left of the attempt; httpcore's ``error`` (a
    ``ReadTimeout``, ...) once nothing is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        import httpcore

        raise getattr(httpcore, error)("the attempt's deadline passed")
    return left if timeout is None or timeout > left else timeout


class _DeadlineStream:
    """A socket stream (``httpcore.NetworkStream``) whose every operation ends by the
    attempt's deadline."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _bounded(timeout, "ReadTimeout"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, "WriteTimeout"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> _DeadlineStream:
        tls = self._stream.start_tls(
            ssl_context, server_hostname, _bounded(timeout, "ConnectTimeout")
        )
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """httpcore's network backend (``httpcore.NetworkBackend``), every stream it opens
    bound by the attempt's deadline."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        stream = self._backend.connect_tcp(
            host, port, _bounded(timeout, "ConnectTimeout"), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        stream = self._backend.connect_unix_socket(
            path, _bounded(timeout, "ConnectTimeout"), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _bind_pool(transport: object) -> None:
    pool = getattr(transport, "_pool", None)  # httpx.HTTPTransport's httpcore pool
    backend = getattr(pool, "_network_backend", None)
    if hasattr(backend, "connect_tcp") and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]


def bind_deadlines(target: httpx.BaseTransport | httpx.Client) -> None:
    """Make the connections ``target`` opens from now on obey attempt deadlines.

    ``target`` is an ``httpx.HTTPTransport`` or an ``httpx.Client`` (its transport and
    proxy mounts). Other transports are left as they are: the SDK then checks the deadline
    between the chunks of an answer only. Connections already open keep their streams.
    """
    if isinstance(target, httpx.Client):
        transports = [target._transport, *target._mounts.values()]
    else:
        transports = [target]
    for transport in transports:
        _bind_pool(transport)
