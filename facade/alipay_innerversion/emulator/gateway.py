"""Alipay's gateway, minus HTTP: verify a request, apply it exactly once, sign the answer.

Verification follows Alipay's order and codes, over the bytes exactly as received (the
raw request target and body), using only :mod:`.protocol` — never the client's signing
code, so a client bug cannot be mirrored here.

HTTP statuses, where Alipay's documentation is silent, are this emulator's choice:
401 for authentication and signature codes (``missing-signature``,
``missing-`` / ``invalid-signature-type``, ``missing-`` / ``invalid-app-id``,
``missing-timestamp``, ``illegal-timestamp``, ``invalid-signature``,
``invalid-app-auth-token``, ``missing-`` / ``invalid-alipay-root-cert-sn``,
``missing-app-cert-sn``, ``app-cert-not-exist``); 400 for parameter, encryption and
business errors (``invalid-parameter``, ``missing-`` / ``invalid-encrypt-type``,
``invalid-encrypt``, ``decryption-error``, per-operation codes). A header or field that is
absent gets the ``missing-`` code and one that is wrong the ``invalid-`` (or Alipay's
other) code: :func:`.protocol.absent_or_wrong`. 429 for rate limiting
(``app-call-limited``); 413 (``invalid-file-size``) for a body past the size limit;
500 (``unknow-error``) and 503 (``SYSTEM_ERROR`` where the operation lists it, else
``unknow-error``) for server errors.

Idempotency (``dedupe``, on by default): a request whose ``(app id, alipay-request-id)``
was already processed is not applied again; the stored status and body are answered again
(signed afresh). Reusing a request id for a different operation, body or app auth token is
``invalid-parameter``. With ``dedupe`` off every request is applied as it comes, which is
what Alipay's documentation promises (it promises no de-duplication): a resend then meets
each operation's own rules (``BUILD_VERSION_ALREADY_EXIST``, ``VERSION_HAS_EXISTED``, ...).

Encryption follows the request: a request that declares ``alipay-encrypt-type: AES`` gets
its 2xx answer encrypted, with or without a body (GETs included, as Alipay's Java and PHP
v3 SDKs send them); a request that declares nothing gets a plain answer.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl

from cryptography.hazmat.primitives.asymmetric import rsa

from . import protocol
from .protocol import GatewayError
from .records import RequestLog, token_fingerprint
from .spec import OPERATIONS as SPECS
from .state import BusinessError, Platform

__all__ = [
    "OPERATIONS",
    "Gateway",
    "IncomingRequest",
    "Outcome",
    "RegisteredApp",
    "VerifiedRequest",
    "encode_json",
    "error_body",
    "error_links",
    "new_trace_id",
]

OPERATIONS: Final[Mapping[str, tuple[str, str]]] = {
    name: (spec.method, spec.path) for name, spec in SPECS.items()
}
"""Operation name -> (HTTP method, path), as Alipay publishes them."""

TIMESTAMP_WINDOW = 5 * 60.0
"""Seconds a request's ``timestamp`` may be away from the gateway's clock."""

_IDEMPOTENCY_LIMIT = 100_000


def new_trace_id() -> str:
    return secrets.token_hex(12)


def encode_json(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"code": code, "message": message}


ERROR_LINK = "https://open.alipay.com/api/errCheck?traceId={trace_id}"
"""Alipay's self-help page for an error, by trace id (the form live answers carry)."""
ERROR_LINK_DESC = "解决方案"


def error_links(code: str, trace_id: str) -> str | list[dict[str, str]]:
    """The ``links`` of an error answer, in both forms clients meet, chosen by the code.

    Alipay's description types ``links`` as a string (a solution link; PHP's model reads it
    so), while live answers have been reported carrying a list of ``{link, desc}``
    objects. The emulator sends both, deterministically: a per-operation (business) code,
    upper case like ``MINI_APP_VERSION_NOT_EXISTS`` or ``SYSTEM_ERROR``, gets the list
    (the form of the reported live answers); a gateway code of ``CommonErrorType``,
    lower case like ``invalid-signature``, gets the string.
    """
    link = ERROR_LINK.format(trace_id=trace_id)
    if code.isupper():
        return [{"link": link, "desc": ERROR_LINK_DESC}]
    return link


@dataclass(frozen=True)
class RegisteredApp:
    """An app the gateway knows: its public key, AES key, app cert SN, valid tokens."""

    app_id: str
    app_public_key: rsa.RSAPublicKey
    encrypt_key: bytes | None = None
    app_cert_sn: str | None = None
    app_auth_tokens: frozenset[str] | None = None  # None: any token is accepted

    def __repr__(self) -> str:
        return (
            f"RegisteredApp(app_id={self.app_id!r}, encrypted={self.encrypt_key is not None}, "
            f"app_cert_sn={self.app_cert_sn!r})"
        )


@dataclass(frozen=True)
class IncomingRequest:
    """A request as received: the raw target and body bytes are what the signature covers."""

    method: str
    path: str
    raw_target: bytes  # raw path, plus "?" and the query string when there is one
    query_string: bytes
    headers: Mapping[str, str]  # lower-case names; the first of repeated headers
    body: bytes

    @classmethod
    def from_scope(cls, scope: Mapping[str, Any], body: bytes) -> IncomingRequest:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode("utf-8")
        query: bytes = scope.get("query_string") or b""
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", []):
            headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
        return cls(
            method=scope["method"],
            path=scope["path"],
            raw_target=raw_path + (b"?" + query if query else b""),
            query_string=query,
            headers=headers,
            body=body,
        )

    @property
    def query(self) -> dict[str, str]:
        """Query parameters (the first of repeated names)."""
        params: dict[str, str] = {}
        text = self.query_string.decode("latin-1")
        for name, value in parse_qsl(text, keep_blank_values=True, errors="replace"):
            params.setdefault(name, value)
        return params


@dataclass(frozen=True)
class VerifiedRequest:
    """A request that passed verification, with its decrypted JSON body."""

    operation: str
    request: IncomingRequest
    app: RegisteredApp
    request_id: str | None
    token_fingerprint: str | None
    body: Mapping[str, Any] | None  # the JSON object (POST); None for the query
    encrypted: bool

    @property
    def data(self) -> Mapping[str, Any]:
        """What the operation works on: the JSON body, or the query parameters."""
        return self.body if self.body is not None else self.request.query


@dataclass(frozen=True)
class Outcome:
    """What processing produced: ``applied`` when the operation succeeded just now."""

    status: int
    body: Mapping[str, Any]
    replay: bool
    applied: bool

    @property
    def code(self) -> str | None:
        code = self.body.get("code") if self.status >= 300 else None
        return code if isinstance(code, str) else None


@dataclass(frozen=True)
class _Stored:
    fingerprint: str
    status: int
    body: Mapping[str, Any]


class Gateway:
    """Verification, idempotency and response signing for a set of registered apps."""

    def __init__(
        self,
        *,
        alipay_private_key: rsa.RSAPrivateKey,
        platform: Platform,
        log: RequestLog,
        alipay_cert_sn: str | None = None,
        root_cert_sn: str | None = None,
        timestamp_window: float = TIMESTAMP_WINDOW,
        clock: Callable[[], float] = time.time,
        dedupe: bool = True,
    ) -> None:
        self.alipay_private_key = alipay_private_key
        self.platform = platform
        self.log = log
        self.alipay_cert_sn = alipay_cert_sn
        self.root_cert_sn = root_cert_sn  # set: certificate mode
        self.timestamp_window = timestamp_window
        self.dedupe = dedupe
        """De-duplicate by ``alipay-request-id`` (changeable at run time)."""
        self._clock = clock
        self._lock = threading.RLock()
        self._apps: dict[str, RegisteredApp] = {}
        self._nonces: OrderedDict[tuple[str, str], float] = OrderedDict()  # arrival order
        self._done: OrderedDict[tuple[str, str], _Stored] = OrderedDict()

    # -- registry ------------------------------------------------------------------------
    def add_app(self, app: RegisteredApp) -> None:
        with self._lock:
            self._apps[app.app_id] = app

    def app(self, app_id: str) -> RegisteredApp:
        with self._lock:
            return self._apps[app_id]

    def reset(self) -> None:
        """Forget processed requests and seen nonces (apps stay registered)."""
        with self._lock:
            self._nonces.clear()
            self._done.clear()

    # -- verification --------------------------------------------------------------------
    def verify(self, operation: str, request: IncomingRequest) -> VerifiedRequest:
        """Check a request the way Alipay does; raise :class:`GatewayError` on the first fault."""
        headers = request.headers
        auth = protocol.parse_authorization(headers.get("authorization"))
        with self._lock:
            app = self._apps.get(auth.app_id)
        if app is None:
            raise GatewayError(
                401,
                protocol.absent_or_wrong("app-id", True),
                f"app_id {auth.app_id} does not exist",
            )
        if self.root_cert_sn is not None:
            if not auth.app_cert_sn or auth.app_cert_sn != app.app_cert_sn:
                raise GatewayError(
                    401,
                    protocol.absent_or_wrong(
                        "app-cert-sn", bool(auth.app_cert_sn), wrong="app-cert-not-exist"
                    ),
                    f"app_cert_sn {auth.app_cert_sn or '(missing)'} is not the SN of the app "
                    "certificate uploaded for this app",
                )
            root_sn = headers.get("alipay-root-cert-sn")
            if root_sn != self.root_cert_sn:
                raise GatewayError(
                    401,
                    protocol.absent_or_wrong("alipay-root-cert-sn", bool(root_sn)),
                    f"alipay-root-cert-sn {root_sn or '(missing)'} is not Alipay's root "
                    "certificate SN",
                )
        now = self._clock()
        try:
            sent = int(auth.timestamp) / 1000.0
        except (ValueError, OverflowError):  # not a number, or one beyond any float
            raise GatewayError(
                401, "illegal-timestamp", "timestamp is not milliseconds since the epoch"
            ) from None
        if abs(now - sent) > self.timestamp_window:
            raise GatewayError(
                401,
                "illegal-timestamp",
                f"timestamp is {abs(now - sent):.0f} s away from the gateway's clock "
                f"(allowed: {self.timestamp_window:.0f} s)",
            )
        token = headers.get("alipay-app-auth-token") or None
        if not protocol.request_signature_valid(
            auth,
            method=request.method,
            path_with_query=request.raw_target,
            body=request.body,
            app_auth_token=token,
            app_public_key=app.app_public_key,
        ):
            raise GatewayError(
                401, "invalid-signature", "the signature does not verify with the app public key"
            )
        self._use_nonce(app.app_id, auth.nonce, now)
        if (
            token is not None
            and app.app_auth_tokens is not None
            and token not in app.app_auth_tokens
        ):
            raise GatewayError(
                401, "invalid-app-auth-token", "the app auth token is not valid for this app"
            )
        body, encrypted = self._body(operation, request, app)
        return VerifiedRequest(
            operation=operation,
            request=request,
            app=app,
            request_id=headers.get("alipay-request-id") or None,
            token_fingerprint=token_fingerprint(token) if token else None,
            body=body,
            encrypted=encrypted,
        )

    def _use_nonce(self, app_id: str, nonce: str, now: float) -> None:
        key = (app_id, nonce)
        with self._lock:
            if key in self._nonces:
                raise GatewayError(
                    401,
                    "invalid-signature",
                    "the nonce was already used: replayed request",
                )
            self._nonces[key] = now
            # Forget nonces older than any timestamp still accepted, oldest first: O(1)
            # per request however many nonces the window holds.
            horizon = now - 2 * self.timestamp_window
            while self._nonces:
                _, seen = next(iter(self._nonces.items()))
                if seen >= horizon:
                    break
                self._nonces.popitem(last=False)

    @staticmethod
    def _body(
        operation: str, request: IncomingRequest, app: RegisteredApp
    ) -> tuple[dict[str, Any] | None, bool]:
        plain = request.body
        encrypted = False
        encrypt_type = request.headers.get("alipay-encrypt-type")
        if encrypt_type is not None:  # declared: the answer is encrypted, body or not
            if encrypt_type.strip().upper() != "AES":
                raise GatewayError(
                    400,
                    protocol.absent_or_wrong("encrypt-type", bool(encrypt_type.strip())),
                    f"alipay-encrypt-type {encrypt_type[:40]!r} is not AES",
                )
            if app.encrypt_key is None:
                raise GatewayError(
                    400,
                    "invalid-encrypt",
                    "the request declares AES, but content encryption is not enabled for this app",
                )
            encrypted = True
            if request.body:
                plain = protocol.decrypt_body(request.body, app.encrypt_key)
        if SPECS[operation].in_query:  # GET, DELETE: the query string, never a body
            return None, encrypted
        try:
            parsed = json.loads(plain.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            if encrypted:
                raise GatewayError(
                    400, "decryption-error", "the decrypted body is not JSON: wrong AES key?"
                ) from None
            raise GatewayError(400, "invalid-parameter", "the body is not valid JSON") from None
        if not isinstance(parsed, dict):
            raise GatewayError(400, "invalid-parameter", "the body must be a JSON object")
        return parsed, encrypted

    # -- processing ----------------------------------------------------------------------
    def process(self, request: VerifiedRequest) -> Outcome:
        """Apply a verified request once; replay the stored answer for a known request id."""
        app_id = request.app.app_id
        fingerprint = _fingerprint(request)
        key = (app_id, request.request_id) if request.request_id and self.dedupe else None
        with self._lock:
            if key is not None and key in self._done:
                stored = self._done[key]
                if stored.fingerprint != fingerprint:
                    raise GatewayError(
                        400,
                        "invalid-parameter",
                        f"alipay-request-id {request.request_id} was already used for a "
                        "different request",
                    )
                return Outcome(stored.status, stored.body, replay=True, applied=False)
            try:
                body: Mapping[str, Any] = self.platform.handle(
                    request.operation,
                    app_id,
                    request.data,
                    query=request.request.query if request.body is not None else None,
                )
                status = 200
            except BusinessError as err:
                body, status = error_body(err.code, err.message), err.status
            if key is not None:
                self._done[key] = _Stored(fingerprint, status, body)
                while len(self._done) > _IDEMPOTENCY_LIMIT:
                    self._done.popitem(last=False)
            return Outcome(status, body, replay=False, applied=status < 300)

    # -- responses -----------------------------------------------------------------------
    def sign(self, body: bytes, trace_id: str) -> dict[str, str]:
        """``alipay-timestamp``, ``-nonce``, ``-signature``, ``-trace-id`` (and ``-sn``)."""
        return protocol.response_headers(
            body, self.alipay_private_key, trace_id=trace_id, alipay_sn=self.alipay_cert_sn
        )


def _fingerprint(request: VerifiedRequest) -> str:
    """What makes two requests with one request id "the same request"."""
    material = json.dumps(
        [request.operation, dict(request.data), request.token_fingerprint],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()
