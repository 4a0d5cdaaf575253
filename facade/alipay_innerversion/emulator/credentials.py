"""What a client of an emulated app needs: ``AppCredentials``, and key-material helpers."""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import rsa

from .pki import private_key_pem, public_key_pem

__all__ = ["AppCredentials", "encrypt_key_bytes", "pem_from_der"]

_AES_KEY_SIZES = (16, 24, 32)


@dataclass(frozen=True, repr=False)
class AppCredentials:
    """What a client of one registered app needs (secrets included: never log this)."""

    app_id: str
    app_public_key: rsa.RSAPublicKey
    app_private_key: rsa.RSAPrivateKey | None  # None when only the public key was given
    encrypt_key: str | None  # base64
    app_cert_pem: str | None  # certificate mode
    app_cert_sn: str | None
    app_auth_tokens: frozenset[str] | None

    @property
    def app_private_key_pem(self) -> str | None:
        return private_key_pem(self.app_private_key) if self.app_private_key else None

    @property
    def app_public_key_pem(self) -> str:
        return public_key_pem(self.app_public_key)

    def __repr__(self) -> str:
        return (
            f"AppCredentials(app_id={self.app_id!r}, encrypted={self.encrypt_key is not None}, "
            f"app_cert_sn={self.app_cert_sn!r})"
        )


def encrypt_key_bytes(value: str | bytes | bool | None) -> bytes | None:
    if value is None or value is False or value == "":
        return None
    if value is True:
        return os.urandom(16)
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        if isinstance(value, bytes) and len(value) in _AES_KEY_SIZES:
            return value  # raw key bytes
        raise ValueError("encrypt_key is not base64") from None
    if len(key) not in _AES_KEY_SIZES:
        raise ValueError(f"encrypt_key decodes to {len(key)} bytes; AES needs 16, 24 or 32")
    return key


def pem_from_der(der: bytes) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM).decode("ascii")
