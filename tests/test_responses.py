"""The checks between a verified answer and the caller (responses.py), one by one."""

from __future__ import annotations

import httpx
import pytest

from alipay_innerversion import (
    AlipayApiError,
    ConfigError,
    DecryptionError,
    RequestTimeoutError,
    SignatureError,
    TransportError,
)
from alipay_innerversion.crypto import aes_encrypt
from alipay_innerversion.exchange import Exchange
from alipay_innerversion.responses import (
    as_sdk_error,
    attempt_overran,
    plain_body,
    replayed,
    status_mismatch,
    unexpected_success,
    where,
)

KEY = bytes(range(16))


def test_status_mismatch_names_status_and_body() -> None:
    error = status_mismatch(502, "is a success", "trace-9")
    assert error.message.startswith(
        "The response has HTTP status 502, but its signed body is a success: the status was "
        "altered in transit"
    )
    assert error.check == "status"
    assert (error.trace_id, error.http_status) == ("trace-9", 502)
    assert error.message == (
        "The response has HTTP status 502, but its signed body is a success: the status was "
        "altered in transit (Alipay's signature does not cover it), so nothing from the response "
        "was trusted."
    )
    assert error.hint == (
        "Look for a proxy or interception on the path to base_url. The call's outcome is "
        "unknown: check its state before repeating it with the same request id."
    )


def test_replayed_names_the_nonce() -> None:
    error = replayed("nonce-1", "trace-2", 200)
    assert error.message.startswith(
        "Replayed response: a response with alipay-nonce nonce-1 was already accepted"
    )
    assert error.check == "replay"
    assert (error.trace_id, error.http_status) == ("trace-2", 200)
    assert error.message == (
        "Replayed response: a response with alipay-nonce nonce-1 was already accepted in this "
        "process. Its signature is genuine, but Alipay signs every response with a fresh nonce, "
        "so this one was delivered again by something between this client and Alipay; nothing "
        "from it was trusted."
    )
    assert error.hint == (
        "Look for an HTTP cache, proxy or interception on the path to base_url, and do not "
        "reuse responses. The call's outcome is unknown: check its state before repeating it "
        "with the same request id."
    )


@pytest.mark.parametrize("body", [b'{"a":"1"}', b' \n\t{"a":"1"}'])
@pytest.mark.parametrize("key", [None, KEY])
def test_plain_json_is_handed_on_as_it_is(body: bytes, key: bytes | None) -> None:
    assert plain_body(body, key, "t", 200) == (body, {"a": "1"})


def test_ciphertext_is_decrypted() -> None:
    ciphertext = aes_encrypt(b'{"build_status":"2"}', KEY).encode()
    assert plain_body(ciphertext, KEY, "t", 200) == (
        b'{"build_status":"2"}',
        {"build_status": "2"},
    )


def test_ciphertext_without_a_key_is_refused() -> None:
    ciphertext = aes_encrypt(b'{"a":"1"}', KEY).encode()
    with pytest.raises(SignatureError) as info:
        plain_body(ciphertext, None, "t", 201)
    assert info.value.message == (
        "A response to a plain request is not a JSON object (ciphertext or other content)."
    )
    assert info.value.check == "body"
    assert (info.value.trace_id, info.value.http_status) == ("t", 201)
    assert info.value.hint == "If the app enables content encryption, configure encrypt_key."


def test_undecryptable_body_carries_the_trace_id() -> None:
    with pytest.raises(DecryptionError) as info:
        plain_body(b"not base64 !!", KEY, "trace-3", 200)
    assert info.value.trace_id == "trace-3"


def test_decrypted_body_that_is_not_json_blames_the_key() -> None:
    ciphertext = aes_encrypt(b"plain words", KEY).encode()
    with pytest.raises(DecryptionError) as info:
        plain_body(ciphertext, KEY, "trace-4", 200)
    assert info.value.message == (
        "The decrypted response is not a JSON object: the AES key is probably wrong."
    )
    assert info.value.trace_id == "trace-4"
    assert info.value.hint == (
        "Check that encrypt_key is the app's current AES key from the console."
    )


@pytest.mark.parametrize("body", [b"{not json", b"{}}", b'{"a": 1'])
def test_plain_body_that_is_not_json_is_refused(body: bytes) -> None:
    with pytest.raises(SignatureError) as info:
        plain_body(body, None, "t", 200)
    assert info.value.message == "The response body is not a valid JSON object."
    assert info.value.check == "body"
    assert (info.value.trace_id, info.value.http_status) == ("t", 200)


@pytest.mark.parametrize("key", [None, KEY])
def test_error_body_under_2xx_is_a_status_mismatch(key: bytes | None) -> None:
    body = b'{"code":"invalid-parameter","message":"bad"}'
    sent = body if key is None else aes_encrypt(body, key).encode()
    with pytest.raises(SignatureError) as info:
        plain_body(sent, key, "t", 200)
    assert info.value.check == "status"
    assert "is an Alipay error (invalid-parameter)" in info.value.message
    assert (info.value.trace_id, info.value.http_status) == ("t", 200)


def test_unexpected_success_keeps_what_the_answer_said() -> None:
    error = unexpected_success(202, "trace-5", "req-1", b"{}")
    assert isinstance(error, AlipayApiError)
    assert error.message == (
        "Unexpected HTTP 202 answer: Alipay answers 200 on success, and this answer's meaning "
        "is not documented."
    )
    assert (error.http_status, error.code, error.trace_id) == (202, None, "trace-5")
    assert (error.request_id, error.verified, error.body) == ("req-1", True, b"{}")
    assert error.hint == (
        "The answer was signed by Alipay, but whether the operation took effect is unknown: "
        "check its state (e.g. with info_query or upload_status) before repeating it."
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://openapi.alipay.com/v3/x?q=1", "POST https://openapi.alipay.com/v3/x"),
        ("http://127.0.0.1:8080/v3/x", "POST http://127.0.0.1:8080/v3/x"),
        ("http://[::1]:8080/v3/x", "POST http://[::1]:8080/v3/x"),
    ],
)
def test_where_names_the_server_without_the_query(url: str, expected: str) -> None:
    assert where("POST", httpx.URL(url)) == expected


URL = httpx.URL("https://openapi.alipay.com/v3/alipay/open/mini/innerversion/online?x=1")


def test_sdk_errors_get_the_request_id_when_they_have_none() -> None:
    error = ConfigError("bad")
    assert as_sdk_error(error, "POST", URL, "req-2") is error
    assert error.request_id == "req-2"
    mine = ConfigError("bad", request_id="earlier")
    assert as_sdk_error(mine, "POST", URL, "req-3").request_id == "earlier"


@pytest.mark.parametrize("exc", [httpx.ReadTimeout("slow"), httpx.ConnectTimeout("")])
def test_timeouts_become_request_timeout_errors(exc: Exception) -> None:
    error = as_sdk_error(exc, "POST", URL, "req-4")
    assert isinstance(error, RequestTimeoutError)
    assert error.message == (
        f"Timed out ({type(exc).__name__}) calling "
        "POST https://openapi.alipay.com/v3/alipay/open/mini/innerversion/online."
    )
    assert error.request_id == "req-4"
    assert error.hint == (
        "Alipay did not answer in time, so whether the call took effect is unknown: check the "
        "state it changes (e.g. upload_status or info_query) first; if it did not take effect, "
        "send it again with request_id='req-4' (Alipay does not promise to de-duplicate by it: "
        "a resend does what the operation does twice)."
    )


@pytest.mark.parametrize(
    ("exc", "reason"),
    [(httpx.ConnectError("refused"), "refused"), (httpx.RemoteProtocolError(""), "")],
)
def test_network_failures_become_transport_errors(exc: Exception, reason: str) -> None:
    error = as_sdk_error(exc, "GET", URL, "req-5")
    assert type(error) is TransportError
    name = type(exc).__name__
    assert error.message == (
        "Network error calling GET https://openapi.alipay.com/v3/alipay/open/mini/innerversion/"
        f"online: {name}: {reason or name}"
    )
    assert error.request_id == "req-5"
    assert error.hint == "Check connectivity to the gateway and that base_url names it."


@pytest.mark.parametrize(("deadline", "shown"), [(2.0, "2"), (0.25, "0.25")])
def test_an_attempt_past_its_deadline(deadline: float, shown: str) -> None:
    exchange = Exchange(
        wire=httpx.Request("POST", URL),
        path_with_query=b"/v3/x",
        body=b"{}",
        encrypted=False,
        request_id="req-6",
        app_auth_token=None,
        max_retries=0,
        deadline=deadline,
    )
    error = attempt_overran(exchange)
    assert isinstance(error, RequestTimeoutError)
    assert error.message == (
        "Timed out calling POST https://openapi.alipay.com/v3/alipay/open/mini/innerversion/"
        f"online: the attempt took longer than its timeout of {shown} s (connecting, sending, "
        "waiting and reading the answer together)."
    )
    assert error.request_id == "req-6"
    assert error.hint == (
        "Alipay did not answer in time, so whether the call took effect is unknown: check the "
        "state it changes (e.g. upload_status or info_query) first; if it did not take effect, "
        "send it again with request_id='req-6' (Alipay does not promise to de-duplicate by it: "
        "a resend does what the operation does twice). If the server is just slow (a large "
        "upload on a slow link), give a larger timeout."
    )
