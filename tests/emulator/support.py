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
from functools import cache
from typing import Any

import httpx
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion import AlipayConfig, AlipayTransport, RetryPolicy
from alipay_innerversion.emulator import protocol
from alipay_innerversion.signing import sign_request
from alipay_innerversion_api import Client

from ..conftest import ROOT

PREFIX = "/v3/alipay/open/mini/innerversion"
UPLOAD = f"{PREFIX}/upload"
QUERY = f"{PREFIX}/uploadstatus/query"
ONLINE = f"{PREFIX}/online"
SYNC = f"{PREFIX}/sync"
UPGRADE = f"{PREFIX}/upgrade"
OPERATION_OF_PATH = {
    UPLOAD: "upload",
    QUERY: "uploadstatus.query",
    ONLINE: "online",
    SYNC: "sync",
    UPGRADE: "upgrade",
}
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
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
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
def spec_codes() -> dict[str, frozenset[str]]:
    """Operation -> error codes openapi.yaml allows (its own enum plus CommonErrorType)."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    common = set(schemas["CommonErrorType"]["properties"]["code"]["enum"])
    names = {
        "upload": "Upload",
        "uploadstatus.query": "UploadstatusQuery",
        "online": "Online",
        "sync": "Sync",
        "upgrade": "Upgrade",
    }
    return {
        op: frozenset(
            common
            | set(
                schemas[f"AlipayOpenMiniInnerversion{name}ErrorResponseModel"]["properties"][
                    "code"
                ]["enum"]
            )
        )
        for op, name in names.items()
    }


def assert_code_in_spec(operation: str, code: str | None) -> None:
    assert code is not None
    assert code in spec_codes()[operation], f"{code} is not documented for {operation}"
