"""Helpers for the emulator tests: clients over real HTTP, packages, spec error codes."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import time
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlencode

import httpx
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion import AlipayConfig, RetryPolicy
from alipay_innerversion.emulator import protocol
from alipay_innerversion.emulator.spec import OPERATIONS as EMULATED
from alipay_innerversion.signing import sign_request
from alipay_innerversion.transport import AlipayTransport
from alipay_innerversion_api import Client

from ..conftest import ROOT

PREFIX = "/v3/alipay/open/mini/innerversion"
UPLOAD = f"{PREFIX}/upload"
QUERY = f"{PREFIX}/uploadstatus/query"
ONLINE = f"{PREFIX}/online"
SYNC = f"{PREFIX}/sync"
UPGRADE = f"{PREFIX}/upgrade"
OPERATION_OF_PATH = {spec.path: name for name, spec in EMULATED.items()}
MINI = "2021004100000001"
APP_JSON = {"pages": ["pages/index/index"], "window": {"defaultTitle": "demo"}}


def fast_retry(retries: int) -> RetryPolicy:
    return RetryPolicy(max_retries=retries, initial_delay=0.001, max_delay=0.005)


@contextmanager
def api_client(config: AlipayConfig, *, retries: int = 0, **httpx_args: Any) -> Iterator[Client]:
    """The generated client over AlipayTransport, talking to ``config.base_url``."""
    transport = AlipayTransport(config, retry=fast_retry(retries))
    with Client(
        base_url=config.base_url, httpx_args={"transport": transport, **httpx_args}
    ) as client:
        yield client


@contextmanager
def signed_http(config: AlipayConfig, *, retries: int = 0, **kwargs: Any) -> Iterator[httpx.Client]:
    """A plain httpx client whose transport signs, verifies and decrypts."""
    transport = AlipayTransport(config, retry=fast_retry(retries))
    with httpx.Client(base_url=config.base_url, transport=transport, **kwargs) as client:
        yield client


def make_zip(files: Mapping[str, str | bytes]) -> bytes:
    """The same files give the same bytes: entries carry a fixed time, not the clock's (a
    resend built across a 2-second boundary was a different request)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(entry, content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def mini_program_zip(app_json: Any = None) -> bytes:
    """A small valid mini program: app.json at the root plus a page."""
    return make_zip(
        {
            "app.json": json.dumps(APP_JSON if app_json is None else app_json),
            "pages/index/index.axml": "<view>hello</view>",
            "pages/index/index.js": "Page({});",
        }
    )


def upload_body(version: str, package: bytes | None = None, **extra: Any) -> dict[str, Any]:
    package = mini_program_zip() if package is None else package
    body = {
        "mini_app_id": MINI,
        "build_version": version,
        "build_package_stream": base64.b64encode(package).decode("ascii"),
        "build_package_md_5": hashlib.md5(package).hexdigest(),
        "build_app_type": "tinyApp",
        "bundle_id": "com.alipay.alipaywallet",
        "inst_code": "alipay",
        "app_origin": "alipay_innerapp",
    }
    body.update(extra)
    return {k: v for k, v in body.items() if v is not None}


def build(client: httpx.Client, version: str, *, mini: str = MINI) -> str:
    """Upload a valid package and poll it to success; return the package id."""
    uploaded = client.post(UPLOAD, json=upload_body(version, mini_app_id=mini)).json()
    for _ in range(10):
        state = client.get(QUERY, params={"build_package_id": uploaded["package_id"]}).json()
        if state["need_rotation"] == "false":
            assert state["build_status"] == "2", state
            return str(uploaded["package_id"])
    raise AssertionError("the build never finished")


# -- hand-crafted requests (for rejections) -------------------------------------------------


def signed_headers(
    *,
    app_id: str,
    private_key: rsa.RSAPrivateKey,
    method: str,
    target: str,
    body: bytes = b"",
    token: str | None = None,
    app_cert_sn: str | None = None,
    nonce: str | None = None,
    timestamp_ms: int | None = None,
) -> dict[str, str]:
    """Headers of a correctly signed request (the client's signer; tests then break it)."""
    signed = sign_request(
        app_id=app_id,
        private_key=private_key,
        method=method,
        path_with_query=target,
        body=body,
        app_auth_token=token,
        app_cert_sn=app_cert_sn,
        nonce=nonce,
        timestamp=str(timestamp_ms if timestamp_ms is not None else int(time.time() * 1000)),
    )
    headers = {
        "authorization": signed.authorization,
        "alipay-request-id": uuid.uuid4().hex,
        "accept": "application/json",
    }
    if body:
        headers["content-type"] = "application/json"
    if token is not None:
        headers["alipay-app-auth-token"] = token
    return headers


def verify_signed(response: httpx.Response, alipay_public: rsa.RSAPublicKey) -> None:
    """Assert the response carries a valid Alipay signature over its exact body."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    headers = response.headers
    content = (
        headers["alipay-timestamp"].encode()
        + b"\n"
        + headers["alipay-nonce"].encode()
        + b"\n"
        + response.content
        + b"\n"
    )
    signature = base64.b64decode(headers["alipay-signature"])
    alipay_public.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    assert headers["alipay-trace-id"]


def decrypt(response: httpx.Response, key: bytes) -> Any:
    return json.loads(protocol.decrypt_body(response.content, key))


# -- the spec ----------------------------------------------------------------------------------


@cache
def openapi() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return spec


def _codes(schema: Mapping[str, Any]) -> set[str]:
    """The documented codes of an error model: its ``enum`` or ``x-known-codes``."""
    code = schema["properties"]["code"]
    return set(code.get("enum") or code.get("x-known-codes") or ())


def error_model(operation: str) -> str:
    """``audit.submit`` -> ``AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel``."""
    camel = "".join(part.capitalize() for part in operation.split("."))
    return f"AlipayOpenMiniInnerversion{camel}ErrorResponseModel"


@cache
def spec_codes() -> dict[str, frozenset[str]]:
    """Operation -> error codes openapi.yaml documents (its own plus CommonErrorType's)."""
    schemas = openapi()["components"]["schemas"]
    common = _codes(schemas["CommonErrorType"])
    return {
        op: frozenset(common | _codes(schemas[error_model(op)]))
        for op in EMULATED
        if error_model(op) in schemas
    }


def assert_code_in_spec(operation: str, code: str | None) -> None:
    assert code is not None
    assert EMULATED[operation].allows(code), f"{code} is not Alipay's for {operation}"
    if operation in spec_codes():  # and the project's openapi.yaml agrees
        assert code in spec_codes()[operation], f"{code} is not documented for {operation}"


# -- raw signed requests, for every operation ---------------------------------------------------


@dataclass
class Answer:
    """A verified answer: HTTP status, the JSON object (decrypted), whether it was encrypted."""

    status: int
    data: dict[str, Any]
    encrypted: bool
    response: httpx.Response

    @property
    def code(self) -> str | None:
        code = self.data.get("code") if self.status >= 300 else None
        return code if isinstance(code, str) else None


class Raw:
    """Signs requests by hand (the client's signer only), for any operation by name.

    ``call("audit.submit", app_version="1.0.0")`` sends the fields as the JSON body (POST)
    or the query string (GET, DELETE), verifies the answer's signature, decrypts it when
    it is encrypted, and returns an :class:`Answer`. ``aes`` encrypts bodies (and declares
    AES on bodiless requests too) with that key.
    """

    def __init__(
        self,
        http: httpx.Client,
        *,
        app_id: str,
        private_key: rsa.RSAPrivateKey,
        alipay_public: rsa.RSAPublicKey,
        aes: bytes | None = None,
    ) -> None:
        self.http, self.app_id, self.private_key = http, app_id, private_key
        self.alipay_public, self.aes = alipay_public, aes

    def prepare(
        self,
        base: httpx.URL,
        operation: str,
        fields: Mapping[str, Any],
        request_id: str | None = None,
    ) -> httpx.Request:
        spec = EMULATED[operation]
        target, body = spec.path, b""
        if spec.in_query:
            query = urlencode({k: v for k, v in fields.items() if v is not None})
            target = f"{spec.path}?{query}" if query else spec.path
        else:
            body = json.dumps(dict(fields), ensure_ascii=False).encode("utf-8")
            if self.aes is not None:
                body = protocol.encrypt_body(body, self.aes)
        headers = signed_headers(
            app_id=self.app_id,
            private_key=self.private_key,
            method=spec.method,
            target=target,
            body=body,
        )
        if request_id is not None:
            headers["alipay-request-id"] = request_id
        if self.aes is not None:
            headers["alipay-encrypt-type"] = "AES"
            if body:
                headers["content-type"] = "text/plain"
        url = str(base).rstrip("/") + target
        return httpx.Request(spec.method, url, content=body, headers=headers)

    def answer(self, response: httpx.Response) -> Answer:
        verify_signed(response, self.alipay_public)
        # Exact types: Alipay's Java v3 SDK reads an answer only when its type is a JSON
        # type or exactly text/plain (no charset).
        content_type = response.headers["content-type"]
        assert content_type in ("text/plain", "application/json"), content_type
        encrypted = content_type == "text/plain"
        if encrypted:
            assert self.aes is not None
            data = json.loads(protocol.decrypt_body(response.content, self.aes))
        else:
            data = response.json()
        assert isinstance(data, dict)
        return Answer(response.status_code, data, encrypted, response)

    def send(
        self, operation: str, fields: Mapping[str, Any], *, request_id: str | None = None
    ) -> Answer:
        request = self.prepare(self.http.base_url, operation, fields, request_id)
        return self.answer(self.http.send(request))

    async def asend(
        self, client: httpx.AsyncClient, operation: str, **fields: Any
    ) -> dict[str, Any]:
        """The same over an async client; the answer must be a 2xx."""
        request = self.prepare(client.base_url, operation, fields)
        answer = self.answer(await client.send(request))
        assert answer.status == 200, (operation, answer.data)
        return answer.data

    def call(self, operation: str, **fields: Any) -> dict[str, Any]:
        """Send; the answer must be a 2xx: return its JSON object."""
        answer = self.send(operation, fields)
        assert answer.status == 200, (operation, answer.status, answer.data)
        return answer.data

    def refuse(self, operation: str, code: str, **fields: Any) -> str:
        """Send; the answer must be HTTP 400 ``code``, documented for the operation."""
        answer = self.send(operation, fields)
        assert (answer.status, answer.code) == (400, code), (operation, answer.data)
        assert not answer.encrypted
        assert_code_in_spec(operation, code)
        message: str = answer.data["message"]
        return message
