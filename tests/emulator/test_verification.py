"""Requests the gateway must refuse, crafted by hand with plain httpx, and what it answers:
a signed JSON error with a code openapi.yaml documents, logged as rejected."""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from alipay_innerversion.emulator import Emulator, protocol
from alipay_innerversion_api.api import COMMON_ERROR_CODES

from ..conftest import Keys
from .support import (
    MINI,
    ONLINE,
    OPERATION_OF_PATH,
    QUERY,
    UPGRADE,
    assert_code_in_spec,
    signed_headers,
    verify_signed,
)

BODY = json.dumps({"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}).encode()
ENCRYPTED_APP = "2021000000000002"
TOKEN_APP = "2021000000000003"


@pytest.fixture
def raw(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url) as client:
        yield client


def rejected(
    emu: Emulator, response: httpx.Response, status: int, code: str, path: str = UPGRADE
) -> str:
    """Assert a signed rejection; return its message."""
    assert response.status_code == status, response.text
    verify_signed(response, emu.alipay_public_key)
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["code"] == code
    assert_code_in_spec(OPERATION_OF_PATH[path], code)
    assert emu.accepted() == []
    log = emu.rejected()
    assert [(r.code, r.status, r.path) for r in log] == [(code, status, path)]
    assert log[0].trace_id == response.headers["alipay-trace-id"]
    message: str = body["message"]
    return message


def good_headers(
    keys: Keys,
    body: bytes = BODY,
    target: str = UPGRADE,
    *,
    timestamp_ms: int | None = None,
    token: str | None = None,
) -> dict[str, str]:
    return signed_headers(
        app_id=keys.app_id,
        private_key=keys.app_private,
        method="GET" if target.startswith(QUERY) else "POST",
        target=target,
        body=body,
        timestamp_ms=timestamp_ms,
        token=token,
    )


def test_a_correct_hand_made_request_is_accepted(
    emu: Emulator, raw: httpx.Client, keys: Keys
) -> None:
    response = raw.post(UPGRADE, content=BODY, headers=good_headers(keys))
    assert response.status_code == 200
    verify_signed(response, emu.alipay_public_key)
    assert response.json() == {}
    assert emu.rejected() == []
    assert [r.operation for r in emu.applied()] == ["upgrade"]


def test_no_authorization(emu: Emulator, raw: httpx.Client) -> None:
    response = raw.post(UPGRADE, content=BODY, headers={"content-type": "application/json"})
    rejected(emu, response, 401, "missing-signature")


@pytest.mark.parametrize(
    "header",
    [
        "ALIPAY-SHA256withRSA",
        "ALIPAY-SHA256withRSA app_id=1,nonce=2,timestamp=3",  # no sign
        "ALIPAY-SHA256withRSA nonce=2,app_id=1,timestamp=3,sign=AAAA",  # out of order
        "ALIPAY-SHA256withRSA app_id=1,timestamp=3,sign=AAAA",  # no nonce
        "ALIPAY-SHA256withRSA app_id=1,nonce,timestamp=3,sign=AAAA",
    ],
)
def test_malformed_authorization(emu: Emulator, raw: httpx.Client, header: str) -> None:
    response = raw.post(UPGRADE, content=BODY, headers={"authorization": header})
    rejected(emu, response, 401, "missing-signature")


@pytest.mark.parametrize(
    ("header", "code"),
    [
        # the scheme in front is the signature type
        ("app_id=1,nonce=2,timestamp=3,sign=AAAA", "missing-signature-type"),
        ("Bearer abc", "invalid-signature-type"),
        ("alipay-sha256withrsa app_id=1,nonce=2,timestamp=3,sign=AAAA", "invalid-signature-type"),
        ("ALIPAY-SHA256withSM2 app_id=1,nonce=2,timestamp=3,sign=AAAA", "invalid-signature-type"),
        # app_id and timestamp: absent or empty is missing-*
        ("ALIPAY-SHA256withRSA nonce=2,timestamp=3,sign=AAAA", "missing-app-id"),
        ("ALIPAY-SHA256withRSA app_id=,nonce=2,timestamp=3,sign=AAAA", "missing-app-id"),
        ("ALIPAY-SHA256withRSA app_id=1,nonce=2,timestamp=,sign=AAAA", "missing-timestamp"),
        ("ALIPAY-SHA256withRSA app_id=1,nonce=2,sign=AAAA", "missing-timestamp"),
    ],
)
def test_missing_and_invalid_authorization_parts(
    emu: Emulator, raw: httpx.Client, header: str, code: str
) -> None:
    """Absent is ``missing-*``, present but wrong is ``invalid-*`` (CommonErrorType's pairs)."""
    response = raw.post(UPGRADE, content=BODY, headers={"authorization": header})
    rejected(emu, response, 401, code)


@pytest.mark.parametrize(
    ("name", "present", "wrong", "code"),
    [
        ("alipay-root-cert-sn", False, None, "missing-alipay-root-cert-sn"),
        ("alipay-root-cert-sn", True, None, "invalid-alipay-root-cert-sn"),
        ("app-cert-sn", False, "app-cert-not-exist", "missing-app-cert-sn"),
        ("app-cert-sn", True, "app-cert-not-exist", "app-cert-not-exist"),
        ("app-id", False, None, "missing-app-id"),
        ("app-id", True, None, "invalid-app-id"),
        ("signature-type", False, None, "missing-signature-type"),
        ("signature-type", True, None, "invalid-signature-type"),
        ("timestamp", False, "illegal-timestamp", "missing-timestamp"),
        ("encrypt-type", False, None, "missing-encrypt-type"),
        ("encrypt-type", True, None, "invalid-encrypt-type"),
    ],
)
def test_the_missing_or_invalid_rule_gives_only_common_codes(
    name: str, present: bool, wrong: str | None, code: str
) -> None:
    assert protocol.absent_or_wrong(name, present, wrong=wrong) == code
    assert code in COMMON_ERROR_CODES


def test_the_rule_refuses_a_code_alipay_does_not_list() -> None:
    with pytest.raises(LookupError, match="missing-nonce"):
        protocol.absent_or_wrong("nonce", False)


def test_empty_timestamp(emu: Emulator, raw: httpx.Client) -> None:
    header = "ALIPAY-SHA256withRSA app_id=1,nonce=2,timestamp=,sign=AAAA"
    response = raw.post(UPGRADE, content=BODY, headers={"authorization": header})
    rejected(emu, response, 401, "missing-timestamp")


def test_unknown_app_id(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = signed_headers(
        app_id="2021000000009999",
        private_key=keys.app_private,
        method="POST",
        target=UPGRADE,
        body=BODY,
    )
    response = raw.post(UPGRADE, content=BODY, headers=headers)
    assert "2021000000009999" in rejected(emu, response, 401, "invalid-app-id")
    assert emu.rejected()[0].app_id == "2021000000009999"


def test_signed_by_another_key(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = signed_headers(
        app_id=keys.app_id,
        private_key=keys.alipay_private,
        method="POST",
        target=UPGRADE,
        body=BODY,
    )
    response = raw.post(UPGRADE, content=BODY, headers=headers)
    rejected(emu, response, 401, "invalid-signature")


@pytest.mark.parametrize("what", ["body", "path", "query", "signature"])
def test_one_changed_byte_breaks_the_signature(
    emu: Emulator, raw: httpx.Client, keys: Keys, what: str
) -> None:
    if what == "query":
        target = f"{QUERY}?build_package_id=20240001&mini_app_id={MINI}"
        headers = good_headers(keys, b"", target)
        response = raw.get(target.replace("20240001", "20240002"), headers=headers)
        rejected(emu, response, 401, "invalid-signature", QUERY)
        return
    headers = good_headers(keys)
    body, path = BODY, UPGRADE
    if what == "body":
        body = BODY.replace(b"1.0.0", b"1.0.1")
    elif what == "path":
        headers = good_headers(keys, target=ONLINE)
    else:
        auth = headers["authorization"]
        sign = auth.rsplit("sign=", 1)[1]
        flipped = ("B" if sign[10] == "A" else "A").join((sign[:10], sign[11:]))
        headers["authorization"] = auth.replace(sign, flipped)
    response = raw.post(path, content=body, headers=headers)
    rejected(emu, response, 401, "invalid-signature", path)


@pytest.mark.parametrize("minutes", [-6, 6])
def test_timestamp_outside_five_minutes(
    emu: Emulator, raw: httpx.Client, keys: Keys, minutes: int
) -> None:
    stamp = int((time.time() + minutes * 60) * 1000)
    response = raw.post(UPGRADE, content=BODY, headers=good_headers(keys, timestamp_ms=stamp))
    rejected(emu, response, 401, "illegal-timestamp")


def test_timestamp_inside_the_window_is_fine(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    stamp = int((time.time() - 4 * 60) * 1000)
    response = raw.post(UPGRADE, content=BODY, headers=good_headers(keys, timestamp_ms=stamp))
    assert response.status_code == 200


def test_non_numeric_timestamp(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = good_headers(keys)
    headers["authorization"] = headers["authorization"].replace("timestamp=", "timestamp=x")
    rejected(emu, raw.post(UPGRADE, content=BODY, headers=headers), 401, "illegal-timestamp")


def test_replayed_nonce(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = good_headers(keys)
    first = raw.post(UPGRADE, content=BODY, headers=headers)
    assert first.status_code == 200
    second = raw.post(UPGRADE, content=BODY, headers=headers)  # captured and replayed verbatim
    assert second.status_code == 401
    verify_signed(second, emu.alipay_public_key)
    assert second.json()["code"] == "invalid-signature"
    assert "nonce was already used" in second.json()["message"]
    assert len(emu.applied()) == 1
    assert [r.code for r in emu.rejected()] == ["invalid-signature"]
    assert emu.mini_app(MINI).upgrade_count == 1


@pytest.mark.parametrize(
    "body", [b"[1, 2]", b'"text"', b"42", b"null", b"{not json", b"", b"\xff\xfe"]
)
def test_body_that_is_not_a_json_object(
    emu: Emulator, raw: httpx.Client, keys: Keys, body: bytes
) -> None:
    response = raw.post(UPGRADE, content=body, headers=good_headers(keys, body))
    rejected(emu, response, 400, "invalid-parameter")


def test_token_sent_but_not_signed(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = good_headers(keys)
    headers["alipay-app-auth-token"] = "202501BB-merchant-token"
    rejected(emu, raw.post(UPGRADE, content=BODY, headers=headers), 401, "invalid-signature")


def test_token_signed_but_not_sent(emu: Emulator, raw: httpx.Client, keys: Keys) -> None:
    headers = good_headers(keys, token="202501BB-merchant-token")
    del headers["alipay-app-auth-token"]
    rejected(emu, raw.post(UPGRADE, content=BODY, headers=headers), 401, "invalid-signature")


# -- encryption ------------------------------------------------------------------------------


@pytest.fixture
def aes_app(emu: Emulator, keys: Keys) -> str:
    emu.add_app(ENCRYPTED_APP, app_private_key=keys.app_private, encrypt_key=keys.encrypt_key_b64)
    return ENCRYPTED_APP


def encrypted_headers(keys: Keys, app_id: str, ciphertext: bytes) -> dict[str, str]:
    headers = signed_headers(
        app_id=app_id, private_key=keys.app_private, method="POST", target=UPGRADE, body=ciphertext
    )
    headers["content-type"] = "text/plain"
    headers["alipay-encrypt-type"] = "AES"
    return headers


def test_encrypted_body_for_an_app_without_aes(
    emu: Emulator, raw: httpx.Client, keys: Keys
) -> None:
    ciphertext = protocol.encrypt_body(BODY, keys.encrypt_key)
    response = raw.post(
        UPGRADE, content=ciphertext, headers=encrypted_headers(keys, keys.app_id, ciphertext)
    )
    rejected(emu, response, 400, "invalid-encrypt")


@pytest.mark.parametrize(
    "ciphertext",
    [
        b"definitely not base64!",
        base64.b64encode(b"0123456789abcdef0123"),  # not a multiple of the block size
        protocol.encrypt_body(BODY, bytes(16)),  # another key: the padding check fails
    ],
)
def test_undecryptable_body(
    emu: Emulator, raw: httpx.Client, keys: Keys, aes_app: str, ciphertext: bytes
) -> None:
    response = raw.post(
        UPGRADE, content=ciphertext, headers=encrypted_headers(keys, aes_app, ciphertext)
    )
    rejected(emu, response, 400, "decryption-error")


def test_decrypted_body_that_is_not_json(
    emu: Emulator, raw: httpx.Client, keys: Keys, aes_app: str
) -> None:
    ciphertext = protocol.encrypt_body(b"\x00\x01 binary", keys.encrypt_key)
    response = raw.post(
        UPGRADE, content=ciphertext, headers=encrypted_headers(keys, aes_app, ciphertext)
    )
    rejected(emu, response, 400, "decryption-error")


def test_unknown_encryption_algorithm(
    emu: Emulator, raw: httpx.Client, keys: Keys, aes_app: str
) -> None:
    ciphertext = protocol.encrypt_body(BODY, keys.encrypt_key)
    headers = encrypted_headers(keys, aes_app, ciphertext)
    headers["alipay-encrypt-type"] = "SM4"
    rejected(
        emu, raw.post(UPGRADE, content=ciphertext, headers=headers), 400, "invalid-encrypt-type"
    )


def test_empty_encryption_algorithm(
    emu: Emulator, raw: httpx.Client, keys: Keys, aes_app: str
) -> None:
    ciphertext = protocol.encrypt_body(BODY, keys.encrypt_key)
    headers = encrypted_headers(keys, aes_app, ciphertext)
    headers["alipay-encrypt-type"] = ""
    rejected(
        emu, raw.post(UPGRADE, content=ciphertext, headers=headers), 400, "missing-encrypt-type"
    )


def test_hand_encrypted_request_gets_an_encrypted_signed_answer(
    emu: Emulator, raw: httpx.Client, keys: Keys, aes_app: str
) -> None:
    ciphertext = protocol.encrypt_body(BODY, keys.encrypt_key)
    response = raw.post(
        UPGRADE, content=ciphertext, headers=encrypted_headers(keys, aes_app, ciphertext)
    )
    assert response.status_code == 200
    verify_signed(response, emu.alipay_public_key)  # over the ciphertext
    assert not response.content.startswith(b"{")
    assert json.loads(protocol.decrypt_body(response.content, keys.encrypt_key)) == {}
    [record] = emu.accepted()
    assert record.encrypted is True
    assert record.body == json.loads(BODY)


# -- app auth tokens ------------------------------------------------------------------------


@pytest.fixture
def token_app(emu: Emulator, keys: Keys) -> str:
    emu.add_app(TOKEN_APP, app_private_key=keys.app_private, app_auth_tokens={"202501BBgood"})
    return TOKEN_APP


def test_unknown_app_auth_token(
    emu: Emulator, raw: httpx.Client, keys: Keys, token_app: str
) -> None:
    headers = signed_headers(
        app_id=token_app,
        private_key=keys.app_private,
        method="POST",
        target=UPGRADE,
        body=BODY,
        token="202501BBforged",
    )
    response = raw.post(UPGRADE, content=BODY, headers=headers)
    rejected(emu, response, 401, "invalid-app-auth-token")


def test_known_app_auth_token(emu: Emulator, raw: httpx.Client, keys: Keys, token_app: str) -> None:
    headers = signed_headers(
        app_id=token_app,
        private_key=keys.app_private,
        method="POST",
        target=UPGRADE,
        body=BODY,
        token="202501BBgood",
    )
    assert raw.post(UPGRADE, content=BODY, headers=headers).status_code == 200


# -- unknown routes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("POST", "/v3/alipay/open/mini/innerversion/delete", 404),
        ("GET", "/", 404),
        ("GET", UPGRADE, 405),
        ("POST", QUERY, 405),
    ],
)
def test_unknown_routes_get_signed_json_errors(
    emu: Emulator, raw: httpx.Client, method: str, path: str, status: int
) -> None:
    response = raw.request(method, path)
    assert response.status_code == status
    verify_signed(response, emu.alipay_public_key)
    assert response.json()["code"] == "invalid-parameter"


# -- an independent signer --------------------------------------------------------------------


def test_independent_signer_is_accepted_and_one_byte_is_not(
    emu: Emulator, raw: httpx.Client, keys: Keys
) -> None:
    """Sign with plain ``cryptography`` calls written from protocol.md section 1, so neither
    the client's signer nor the emulator's verifier is the reference."""

    def send(
        body: bytes, *, sent_body: bytes | None = None, token: str | None = None
    ) -> httpx.Response:
        nonce = str(uuid.uuid4())
        timestamp = str(int(time.time() * 1000))
        auth = f"app_id={keys.app_id},nonce={nonce},timestamp={timestamp}"
        target = UPGRADE
        content = f"{auth}\nPOST\n{target}\n".encode() + body + b"\n"
        if token:
            content += token.encode() + b"\n"
        sign = base64.b64encode(keys.app_private.sign(content, padding.PKCS1v15(), hashes.SHA256()))
        headers = {
            "Authorization": f"ALIPAY-SHA256withRSA {auth},sign={sign.decode()}",
            "Content-Type": "application/json",
            "alipay-request-id": uuid.uuid4().hex,
        }
        if token:
            headers["alipay-app-auth-token"] = token
        return raw.post(target, content=body if sent_body is None else sent_body, headers=headers)

    body = json.dumps(
        {
            "mini_app_id": MINI,
            "template_id": "tpl",
            "template_version": "3.4.5",
            "app_origin": "测试",
        },
        ensure_ascii=False,
    ).encode()
    ok = send(body)
    assert ok.status_code == 200, ok.text
    assert send(body, token="202501BB-any").status_code == 200
    assert emu.mini_app(MINI).template_version == "3.4.5"
    assert emu.accepted()[0].body == json.loads(body)

    changed = bytearray(body)
    changed[body.index(b"3.4.5")] = ord("9")
    bad = send(body, sent_body=bytes(changed))
    assert bad.status_code == 401
    assert bad.json()["code"] == "invalid-signature"
    assert emu.mini_app(MINI).template_version == "3.4.5"
    assert emu.mini_app(MINI).upgrade_count == 2
