"""``AlipayTransport``: the httpx transport that speaks Alipay's v3 protocol.

One object serves as both a sync and an async httpx transport. For every request it
encrypts the body when configured, signs the exact bytes it sends, adds
``alipay-request-id``; for every response it verifies the signature (fail closed),
checks freshness, decrypts 2xx bodies, and turns every non-2xx into a typed
:class:`~alipay_innerversion.errors.AlipayApiError`, so the generated parser only ever
sees verified JSON objects. Retries live here too, so a retry re-signs the same logical
request.

All protocol work is in pure methods (``_prepare``, ``_sign``, ``_finish``); the sync and
async entry points differ only in how they send and sleep.
"""

from __future__ import annotations

import contextvars
import logging
import random
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field

import httpx

from .config import AlipayConfig
from .crypto import aes_decrypt, aes_encrypt_bytes
from .errors import (
    AlipayApiError,
    AlipayError,
    DecryptionError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
    error_code,
    error_from_response,
    json_object,
)
from .retry import RetryPolicy, is_retryable, parse_retry_after
from .signing import select_verification_key, sign_request, verify_response

__all__ = [
    "AlipayTransport",
    "OptionsScope",
    "RequestOptions",
    "ResponseNonceCache",
    "current_options",
    "request_options",
]

logger = logging.getLogger("alipay_innerversion")


async def _async_sleep(seconds: float) -> None:
    """``anyio.sleep``, importing anyio on first use: sync-only programs never load it."""
    import anyio

    await anyio.sleep(seconds)


@dataclass(frozen=True, repr=False)
class RequestOptions:
    """Per-call settings the transport applies to the requests made in their scope."""

    app_auth_token: str | None = None
    request_id: str | None = None
    max_retries: int | None = None

    def __repr__(self) -> str:
        token = "'***'" if self.app_auth_token else "None"
        return (
            f"RequestOptions(app_auth_token={token}, request_id={self.request_id!r}, "
            f"max_retries={self.max_retries!r})"
        )


_OPTIONS: contextvars.ContextVar[RequestOptions | None] = contextvars.ContextVar(
    "alipay_innerversion_request_options", default=None
)


def current_options() -> RequestOptions:
    return _OPTIONS.get() or RequestOptions()


def request_options(
    *,
    app_auth_token: str | None = None,
    request_id: str | None = None,
    max_retries: int | None = None,
) -> OptionsScope:
    """Apply per-call options to requests made through an :class:`AlipayTransport` here.

    Context-local (safe with threads and asyncio tasks). Useful with the generated client::

        with request_options(app_auth_token=token):
            alipay_open_mini_innerversion_upgrade.sync(client=client, body=model)
    """
    return OptionsScope(RequestOptions(app_auth_token, request_id, max_retries))


class OptionsScope:
    """The context manager :func:`request_options` returns (a class, not a generator:
    it is entered on every SDK call, and this is several times cheaper)."""

    __slots__ = ("_reset", "options")

    def __init__(self, options: RequestOptions) -> None:
        self.options = options

    def __enter__(self) -> RequestOptions:
        self._reset = _OPTIONS.set(self.options)
        return self.options

    def __exit__(self, *exc_info: object) -> None:
        _OPTIONS.reset(self._reset)


class ResponseNonceCache:
    """The ``alipay-nonce`` of every verified response still inside the timestamp window.

    Alipay's response signature covers ``alipay-timestamp``, ``alipay-nonce`` and the body,
    not the request, so a valid response replayed as the answer to another request (or
    twice) verifies. Each genuine response has a fresh nonce, so a nonce seen again before
    its timestamp leaves the window is a replay. After that, the timestamp check rejects
    the response anyway, so entries expire at ``timestamp + window``.

    Thread-safe; bounded by ``max_entries`` (the oldest entries are dropped first, which
    only matters above ``max_entries`` responses per window).
    """

    DEFAULT_MAX_ENTRIES = 50_000

    def __init__(
        self,
        window: float,
        *,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if window <= 0 or max_entries < 1:
            raise ValueError("window must be positive and max_entries at least 1")
        self.window = window
        self.max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        self._expiry: OrderedDict[str, float] = OrderedDict()  # nonce -> when it expires

    def __len__(self) -> int:
        with self._lock:
            return len(self._expiry)

    def __contains__(self, nonce: object) -> bool:
        with self._lock:
            expires = self._expiry.get(nonce) if isinstance(nonce, str) else None
            return expires is not None and expires >= self._clock()

    def add(self, nonce: str, signed_at: float) -> bool:
        """Record a verified response's nonce; False when it was already recorded (a replay).

        ``signed_at`` is the response's ``alipay-timestamp`` in seconds since the epoch.
        """
        with self._lock:
            now = self._clock()
            while self._expiry:  # drop expired entries from the old end
                oldest, oldest_expiry = next(iter(self._expiry.items()))
                if oldest_expiry >= now:
                    break
                del self._expiry[oldest]
            expires = self._expiry.get(nonce)
            if expires is not None and expires >= now:
                return False
            self._expiry[nonce] = max(signed_at + self.window, now)
            self._expiry.move_to_end(nonce)
            while len(self._expiry) > self.max_entries:
                self._expiry.popitem(last=False)
            return True


# Request headers _prepare sets itself, dropping the caller's.
_PLAIN_SETS = frozenset(
    {b"authorization", b"content-length", b"alipay-app-auth-token", b"accept", b"alipay-request-id"}
)
_ENCRYPTED_SETS = _PLAIN_SETS | {b"content-type", b"alipay-encrypt-type"}
_WIRE_CHUNK = 64 * 1024


class _WireBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A large request body as sent, in slices of 64 KiB.

    httpcore writes a body with ``buffer = buffer[sent:]`` after every partial socket
    write, so one large buffer (a 20 MB package upload) would be copied again and again;
    slices keep those copies small. Iterable any number of times (each retry resends).
    """

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        body = self._body
        view = memoryview(body)
        for start in range(0, len(body), _WIRE_CHUNK):
            yield bytes(view[start : start + _WIRE_CHUNK])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def _header_values(headers: httpx.Headers) -> dict[str, str]:
    """Every header, lower-case name to value (repeats joined with ", " as httpx does), in
    one pass: each ``headers.get`` scans and decodes the whole list again."""
    encoding = headers.encoding
    values: dict[str, str] = {}
    for name, value in headers.raw:
        key, text = name.decode(encoding).lower(), value.decode(encoding)
        values[key] = f"{values[key]}, {text}" if key in values else text
    return values


def _json_headers(headers: httpx.Headers, length: int) -> list[tuple[bytes, bytes]]:
    """Response headers for the verified JSON body handed to the parser."""
    kept = [
        (name, value)
        for name, value in headers.raw
        if name.lower() not in (b"content-type", b"content-length", b"content-encoding")
    ]
    return [*kept, (b"content-type", b"application/json"), (b"content-length", b"%d" % length)]


@dataclass(frozen=True)
class _Exchange:
    """One logical request: what stays the same across retries.

    ``wire`` is the request as sent, built once; each attempt only replaces its
    ``authorization`` header (fresh nonce, timestamp and signature).
    """

    wire: httpx.Request
    path_with_query: bytes
    body: bytes  # what goes on the wire (ciphertext when encrypted)
    encrypted: bool
    request_id: str
    app_auth_token: str | None = field(repr=False)  # a credential: never in a repr
    max_retries: int

    @property
    def method(self) -> str:
        return self.wire.method

    @property
    def url(self) -> httpx.URL:
        return self.wire.url


def _status_mismatch(status: int, body_is: str, trace_id: str | None) -> SignatureError:
    """Alipay's signature covers the body but not the HTTP status: they must agree."""
    return SignatureError(
        f"The response has HTTP status {status}, but its signed body {body_is}: the status "
        "was altered in transit (Alipay's signature does not cover it), so nothing from "
        "the response was trusted.",
        check="status",
        hint="Look for a proxy or interception on the path to base_url. The call's outcome "
        "is unknown: retry it with the same request id.",
        trace_id=trace_id,
        http_status=status,
    )


class AlipayTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Signs, encrypts, verifies and decrypts; retries transient failures.

    ``transport`` / ``async_transport`` do the actual I/O (default: httpx's own
    connection pools). Give ``retry=RetryPolicy(max_retries=0)`` to disable retries.
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
    ) -> None:
        self.config = config
        self.retry = retry or RetryPolicy()
        self._transport = transport
        self._async_transport = async_transport
        self._sleep = sleep
        self._rng = rng
        self._owns_pools = True
        self._seen_nonces = ResponseNonceCache(config.timestamp_window)

    def __repr__(self) -> str:
        return f"AlipayTransport(config={self.config!r}, retry={self.retry!r})"

    def with_retry(self, retry: RetryPolicy) -> AlipayTransport:
        """A transport with another retry policy sharing this one's connection pools.

        The copy never closes the shared pools; the original does. It also shares the
        record of responses already accepted, so neither accepts a response the other did.
        """
        clone = AlipayTransport(
            self.config,
            transport=self._transport,
            async_transport=self._async_transport,
            retry=retry,
            sleep=self._sleep,
            rng=self._rng,
        )
        clone._owns_pools = False
        clone._seen_nonces = self._seen_nonces
        return clone

    # -- I/O shells ------------------------------------------------------------------
    def _sync_inner(self) -> httpx.BaseTransport:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        return self._async_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        exchange = self._prepare(request, request.read())
        attempt = 0
        while True:
            attempt += 1
            wire = self._sign(exchange)
            started = time.monotonic()
            try:
                raw = self._sync_inner().handle_request(wire)
                try:
                    body = raw.read()
                finally:
                    raw.close()
                response = self._finish(exchange, request, raw, body)
            except (httpx.TransportError, AlipayError) as exc:
                error = self._as_sdk_error(exc, exchange)
                delay = self._retry_delay(exchange, error, attempt)
                self._log_attempt(exchange, attempt, started, error=error, delay=delay)
                if delay is None:
                    raise error from (exc if error is not exc else None)
                self._sleep(delay)
                continue
            self._log_attempt(exchange, attempt, started, response=response)
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        exchange = self._prepare(request, await request.aread())
        attempt = 0
        while True:
            attempt += 1
            wire = self._sign(exchange)
            started = time.monotonic()
            try:
                raw = await self._async_inner().handle_async_request(wire)
                try:
                    body = await raw.aread()
                finally:
                    await raw.aclose()
                response = self._finish(exchange, request, raw, body)
            except (httpx.TransportError, AlipayError) as exc:
                error = self._as_sdk_error(exc, exchange)
                delay = self._retry_delay(exchange, error, attempt)
                self._log_attempt(exchange, attempt, started, error=error, delay=delay)
                if delay is None:
                    raise error from (exc if error is not exc else None)
                await _async_sleep(delay)
                continue
            self._log_attempt(exchange, attempt, started, response=response)
            return response

    def close(self) -> None:
        if self._owns_pools and self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._owns_pools and self._async_transport is not None:
            await self._async_transport.aclose()

    # -- protocol (pure) ---------------------------------------------------------------
    def _prepare(self, request: httpx.Request, content: bytes) -> _Exchange:
        """Fix what every attempt shares: request id, wire body (encrypted once), headers."""
        options = current_options()
        encrypted = bool(content) and self.config.encrypt_key is not None
        replaced = _ENCRYPTED_SETS if encrypted else _PLAIN_SETS
        if self.config.alipay_root_cert_sn:
            replaced = replaced | {b"alipay-root-cert-sn"}
        given: dict[bytes, bytes] = {}
        headers: list[tuple[bytes, bytes]] = []
        for name, value in request.headers.raw:  # one pass; httpx.Headers edits scan each time
            lower = name.lower()
            given[lower] = value
            if lower not in replaced:
                headers.append((name, value))
        body = content
        if encrypted:
            assert self.config.encrypt_key is not None
            body = aes_encrypt_bytes(content, self.config.encrypt_key)
            headers += [(b"content-type", b"text/plain"), (b"alipay-encrypt-type", b"AES")]
        elif content and b"content-type" not in given:
            headers.append((b"content-type", b"application/json"))
        given_id = None if options.request_id else given.get(b"alipay-request-id")
        request_id = options.request_id or uuid.uuid4().hex
        if given_id:
            request_id = given_id.decode("latin-1")
        headers.append((b"accept", b"application/json"))
        headers.append((b"alipay-request-id", given_id or request_id.encode()))
        if options.app_auth_token:
            headers.append((b"alipay-app-auth-token", options.app_auth_token.encode()))
        if self.config.alipay_root_cert_sn:
            headers.append((b"alipay-root-cert-sn", self.config.alipay_root_cert_sn.encode()))
        if body or request.method in ("POST", "PUT", "PATCH"):  # as httpx does for content=
            headers.append((b"content-length", b"%d" % len(body)))
        max_retries = self.retry.max_retries if options.max_retries is None else options.max_retries
        wire = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            stream=httpx.ByteStream(body),
            extensions=request.extensions,
        )
        wire.read()  # wire.content: the body itself, no copy
        if len(body) > _WIRE_CHUNK:
            wire.stream = _WireBody(body)  # sent in slices
        return _Exchange(
            wire=wire,
            path_with_query=request.url.raw_path,
            body=body,
            encrypted=encrypted,
            request_id=request_id,
            app_auth_token=options.app_auth_token,
            max_retries=max(0, max_retries),
        )

    def _sign(self, exchange: _Exchange) -> httpx.Request:
        """The request for one attempt: fresh nonce and timestamp, new signature."""
        signed = sign_request(
            app_id=self.config.app_id,
            private_key=self.config.private_key,
            method=exchange.method,
            path_with_query=exchange.path_with_query,
            body=exchange.body,
            app_auth_token=exchange.app_auth_token,
            app_cert_sn=self.config.app_cert_sn,
        )
        exchange.wire.headers["authorization"] = signed.authorization
        return exchange.wire

    def _finish(
        self,
        exchange: _Exchange,
        original: httpx.Request,
        raw: httpx.Response,
        body: bytes,
    ) -> httpx.Response:
        """Verify (and decrypt) a response; return what the generated parser may read."""
        status = raw.status_code
        found = _header_values(raw.headers)
        trace_id = found.get("alipay-trace-id")
        signature = found.get("alipay-signature")
        timestamp = found.get("alipay-timestamp")
        nonce = found.get("alipay-nonce")
        success = 200 <= status < 300
        if success or signature:
            key = select_verification_key(
                alipay_sn=found.get("alipay-sn"),
                public_key=self.config.alipay_public_key,
                certificates=self.config.alipay_public_certs,
                trace_id=trace_id,
                http_status=status,
            )
            signed_at = verify_response(
                timestamp=timestamp,
                nonce=nonce,
                body=body,
                signature=signature,
                public_key=key,
                window=self.config.timestamp_window,
                trace_id=trace_id,
                http_status=status,
            )
            assert nonce is not None  # verify_response refuses a response without one
            self._reject_replay(nonce, signed_at, trace_id, status)
            if not success and error_code(json_object(body)) is None:
                raise _status_mismatch(status, "is not an Alipay error object", trace_id)
        if not success:
            raise error_from_response(
                http_status=status,
                body=body,
                trace_id=trace_id,
                request_id=exchange.request_id,
                verified=bool(signature),
                retry_after=parse_retry_after(found.get("retry-after")),
            )
        plain = self._plain_body(exchange, body, trace_id, status)
        if status != 200:
            raise AlipayApiError(
                f"Unexpected HTTP {status} answer: Alipay answers 200 on success, and this "
                "answer's meaning is not documented.",
                http_status=status,
                code=None,
                trace_id=trace_id,
                request_id=exchange.request_id,
                verified=True,
                body=body,
                hint="The answer was signed by Alipay, but whether the operation took effect "
                "is unknown: check its state (e.g. with upload_status) before repeating it.",
            )
        extensions = {
            k: v for k, v in raw.extensions.items() if k in ("http_version", "reason_phrase")
        }
        if plain is not body:
            response = httpx.Response(
                status,
                headers=_json_headers(raw.headers, len(plain)),
                stream=httpx.ByteStream(plain),
                request=original,
                extensions=extensions,
            )
            response.read()
            return response
        # The body is what was read: hand on the response already read (and closed)
        # rather than building and reading another one, a fair share of a call's CPU.
        if (
            found.get("content-type") != "application/json"
            or found.get("content-length") != str(len(plain))
            or "content-encoding" in found
        ):
            raw.headers = httpx.Headers(_json_headers(raw.headers, len(plain)))
        raw.extensions = extensions
        raw.request = original
        return raw

    def _reject_replay(
        self, nonce: str, signed_at: float, trace_id: str | None, status: int
    ) -> None:
        """Record a verified response's nonce; raise if this client already accepted it."""
        if self._seen_nonces.add(nonce, signed_at):
            return
        raise SignatureError(
            f"Replayed response: a response with alipay-nonce {nonce} was already accepted "
            "by this client. Its signature is genuine, but Alipay signs every response with a "
            "fresh nonce, so this one was delivered again by something between this client "
            "and Alipay; nothing from it was trusted.",
            check="replay",
            hint="Look for an HTTP cache, proxy or interception on the path to base_url, and "
            "do not reuse responses. The call's outcome is unknown: retry it with the same "
            "request id (Alipay answers a repeated request id without applying it twice).",
            trace_id=trace_id,
            http_status=status,
        )

    def _plain_body(
        self, exchange: _Exchange, body: bytes, trace_id: str | None, status: int
    ) -> bytes:
        """The verified 2xx body as JSON bytes; anything else is a verification error."""
        looks_json = body.lstrip()[:1] == b"{"
        if exchange.encrypted:
            if looks_json:
                raise SignatureError(
                    "A response to an encrypted request came back as plain JSON.",
                    check="body",
                    hint="Encryption must be on for both sides: check the app's content "
                    "encryption setting in the console, or remove encrypt_key.",
                    trace_id=trace_id,
                    http_status=status,
                )
            assert self.config.encrypt_key is not None
            try:
                plain = aes_decrypt(body, self.config.encrypt_key)
            except DecryptionError as exc:
                exc.trace_id = trace_id
                raise
        else:
            if not looks_json:
                raise SignatureError(
                    "A response to a plain request is not a JSON object (ciphertext or other "
                    "content).",
                    check="body",
                    hint="If the app enables content encryption, configure encrypt_key.",
                    trace_id=trace_id,
                    http_status=status,
                )
            plain = body
        parsed = json_object(plain)
        if parsed is None:
            if exchange.encrypted:
                raise DecryptionError(
                    "The decrypted response is not a JSON object: the AES key is probably wrong.",
                    hint="Check that encrypt_key is the app's current AES key from the console.",
                    trace_id=trace_id,
                )
            raise SignatureError(
                "The response body is not a valid JSON object.",
                check="body",
                trace_id=trace_id,
                http_status=status,
            )
        code = error_code(parsed)
        if code is not None:
            raise _status_mismatch(status, f"is an Alipay error ({code})", trace_id)
        return plain

    def _as_sdk_error(self, exc: Exception, exchange: _Exchange) -> AlipayError:
        if isinstance(exc, AlipayError):
            if exc.request_id is None:
                exc.request_id = exchange.request_id
            return exc
        where = f"{exchange.method} {exchange.url.host}{exchange.url.path}"
        if isinstance(exc, httpx.TimeoutException):
            return RequestTimeoutError(
                f"Timed out ({type(exc).__name__}) calling {where}.",
                hint="Alipay did not answer in time; raise the timeout or retry later with the "
                "same request id.",
                request_id=exchange.request_id,
            )
        reason = str(exc) or type(exc).__name__
        return TransportError(
            f"Network error calling {where}: {type(exc).__name__}: {reason}",
            hint="Check connectivity to the gateway and base_url.",
            request_id=exchange.request_id,
        )

    def _retry_delay(self, exchange: _Exchange, error: AlipayError, attempt: int) -> float | None:
        if attempt > exchange.max_retries or not is_retryable(error):
            return None
        retry_after = getattr(error, "retry_after", None)
        return self.retry.delay(attempt, retry_after, self._rng)

    def _log_attempt(
        self,
        exchange: _Exchange,
        attempt: int,
        started: float,
        *,
        response: httpx.Response | None = None,
        error: AlipayError | None = None,
        delay: float | None = None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        elapsed_ms = (time.monotonic() - started) * 1000
        if response is not None:
            outcome = str(response.status_code)
            trace_id = response.headers.get("alipay-trace-id")
        else:
            assert error is not None
            status = getattr(error, "http_status", None)
            code = getattr(error, "code", None) or getattr(error, "check", None)
            outcome = f"{status or type(error).__name__}{f' {code}' if code else ''}"
            trace_id = error.trace_id
        retry = f" retry_in={delay:.2f}s" if delay is not None else ""
        logger.debug(
            "%s %s -> %s trace_id=%s request_id=%s attempt=%d/%d duration_ms=%.0f%s",
            exchange.method,
            exchange.url.path,
            outcome,
            trace_id or "-",
            exchange.request_id,
            attempt,
            exchange.max_retries + 1,
            elapsed_ms,
            retry,
        )
