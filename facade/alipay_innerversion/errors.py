"""The SDK's exceptions: a small tree whose messages say what happened and what to do.

Every exception carries the Alipay trace id when there is one (Alipay support asks for
it) and never holds key material, AES keys or app auth tokens: messages are built from
codes, field names and ids only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .error_codes import (
    _AUTH_CODES,
    _NOT_FOUND_CODES,
    _RATE_LIMIT_CODES,
    _SERVER_CODES,
    error_code,
    hint_for,
    json_object,
    parse_links,
)
from .error_codes import _HINTS as _HINTS  # re-exported: the code tables lived here

__all__ = [
    "AlipayApiError",
    "AlipayError",
    "AuditRejectedError",
    "AuthenticationError",
    "BuildFailedError",
    "ConfigError",
    "DecryptionError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "SignatureError",
    "TransportError",
    "WaitTimeoutError",
    "error_class_for",
    "error_code",
    "error_from_response",
    "hint_for",
    "json_object",
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


class RedirectError(TransportError):
    """Something on the way answered with a redirect (HTTP 3xx), which the SDK never follows.

    Following it would send the signed request, its body and ``alipay-app-auth-token`` to
    a server nobody configured. ``location`` is where it pointed (for the message only);
    not retried: the same request gets the same redirect.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        location: str | None,
        hint: str | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint, trace_id=trace_id, request_id=request_id)
        self.http_status = http_status
        self.location = location


class ResponseTooLargeError(TransportError):
    """An answer grew past the client's size cap (``max_response_bytes``), counted after
    decompression; reading stopped there and nothing from it was trusted. Not retried."""

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        limit: int,
        hint: str | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint, trace_id=trace_id, request_id=request_id)
        self.http_status = http_status
        self.limit = limit


MESSAGE_HEAD = 300
"""Characters of a server's error message kept in an exception (the whole body stays in
``error.body``, itself capped): a 10 MB message must not become a 10 MB ``str(error)``."""


def head(text: str, limit: int = MESSAGE_HEAD) -> str:
    """``text`` cut to ``limit`` characters, saying how much was cut."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... [{len(text) - limit} more characters cut]"


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
    """Our own deadline passed while waiting (for a build or a review); it may still end."""

    def __init__(
        self,
        message: str,
        *,
        package_id: str | None,
        last_state: str | None,
        hint: str | None = None,
    ) -> None:
        super().__init__(
            message,
            hint=hint
            or "The build may still finish: poll upload_status again later, or call "
            "wait_for_build with a longer timeout.",
        )
        self.package_id = package_id
        self.last_state = last_state


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
        if code is not None and len(code) > 100:  # no code of Alipay's is this long
            code = head(code, 100)
        raw_message = data.get("message")
        message = head(raw_message) if isinstance(raw_message, str) else None
        links = parse_links(data.get("links"))[:20]
    hint: str | None = None
    if message is None:
        if data is None and body:
            snippet = body[:120].decode("utf-8", "replace").strip()
            message = f"non-JSON error body: {snippet!r}"
        else:
            message = "no error message in the response"
    if data is None and not verified:
        message = (
            f"The answer (HTTP {http_status}) did not come from Alipay's gateway: it is "
            f"unsigned and not an Alipay error object ({message})."
        )
        hint = (
            "Something else answered (a proxy, a captive portal, another server): check that "
            "base_url names Alipay's gateway and that nothing in between rewrites answers."
        )
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
        hint=hint,
        retry_after=retry_after,
    )


class AuditRejectedError(AlipayError):
    """Alipay's review rejected a version (status ``AUDIT_REJECT``)."""

    def __init__(
        self,
        message: str,
        *,
        app_version: str | None,
        reject_reason: str | None,
        trace_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(
            message,
            hint="Read reject_reason, send the version back to development with "
            "backdev_publish, fix it, and submit a new version for review.",
            trace_id=trace_id,
            request_id=request_id,
        )
        self.app_version = app_version
        self.reject_reason = reject_reason
