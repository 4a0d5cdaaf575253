"""Signing and verification against the Node SDK's known answers, and every tampering."""

from __future__ import annotations

import base64
import time
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from alipay_innerversion import SignatureError
from alipay_innerversion.keys import load_private_key
from alipay_innerversion.signing import (
    DEFAULT_TIMESTAMP_WINDOW,
    request_content,
    response_content,
    rsa_sign,
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
    verify_response(**_verify_args(case, keys, **changes))


def _verify_args(case: dict[str, Any], keys: Keys, **changes: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "timestamp": case["timestamp"],
        "nonce": case["nonce"],
        "body": case["body"].encode("utf-8"),
        "signature": case["signature"],
        "public_key": keys.alipay_public,
        "now": int(case["timestamp"]) / 1000,
    }
    args.update(changes)
    return args


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


# Gaps a mutation run of signing.py found (make mutation): each test fails on a mutant
# that an earlier test let through.


def test_default_window_is_fifteen_minutes_either_way(vectors: dict[str, Any], keys: Keys) -> None:
    case = vectors["responses"][0]
    sent = int(case["timestamp"]) / 1000
    assert DEFAULT_TIMESTAMP_WINDOW == 900.0
    for edge in (sent + 900, sent - 900):
        assert verify_response(**_verify_args(case, keys, now=edge)) == sent
    for outside in (sent + 900.5, sent - 900.5):
        with pytest.raises(SignatureError) as info:
            verify_response(**_verify_args(case, keys, now=outside))
        assert info.value.check == "timestamp"
        assert info.value.message == (
            "The response was signed 15.0 minutes away from local time (allowed: 15.0)."
        )


def test_verify_uses_the_local_clock_by_default(vectors: dict[str, Any], keys: Keys) -> None:
    case = vectors["responses"][0]
    args = _verify_args(case, keys)
    del args["now"]
    with pytest.raises(SignatureError, match="minutes away") as info:
        verify_response(**args)  # the vectors were signed long ago
    assert info.value.check == "timestamp"


def test_verify_returns_when_the_response_was_signed(vectors: dict[str, Any], keys: Keys) -> None:
    for case in vectors["responses"]:
        assert verify_response(**_verify_args(case, keys)) == int(case["timestamp"]) / 1000


@pytest.mark.parametrize(
    ("changes", "check", "message"),
    [
        ({"signature": ""}, "missing-signature", "carries no alipay-signature header"),
        ({"timestamp": None}, "missing-signature", "lacks alipay-timestamp or alipay-nonce"),
        ({"timestamp": ""}, "missing-signature", "lacks alipay-timestamp or alipay-nonce"),
        ({"nonce": None}, "missing-signature", "lacks alipay-timestamp or alipay-nonce"),
        ({"nonce": ""}, "missing-signature", "lacks alipay-timestamp or alipay-nonce"),
        ({"signature": "AAAA"}, "signature", "does not verify with the configured"),
    ],
)
def test_failures_carry_check_trace_id_status_and_hint(
    vectors: dict[str, Any], keys: Keys, changes: dict[str, Any], check: str, message: str
) -> None:
    args = _verify_args(vectors["responses"][0], keys, trace_id="trace-1", http_status=200)
    args.update(changes)
    with pytest.raises(SignatureError, match=message) as info:
        verify_response(**args)
    assert info.value.check == check
    assert info.value.trace_id == "trace-1"
    assert info.value.http_status == 200
    assert info.value.hint


@pytest.mark.parametrize("timestamp", ["soon", "9" * 400, "1.5e12"])
def test_signed_timestamp_that_is_not_a_number(keys: Keys, timestamp: str) -> None:
    # signed by Alipay's key, so the signature passes and the timestamp check decides
    content = response_content(timestamp=timestamp, nonce="n", body=b"{}")
    signature = rsa_sign(content, keys.alipay_private)
    with pytest.raises(SignatureError, match="alipay-timestamp is not a number") as info:
        verify_response(
            timestamp=timestamp,
            nonce="n",
            body=b"{}",
            signature=signature,
            public_key=keys.alipay_public,
            trace_id="t",
            http_status=200,
        )
    assert info.value.check == "timestamp"
    assert (info.value.trace_id, info.value.http_status) == ("t", 200)
    assert info.value.hint


def test_get_signs_an_empty_body_by_default(keys: Keys) -> None:
    common: dict[str, Any] = {
        "app_id": "1",
        "private_key": keys.app_private,
        "method": "GET",
        "path_with_query": "/v3/x?a=1",
        "nonce": "n",
        "timestamp": "5",
    }
    signed = sign_request(**common)
    assert signed.sign == sign_request(**common, body=b"").sign
    content = request_content(
        auth=signed.auth_string, method="GET", path_with_query="/v3/x?a=1", body=b""
    )
    assert content == b"app_id=1,nonce=n,timestamp=5\nGET\n/v3/x?a=1\n\n"
    assert rsa_verify(content, signed.sign, keys.app_public)


def test_given_nonce_and_timestamp_are_used(keys: Keys) -> None:
    signed = sign_request(
        app_id="1",
        private_key=keys.app_private,
        method="POST",
        path_with_query="/v3/x",
        body="{}",
        nonce="fixed-nonce",
        timestamp="1700000000000",
    )
    assert (signed.nonce, signed.timestamp) == ("fixed-nonce", "1700000000000")
    assert signed.auth_string == "app_id=1,nonce=fixed-nonce,timestamp=1700000000000"
    assert signed.authorization == (
        f"ALIPAY-SHA256withRSA app_id=1,nonce=fixed-nonce,timestamp=1700000000000,"
        f"sign={signed.sign}"
    )


def test_fresh_timestamp_is_milliseconds(keys: Keys) -> None:
    before = int(time.time() * 1000)
    signed = sign_request(
        app_id="1", private_key=keys.app_private, method="GET", path_with_query="/v3/x"
    )
    after = int(time.time() * 1000)
    assert before <= int(signed.timestamp) <= after
    assert str(uuid.UUID(signed.nonce)) == signed.nonce


def test_app_auth_token_ends_the_signed_content() -> None:
    content = request_content(
        auth="a", method="post", path_with_query=b"/p?q", body=b"{}", app_auth_token="tok"
    )
    assert content == b"a\nPOST\n/p?q\n{}\ntok\n"
    assert request_content(auth="a", method="GET", path_with_query="/p", body="") == (
        b"a\nGET\n/p\n\n"
    )
    assert response_content(timestamp="1", nonce="n", body="体") == "1\nn\n体\n".encode()


def test_signed_request_repr_hides_the_signature(keys: Keys) -> None:
    signed = sign_request(
        app_id="1",
        private_key=keys.app_private,
        method="GET",
        path_with_query="/v3/x",
        app_auth_token="secret-token",
        nonce="n",
        timestamp="5",
    )
    assert repr(signed) == "SignedRequest(nonce='n', timestamp='5')"
    assert signed.sign not in repr(signed)
    assert signed.sign not in str(signed)


@pytest.mark.parametrize("alipay_sn", [None, ""])
def test_missing_alipay_sn_with_one_certificate_uses_it(keys: Keys, alipay_sn: str | None) -> None:
    key = select_verification_key(
        alipay_sn=alipay_sn, public_key=None, certificates={"only": keys.alipay_public}
    )
    assert key is keys.alipay_public


@pytest.mark.parametrize("alipay_sn", [None, ""])
def test_missing_alipay_sn_with_several_certificates_is_refused(
    keys: Keys, alipay_sn: str | None
) -> None:
    with pytest.raises(SignatureError) as info:
        select_verification_key(
            alipay_sn=alipay_sn,
            public_key=keys.alipay_public,
            certificates={"old": keys.app_public, "new": keys.alipay_public},
            trace_id="t",
            http_status=200,
        )
    assert info.value.message == (
        "The response has no alipay-sn header, and several Alipay certificates are configured."
    )
    assert info.value.check == "cert-sn"
    assert (info.value.trace_id, info.value.http_status) == ("t", 200)


def test_unknown_alipay_sn_lists_every_configured_sn(keys: Keys) -> None:
    with pytest.raises(SignatureError) as info:
        select_verification_key(
            alipay_sn="other",
            public_key=None,
            certificates={"b-sn": keys.app_public, "a-sn": keys.alipay_public},
            trace_id="t",
            http_status=502,
        )
    assert info.value.message == (
        "The response was signed by Alipay certificate SN other, but the configured "
        "alipay_public_cert has SN a-sn, b-sn."
    )
    assert "alipayCertPublicKey_RSA2.crt" in (info.value.hint or "")
    assert (info.value.trace_id, info.value.http_status) == ("t", 502)


def test_certificate_mode_ignores_the_public_key(keys: Keys) -> None:
    key = select_verification_key(
        alipay_sn="sn", public_key=keys.app_public, certificates={"sn": keys.alipay_public}
    )
    assert key is keys.alipay_public


@pytest.mark.parametrize("around", [" ", "\t", " \t "])
def test_signature_with_header_whitespace_around_verifies(
    vectors: dict[str, Any], keys: Keys, around: str
) -> None:
    case = vectors["responses"][0]
    content = response_content(timestamp=case["timestamp"], nonce=case["nonce"], body=case["body"])
    assert rsa_verify(content, around + case["signature"] + around, keys.alipay_public)


@pytest.mark.parametrize(
    "spelling",
    [
        lambda s: s[:40] + "\n" + s[40:],  # whitespace inside
        lambda s: s + "\n",  # not HTTP's optional whitespace
        lambda s: s.rstrip("="),  # padding dropped
        lambda s: s[:40] + "!" + s[40:],  # outside the alphabet
        lambda s: s.replace("+", "-").replace("/", "_"),  # URL-safe alphabet
    ],
)
def test_signature_spelled_otherwise_is_refused(
    vectors: dict[str, Any], keys: Keys, spelling: Any
) -> None:
    case = next(c for c in vectors["responses"] if "+" in c["signature"] or "/" in c["signature"])
    content = response_content(timestamp=case["timestamp"], nonce=case["nonce"], body=case["body"])
    assert not rsa_verify(content, spelling(case["signature"]), keys.alipay_public)


def test_signature_with_unused_bits_set_is_refused(vectors: dict[str, Any], keys: Keys) -> None:
    # 256 bytes of signature end in "==" after a character with four unused bits: another
    # character decodes to the same bytes, but is not what Alipay sent
    case = vectors["responses"][0]
    signature = case["signature"]
    assert signature.endswith("==")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    index = alphabet.index(signature[-3])
    altered = signature[:-3] + alphabet[index | 0b1111] + "=="
    assert altered != signature
    assert base64.b64decode(altered) == base64.b64decode(signature)
    content = response_content(timestamp=case["timestamp"], nonce=case["nonce"], body=case["body"])
    assert not rsa_verify(content, altered, keys.alipay_public)


def test_no_key_and_no_certificate_is_refused() -> None:
    # AlipayConfig never builds this; called directly, it must not return None
    with pytest.raises(SignatureError) as info:
        select_verification_key(alipay_sn=None, public_key=None, certificates={})
    assert info.value.message == "No Alipay public key is configured."
    assert info.value.check == "signature"


def test_only_http_whitespace_is_stripped_from_a_signature(keys: Keys) -> None:
    # a signature that starts with "X": stripping any other characters would break it
    for index in range(2000):
        content = response_content(timestamp="1", nonce=f"n{index}", body=b"{}")
        signature = rsa_sign(content, keys.alipay_private)
        if signature.startswith("X"):
            break
    else:  # pragma: no cover - 2000 tries at 1 in 64
        pytest.fail("no signature starting with X")
    assert rsa_verify(content, f" {signature}\t", keys.alipay_public)


HINT_NO_SIGNATURE = (
    "Every Alipay response is signed; an unsigned one may come from a proxy or an impostor. "
    "Check base_url."
)
HINT_GATEWAY = "Check base_url points at Alipay's gateway."
HINT_WRONG_KEY = (
    "Either the response was altered in transit, or alipay_public_key is not Alipay's public "
    "key for this app (it is shown in the Alipay console next to your app public key; the two "
    "are easy to confuse)."
)
HINT_CLOCK = (
    "A replayed old response is rejected this way; if the local clock is wrong, synchronise "
    "it (NTP)."
)


@pytest.mark.parametrize(
    ("changes", "message", "hint"),
    [
        (
            {"signature": None},
            "The response carries no alipay-signature header.",
            HINT_NO_SIGNATURE,
        ),
        (
            {"nonce": None},
            "The response lacks alipay-timestamp or alipay-nonce, so its signature cannot be "
            "checked.",
            HINT_GATEWAY,
        ),
        (
            {"signature": "AAAA"},
            "The response signature does not verify with the configured Alipay public key.",
            HINT_WRONG_KEY,
        ),
        (
            {"now": 1764316800.0 + 1230, "window": 1200.0},
            "The response was signed 20.5 minutes away from local time (allowed: 20.0).",
            HINT_CLOCK,
        ),
    ],
)
def test_verification_error_texts(
    vectors: dict[str, Any], keys: Keys, changes: dict[str, Any], message: str, hint: str
) -> None:
    with pytest.raises(SignatureError) as info:
        _verify(vectors["responses"][0], keys, **changes)
    assert (info.value.message, info.value.hint) == (message, hint)


def test_timestamp_error_text(keys: Keys) -> None:
    content = response_content(timestamp="soon", nonce="n", body=b"{}")
    with pytest.raises(SignatureError) as info:
        verify_response(
            timestamp="soon",
            nonce="n",
            body=b"{}",
            signature=rsa_sign(content, keys.alipay_private),
            public_key=keys.alipay_public,
        )
    assert (info.value.message, info.value.hint) == (
        "The response's alipay-timestamp is not a number.",
        HINT_GATEWAY,
    )


def test_certificate_selection_error_texts(keys: Keys) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        (
            {"alipay_sn": None, "public_key": None, "certificates": {}},
            "Configure alipay_public_key (key mode) or alipay_public_cert (certificate mode).",
        ),
        (
            {"alipay_sn": "x", "public_key": None, "certificates": {"y": keys.alipay_public}},
            "Alipay has rotated its public certificate: download the new "
            "alipayCertPublicKey_RSA2.crt from the console (you may configure both during the "
            "rotation).",
        ),
        (
            {
                "alipay_sn": None,
                "public_key": None,
                "certificates": {"x": keys.app_public, "y": keys.alipay_public},
            },
            "Alipay names its signing certificate in alipay-sn: check that base_url points at "
            "Alipay's gateway, or configure only the current alipay_public_cert.",
        ),
    ]
    for args, hint in cases:
        with pytest.raises(SignatureError) as info:
            select_verification_key(**args)
        assert info.value.hint == hint
