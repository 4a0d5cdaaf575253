"""What a verified answer may be: the checks between Alipay's signature and the caller.

Pure functions of the transport: whether the HTTP status agrees with the signed body,
which body to hand on (plain JSON, or decrypted ciphertext), and how a network failure
reads as an SDK error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .crypto import aes_decrypt
from .errors import (
    AlipayApiError,
    AlipayError,
    DecryptionError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
    error_code,
    json_object,
)

if TYPE_CHECKING:
    from .exchange import Exchange

__all__ = [
    "as_sdk_error",
    "attempt_overran",
    "plain_body",
    "replayed",
    "status_mismatch",
    "unexpected_success",
]


def status_mismatch(status: int, body_is: str, trace_id: str | None) -> SignatureError:
    """Alipay's signature covers the body but not the HTTP status: they must agree."""
    return SignatureError(
        f"The response has HTTP status {status}, but its signed body {body_is}: the status "
        "was altered in transit (Alipay's signature does not cover it), so nothing from "
        "the response was trusted.",
        check="status",
        hint="Look for a proxy or interception on the path to base_url. The call's outcome "
        "is unknown: check its state before repeating it with the same request id.",
        trace_id=trace_id,
        http_status=status,
    )


def replayed(nonce: str, trace_id: str | None, status: int) -> SignatureError:
    """A verified response whose nonce this client already accepted."""
    return SignatureError(
        f"Replayed response: a response with alipay-nonce {nonce} was already accepted "
        "in this process. Its signature is genuine, but Alipay signs every response with a "
        "fresh nonce, so this one was delivered again by something between this client "
        "and Alipay; nothing from it was trusted.",
        check="replay",
        hint="Look for an HTTP cache, proxy or interception on the path to base_url, and "
        "do not reuse responses. The call's outcome is unknown: check its state before "
        "repeating it with the same request id.",
        trace_id=trace_id,
        http_status=status,
    )


def plain_body(
    body: bytes, encrypt_key: bytes | None, trace_id: str | None, status: int
) -> tuple[bytes, dict[str, Any]]:
    """The verified 2xx body as JSON bytes and the object they hold.

    With content encryption configured, a ciphertext answer is decrypted and a plain JSON
    object is accepted as it is: Alipay's SDKs do the same, and the signature (already
    checked over the raw body) is what authenticates either form.
    """
    looks_json = body.lstrip()[:1] == b"{"
    decrypted = False
    if looks_json:
        plain = body
    elif encrypt_key is not None:
        try:
            plain = aes_decrypt(body, encrypt_key)
        except DecryptionError as exc:
            exc.trace_id = trace_id
            raise
        decrypted = True
    else:
        raise SignatureError(
            "A response to a plain request is not a JSON object (ciphertext or other content).",
            check="body",
            hint="If the app enables content encryption, configure encrypt_key.",
            trace_id=trace_id,
            http_status=status,
        )
    parsed = json_object(plain)
    if parsed is None:
        if decrypted:
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
        raise status_mismatch(status, f"is an Alipay error ({code})", trace_id)
    return plain, parsed


def unexpected_success(
    status: int, trace_id: str | None, request_id: str, body: bytes
) -> Exception:
    """A signed 2xx other than 200: Alipay does not document what it means."""
    return AlipayApiError(
        f"Unexpected HTTP {status} answer: Alipay answers 200 on success, and this "
        "answer's meaning is not documented.",
        http_status=status,
        code=None,
        trace_id=trace_id,
        request_id=request_id,
        verified=True,
        body=body,
        hint="The answer was signed by Alipay, but whether the operation took effect "
        "is unknown: check its state (e.g. with info_query or upload_status) before "
        "repeating it.",
    )


def where(method: str, url: httpx.URL) -> str:
    """``POST https://host:port/path``: enough to see which server was called."""
    port = f":{url.port}" if url.port is not None else ""
    host = f"[{url.host}]" if ":" in url.host else url.host  # an IPv6 address
    return f"{method} {url.scheme}://{host}{port}{url.path}"


def as_sdk_error(exc: Exception, method: str, url: httpx.URL, request_id: str) -> AlipayError:
    """The SDK error for ``exc``, with our request id (no trace id exists without an answer)."""
    if isinstance(exc, AlipayError):
        if exc.request_id is None:
            exc.request_id = request_id
        return exc
    called = where(method, url)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(
            f"Timed out ({type(exc).__name__}) calling {called}.",
            hint=_unknown_outcome(request_id),
            request_id=request_id,
        )
    reason = str(exc) or type(exc).__name__
    return TransportError(
        f"Network error calling {called}: {type(exc).__name__}: {reason}",
        hint="Check connectivity to the gateway and that base_url names it.",
        request_id=request_id,
    )


def _unknown_outcome(request_id: str) -> str:
    return (
        "Alipay did not answer in time, so whether the call took effect is unknown: "
        "check the state it changes (e.g. upload_status or info_query) first; if it did "
        f"not take effect, send it again with request_id={request_id!r} (Alipay does not "
        "promise to de-duplicate by it: a resend does what the operation does twice)."
    )


def attempt_overran(exchange: Exchange) -> RequestTimeoutError:
    """An attempt that did not end (connect, send, wait and read) within its deadline."""
    return RequestTimeoutError(
        f"Timed out calling {where(exchange.method, exchange.url)}: the attempt took longer "
        f"than its timeout of {exchange.deadline:g} s (connecting, sending, waiting and "
        "reading the answer together).",
        hint=_unknown_outcome(exchange.request_id)
        + " If the server is just slow (a large upload on a slow link), give a larger timeout.",
        request_id=exchange.request_id,
    )
