"""Alipay content encryption: AES-CBC with a zero IV and PKCS#7 padding, base64 on the wire.

The zero IV is Alipay's protocol, not our choice: equal plaintexts give equal ciphertexts.
It is what the gateway speaks, so we implement it exactly and document the property.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .errors import ConfigError, DecryptionError

__all__ = ["AES_KEY_SIZES", "aes_decrypt", "aes_encrypt", "load_encrypt_key"]

AES_KEY_SIZES = (16, 24, 32)
_ZERO_IV = bytes(16)


def load_encrypt_key(value: str | bytes, *, argument: str = "encrypt_key") -> bytes:
    """Decode the console's base64 content-encryption key and check its length."""
    if isinstance(value, bytes) and len(value) in AES_KEY_SIZES and not _is_b64_text(value):
        return value  # raw key bytes
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    text = text.strip().strip("'\"")
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(
            f"{argument} is not base64.",
            hint="Copy the 'interface content encryption key' (AES) from the Alipay console; it "
            "is base64 text such as 24 characters ending in '=='.",
        ) from None
    if len(key) not in AES_KEY_SIZES:
        raise ConfigError(
            f"{argument} decodes to {len(key)} bytes; AES needs 16, 24 or 32.",
            hint="Copy the whole AES key from the Alipay console (24 base64 characters for the "
            "usual 16-byte key).",
        )
    return key


def _is_b64_text(value: bytes) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _cipher(key: bytes) -> Cipher[modes.CBC]:
    return Cipher(algorithms.AES(key), modes.CBC(_ZERO_IV))


def aes_encrypt(plaintext: bytes | str, key: bytes) -> str:
    """Encrypt and return the base64 text that goes on the wire."""
    data = plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = _cipher(key).encryptor()
    return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode("ascii")


def aes_decrypt(ciphertext: bytes | str, key: bytes) -> bytes:
    """Decrypt base64 ciphertext; raise :class:`DecryptionError` instead of returning garbage.

    Checks the base64, the block size and the PKCS#7 padding. A wrong key passes the padding
    check about once in 256 tries, so callers that expect text or JSON must still check it.
    """
    text = ciphertext.decode("ascii", "replace") if isinstance(ciphertext, bytes) else ciphertext
    hint = "Check that encrypt_key is the app's current AES key from the Alipay console."
    try:
        raw = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise DecryptionError("The encrypted body is not base64.", hint=hint) from None
    if not raw or len(raw) % 16:
        raise DecryptionError(
            f"The encrypted body is {len(raw)} bytes, not a whole number of AES blocks.", hint=hint
        )
    decryptor = _cipher(key).decryptor()
    padded = decryptor.update(raw) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise DecryptionError(
            "Decryption produced invalid padding: the key is wrong or the body was altered.",
            hint=hint,
        ) from None
