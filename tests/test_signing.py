"""Signing and verification against the Node SDK's known answers, and every tampering."""

from __future__ import annotations

import time
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from alipay_innerversion import SignatureError
from alipay_innerversion.keys import load_private_key
from alipay_innerversion.signing import (
    request_content,
    rsa_verify,
    select_verification_key,
    sign_request,
    verify_response,
)

from .conftest import Keys

KEY_FORMS = ["app_private_pkcs8_pem", "app_private_pkcs1_pem", "app_private_pkcs8_base64"]


@pytest.mark.parametrize("key_form", KEY_FORMS)
def test_requests_reproduce_node_sdk_signatures(
    vectors: dict[str, Any], keys: Keys, key_form: str
) -> None:
    private = load_private_key(keys.raw[key_form]).key
    for case in vectors["requests"]:
        signed = sign_request(
            app_id=keys.app_id,
            private_key=private,
            method=case["method"],
            path_with_query=case["path_with_query"],
            body=case["body"],
            app_auth_token=case["app_auth_token"],
            nonce=case["nonce"],
            timestamp=case["timestamp"],
        )
        assert signed.auth_string == case["auth_string"], case["name"]
        assert signed.sign == case["sign"], case["name"]
        assert signed.authorization == case["headers"]["authorization"], case["name"]


def test_signed_content_matches_node_sdk_byte_for_byte(vectors: dict[str, Any]) -> None:
    for case in vectors["requests"]:
        content = request_content(
            auth=case["auth_string"],
            method=case["method"],
            path_with_query=case["path_with_query"],
            body=case["body"],
            app_auth_token=case["app_auth_token"],
        )
        assert content == case["content_to_sign"].encode("utf-8"), case["name"]


def test_get_signs_an_empty_body_line(vectors: dict[str, Any]) -> None:
    case = next(c for c in vectors["requests"] if c["method"] == "GET")
    assert case["content_to_sign"].endswith(f"\nGET\n{case['path_with_query']}\n\n")


def test_round_trip_with_pkcs1_and_pkcs8_keys(keys: Keys) -> None:
    for form in KEY_FORMS:
        private = load_private_key(keys.raw[form]).key
        signed = sign_request(
            app_id="1", private_key=private, method="post", path_with_query="/v3/x", body="{}"
        )
        content = request_content(
            auth=signed.auth_string, method="POST", path_with_query="/v3/x", body="{}"
        )
        assert rsa_verify(content, signed.sign, keys.app_public)


def test_fresh_nonce_and_timestamp_per_signature(keys: Keys) -> None:
    a = sign_request(
        app_id="1", private_key=keys.app_private, method="GET", path_with_query="/v3/x"
    )
    b = sign_request(
        app_id="1", private_key=keys.app_private, method="GET", path_with_query="/v3/x"
    )
    assert a.nonce != b.nonce
    assert abs(int(a.timestamp) - time.time() * 1000) < 5000


def test_cert_mode_auth_string_order(keys: Keys) -> None:
    signed = sign_request(
        app_id="1",
        private_key=keys.app_private,
        method="GET",
        path_with_query="/v3/x",
        app_cert_sn="abc",
        nonce="n",
        timestamp="5",
    )
    assert signed.auth_string == "app_id=1,app_cert_sn=abc,nonce=n,timestamp=5"


def _verify(case: dict[str, Any], keys: Keys, **changes: Any) -> None:
    args: dict[str, Any] = {
        "timestamp": case["timestamp"],
        "nonce": case["nonce"],
        "body": case["body"].encode("utf-8"),
        "signature": case["signature"],
        "public_key": keys.alipay_public,
        "now": int(case["timestamp"]) / 1000,
    }
    args.update(changes)
    verify_response(**args)


def test_response_vectors_verify(vectors: dict[str, Any], keys: Keys) -> None:
    for case in vectors["responses"]:
        _verify(case, keys)


def _flip(text: str, index: int = 0) -> str:
    char = text[index]
    replacement = "A" if char != "A" else "B"
    return text[:index] + replacement + text[index + 1 :]


@pytest.mark.parametrize("field", ["body", "timestamp", "nonce", "signature"])
def test_one_changed_byte_is_rejected(vectors: dict[str, Any], keys: Keys, field: str) -> None:
    for case in vectors["responses"]:
        changed = dict(case)
        if field == "body":
            raw = bytearray(case["body"].encode("utf-8"))
            raw[len(raw) // 2] ^= 0x01
            changes: dict[str, Any] = {"body": bytes(raw)}
        elif field == "timestamp":
            # same length, one digit later: still inside the freshness window
            ts = case["timestamp"]
            changes = {"timestamp": ts[:-1] + str((int(ts[-1]) + 1) % 10)}
        elif field == "nonce":
            changes = {"nonce": _flip(case["nonce"], 3)}
        else:
            changes = {"signature": _flip(case["signature"], 10)}
        with pytest.raises(SignatureError) as info:
            _verify(changed, keys, **changes)
        assert info.value.check == "signature"


def test_missing_signature_is_rejected(vectors: dict[str, Any], keys: Keys) -> None:
    with pytest.raises(SignatureError, match="no alipay-signature") as info:
        _verify(vectors["responses"][0], keys, signature=None)
    assert info.value.check == "missing-signature"


def test_signature_by_wrong_key_is_rejected(vectors: dict[str, Any], keys: Keys) -> None:
    with pytest.raises(SignatureError, match="does not verify"):
        _verify(vectors["responses"][0], keys, public_key=keys.app_public)


def test_replayed_old_response_is_rejected(vectors: dict[str, Any], keys: Keys) -> None:
    case = vectors["responses"][0]
    later = int(case["timestamp"]) / 1000 + 16 * 60
    with pytest.raises(SignatureError, match="minutes away from local time") as info:
        _verify(case, keys, now=later)
    assert info.value.check == "timestamp"
    _verify(case, keys, now=later, window=20 * 60)  # a wider window accepts it


def test_timestamp_window_applies_to_future_too(vectors: dict[str, Any], keys: Keys) -> None:
    case = vectors["responses"][0]
    with pytest.raises(SignatureError, match="minutes away"):
        _verify(case, keys, now=int(case["timestamp"]) / 1000 - 20 * 60)


def test_certificate_is_chosen_by_alipay_sn(keys: Keys) -> None:
    certificates = {"sn-old": keys.app_public, "sn-new": keys.alipay_public}
    key = select_verification_key(alipay_sn="sn-new", public_key=None, certificates=certificates)
    assert key is keys.alipay_public


def test_unknown_alipay_sn_names_both_sns(keys: Keys) -> None:
    with pytest.raises(SignatureError, match=r"SN other.*SN mine") as info:
        select_verification_key(
            alipay_sn="other", public_key=None, certificates={"mine": keys.alipay_public}
        )
    assert info.value.check == "cert-sn"
    assert "rotated" in str(info.value)


def test_key_mode_ignores_alipay_sn(keys: Keys) -> None:
    key = select_verification_key(alipay_sn="x", public_key=keys.alipay_public, certificates={})
    assert key is keys.alipay_public


def test_public_key_bytes_are_not_in_errors(keys: Keys, vectors: dict[str, Any]) -> None:
    pem = keys.alipay_public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    with pytest.raises(SignatureError) as info:
        _verify(vectors["responses"][0], keys, signature="AAAA")
    assert pem.splitlines()[1] not in str(info.value)
