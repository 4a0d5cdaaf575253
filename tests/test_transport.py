"""AlipayTransport over httpx.MockTransport, sync and async: what goes on the wire, what is
accepted back, and every response that must be rejected."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayApiError,
    AlipayConfig,
    AuthenticationError,
    DecryptionError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    SignatureError,
    TransportError,
)
from alipay_innerversion.emulator import protocol
from alipay_innerversion.transport import AlipayTransport

from .conftest import Keys, fake_for
from .helpers import FakeAlipay, request_extensions

ONLINE = "/v3/alipay/open/mini/innerversion/online"
STATUS = "/v3/alipay/open/mini/innerversion/uploadstatus/query"
MODES = ["sync", "async"]


def call(
    transport: AlipayTransport,
    mode: str,
    method: str = "POST",
    path: str = ONLINE,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request through ``transport`` with a sync or an async httpx client."""
    base = transport.config.base_url
    if mode == "sync":
        with httpx.Client(base_url=base, transport=transport) as client:
            return client.request(method, path, **kwargs)

    async def run() -> httpx.Response:
        async with httpx.AsyncClient(base_url=base, transport=transport) as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(run())


def make(config: AlipayConfig, fake: FakeAlipay, **kwargs: Any) -> AlipayTransport:
    mock = httpx.MockTransport(fake)
    kwargs.setdefault("retry", RetryPolicy(max_retries=0))
    return AlipayTransport(config, transport=mock, async_transport=mock, **kwargs)


BODY = {"mini_app_id": "2021000000000001", "app_online_version": "1.0.2", "app_origin": "测试"}


@pytest.mark.parametrize("mode", MODES)
def test_signed_request_is_accepted_and_response_verified(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (200, {"echo": seen.json})
    response = call(make(key_config, fake), mode, json=BODY)
    assert response.status_code == 200
    assert response.json() == {"echo": BODY}
    seen = fake.seen[0]
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["accept"] == "application/json"
    assert len(seen.headers["alipay-request-id"]) == 32
    assert "alipay-encrypt-type" not in seen.headers
    assert seen.auth.app_id == key_config.app_id


@pytest.mark.parametrize("mode", MODES)
def test_get_with_query_is_signed_over_path_and_query(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (200, {"build_status": "1"})
    params = {"build_package_id": "20240001", "bundle_id": "com.alipay.alipaywallet"}
    response = call(make(key_config, fake), mode, "GET", STATUS, params=params)
    assert response.json() == {"build_status": "1"}
    assert fake.seen[0].query == params
    assert fake.seen[0].wire_body == b""


@pytest.mark.parametrize("mode", MODES)
def test_encrypted_request_and_response(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    fake.handler = lambda seen: (200, {"echo": seen.json})
    response = call(make(config, fake), mode, json=BODY)
    assert response.json() == {"echo": BODY}
    seen = fake.seen[0]
    assert seen.headers["content-type"] == "text/plain"
    assert seen.headers["alipay-encrypt-type"] == "AES"
    assert not seen.wire_body.startswith(b"{")
    assert seen.json == BODY


def signed_plain(keys: Keys, text: bytes) -> Callable[..., tuple[dict[str, str], bytes]]:
    """A tamper that answers ``text`` as plain JSON, validly signed by Alipay's key."""

    def plain(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
        return {
            **headers,
            **protocol.response_headers(text, keys.alipay_private, trace_id="t"),
        }, text

    return plain


@pytest.mark.parametrize("answer", ["ciphertext", "plain"])
@pytest.mark.parametrize("mode", MODES)
def test_get_declares_encryption_when_encryption_is_on(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str, answer: str
) -> None:
    """With AES on, a bodiless GET says ``alipay-encrypt-type: AES`` (as Alipay's Java and
    PHP SDKs do); its answer is accepted encrypted, or as validly signed plain JSON."""
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    fake.handler = lambda seen: (200, {"build_status": "2"})
    if answer == "plain":
        fake.tamper = signed_plain(keys, b'{"build_status":"2"}')
    response = call(make(config, fake), mode, "GET", STATUS, params={"build_package_id": "1"})
    assert response.json() == {"build_status": "2"}
    seen = fake.seen[0]
    assert seen.headers["alipay-encrypt-type"] == "AES"
    assert seen.wire_body == b""
    assert "content-type" not in seen.headers
    assert seen.query == {"build_package_id": "1"}


@pytest.mark.parametrize("mode", MODES)
def test_app_auth_token_is_sent_and_signed(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    token = "202411BBsecret-token-value"
    call(
        make(key_config, fake),
        mode,
        json=BODY,
        extensions=request_extensions(app_auth_token=token, request_id="rid-1"),
    )
    seen = fake.seen[0]
    assert seen.headers["alipay-app-auth-token"] == token
    assert seen.headers["alipay-request-id"] == "rid-1"


def test_token_outside_the_signature_is_rejected_by_the_gateway(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """The gateway includes the token line; a request signed without it fails there."""

    class Stripper(httpx.MockTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            request.headers["alipay-app-auth-token"] = "added-after-signing"
            return super().handle_request(request)

    transport = AlipayTransport(
        key_config, transport=Stripper(fake), retry=RetryPolicy(max_retries=0)
    )
    with pytest.raises(AuthenticationError) as info:
        call(transport, "sync", json=BODY)
    assert info.value.code == "invalid-signature"


@pytest.mark.parametrize("mode", MODES)
def test_cert_mode_headers_and_alipay_sn(cert_config: AlipayConfig, keys: Keys, mode: str) -> None:
    fake = fake_for(cert_config, keys)
    fake.handler = lambda seen: (200, {"ok": "1"})
    response = call(make(cert_config, fake), mode, json=BODY)
    assert response.json() == {"ok": "1"}
    seen = fake.seen[0]
    assert seen.auth.app_cert_sn == cert_config.app_cert_sn
    assert seen.headers["alipay-root-cert-sn"] == cert_config.alipay_root_cert_sn


@pytest.mark.parametrize("mode", MODES)
def test_rotated_alipay_cert_sn_is_rejected(
    cert_config: AlipayConfig, keys: Keys, mode: str
) -> None:
    fake = fake_for(cert_config, keys)
    fake.alipay_sn = "0" * 32
    with pytest.raises(SignatureError, match="rotated") as info:
        call(make(cert_config, fake), mode, json=BODY)
    assert info.value.check == "cert-sn"
    assert info.value.trace_id == "trace-0001"


# -- tampering -------------------------------------------------------------------------------


def _flip_char(text: str) -> str:
    return ("B" if text[0] == "A" else "A") + text[1:]


def _tamper_body(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    return headers, body.replace(b'"1"', b'"2"', 1)


def _tamper_timestamp(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    ts = headers["alipay-timestamp"]
    return {**headers, "alipay-timestamp": ts[:-1] + str((int(ts[-1]) + 1) % 10)}, body


def _tamper_nonce(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    return {**headers, "alipay-nonce": _flip_char(headers["alipay-nonce"])}, body


def _tamper_signature(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    sig = headers["alipay-signature"]
    return {**headers, "alipay-signature": sig[:20] + _flip_char(sig[20:])}, body


def _drop_signature(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    return {k: v for k, v in headers.items() if k != "alipay-signature"}, body


TAMPERS: dict[str, tuple[Callable[..., Any], str]] = {
    "body": (_tamper_body, "signature"),
    "timestamp": (_tamper_timestamp, "signature"),
    "nonce": (_tamper_nonce, "signature"),
    "signature": (_tamper_signature, "signature"),
    "missing-signature": (_drop_signature, "missing-signature"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("what", list(TAMPERS))
def test_tampered_2xx_is_rejected(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, what: str
) -> None:
    tamper, check = TAMPERS[what]
    fake.handler = lambda seen: (200, {"build_status": "1"})
    fake.tamper = tamper
    with pytest.raises(SignatureError) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.check == check
    assert info.value.trace_id == "trace-0001"
    assert info.value.request_id


@pytest.mark.parametrize("mode", MODES)
def test_response_signed_by_wrong_key_is_rejected(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    fake.alipay_private_key = keys.app_private  # an impostor signs with some other key
    with pytest.raises(SignatureError, match="does not verify"):
        call(make(key_config, fake), mode, json=BODY)


@pytest.mark.parametrize("mode", MODES)
def test_old_response_outside_window_is_rejected(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    def replay(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
        old = int(time.time() * 1000) - 20 * 60 * 1000
        signed = protocol.response_headers(
            body, keys.alipay_private, trace_id="t", timestamp_ms=old
        )
        return {**headers, **signed}, body

    fake.tamper = replay
    with pytest.raises(SignatureError, match="minutes away from local time") as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.check == "timestamp"


@pytest.mark.parametrize("mode", MODES)
def test_signed_plain_json_answer_to_encrypted_request_is_accepted(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    """The signature over the raw body authenticates the answer, encrypted or not."""
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    fake.tamper = signed_plain(keys, b'{"a":"1"}')
    response = call(make(config, fake), mode, json=BODY)
    assert response.json() == {"a": "1"}
    assert fake.seen[0].headers["alipay-encrypt-type"] == "AES"


@pytest.mark.parametrize("mode", MODES)
def test_plain_json_answer_to_encrypted_request_must_be_signed(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    """Accepting plain JSON rests on its signature: a body changed after signing fails."""
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)
    sign = signed_plain(keys, b'{"a":"1"}')

    def forged(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
        headers, _ = sign(headers, body)
        return headers, b'{"a":"2"}'

    fake.tamper = forged
    with pytest.raises(SignatureError) as info:
        call(make(config, fake), mode, json=BODY)
    assert info.value.check == "signature"


@pytest.mark.parametrize("mode", MODES)
def test_ciphertext_answer_to_plain_request_is_rejected(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    def cipher(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
        text = protocol.encrypt_body(body, keys.encrypt_key)
        return {
            **headers,
            **protocol.response_headers(text, keys.alipay_private, trace_id="t"),
        }, text

    fake.tamper = cipher
    with pytest.raises(SignatureError, match="not a JSON object") as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.check == "body"


@pytest.mark.parametrize("mode", MODES)
def test_undecryptable_answer_raises_decryption_error(
    key_config: AlipayConfig, fake: FakeAlipay, keys: Keys, mode: str
) -> None:
    config = key_config.replace(encrypt_key=keys.encrypt_key_b64)

    def garbage(headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
        text = protocol.encrypt_body(b'{"a":"1"}', bytes(16))  # another AES key
        return {
            **headers,
            **protocol.response_headers(text, keys.alipay_private, trace_id="t"),
        }, text

    fake.tamper = garbage
    with pytest.raises(DecryptionError, match="encrypt_key") as info:
        call(make(config, fake), mode, json=BODY)
    assert info.value.trace_id == "t"


# -- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_signed_business_error_is_typed_and_verified(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    links = [{"link": "https://open.alipay.com/api/errCheck?traceId=x", "desc": "解决方案"}]
    fake.handler = lambda seen: (
        400,
        {"code": "MINI_APP_VERSION_NOT_EXISTS", "message": "版本不存在", "links": links},
    )
    with pytest.raises(NotFoundError) as info:
        call(make(key_config, fake), mode, json=BODY)
    error = info.value
    assert error.code == "MINI_APP_VERSION_NOT_EXISTS"
    assert error.message == "版本不存在"
    assert error.http_status == 400
    assert error.links == links
    assert error.verified is True
    assert error.trace_id == "trace-0001"
    assert error.request_id == fake.seen[0].headers["alipay-request-id"]
    assert json.loads(error.body)["code"] == "MINI_APP_VERSION_NOT_EXISTS"
    assert "Upload and build that version" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_error_with_bad_signature_is_a_signature_error(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (400, {"code": "INVALID_PARAMS", "message": "bad"})
    fake.tamper = _tamper_body
    fake.tamper = lambda h, b: (h, b.replace(b"bad", b"bat"))
    with pytest.raises(SignatureError) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.http_status == 400


@pytest.mark.parametrize("mode", MODES)
def test_unsigned_error_is_raised_unverified(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.sign_errors = False
    fake.handler = lambda seen: (
        400,
        {"code": "INVALID_PARAMS", "message": "bad", "links": "https://x"},
    )
    with pytest.raises(AlipayApiError) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.verified is False
    assert info.value.links == [{"link": "https://x", "desc": ""}]  # PHP-style string links
    assert "[unsigned response]" in str(info.value)


@pytest.mark.parametrize(
    ("status", "body", "cls", "code"),
    [
        (502, b"<html><body>Bad Gateway</body></html>", ServerError, None),
        (
            429,
            b'{"code":"app-call-limited","message":"limited"}',
            RateLimitError,
            "app-call-limited",
        ),
        (
            400,
            b'{"code":"method-call-limited","message":"limited"}',
            RateLimitError,
            "method-call-limited",
        ),
        (
            401,
            b'{"code":"invalid-signature","message":"sig"}',
            AuthenticationError,
            "invalid-signature",
        ),
        (400, b"", AlipayApiError, None),
        (418, b'{"message":"teapot"}', AlipayApiError, None),
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_odd_error_responses_never_reach_the_parser(
    key_config: AlipayConfig,
    fake: FakeAlipay,
    mode: str,
    status: int,
    body: bytes,
    cls: type[AlipayApiError],
    code: str | None,
) -> None:
    fake.sign_errors = False
    fake.handler = lambda seen: (status, body)
    with pytest.raises(cls) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert type(info.value) is cls
    assert info.value.http_status == status
    assert info.value.code == code
    assert info.value.message


@pytest.mark.parametrize("mode", MODES)
def test_gateway_rejections_for_bad_credentials(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.app_id = "someone-else"
    with pytest.raises(AuthenticationError) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert info.value.code == "invalid-app-id"
    assert "app_id" in str(info.value)


# -- network failures and retries ------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_becomes_transport_error(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.script = [httpx.ConnectError("connection refused")]
    with pytest.raises(
        TransportError,
        match=r"Network error calling POST https://openapi\.alipay\.com"
        r"/v3/alipay/open/mini/innerversion/online: ConnectError: connection refused",
    ) as info:
        call(make(key_config, fake), mode, json=BODY)
    assert not isinstance(info.value, RequestTimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert "base_url" in (info.value.hint or "")


@pytest.mark.parametrize("mode", MODES)
def test_connection_error_names_the_port(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    """A wrong port is a common mistake with a local gateway: the message shows it."""
    config = key_config.replace(base_url="http://127.0.0.1:8765")
    fake.script = [httpx.ConnectError("connection refused")]
    with pytest.raises(TransportError, match=r"calling POST http://127\.0\.0\.1:8765/v3/"):
        call(make(config, fake), mode, json=BODY)


@pytest.mark.parametrize("mode", MODES)
def test_timeout_becomes_request_timeout_error(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.script = [httpx.ReadTimeout("slow")]
    with pytest.raises(RequestTimeoutError, match="Timed out") as info:
        call(make(key_config, fake), mode, json=BODY)
    assert isinstance(info.value, TimeoutError)
    # no trace id without an answer: the message names our request id to retry with
    assert str(info.value).endswith(f"(request id: {fake.seen[0].headers['alipay-request-id']})")


@pytest.mark.parametrize("mode", MODES)
def test_retry_resigns_with_same_request_id(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.script = [
        httpx.ConnectError("reset"),
        (503, {"code": "SYSTEM_ERROR", "message": "busy"}),
        (200, {"ok": "1"}),
    ]
    transport = make(key_config, fake, retry=RetryPolicy(max_retries=3, initial_delay=0.001))
    response = call(transport, mode, json=BODY)
    assert response.json() == {"ok": "1"}
    ids = {seen.headers["alipay-request-id"] for seen in fake.seen}
    nonces = {seen.auth.nonce for seen in fake.seen}
    assert len(fake.seen) == 3
    assert len(ids) == 1
    assert len(nonces) == 3


@pytest.mark.parametrize("mode", MODES)
def test_business_error_is_not_retried(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (400, {"code": "SYSTEM_ERROR", "message": "4xx business"})
    transport = make(key_config, fake, retry=RetryPolicy(max_retries=3, initial_delay=0.001))
    with pytest.raises(ServerError):
        call(transport, mode, json=BODY)
    assert len(fake.seen) == 1


def test_retry_honours_retry_after_and_per_call_override(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    slept: list[float] = []
    fake.extra_headers = {"retry-after": "2"}
    fake.handler = lambda seen: (429, {"code": "app-call-limited", "message": "slow down"})
    transport = make(key_config, fake, retry=RetryPolicy(max_retries=2), sleep=slept.append)
    with pytest.raises(RateLimitError) as info:
        call(transport, "sync", json=BODY)
    assert slept == [2.0, 2.0]
    assert info.value.retry_after == 2.0
    assert len(fake.seen) == 3
    fake.seen.clear()
    with pytest.raises(RateLimitError):
        call(transport, "sync", json=BODY, extensions=request_extensions(max_retries=0))
    assert len(fake.seen) == 1


def test_transport_repr_holds_no_secret(key_config: AlipayConfig, keys: Keys) -> None:
    transport = AlipayTransport(key_config.replace(encrypt_key=keys.encrypt_key_b64))
    assert keys.encrypt_key_b64 not in repr(transport)
    assert "AlipayConfig(app_id=" in repr(transport)
