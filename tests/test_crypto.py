"""AES content encryption: Alipay's ciphertexts, round trips, and clear failures."""

from __future__ import annotations

import base64
import os
from typing import Any

import pytest

from alipay_innerversion import ConfigError, DecryptionError
from alipay_innerversion.crypto import aes_decrypt, aes_encrypt, load_encrypt_key

from .conftest import Keys


def test_known_ciphertexts_from_alipay_sdk(vectors: dict[str, Any], keys: Keys) -> None:
    key = load_encrypt_key(keys.encrypt_key_b64)
    assert len(vectors["aes"]) >= 6
    for case in vectors["aes"]:
        assert aes_encrypt(case["plaintext"], key) == case["ciphertext"]
        assert aes_decrypt(case["ciphertext"], key).decode("utf-8") == case["plaintext"]


def test_encrypted_request_vectors_decrypt(vectors: dict[str, Any], keys: Keys) -> None:
    for case in vectors["requests"]:
        if case["headers"].get("alipay-encrypt-type") == "AES":
            assert aes_decrypt(case["body"], keys.encrypt_key).decode() == case["plaintext_body"]


@pytest.mark.parametrize("size", [16, 24, 32])
def test_round_trip_for_every_key_size(size: int) -> None:
    key = os.urandom(size)
    loaded = load_encrypt_key(base64.b64encode(key).decode())
    assert loaded == key
    for plaintext in (b"", b"x", b"0123456789abcdef", "中文".encode() * 100):
        assert aes_decrypt(aes_encrypt(plaintext, key), key) == plaintext


@pytest.mark.parametrize(
    ("ciphertext", "message"),
    [
        ("not base64 !!", "not base64"),
        (base64.b64encode(b"short").decode(), "not a whole number of AES blocks"),
        ("", "not a whole number of AES blocks"),
    ],
)
def test_garbage_raises_decryption_error(keys: Keys, ciphertext: str, message: str) -> None:
    with pytest.raises(DecryptionError, match=message):
        aes_decrypt(ciphertext, keys.encrypt_key)


def test_wrong_key_never_returns_garbage_silently(keys: Keys) -> None:
    ciphertext = aes_encrypt(b'{"build_status":"2","need_rotation":"false"}', keys.encrypt_key)
    wrong = bytes(16)
    with pytest.raises(DecryptionError, match="invalid padding"):
        aes_decrypt(ciphertext, wrong)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not-base64!", "is not base64"),
        (base64.b64encode(b"12345").decode(), "decodes to 5 bytes; AES needs 16, 24 or 32"),
    ],
)
def test_bad_encrypt_key_is_named(value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        load_encrypt_key(value)
    assert value not in str(info.value)
