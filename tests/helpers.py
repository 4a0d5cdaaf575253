"""A fake Alipay gateway for httpx.MockTransport: verifies requests and signs responses
the way Alipay does, using the emulator's independent protocol code (not the client's)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion.emulator import protocol

Handler = Callable[["Seen"], tuple[int, Any]]
Tamper = Callable[[dict[str, str], bytes], tuple[dict[str, str], bytes]]


@dataclass
class Seen:
    """One request as the gateway saw it, after verification and decryption."""

    method: str
    path: str
    query: dict[str, str]
    headers: httpx.Headers
    wire_body: bytes
    json: Any
    auth: protocol.Authorization


@dataclass
class FakeAlipay:
    """Callable for ``httpx.MockTransport``.

    ``handler(seen) -> (status, json_body)`` decides the business answer; ``script`` is a
    list of answers used first, in order (an ``Exception`` instance is raised instead, to
    simulate network failures). ``tamper`` edits a signed response before it is returned.
    """

    app_id: str
    app_public_key: rsa.RSAPublicKey
    alipay_private_key: rsa.RSAPrivateKey
    encrypt_key: bytes | None = None
    alipay_sn: str | None = None
    app_cert_sn: str | None = None
    root_cert_sn: str | None = None
    handler: Handler | None = None
    script: list[Any] = field(default_factory=list)
    tamper: Tamper | None = None
    sign_errors: bool = True
    extra_headers: dict[str, str] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    trace_counter: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.trace_counter += 1
        trace_id = f"trace-{self.trace_counter:04d}"
        try:
            seen = self._verify(request)
        except protocol.GatewayError as err:
            return self._respond(
                err.status, {"code": err.code, "message": err.message}, trace_id, False
            )
        self.seen.append(seen)
        if self.script:
            answer = self.script.pop(0)
            if isinstance(answer, BaseException):
                raise answer
            status, body = answer
        elif self.handler is not None:
            status, body = self.handler(seen)
        else:
            status, body = 200, {}
        return self._respond(
            status, body, trace_id, seen.headers.get("alipay-encrypt-type") == "AES"
        )

    def _verify(self, request: httpx.Request) -> Seen:
        auth = protocol.parse_authorization(request.headers.get("authorization"))
        if auth.app_id != self.app_id:
            raise protocol.GatewayError(401, "invalid-app-id", "unknown app id")
        if self.app_cert_sn is not None and auth.app_cert_sn != self.app_cert_sn:
            raise protocol.GatewayError(401, "app-cert-not-exist", "unknown app cert")
        if (
            self.root_cert_sn is not None
            and request.headers.get("alipay-root-cert-sn") != self.root_cert_sn
        ):
            raise protocol.GatewayError(401, "invalid-alipay-root-cert-sn", "bad root cert sn")
        if abs(int(auth.timestamp) - time.time() * 1000) > 5 * 60 * 1000:
            raise protocol.GatewayError(401, "illegal-timestamp", "timestamp out of range")
        body = request.read()
        token = request.headers.get("alipay-app-auth-token")
        if not protocol.request_signature_valid(
            auth,
            method=request.method,
            path_with_query=request.url.raw_path,
            body=body,
            app_auth_token=token,
            app_public_key=self.app_public_key,
        ):
            raise protocol.GatewayError(401, "invalid-signature", "signature mismatch")
        plain = body
        if request.headers.get("alipay-encrypt-type") == "AES":
            if self.encrypt_key is None:
                raise protocol.GatewayError(400, "invalid-encrypt", "encryption is not enabled")
            if body:  # a bodiless GET or DELETE declares AES too (Alipay's Java/PHP SDKs)
                plain = protocol.decrypt_body(body, self.encrypt_key)
        return Seen(
            method=request.method,
            path=request.url.path,
            query=dict(request.url.params),
            headers=request.headers,
            wire_body=body,
            json=json.loads(plain) if plain else None,
            auth=auth,
        )

    def _respond(self, status: int, body: Any, trace_id: str, encrypt: bool) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        if encrypt and 200 <= status < 300:
            assert self.encrypt_key is not None
            raw = protocol.encrypt_body(raw, self.encrypt_key)
        headers = {"content-type": "application/json", **self.extra_headers}
        if 200 <= status < 300 or self.sign_errors:
            headers.update(
                protocol.response_headers(
                    raw, self.alipay_private_key, trace_id=trace_id, alipay_sn=self.alipay_sn
                )
            )
        else:
            headers["alipay-trace-id"] = trace_id
        if self.tamper is not None:
            headers, raw = self.tamper(headers, raw)
        return httpx.Response(status, headers=headers, content=raw)


def request_extensions(
    *,
    app_auth_token: str | None = None,
    request_id: str | None = None,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> dict[str, object]:
    """The ``extensions=`` that carry one call's options to the engine (``AlipayTransport``)
    when a test sends through it with the stock generated client or plain httpx, as the
    clients do for every call (checked the way the clients check them)."""
    from alipay_innerversion.deadlines import check_timeout
    from alipay_innerversion.exchange import OPTIONS_EXTENSION, check_request_id
    from alipay_innerversion_api.api import CallOptions

    if timeout is not None:
        check_timeout(timeout)
    options = CallOptions(app_auth_token, check_request_id(request_id), timeout, max_retries)
    return {OPTIONS_EXTENSION: options}
