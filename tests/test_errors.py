"""The error tree: classification, messages that say what to do, reprs without noise."""

from __future__ import annotations

import pytest

from alipay_innerversion import (
    AlipayApiError,
    AlipayError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ServerError,
    SignatureError,
)
from alipay_innerversion.errors import error_from_response
from alipay_innerversion.retry import RetryPolicy, is_retryable, parse_retry_after


@pytest.mark.parametrize(
    ("code", "status", "cls"),
    [
        ("app-call-limited", 400, RateLimitError),
        (None, 429, RateLimitError),
        ("invalid-app-auth-token", 400, AuthenticationError),
        ("app-cert-not-exist", 400, AuthenticationError),
        ("POLLING_BUILD_VERSION_NOT_EXIST", 400, NotFoundError),
        ("SYSTEM_ERROR", 400, ServerError),
        (None, 503, ServerError),
        ("BUILD_VERSION_ALREADY_EXIST", 400, AlipayApiError),
    ],
)
def test_classification(code: str | None, status: int, cls: type[AlipayApiError]) -> None:
    body = f'{{"code":"{code}","message":"m"}}'.encode() if code else b"{}"
    error = error_from_response(
        http_status=status, body=body, trace_id="t", request_id="r", verified=True
    )
    assert type(error) is cls
    assert isinstance(error, AlipayError)


def test_str_and_repr() -> None:
    error = error_from_response(
        http_status=400,
        body='{"code":"SYNC_WITHOUT_ONLINE_ERROR","message":"未上架"}'.encode(),
        trace_id="0b8f",
        request_id="r1",
        verified=True,
    )
    assert str(error) == (
        "[SYNC_WITHOUT_ONLINE_ERROR] 未上架 (HTTP 400, trace id: 0b8f) Only the version that is "
        "online can be pushed: call online first, then sync that version."
    )
    assert repr(error) == (
        "AlipayApiError(code='SYNC_WITHOUT_ONLINE_ERROR', message='未上架', http_status=400, "
        "trace_id='0b8f')"
    )


def test_blank_codes_get_a_generated_hint() -> None:
    error = error_from_response(
        http_status=400,
        body=b'{"code":"BUNDLE_ID_IS_BLANK","message":"x"}',
        trace_id=None,
        request_id=None,
        verified=True,
    )
    assert "bundle_id was empty" in str(error)


def test_signature_error_repr() -> None:
    error = SignatureError("bad", check="signature", http_status=200, trace_id="t")
    assert (
        repr(error)
        == "SignatureError(check='signature', message='bad', http_status=200, trace_id='t')"
    )


def test_retryable() -> None:
    rate = error_from_response(
        http_status=429, body=b"", trace_id=None, request_id=None, verified=False
    )
    server = error_from_response(
        http_status=500, body=b"", trace_id=None, request_id=None, verified=False
    )
    business = error_from_response(
        http_status=400,
        body=b'{"code":"SYSTEM_ERROR"}',
        trace_id=None,
        request_id=None,
        verified=True,
    )
    assert is_retryable(rate)
    assert is_retryable(server)
    assert not is_retryable(business)
    assert not is_retryable(SignatureError("x", check="signature"))


def test_backoff_is_capped_exponential_with_jitter() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=5.0)
    assert [policy.delay(n, rng=lambda: 1.0) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 5.0]
    assert [policy.delay(n, rng=lambda: 0.0) for n in (1, 2, 3)] == [0.5, 1.0, 2.0]
    assert policy.delay(1, retry_after=30.0) == 30.0
    assert policy.delay(1, retry_after=3600.0) == 60.0


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
