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
import json
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import anyio
import httpx

from .config import AlipayConfig
from .crypto import aes_decrypt, aes_encrypt
from .errors import (
    AlipayError,
    DecryptionError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
    error_from_response,
)
from .retry import RetryPolicy, is_retryable, parse_retry_after
from .signing import select_verification_key, sign_request, verify_response

__all__ = ["AlipayTransport", "RequestOptions", "current_options", "request_options"]

logger = logging.getLogger("alipay_innerversion")


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


@contextmanager
def request_options(
    *,
    app_auth_token: str | None = None,
    request_id: str | None = None,
    max_retries: int | None = None,
) -> Iterator[RequestOptions]:
    """Apply per-call options to requests made through an :class:`AlipayTransport` here.

    Context-local (safe with threads and asyncio tasks). Useful with the generated client::

        with request_options(app_auth_token=token):
            alipay_open_mini_innerversion_upgrade.sync(client=client, body=model)
    """
    options = RequestOptions(app_auth_token, request_id, max_retries)
    reset = _OPTIONS.set(options)
    try:
        yield options
    finally:
        _OPTIONS.reset(reset)


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
    app_auth_token: str | None
    max_retries: int

    @property
    def method(self) -> str:
        return self.wire.method

    @property
    def url(self) -> httpx.URL:
        return self.wire.url


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

    def __repr__(self) -> str:
        return f"AlipayTransport(config={self.config!r}, retry={self.retry!r})"

    def with_retry(self, retry: RetryPolicy) -> AlipayTransport:
        """A transport with another retry policy sharing this one's connection pools.

        The copy never closes the shared pools; the original does.
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
                await anyio.sleep(delay)
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
        headers = httpx.Headers(request.headers)
        for name in ("authorization", "content-length", "alipay-app-auth-token"):
            headers.pop(name, None)
        encrypted = False
        body = content
        if content and self.config.encrypt_key is not None:
            body = aes_encrypt(content, self.config.encrypt_key).encode("ascii")
            headers["content-type"] = "text/plain"
            headers["alipay-encrypt-type"] = "AES"
            encrypted = True
        elif content and "content-type" not in headers:
            headers["content-type"] = "application/json"
        headers["accept"] = "application/json"
        request_id = options.request_id or headers.get("alipay-request-id") or uuid.uuid4().hex
        headers["alipay-request-id"] = request_id
        if options.app_auth_token:
            headers["alipay-app-auth-token"] = options.app_auth_token
        if self.config.alipay_root_cert_sn:
            headers["alipay-root-cert-sn"] = self.config.alipay_root_cert_sn
        max_retries = self.retry.max_retries if options.max_retries is None else options.max_retries
        wire = httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=body,
            extensions=dict(request.extensions),
        )
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
        trace_id = raw.headers.get("alipay-trace-id")
        signature = raw.headers.get("alipay-signature")
        success = 200 <= status < 300
        if success or signature:
            key = select_verification_key(
                alipay_sn=raw.headers.get("alipay-sn"),
                public_key=self.config.alipay_public_key,
                certificates=self.config.alipay_public_certs,
                trace_id=trace_id,
                http_status=status,
            )
            verify_response(
                timestamp=raw.headers.get("alipay-timestamp"),
                nonce=raw.headers.get("alipay-nonce"),
                body=body,
                signature=signature,
                public_key=key,
                window=self.config.timestamp_window,
                trace_id=trace_id,
                http_status=status,
            )
        if not success:
            raise error_from_response(
                http_status=status,
                body=body,
                trace_id=trace_id,
                request_id=exchange.request_id,
                verified=bool(signature),
                retry_after=parse_retry_after(raw.headers.get("retry-after")),
            )
        plain = self._plain_body(exchange, body, trace_id, status)
        headers = httpx.Headers(raw.headers)
        headers["content-type"] = "application/json"
        headers["content-length"] = str(len(plain))
        headers.pop("content-encoding", None)
        extensions = {
            k: v for k, v in raw.extensions.items() if k in ("http_version", "reason_phrase")
        }
        return httpx.Response(
            status, headers=headers, content=plain, request=original, extensions=extensions
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
        try:
            parsed = json.loads(plain)
        except (ValueError, UnicodeDecodeError):
            parsed = None
        if not isinstance(parsed, dict):
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
