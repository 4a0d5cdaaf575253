"""The SDK's exceptions: a small tree whose messages say what happened and what to do.

Every exception carries the Alipay trace id when there is one (Alipay support asks for
it) and never holds key material, AES keys or app auth tokens: messages are built from
codes, field names and ids only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "AlipayApiError",
    "AlipayError",
    "AuthenticationError",
    "BuildFailedError",
    "ConfigError",
    "DecryptionError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "RequestTimeoutError",
    "ServerError",
    "SignatureError",
    "TransportError",
    "WaitTimeoutError",
    "error_from_response",
]


class AlipayError(Exception):
    """Base of every exception this SDK raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        self.message = message
        self.hint = hint
        self.trace_id = trace_id
        self.request_id = request_id
        super().__init__(message)

    def __str__(self) -> str:
        parts = [self.message]
        if self.hint:
            parts.append(self.hint)
        if self.trace_id:
            parts.append(f"(trace id: {self.trace_id})")
        elif self.request_id:  # no answer from Alipay: our id is what identifies the call
            parts.append(f"(request id: {self.request_id})")
        return " ".join(parts)

    def __repr__(self) -> str:
        fields = [f"message={self.message!r}"]
        if self.trace_id:
            fields.append(f"trace_id={self.trace_id!r}")
        return f"{type(self).__name__}({', '.join(fields)})"


class ConfigError(AlipayError, ValueError):
    """The configuration cannot work: a key in the wrong format, a swapped key, ..."""


class InvalidRequestError(AlipayError, ValueError):
    """An argument was rejected locally, before anything was sent."""


class SignatureError(AlipayError):
    """A response failed verification; nothing from it was trusted.

    ``check`` names the check that failed: ``missing-signature``, ``signature``,
    ``timestamp``, ``cert-sn``, ``replay`` (a genuine response this client had already
    accepted, delivered again), ``status`` (the HTTP status contradicts the signed body:
    an error body under 2xx, or a non-error body under 4xx/5xx) or ``body``.
    """

    def __init__(
        self,
        message: str,
        *,
        check: str,
        hint: str | None = None,
        http_status: int | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint, trace_id=trace_id, request_id=request_id)
        self.check = check
        self.http_status = http_status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(check={self.check!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, trace_id={self.trace_id!r})"
        )


class DecryptionError(AlipayError):
    """An AES ciphertext could not be decrypted into the expected plaintext."""


class TransportError(AlipayError):
    """The request did not get a response: connection refused, reset, DNS, TLS, ..."""


class RequestTimeoutError(TransportError, TimeoutError):
    """The request timed out (connect, read, write or pool); also a builtin ``TimeoutError``."""


class AlipayApiError(AlipayError):
    """Alipay answered with a non-2xx response.

    ``code``, ``message`` and ``links`` come from the error body; ``verified`` says whether
    that body carried a valid Alipay signature (an unsigned error can come from a proxy).
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        code: str | None,
        links: Sequence[Mapping[str, str]] = (),
        trace_id: str | None = None,
        request_id: str | None = None,
        verified: bool = False,
        body: bytes = b"",
        hint: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            hint=hint if hint is not None else hint_for(code, http_status),
            trace_id=trace_id,
            request_id=request_id,
        )
        self.http_status = http_status
        self.code = code
        self.links = [dict(link) for link in links]
        self.verified = verified
        self.body = body
        self.retry_after = retry_after

    def __str__(self) -> str:
        head = f"[{self.code or 'no code'}] {self.message} (HTTP {self.http_status}"
        head += f", trace id: {self.trace_id})" if self.trace_id else ")"
        if not self.verified:
            head += " [unsigned response]"
        return f"{head} {self.hint}" if self.hint else head

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"http_status={self.http_status!r}, trace_id={self.trace_id!r})"
        )


class RateLimitError(AlipayApiError):
    """Alipay throttled the app or the method (``app-call-limited``, ``method-call-limited``)."""


class AuthenticationError(AlipayApiError):
    """The gateway did not accept who we are: signature, app id, token, certificate, clock."""


class ServerError(AlipayApiError):
    """Alipay (or something in front of it) failed: HTTP 5xx, ``SYSTEM_ERROR``."""


class NotFoundError(AlipayApiError):
    """The mini program, version or package the call names does not exist."""


class BuildFailedError(AlipayError):
    """A package build ended in failure (``build_status`` 3) or timed out on Alipay's side (5)."""

    def __init__(
        self,
        message: str,
        *,
        package_id: str | None,
        build_status: str | None,
        build_info: str | None,
        log_url: str | None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message,
            hint="Read build_info and the build log at log_url, fix the package, and upload "
            "it again under a new build_version.",
            trace_id=trace_id,
            request_id=request_id,
        )
        self.package_id = package_id
        self.build_status = build_status
        self.build_info = build_info
        self.log_url = log_url


class WaitTimeoutError(AlipayError):
    """Our own deadline passed while waiting for a build; the build may still finish."""

    def __init__(self, message: str, *, package_id: str | None, last_state: str | None) -> None:
        super().__init__(
            message,
            hint="The build may still finish: poll upload_status again later, or call "
            "wait_for_build with a longer timeout.",
        )
        self.package_id = package_id
        self.last_state = last_state


_RATE_LIMIT_CODES = frozenset({"app-call-limited", "method-call-limited"})
_AUTH_CODES = frozenset(
    {
        "missing-signature",
        "invalid-signature",
        "invalid-app-id",
        "missing-timestamp",
        "illegal-timestamp",
        "invalid-encrypt",
        "decryption-error",
        "invalid-app-auth-token",
        "app-auth-token-time-out",
        "insufficient-isv-permissions",
        "invalid-alipay-root-cert-sn",
        "app-cert-not-exist",
    }
)
_SERVER_CODES = frozenset(
    {"SYSTEM_ERROR", "unknow-error", "PKGCORE_INVOKE_ERROR", "MINICORE_INVOKE_ERROR"}
)
_NOT_FOUND_CODES = frozenset(
    {
        "APP_NOT_EXSIT",
        "APP_INFO_NOT_EXIST",
        "POLLING_BUILD_VERSION_NOT_EXIST",
        "MINI_APP_VERSION_NOT_EXISTS",
        "TEMPLATE_VERSION_NOT_EXIST",
        "PLUGIN_NOT_EXIST",
        "PLUGIN_PACKAGE_NOT_FOUND",
    }
)

_HINTS: dict[str, str] = {
    "missing-signature": "The request reached Alipay without a usable Authorization header; "
    "a proxy may have stripped it.",
    "invalid-signature": "Alipay could not verify the request signature: private_key must be "
    "the private key whose public key (or certificate) is uploaded for this app_id in the "
    "Alipay console.",
    "invalid-app-id": "Check app_id: it must be the id of an app that exists in this "
    "environment (production and sandbox app ids differ).",
    "missing-timestamp": "The Authorization header had no timestamp.",
    "illegal-timestamp": "The local clock is too far from Alipay's: synchronise it (NTP).",
    "invalid-encrypt": "Content encryption mismatch: enable it in the console, or remove "
    "encrypt_key, so both sides agree.",
    "decryption-error": "Alipay could not decrypt the body: encrypt_key must be the app's "
    "current content encryption key from the console.",
    "invalid-app-auth-token": "The app auth token is not valid for this app; obtain a new one "
    "through the merchant's authorisation.",
    "app-auth-token-time-out": "The app auth token has expired; refresh it with "
    "alipay.open.auth.token.app.",
    "insufficient-isv-permissions": "The merchant did not grant this ISV app the permission "
    "for this method.",
    "app-call-limited": "The app is being rate limited: slow down or retry later.",
    "method-call-limited": "This method is being rate limited: slow down or retry later.",
    "invalid-alipay-root-cert-sn": "alipay_root_cert does not match Alipay's root certificate: "
    "download alipayRootCert.crt again from the console.",
    "app-cert-not-exist": "The app certificate SN is unknown to Alipay: app_cert must be the "
    "certificate currently uploaded for this app.",
    "SYSTEM_ERROR": "Alipay had an internal error: retry later with the same request id.",
    "BUILD_VERSION_ALREADY_EXIST": "That build_version was already uploaded: bump the version.",
    "POLLING_BUILD_VERSION_NOT_EXIST": "No build matches: pass the package_id returned by upload.",
    "MINI_APP_VERSION_NOT_EXISTS": "Upload and build that version before publishing it.",
    "MINI_APP_VERSION_STATUS_ILLEGAL": "Only a successfully built version can go online: "
    "wait for the build to succeed.",
    "SYNC_WITHOUT_ONLINE_ERROR": "Only the version that is online can be pushed: call online "
    "first, then sync that version.",
    "MINI_APP_AUDITING": "The mini program has a build or review in progress: wait for it "
    "to end, then upgrade.",
    "INVALID_PARAMS": "Check the parameters; template_version must look like 1.2.3.",
}


def hint_for(code: str | None, http_status: int | None = None) -> str | None:
    """What to do about an Alipay error code (or, without one, an HTTP status)."""
    if code in _HINTS:
        return _HINTS[code]
    if code and code.endswith("_IS_BLANK"):
        field = code.removesuffix("_IS_BLANK").lower()
        return f"The required field {field} was empty."
    if http_status is not None and http_status >= 500:
        return "Alipay or a proxy in front of it failed: retry later with the same request id."
    return None


def error_class_for(code: str | None, http_status: int) -> type[AlipayApiError]:
    """Pick the most specific :class:`AlipayApiError` subclass for a code and status."""
    if code in _RATE_LIMIT_CODES or http_status == 429:
        return RateLimitError
    if code in _AUTH_CODES:
        return AuthenticationError
    if code in _NOT_FOUND_CODES:
        return NotFoundError
    if code in _SERVER_CODES or http_status >= 500:
        return ServerError
    if http_status in (401, 403):
        return AuthenticationError
    return AlipayApiError


def json_object(body: bytes) -> dict[str, Any] | None:
    """``body`` parsed, when it is a JSON object; None for anything else (not JSON, not an
    object, or nested too deep for the parser), never an exception."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    return data if isinstance(data, dict) else None


def error_code(data: dict[str, Any] | None) -> str | None:
    """The ``code`` of an Alipay error object ``{"code": "...", "message": ...}``, else None."""
    code = data.get("code") if data is not None else None
    return code if isinstance(code, str) and code else None


def error_from_response(
    *,
    http_status: int,
    body: bytes,
    trace_id: str | None,
    request_id: str | None,
    verified: bool,
    retry_after: float | None = None,
) -> AlipayApiError:
    """Build the typed exception for a non-2xx response body (JSON or not)."""
    code: str | None = None
    message: str | None = None
    links: list[dict[str, str]] = []
    data = json_object(body)
    if data is not None:
        code = error_code(data)
        raw_message = data.get("message")
        message = raw_message if isinstance(raw_message, str) else None
        links = _parse_links(data.get("links"))
    if message is None:
        if data is None and body:
            snippet = body[:120].decode("utf-8", "replace").strip()
            message = f"non-JSON error body: {snippet!r}"
        else:
            message = "no error message in the response"
    cls = error_class_for(code, http_status)
    return cls(
        message,
        http_status=http_status,
        code=code,
        links=links,
        trace_id=trace_id,
        request_id=request_id,
        verified=verified,
        body=body,
        retry_after=retry_after,
    )


def _parse_links(raw: Any) -> list[dict[str, str]]:
    """``links`` is a list of ``{link, desc}`` objects; PHP's model types it as a string."""
    if isinstance(raw, str):
        return [{"link": raw, "desc": ""}] if raw else []
    if not isinstance(raw, list):
        return []
    links = []
    for item in raw:
        if isinstance(item, dict):
            links.append({"link": str(item.get("link", "")), "desc": str(item.get("desc", ""))})
        elif isinstance(item, str):
            links.append({"link": item, "desc": ""})
    return links
