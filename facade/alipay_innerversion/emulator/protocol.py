"""Alipay's side of the v3 protocol, for the emulator: parse and verify signed requests,
sign responses, AES content encryption.

Written from the protocol description, deliberately without the client's signing and
crypto modules: a bug there must not be mirrored here, or the emulator would accept
what Alipay rejects. Only ``cryptography`` primitives are shared.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from alipay_innerversion_api.api import COMMON_ERROR_CODES

__all__ = [
    "Authorization",
    "GatewayError",
    "absent_or_wrong",
    "decrypt_body",
    "encrypt_body",
    "parse_authorization",
    "request_signature_valid",
    "response_headers",
]

SCHEME = "ALIPAY-SHA256withRSA"
_PAIR = re.compile(r"^([a-z_]+)=(.*)$", re.DOTALL)


class GatewayError(Exception):
    """A protocol error the gateway answers with ``{code, message}`` and an HTTP status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Authorization:
    """The parsed ``Authorization`` header."""

    app_id: str
    nonce: str
    timestamp: str
    sign: str
    app_cert_sn: str | None
    auth_string: str  # everything before ",sign=", exactly as received


def absent_or_wrong(name: str, present: bool, *, wrong: str | None = None) -> str:
    """Alipay's code for a header or ``Authorization`` field ``name`` that fails a check.

    The rule, read off ``CommonErrorType``'s codes, which come in pairs
    (``missing-alipay-root-cert-sn`` / ``invalid-alipay-root-cert-sn``, ``missing-app-id``
    / ``invalid-app-id``, ``missing-signature-type`` / ``invalid-signature-type``, ...):
    ``missing-<name>`` when it is absent or empty, else ``wrong`` when Alipay names that
    case otherwise (``app-cert-not-exist``, ``illegal-timestamp``), else
    ``invalid-<name>``. The code must be one ``CommonErrorType`` lists.
    """
    code = f"missing-{name}" if not present else (wrong or f"invalid-{name}")
    if code not in COMMON_ERROR_CODES:
        raise LookupError(f"{code} is not a code of Alipay's CommonErrorType")
    return code


def parse_authorization(header: str | None) -> Authorization:
    """Parse ``ALIPAY-SHA256withRSA app_id=..,[app_cert_sn=..,]nonce=..,timestamp=..,sign=..``.

    The scheme in front is the signature type (``missing-`` / ``invalid-signature-type``);
    an empty or absent ``app_id`` or ``timestamp`` is ``missing-app-id`` /
    ``missing-timestamp``; anything else malformed is ``missing-signature`` (the header
    that carries the signature is not usable).
    """
    if not header:
        raise GatewayError(401, "missing-signature", "Authorization header is missing")
    scheme, _, rest = header.partition(" ")
    if "=" in scheme or "," in scheme:  # parameters with no scheme in front
        raise GatewayError(
            401,
            absent_or_wrong("signature-type", False),
            f"Authorization has no signature type: it must start with {SCHEME}",
        )
    if scheme != SCHEME:
        raise GatewayError(
            401,
            absent_or_wrong("signature-type", True),
            f"Authorization signature type {scheme[:40]!r} is not {SCHEME}",
        )
    if not rest:
        raise GatewayError(401, "missing-signature", "Authorization has no parameters")
    auth_string, sep, sign = rest.rpartition(",sign=")
    if not sep or not sign:
        raise GatewayError(401, "missing-signature", "Authorization has no sign")
    fields: dict[str, str] = {}
    order: list[str] = []
    for item in auth_string.split(","):
        match = _PAIR.match(item)
        if not match:
            raise GatewayError(401, "missing-signature", "Authorization is malformed")
        fields[match.group(1)] = match.group(2)
        order.append(match.group(1))
    if not fields.get("app_id"):
        raise GatewayError(401, absent_or_wrong("app-id", False), "app_id is missing or empty")
    if not fields.get("timestamp"):
        raise GatewayError(
            401, absent_or_wrong("timestamp", False), "timestamp is missing or empty"
        )
    expected = ["app_id", "app_cert_sn", "nonce", "timestamp"]
    if "app_cert_sn" not in fields:
        expected.remove("app_cert_sn")
    if order != expected:
        raise GatewayError(
            401, "missing-signature", "Authorization fields are missing or out of order"
        )
    return Authorization(
        app_id=fields["app_id"],
        nonce=fields["nonce"],
        timestamp=fields["timestamp"],
        sign=sign,
        app_cert_sn=fields.get("app_cert_sn"),
        auth_string=auth_string,
    )


def request_signature_valid(
    auth: Authorization,
    *,
    method: str,
    path_with_query: bytes,
    body: bytes,
    app_auth_token: str | None,
    app_public_key: rsa.RSAPublicKey,
) -> bool:
    """Check the signature over the bytes as received."""
    lines = [auth.auth_string.encode(), method.encode(), path_with_query, body]
    if app_auth_token is not None:
        lines.append(app_auth_token.encode())
    content = b"".join(line + b"\n" for line in lines)
    try:
        signature = base64.b64decode(auth.sign, validate=True)
        app_public_key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def response_headers(
    body: bytes,
    alipay_private_key: rsa.RSAPrivateKey,
    *,
    trace_id: str,
    alipay_sn: str | None = None,
    timestamp_ms: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The signature headers Alipay puts on every response."""
    timestamp = str(int(time.time() * 1000) if timestamp_ms is None else timestamp_ms)
    nonce = nonce or secrets.token_hex(16)
    content = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"
    signature = alipay_private_key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    headers = {
        "alipay-trace-id": trace_id,
        "alipay-timestamp": timestamp,
        "alipay-nonce": nonce,
        "alipay-signature": base64.b64encode(signature).decode(),
    }
    if alipay_sn:
        headers["alipay-sn"] = alipay_sn
    return headers


def _aes(key: bytes) -> Cipher[modes.CBC]:
    return Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16))


def encrypt_body(plaintext: bytes, key: bytes) -> bytes:
    """AES-CBC, zero IV, PKCS#7; base64 text."""
    padder = sym_padding.PKCS7(algorithms.AES.block_size).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = _aes(key).encryptor()
    return base64.b64encode(encryptor.update(data) + encryptor.finalize())


def decrypt_body(ciphertext: bytes, key: bytes) -> bytes:
    """Inverse of :func:`encrypt_body`; raises :class:`GatewayError` ``decryption-error``."""
    try:
        raw = base64.b64decode(ciphertext, validate=True)
        decryptor = _aes(key).decryptor()
        data = decryptor.update(raw) + decryptor.finalize()
        unpadder = sym_padding.PKCS7(algorithms.AES.block_size).unpadder()
        return unpadder.update(data) + unpadder.finalize()
    except (binascii.Error, ValueError) as exc:
        raise GatewayError(400, "decryption-error", "the request body cannot be decrypted") from exc
