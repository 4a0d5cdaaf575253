"""One logical request as the transport sends it: what every attempt (retry) shares.

``prepare`` fixes the request id, the wire body (encrypted once) and the headers;
``sign`` makes one attempt's request (fresh nonce, timestamp and signature).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

import httpx

from alipay_innerversion_api.api import CallOptions

from .config import AlipayConfig
from .crypto import aes_encrypt_bytes
from .errors import InvalidRequestError
from .signing import sign_request
from .wire import WIRE_CHUNK, WireBody

__all__ = [
    "OPERATION_EXTENSION",
    "OPTIONS_EXTENSION",
    "Exchange",
    "check_request_id",
    "new_request_id",
    "prepare",
    "sign",
]

OPTIONS_EXTENSION = "alipay_innerversion.options"
"""The key of a request's :class:`CallOptions` in ``httpx.Request.extensions``: a call's
options travel with its request (no ambient scope an option could leak through into
another call, thread or task), merged over the client's defaults once, by the client."""
OPERATION_EXTENSION = "alipay_innerversion.operation"
"""The key of the operation's method name (for event hooks and logs)."""
_NO_OPTIONS = CallOptions()
_REQUEST_ID = re.compile(r"[!-~]{1,128}")


def new_request_id() -> str:
    """A fresh ``alipay-request-id``: 128 random bits in hex."""
    return secrets.token_hex(16)


def check_request_id(request_id: object) -> str | None:
    """``request_id`` if it can be sent as ``alipay-request-id`` (1 to 128 visible ASCII
    characters, no spaces), else :class:`InvalidRequestError`; None stays None."""
    if request_id is None or (isinstance(request_id, str) and _REQUEST_ID.fullmatch(request_id)):
        return request_id
    raise InvalidRequestError(
        f"request_id {request_id!r:.60} cannot be sent as alipay-request-id.",
        hint="Give 1 to 128 visible ASCII characters without spaces (the id of the "
        "call to resend), or no request_id for a fresh one.",
    )


# Request headers _prepare sets itself, dropping the caller's.
_SETS = frozenset(
    {
        b"authorization",
        b"content-length",
        b"alipay-app-auth-token",
        b"accept",
        b"alipay-request-id",
        b"alipay-encrypt-type",
    }
)
_ENCRYPTED_SETS = _SETS | {b"content-type"}


@dataclass(frozen=True)
class Exchange:
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
    deadline: float | None = None  # seconds one attempt may take, all of it (None: no limit)
    operation: str | None = None  # the operation's method name, for hooks and logs

    @property
    def method(self) -> str:
        return self.wire.method

    @property
    def url(self) -> httpx.URL:
        return self.wire.url


def prepare(
    config: AlipayConfig, request: httpx.Request, content: bytes, default_retries: int
) -> Exchange:
    """Fix what every attempt shares: request id, wire body (encrypted once), headers.

    With an AES key configured, every request declares ``alipay-encrypt-type: AES``
    (bodiless GETs and DELETEs too, as Alipay's Java and PHP SDKs do), and a body is
    sent encrypted. The attempt deadline is the largest of the request's httpx timeouts
    (all of them, for a plain number of seconds): the whole attempt must end by then.
    """
    given_options = request.extensions.get(OPTIONS_EXTENSION)
    options = given_options if isinstance(given_options, CallOptions) else _NO_OPTIONS
    key = config.encrypt_key
    encrypted = key is not None
    replaced = _ENCRYPTED_SETS if encrypted and content else _SETS
    if config.alipay_root_cert_sn:
        replaced = replaced | {b"alipay-root-cert-sn"}
    given: dict[bytes, bytes] = {}
    headers: list[tuple[bytes, bytes]] = []
    for name, value in request.headers.raw:  # one pass; httpx.Headers edits scan each time
        lower = name.lower()
        given[lower] = value
        if lower not in replaced:
            headers.append((name, value))
    body = content
    if key is not None:
        if content:
            body = aes_encrypt_bytes(content, key)
            headers.append((b"content-type", b"text/plain"))
        headers.append((b"alipay-encrypt-type", b"AES"))
    elif content and b"content-type" not in given:
        headers.append((b"content-type", b"application/json"))
    given_id = given.get(b"alipay-request-id")
    request_id = options.request_id or (
        given_id.decode("latin-1") if given_id else new_request_id()
    )
    if b"host" not in given:  # a request the client built: httpx added none
        headers.insert(0, (b"host", request.url.netloc))
    headers.append((b"accept", b"application/json"))
    headers.append((b"alipay-request-id", request_id.encode("latin-1")))
    if options.app_auth_token:
        headers.append((b"alipay-app-auth-token", options.app_auth_token.encode()))
    if config.alipay_root_cert_sn:
        headers.append((b"alipay-root-cert-sn", config.alipay_root_cert_sn.encode()))
    if body or request.method in ("POST", "PUT", "PATCH"):  # as httpx does for content=
        headers.append((b"content-length", b"%d" % len(body)))
    max_retries = default_retries if options.max_retries is None else options.max_retries
    extensions = request.extensions
    if options.timeout is not None:
        extensions = {**extensions, "timeout": httpx.Timeout(options.timeout).as_dict()}
    # The request itself becomes the wire request (one request per call): its headers,
    # body and extensions are replaced, its method and URL kept.
    wire = request
    wire.headers = httpx.Headers(headers)
    wire.stream = httpx.ByteStream(body)
    wire.extensions = extensions
    timeouts = extensions.get("timeout")
    deadline = (
        max((t for t in timeouts.values() if t is not None), default=None)
        if isinstance(timeouts, dict)
        else None
    )
    wire._content = body  # what wire.read() stores: wire.content is the body, no copy
    if len(body) > WIRE_CHUNK:
        wire.stream = WireBody(body)  # sent in slices
    return Exchange(
        wire=wire,
        path_with_query=request.url.raw_path,
        body=body,
        encrypted=encrypted,
        request_id=request_id,
        app_auth_token=options.app_auth_token,
        max_retries=max(0, max_retries),
        deadline=deadline,
        operation=request.extensions.get(OPERATION_EXTENSION),
    )


def sign(config: AlipayConfig, exchange: Exchange) -> httpx.Request:
    """The request for one attempt: fresh nonce and timestamp, new signature."""
    signed = sign_request(
        app_id=config.app_id,
        private_key=config.private_key,
        method=exchange.method,
        path_with_query=exchange.path_with_query,
        body=exchange.body,
        app_auth_token=exchange.app_auth_token,
        app_cert_sn=config.app_cert_sn,
    )
    exchange.wire.headers["authorization"] = signed.authorization
    return exchange.wire
