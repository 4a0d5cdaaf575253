"""``AlipayTransport``: the engine under both clients, speaking Alipay's v3 protocol.

It is not a way of its own to call Alipay: the clients build each request (checked
against the spec, with the call's options merged over the client's defaults in
``request.extensions``, see :mod:`.exchange`) and hand it here. One object serves as both
a sync and an async httpx transport. For every request it encrypts the body when
configured, signs the exact bytes it sends and adds ``alipay-request-id``; for every
response it verifies the signature (fail closed), checks freshness and replays, decrypts,
and turns every non-2xx into a typed :class:`~alipay_innerversion.errors.AlipayApiError`.
The verified JSON object is handed on parsed, in ``response.extensions[PARSED_EXTENSION]``,
so nobody parses it twice. Retries live here too, so a retry re-signs the same logical request.

Protocol work is in pure methods (``_prepare``, ``_sign``, ``_finish``); the sync and
async entry points differ only in how they send and sleep.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Generator, Sequence
from typing import Any, cast

import httpx

from .config import AlipayConfig
from .deadlines import attempt_deadline, bind_deadlines, deadline_passed, end_attempt
from .errors import (
    AlipayError,
    RedirectError,
    ResponseTooLargeError,
    error_code,
    error_from_response,
    json_object,
)
from .exchange import Exchange, prepare, sign
from .logs import EventHook, log_attempt
from .nonces import SEEN_RESPONSES, ResponseNonceCache
from .reading import DEFAULT_MAX_RESPONSE_BYTES, open_answer
from .responses import (
    as_sdk_error,
    attempt_overran,
    plain_body,
    replayed,
    status_mismatch,
    unexpected_success,
)
from .retry import RetryPolicy, is_retryable, parse_retry_after
from .signing import select_verification_key, verify_response
from .wire import header_values

__all__ = ["PARSED_EXTENSION", "AlipayTransport", "ResponseNonceCache"]

PARSED_EXTENSION = "alipay_innerversion.json"
"""The key of the verified response object in ``httpx.Response.extensions``."""


def _sync_sleep(seconds: float) -> None:
    """``time.sleep`` (looked up at each call, so tests may patch it)."""
    time.sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    """``anyio.sleep``, importing anyio on first use: sync-only programs never load it."""
    import anyio

    await anyio.sleep(seconds)


_POOL_LOCK = threading.Lock()
_Attempts = Generator[Exchange | float, object, httpx.Response]
_Received = tuple[httpx.Response, bytes] | httpx.TransportError | AlipayError
# Errors no retry can mend: the same request gets the same redirect or oversized answer.
_FINAL = (RedirectError, ResponseTooLargeError)


def _advance(steps: _Attempts, outcome: object) -> Exchange | float | httpx.Response:
    """The next step of ``steps`` after ``outcome``, or its final response."""
    try:
        return steps.send(outcome)
    except StopIteration as done:
        response: httpx.Response = done.value
        return response


class AlipayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Signs, encrypts, verifies and decrypts; retries transient failures.

    ``transport`` / ``async_transport`` do the actual I/O (default: httpx's own
    connection pools). ``retry`` is the default for requests whose options do not say;
    give ``retry=RetryPolicy(max_retries=0)`` to disable retries. Answers larger than
    ``max_response_bytes`` (decompressed) are refused; redirects are never followed.
    Each attempt must end within the request's timeout, all of it (see :mod:`.deadlines`).
    """

    def __init__(
        self,
        config: AlipayConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        event_hooks: Sequence[EventHook] = (),
    ) -> None:
        self.config = config
        self.event_hooks = tuple(event_hooks)
        self.retry = retry or RetryPolicy()
        if transport is not None:
            bind_deadlines(transport)
        self._transport = transport
        self._async_transport = async_transport
        self._sleep = sleep
        self._rng = rng
        self.max_response_bytes = max_response_bytes
        # One record per process, shared by every client and thread (see nonces.py).
        self._seen_nonces: ResponseNonceCache = SEEN_RESPONSES

    def __repr__(self) -> str:
        return f"AlipayTransport(config={self.config!r}, retry={self.retry!r})"

    # -- I/O shells ------------------------------------------------------------------
    def _sync_inner(self) -> httpx.BaseTransport:
        if self._transport is None:
            with _POOL_LOCK:  # threads' first calls must not each make a pool
                if self._transport is None:
                    transport = httpx.HTTPTransport()
                    bind_deadlines(transport)
                    self._transport = transport
        return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        return self._async_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = self._attempts(request, request.read())
        outcome: object = None
        while not isinstance(step := _advance(steps, outcome), httpx.Response):
            outcome = self._sleep(step) if isinstance(step, float) else self._send(step)
        return step

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = self._attempts(request, await request.aread())
        outcome: object = None
        while not isinstance(step := _advance(steps, outcome), httpx.Response):
            outcome = await (_async_sleep(step) if isinstance(step, float) else self._asend(step))
        return step

    def _send(self, exchange: Exchange) -> _Received:
        """One attempt's I/O: send, then read the answer as it arrives, all by the
        attempt's deadline (which the socket operations obey, see :mod:`.deadlines`)."""
        token = attempt_deadline(exchange.deadline)
        try:
            raw = self._sync_inner().handle_request(exchange.wire)
            try:
                reader = open_answer(raw, self.max_response_bytes)
                if raw.is_stream_consumed:  # read already (a mock): nothing more to wait for
                    reader.feed(raw.content)
                    return raw, reader.body()
                for chunk in raw.iter_raw():
                    if not reader.feed(chunk):
                        break
                    if token is not None and deadline_passed():
                        raise httpx.ReadTimeout("the attempt's deadline passed")
                return raw, reader.body()
            finally:
                raw.close()
        except httpx.TimeoutException as exc:
            return attempt_overran(exchange) if deadline_passed() else exc
        except (httpx.TransportError, AlipayError) as exc:
            return exc
        finally:
            end_attempt(token)

    async def _asend(self, exchange: Exchange) -> _Received:
        """The async twin of :meth:`_send`; the deadline is an anyio cancel scope."""
        import anyio

        try:
            with anyio.fail_after(exchange.deadline):
                raw = await self._async_inner().handle_async_request(exchange.wire)
                try:
                    reader = open_answer(raw, self.max_response_bytes)
                    if raw.is_stream_consumed:
                        reader.feed(raw.content)
                        return raw, reader.body()
                    async for chunk in raw.aiter_raw():
                        if not reader.feed(chunk):
                            break
                    return raw, reader.body()
                finally:
                    await raw.aclose()
        except (httpx.TransportError, AlipayError) as exc:
            return exc
        except TimeoutError:  # the cancel scope's deadline
            return attempt_overran(exchange)

    def _attempts(self, request: httpx.Request, content: bytes) -> _Attempts:
        """The attempts of one logical request, without I/O: yields each attempt, signed
        (and is sent what came back, or the error the I/O ended in) or a delay to sleep;
        returns the verified response or raises the final error."""
        exchange = self._prepare(request, content)
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            try:
                self._sign(exchange)
                received = yield exchange
                if isinstance(received, httpx.TransportError | AlipayError):
                    raise received
                raw, body = cast(tuple[httpx.Response, bytes], received)
                response = self._finish(exchange, request, raw, body)
            except (httpx.TransportError, AlipayError) as exc:
                delay, error = self._failed(exchange, exc, attempt, started)
                if delay is None:
                    raise error from (exc if error is not exc else None)
                yield delay
                continue
            self._log(exchange, attempt, started, response=response)
            return response

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    # -- protocol (pure) ---------------------------------------------------------------
    def _prepare(self, request: httpx.Request, content: bytes) -> Exchange:
        return prepare(self.config, request, content, self.retry.max_retries)

    def _sign(self, exchange: Exchange) -> httpx.Request:
        return sign(self.config, exchange)

    def _finish(
        self,
        exchange: Exchange,
        original: httpx.Request,
        raw: httpx.Response,
        body: bytes,
    ) -> httpx.Response:
        """Verify (and decrypt) a response; return it with its parsed JSON object."""
        status = raw.status_code
        found = header_values(raw.headers)
        trace_id = found.get("alipay-trace-id")
        signature = found.get("alipay-signature")
        success = 200 <= status < 300
        if success or signature:
            self._verify(found, body, trace_id, status)
            if not success and error_code(json_object(body)) is None:
                raise status_mismatch(status, "is not an Alipay error object", trace_id)
        if not success:
            raise error_from_response(
                http_status=status,
                body=body,
                trace_id=trace_id,
                request_id=exchange.request_id,
                verified=bool(signature),
                retry_after=parse_retry_after(found.get("retry-after")),
            )
        key = self.config.encrypt_key if exchange.encrypted else None
        plain, parsed = plain_body(body, key, trace_id, status)
        if status != 200:
            raise unexpected_success(status, trace_id, exchange.request_id, body)
        extensions: dict[str, Any] = {
            k: v for k, v in raw.extensions.items() if k in ("http_version", "reason_phrase")
        }
        extensions[PARSED_EXTENSION] = parsed
        # Hand on the response already read (and closed), with the plain body, rather
        # than building and reading another one: a fair share of a call's CPU. Its
        # headers stay as received (they describe the wire body: for an encrypted answer,
        # text/plain and the ciphertext's length).
        raw.extensions = extensions
        raw.request = original
        # What httpx's own read() stores: the body was streamed under the size cap, so
        # httpx must not try to read the (consumed) stream again.
        raw._content = plain
        return raw

    def _verify(
        self, found: dict[str, str], body: bytes, trace_id: str | None, status: int
    ) -> None:
        """Check Alipay's signature over the raw body, its freshness, and that it is new."""
        key = select_verification_key(
            alipay_sn=found.get("alipay-sn"),
            public_key=self.config.alipay_public_key,
            certificates=self.config.alipay_public_certs,
            trace_id=trace_id,
            http_status=status,
        )
        nonce = found.get("alipay-nonce")
        signed_at = verify_response(
            timestamp=found.get("alipay-timestamp"),
            nonce=nonce,
            body=body,
            signature=found.get("alipay-signature"),
            public_key=key,
            window=self.config.timestamp_window,
            trace_id=trace_id,
            http_status=status,
        )
        assert nonce is not None  # verify_response refuses a response without one
        if self._seen_nonces.add(nonce, signed_at, self.config.timestamp_window):
            return
        raise replayed(nonce, trace_id, status)

    def _failed(
        self, exchange: Exchange, exc: Exception, attempt: int, started: float
    ) -> tuple[float | None, AlipayError]:
        """The error an attempt ended with, and the wait before a retry (None: give up)."""
        error = as_sdk_error(exc, exchange.method, exchange.url, exchange.request_id)
        delay = None
        retryable = is_retryable(error) and not isinstance(error, _FINAL)
        if attempt <= exchange.max_retries and retryable:
            delay = self.retry.delay(attempt, getattr(error, "retry_after", None), self._rng)
        self._log(exchange, attempt, started, error=error, delay=delay)
        return delay, error

    def _log(
        self,
        exchange: Exchange,
        attempt: int,
        started: float,
        *,
        response: httpx.Response | None = None,
        error: AlipayError | None = None,
        delay: float | None = None,
    ) -> None:
        log_attempt(
            exchange.method,
            exchange.url.path,
            exchange.request_id,
            attempt,
            exchange.max_retries + 1,
            started,
            response=response,
            error=error,
            delay=delay,
            operation=exchange.operation,
            hooks=self.event_hooks,
        )
