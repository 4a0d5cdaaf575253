"""Throw-away keys and certificates for the emulator, tests and demos.

Certificate mode needs an app certificate, an Alipay public certificate and a root
bundle. These are issued by a local root CA made on the spot; like Alipay's real root
file, the bundle also holds a non-RSA (ECDSA) root that SN computation must skip.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

__all__ = [
    "CertificateSet",
    "LocalCA",
    "generate_rsa_key",
    "issue_certificates",
    "private_key_pem",
    "public_key_pem",
]


def generate_rsa_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key_pem(key: rsa.RSAPrivateKey) -> str:
    """PKCS#8 PEM."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def public_key_pem(key: rsa.RSAPublicKey | rsa.RSAPrivateKey) -> str:
    """SubjectPublicKeyInfo PEM."""
    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


@dataclass(frozen=True)
class CertificateSet:
    """PEM texts for certificate mode, issued by one local root CA."""

    app_cert_pem: str
    alipay_cert_pem: str
    root_bundle_pem: str


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Emulated Ant Financial"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Certification Authority"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _cert(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey,
    signer: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(secrets.randbits(120))
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


class LocalCA:
    """A throw-away root CA, like Alipay's: an RSA root that issues, and an ECDSA root
    alongside it in the bundle (which root SN computation must skip)."""

    def __init__(self) -> None:
        self._key = generate_rsa_key()
        self._name = _name("Emulated Ant Financial Certification Authority R1")
        root = _cert(self._name, self._name, self._key.public_key(), self._key, ca=True)
        ec_key = ec.generate_private_key(ec.SECP256R1())
        ec_name = _name("Emulated Ant Financial Certification Authority E1")
        ec_root = _cert(ec_name, ec_name, ec_key.public_key(), ec_key, ca=True)
        self.root_bundle_pem = _pem(ec_root) + _pem(root)

    def issue(self, key: rsa.RSAPrivateKey | rsa.RSAPublicKey, common_name: str) -> str:
        """PEM of a certificate for ``key``'s public key, issued by the RSA root."""
        public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
        return _pem(_cert(_name(common_name), self._name, public, self._key, ca=False))

    def issue_app_cert(self, key: rsa.RSAPrivateKey | rsa.RSAPublicKey, app_id: str) -> str:
        return self.issue(key, f"app {app_id}")

    def issue_alipay_cert(self, key: rsa.RSAPrivateKey | rsa.RSAPublicKey) -> str:
        return self.issue(key, "Emulated Alipay gateway")


def issue_certificates(
    app_key: rsa.RSAPrivateKey | rsa.RSAPublicKey,
    alipay_key: rsa.RSAPrivateKey | rsa.RSAPublicKey,
    *,
    app_id: str = "2021000000000001",
) -> CertificateSet:
    """Issue an app certificate and an Alipay certificate from a fresh local root."""
    ca = LocalCA()
    return CertificateSet(
        app_cert_pem=ca.issue_app_cert(app_key, app_id),
        alipay_cert_pem=ca.issue_alipay_cert(alipay_key),
        root_bundle_pem=ca.root_bundle_pem,
    )
