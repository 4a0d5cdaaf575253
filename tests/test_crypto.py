"""AES content encryption: Alipay's ciphertexts, round trips, and clear failures."""

from __future__ import annotations

import base64
import hashlib
import os
from typing import Any

import pytest
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from alipay_innerversion import ConfigError, DecryptionError
from alipay_innerversion.crypto import (
    aes_decrypt,
    aes_encrypt,
    aes_encrypt_bytes,
    load_encrypt_key,
)

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


@pytest.mark.parametrize("pad", [0, 17, 255])
def test_a_padding_byte_outside_1_to_16_is_refused(keys: Keys, pad: int) -> None:
    """PKCS#7 with 16-byte blocks pads 1 to 16 bytes: a last byte of 0, 17 or more is not
    padding, even when that many bytes before it repeat it."""
    plain = b"x" * (48 - min(pad, 48)) + bytes((pad,)) * min(pad, 48)
    encryptor = Cipher(algorithms.AES(keys.encrypt_key), modes.CBC(bytes(16))).encryptor()
    ciphertext = base64.b64encode(encryptor.update(plain) + encryptor.finalize())
    with pytest.raises(DecryptionError, match="invalid padding"):
        aes_decrypt(ciphertext, keys.encrypt_key)


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


# Bodies past the 48 KiB slices aes_encrypt_bytes works in (encrypted uploads reach 20 MB):
# a dropped slice, junk between slices or a slice cut at the wrong place changes the text.


def _reference_encrypt(plaintext: bytes, key: bytes) -> bytes:
    """AES-CBC, zero IV, PKCS#7, base64: protocol.md, straight from the primitives."""
    padder = sym_padding.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize())


def _vector_plaintext(size: int) -> bytes:
    return hashlib.shake_256(f"aes vector {size}".encode()).digest(size)


def test_large_bodies_match_known_answers(vectors: dict[str, Any], keys: Keys) -> None:
    cases = vectors["aes_large"]
    assert max(case["size"] for case in cases) > 20_000_000
    for case in cases:
        plaintext = _vector_plaintext(case["size"])
        ciphertext = aes_encrypt_bytes(plaintext, keys.encrypt_key)
        assert len(ciphertext) == case["ciphertext_length"], case["size"]
        assert hashlib.sha256(ciphertext).hexdigest() == case["ciphertext_sha256"], case["size"]
        assert aes_decrypt(ciphertext, keys.encrypt_key) == plaintext, case["size"]


SLICE = 48 * 1024


@pytest.mark.parametrize(
    "size",
    [SLICE - 16, SLICE - 1, SLICE, SLICE + 1, SLICE + 16, 2 * SLICE - 5, 2 * SLICE + 8, 100 * 1024],
)
@pytest.mark.parametrize("key_size", [16, 32])
def test_sliced_encryption_equals_one_pass_aes(size: int, key_size: int) -> None:
    key = hashlib.sha256(b"key %d" % key_size).digest()[:key_size]
    plaintext = _vector_plaintext(size)
    expected = _reference_encrypt(plaintext, key)
    assert aes_encrypt_bytes(plaintext, key) == expected
    assert aes_encrypt(plaintext, key) == expected.decode("ascii")
    assert aes_decrypt(expected, key) == plaintext


def test_text_is_encrypted_as_utf8(keys: Keys) -> None:
    text = "内部小程序-上架 " * 5000  # past one slice
    expected = _reference_encrypt(text.encode("utf-8"), keys.encrypt_key).decode("ascii")
    assert aes_encrypt(text, keys.encrypt_key) == expected
    assert aes_encrypt_bytes(text, keys.encrypt_key) == expected.encode("ascii")


# Keys as users hold them: the console's base64 text (str or bytes, quoted, with line
# breaks), raw key bytes, and the forms that must be refused.

CONSOLE_KEY = base64.b64encode(bytes(range(16))).decode()  # 24 characters ending in "=="


@pytest.mark.parametrize(
    "value",
    [
        CONSOLE_KEY,
        CONSOLE_KEY.encode(),
        f'"{CONSOLE_KEY}"',
        f"'{CONSOLE_KEY}'",
        f'  "{CONSOLE_KEY}"\n',
        f'"{CONSOLE_KEY}\n"'.encode(),
        f"{CONSOLE_KEY[:12]}\n{CONSOLE_KEY[12:]}",
        f"{CONSOLE_KEY[:8]} {CONSOLE_KEY[8:16]}\r\n\t{CONSOLE_KEY[16:]}\n".encode(),
    ],
)
def test_console_key_as_pasted(value: str | bytes) -> None:
    assert load_encrypt_key(value) == bytes(range(16))


def test_quote_stripping_keeps_the_key_text() -> None:
    key = bytes([0x5C]) + bytes(14) + bytes([0x17])  # base64 "XAAA...Fw==": X at the start
    text = base64.b64encode(key).decode()
    assert text.startswith("X")
    assert load_encrypt_key(f'"{text}"') == key


@pytest.mark.parametrize("junk", ["-", "_", "!", "."])
def test_key_with_characters_outside_base64_is_refused(junk: str) -> None:
    # a lenient decoder would drop them and load a key the console never showed
    with pytest.raises(ConfigError, match="is not base64"):
        load_encrypt_key(CONSOLE_KEY[:4] + junk + CONSOLE_KEY[4:])


@pytest.mark.parametrize("size", [16, 24, 32])
def test_console_key_given_as_bytes_is_decoded_not_used_raw(size: int) -> None:
    # 24 bytes of console text used raw would be a valid AES-192 key, and the wrong one
    key = bytes(range(100, 100 + size))
    text = base64.b64encode(key)
    assert load_encrypt_key(text) == key
    assert load_encrypt_key(text + b"\n") == key


@pytest.mark.parametrize("size", [16, 24, 32])
def test_raw_key_bytes_are_used_as_they_are(size: int) -> None:
    key = bytes(range(200, 200 + size))  # not text: raw key bytes
    assert load_encrypt_key(key) == key
    control = bytes(range(size))  # ASCII, but control characters: not text either
    assert load_encrypt_key(control) == control


@pytest.mark.parametrize("size", [1, 15, 17, 20, 31, 33, 64])
def test_raw_key_bytes_of_the_wrong_length_are_refused(size: int) -> None:
    value = bytes([0xFF]) * size
    with pytest.raises(ConfigError) as info:
        load_encrypt_key(value, argument="AES key")
    assert info.value.message.startswith(f"AES key is {size} raw bytes; an AES key is 16, 24 or 32")
    assert "base64.b64decode(console_text)" in (info.value.hint or "")


def test_non_ascii_bytes_are_raw_not_text() -> None:
    value = "é".encode() * 8  # 16 bytes of UTF-8 text: not the console's base64 text
    assert load_encrypt_key(value) == value
    with pytest.raises(ConfigError, match="is 18 raw bytes"):
        load_encrypt_key("é".encode() * 9)


@pytest.mark.parametrize("size", [16, 24, 32])
@pytest.mark.parametrize("as_bytes", [False, True])
def test_hex_keys_are_refused_by_name(size: int, as_bytes: bool) -> None:
    key = bytes(range(size)).hex()
    value: str | bytes = key.encode() if as_bytes else f'"{key}"'
    with pytest.raises(ConfigError) as info:
        load_encrypt_key(value, argument="the key")
    assert info.value.message == "the key looks like hexadecimal, not base64."
    assert "bytes.fromhex" in (info.value.hint or "")
    assert key not in str(info.value)


def test_hex_of_other_lengths_is_plain_base64() -> None:
    # 40 hex digits are not a key's hex: decoded as base64 they are 30 bytes, and said so
    with pytest.raises(ConfigError, match="decodes to 30 bytes"):
        load_encrypt_key("ab" * 20)
    assert load_encrypt_key("wxyz" * 8) == base64.b64decode("wxyz" * 8)  # 32, not hex


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not base64 at all!", "encrypt_key is not base64."),
        ("AAAA" * 5, "encrypt_key decodes to 15 bytes; AES needs 16, 24 or 32."),
        (b"AAAA" * 5, "encrypt_key decodes to 15 bytes; AES needs 16, 24 or 32."),
    ],
)
def test_key_errors_name_the_argument_and_give_a_hint(value: str | bytes, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_encrypt_key(value)
    assert info.value.message == message
    assert "Alipay console" in (info.value.hint or "")


# Ciphertext as it arrives: text or bytes, wrapped or with whitespace around it.


def test_ciphertext_with_line_breaks_and_whitespace(keys: Keys) -> None:
    plaintext = b'{"build_status":"2"}' * 20
    text = aes_encrypt(plaintext, keys.encrypt_key)
    wrapped = "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76))
    for form in (wrapped, f"  {wrapped}\n", wrapped.encode(), f"\t{text} ".encode()):
        assert aes_decrypt(form, keys.encrypt_key) == plaintext


@pytest.mark.parametrize("junk", ["-", "_", "!", "*"])
def test_ciphertext_with_characters_outside_base64_is_refused(keys: Keys, junk: str) -> None:
    text = aes_encrypt(b"0123456789abcdef0123", keys.encrypt_key)
    with pytest.raises(DecryptionError, match="not base64"):
        aes_decrypt(text[:8] + junk + text[8:], keys.encrypt_key)


def test_ciphertext_bytes_that_are_not_ascii_are_not_base64(keys: Keys) -> None:
    valid = aes_encrypt(b"x", keys.encrypt_key).encode()
    with pytest.raises(DecryptionError) as info:
        aes_decrypt(valid[:-2] + "é".encode(), keys.encrypt_key)
    assert info.value.message == "The encrypted body is not base64."
    assert info.value.hint == (
        "Check that encrypt_key is the app's current AES key from the Alipay console."
    )


@pytest.mark.parametrize("size", [1, 15, 17, 33])
def test_ciphertext_of_partial_blocks_is_refused(keys: Keys, size: int) -> None:
    with pytest.raises(DecryptionError) as info:
        aes_decrypt(base64.b64encode(bytes(size)), keys.encrypt_key)
    assert info.value.message == (
        f"The encrypted body is {size} bytes, not a whole number of AES blocks."
    )
    assert "encrypt_key" in (info.value.hint or "")


def test_altered_padding_is_refused(keys: Keys) -> None:
    raw = bytearray(base64.b64decode(aes_encrypt(b"0123456789", keys.encrypt_key)))
    raw[-1] ^= 0x01  # CBC: changes the last plaintext block, so its padding
    with pytest.raises(DecryptionError) as info:
        aes_decrypt(base64.b64encode(bytes(raw)), keys.encrypt_key)
    assert "invalid padding" in str(info.value)
    assert "encrypt_key" in (info.value.hint or "")


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (
            b"\xff" * 5,
            "Pass the AES key as the Alipay console shows it (base64 text, as str or bytes), or "
            "the raw key bytes, e.g. base64.b64decode(console_text).",
        ),
        (
            "00" * 16,
            "The Alipay console shows the AES key as base64 (24 characters ending in '=='); copy "
            "it from there, or pass the raw key bytes (bytes.fromhex(...)).",
        ),
        (
            "not base64!",
            "Copy the 'interface content encryption key' (AES) from the Alipay console; it is "
            "base64 text such as 24 characters ending in '=='.",
        ),
        (
            "AAAA",
            "Copy the whole AES key from the Alipay console (24 base64 characters for the usual "
            "16-byte key).",
        ),
    ],
)
def test_key_error_hints(value: str | bytes, hint: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_encrypt_key(value)
    assert info.value.hint == hint


def test_padding_error_text(keys: Keys) -> None:
    with pytest.raises(DecryptionError) as info:
        aes_decrypt(aes_encrypt(b"x", keys.encrypt_key), bytes(16))
    assert info.value.message == (
        "Decryption produced invalid padding: the key is wrong or the body was altered."
    )
