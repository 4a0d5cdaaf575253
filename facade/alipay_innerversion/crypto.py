"""Alipay content encryption: AES-CBC with a zero IV and PKCS#7 padding, base64 on the wire.

The zero IV is Alipay's protocol, not our choice: equal plaintexts give equal ciphertexts.
It is what the gateway speaks, so we implement it exactly and document the property.
"""

from __future__ import annotations

import base64
import binascii
import functools
import string

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from .errors import ConfigError, DecryptionError

__all__ = ["AES_KEY_SIZES", "aes_decrypt", "aes_encrypt", "aes_encrypt_bytes", "load_encrypt_key"]

AES_KEY_SIZES = (16, 24, 32)
_ZERO_IV = bytes(16)
_SLICE = 48 * 1024


def load_encrypt_key(value: str | bytes, *, argument: str = "encrypt_key") -> bytes:
    """Decode the console's base64 content-encryption key and check its length.

    The console's text is accepted as ``str`` or as ``bytes`` (read from a file, say), with
    the quotes around it and whitespace or line breaks anywhere, as keys get pasted.
    ``bytes`` that are not text are the raw key, which must be 16, 24 or 32 bytes long;
    text that is not base64 is refused rather than guessed at (console text taken as raw
    bytes would be a valid, wrong AES-192 key).
    """
    if isinstance(value, bytes):
        text = _text(value)
        if text is None:
            if len(value) in AES_KEY_SIZES:
                return value  # raw key bytes
            raise ConfigError(
                f"{argument} is {len(value)} raw bytes; an AES key is 16, 24 or 32 bytes.",
                hint="Pass the AES key as the Alipay console shows it (base64 text, as str or "
                "bytes), or the raw key bytes, e.g. base64.b64decode(console_text).",
            )
    else:
        text = value
    text = "".join(text.strip().strip("'\"").split())
    if len(text) in (32, 48, 64) and all(ch in string.hexdigits for ch in text):
        # 32 hex digits are also valid base64 (of 24 bytes): without this check the hex of
        # a 16-byte key would be taken, silently, as a different AES-192 key
        raise ConfigError(
            f"{argument} looks like hexadecimal, not base64.",
            hint="The Alipay console shows the AES key as base64 (24 characters ending in "
            "'=='); copy it from there, or pass the raw key bytes (bytes.fromhex(...)).",
        )
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


def _text(value: bytes) -> str | None:
    """``value`` as text when it is printable ASCII (line breaks allowed), else None."""
    try:
        text = value.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if all(ch.isprintable() or ch.isspace() for ch in text) else None


@functools.lru_cache(maxsize=8)
def _cipher(key: bytes) -> Cipher[modes.CBC]:
    """The cipher for ``key`` (each call makes its own encryptor or decryptor from it);
    cached, as building one costs as much as encrypting a small body."""
    return Cipher(algorithms.AES(key), modes.CBC(_ZERO_IV))


def aes_encrypt(plaintext: bytes | str, key: bytes) -> str:
    """Encrypt and return the base64 text that goes on the wire."""
    return aes_encrypt_bytes(plaintext, key).decode("ascii")


def aes_encrypt_bytes(plaintext: bytes | str, key: bytes) -> bytes:
    """:func:`aes_encrypt` as ASCII bytes, ready to send.

    Works in slices: padding only the last block, base64-encoding each slice's ciphertext
    as it comes (48 KiB, a multiple of both the AES block and base64's 3-byte group, so
    the pieces join into the base64 of the whole). A large body (a 20 MB package upload)
    is then never copied whole for padding, joining or base64's scratch space.
    """
    data = memoryview(plaintext.encode("utf-8") if isinstance(plaintext, str) else plaintext)
    whole = len(data) - len(data) % 16
    pad = 16 - len(data) % 16
    encryptor = _cipher(key).encryptor()
    pieces = []
    start = 0
    while whole - start > _SLICE:
        pieces.append(base64.b64encode(encryptor.update(data[start : start + _SLICE])))
        start += _SLICE
    last = bytes(data[start:]) + bytes((pad,)) * pad
    pieces.append(base64.b64encode(encryptor.update(last) + encryptor.finalize()))
    return b"".join(pieces)


def aes_decrypt(ciphertext: bytes | str, key: bytes) -> bytes:
    """Decrypt base64 ciphertext; raise :class:`DecryptionError` instead of returning garbage.

    Checks the base64, the block size and the PKCS#7 padding. A wrong key passes the padding
    check about once in 256 tries, so callers that expect text or JSON must still check it.
    """
    hint = "Check that encrypt_key is the app's current AES key from the Alipay console."
    try:
        raw = base64.b64decode(ciphertext, validate=True)  # the usual case: no line breaks
    except (binascii.Error, ValueError):
        text = ciphertext if isinstance(ciphertext, str) else ciphertext.decode("ascii", "replace")
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
    # PKCS#7, checked by hand (an unpadder object costs more than the check). No padding
    # oracle to fear: an answer is decrypted only after its signature was verified.
    pad = padded[-1]
    if 1 <= pad <= 16 and padded.endswith(bytes((pad,)) * pad):
        return padded[:-pad]
    raise DecryptionError(
        "Decryption produced invalid padding: the key is wrong or the body was altered.",
        hint=hint,
    )
