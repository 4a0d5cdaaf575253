"""Certificate mode: certificate serial numbers ("SNs") as Alipay computes them.

A cert SN is the lowercase hex MD5 of the issuer DN string followed by the serial number
in decimal. The issuer DN string lists the issuer's attributes most specific first (the
reverse of their DER order) as ``SHORTNAME=value`` joined by ``,`` without escaping, e.g.
``CN=Ant Financial Certification Authority Class 1 R1,OU=Certification Authority,...``.

Alipay's root file holds several certificates, one SM2 and one ECDSA among them; the
ECDSA one has algorithm parameters that ``cryptography`` refuses to parse, so the file is
read certificate by certificate and non-RSA certificates are skipped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import _der
from .errors import ConfigError
from .keys import read_source

__all__ = [
    "CertificateInfo",
    "cert_sn",
    "issuer_dn",
    "load_certificates",
    "root_cert_sn",
]

logger = logging.getLogger("alipay_innerversion")

RSA_SIGNATURE_OID_PREFIX = "1.2.840.113549.1.1"
_PEM_CERT = re.compile(
    rb"-----BEGIN CERTIFICATE-----\s*(.*?)\s*-----END CERTIFICATE-----", re.DOTALL
)

if TYPE_CHECKING:  # cryptography.x509 loads when a certificate is read (import cost)
    from cryptography import x509

    CertInput = str | bytes | os.PathLike[str] | x509.Certificate


@dataclass(frozen=True)
class CertificateInfo:
    """One certificate of a bundle: parsed (or None when unparseable) and its algorithm."""

    index: int
    der: bytes
    certificate: x509.Certificate | None
    signature_oid: str | None

    @property
    def is_rsa(self) -> bool:
        return bool(self.signature_oid and self.signature_oid.startswith(RSA_SIGNATURE_OID_PREFIX))


def _pem_blocks(content: str | bytes, argument: str) -> list[bytes]:
    """DER of every PEM certificate block, in file order."""
    data = content.encode("ascii", "replace") if isinstance(content, str) else content
    # PEM pasted into an environment variable may carry literal "\n"s; DER is binary and
    # must stay untouched (its random bytes can hold a backslash followed by "n").
    bodies = _PEM_CERT.findall(data.replace(b"\\n", b"\n"))
    if not bodies:
        if data[:1] == b"\x30":
            return [data]
        raise ConfigError(
            f"{argument} holds no PEM certificate ('-----BEGIN CERTIFICATE-----').",
            hint="Give the .crt file downloaded from the Alipay console (as a pathlib.Path or its "
            "text).",
        )
    out = []
    for body in bodies:
        try:
            out.append(base64.b64decode(b"".join(body.split()), validate=True))
        except (binascii.Error, ValueError):
            raise ConfigError(f"{argument} holds a certificate block that is not base64.") from None
    return out


def load_certificates(value: CertInput, *, argument: str = "certificate") -> list[CertificateInfo]:
    """Every certificate in a PEM bundle, parsed one by one.

    A certificate ``cryptography`` cannot parse is kept with ``certificate=None`` and its
    signature algorithm read from the raw DER, so callers can decide whether it matters.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    if isinstance(value, x509.Certificate):
        ders = [value.public_bytes(Encoding.DER)]  # checked below like any other DER
    else:
        ders = _pem_blocks(read_source(value, argument)[0], argument)
    infos = []
    for index, der in enumerate(ders):
        cert: x509.Certificate | None
        try:
            cert = _parsed(x509.load_der_x509_certificate(der))
            oid: str | None = cert.signature_algorithm_oid.dotted_string
        except (ValueError, TypeError, x509.InvalidVersion) as exc:
            cert = None
            try:
                oid = _der.certificate_signature_oid(der)
            except _der.DerError:
                oid = None
            logger.debug("%s: certificate #%d not parsed (%s)", argument, index + 1, exc)
        infos.append(CertificateInfo(index, der, cert, oid))
    return infos


def _parsed(cert: x509.Certificate) -> x509.Certificate:
    """``cert``, once the fields an SN needs have been read: ``cryptography`` parses some
    of them lazily, so a malformed issuer or serial only fails when first read
    (``ValueError``, or ``TypeError`` for some attribute types)."""
    issuer_dn(cert)
    _ = cert.serial_number
    return cert


def issuer_dn(cert: x509.Certificate) -> str:
    """The issuer DN string Alipay hashes: most specific attribute first, no escaping."""
    rdns = list(cert.issuer.rdns)
    parts = []
    for rdn in reversed(rdns):
        parts.append("+".join(f"{attr.rfc4514_attribute_name}={_text(attr.value)}" for attr in rdn))
    return ",".join(parts)


def _text(value: str | bytes) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _sn(cert: x509.Certificate) -> str:
    digest = hashlib.md5(  # noqa: S324 - Alipay's identifier, not a security primitive
        (issuer_dn(cert) + str(cert.serial_number)).encode("utf-8")
    )
    return digest.hexdigest()


def cert_sn(value: CertInput, *, argument: str = "certificate") -> str:
    """SN of a single certificate (the app cert, or Alipay's public cert).

    With a bundle, the first certificate counts; use :func:`load_certificates` to see all.
    """
    infos = load_certificates(value, argument=argument)
    first = infos[0]
    if first.certificate is None:
        raise ConfigError(f"{argument}: the certificate cannot be parsed.")
    return _sn(first.certificate)


def root_cert_sn(value: CertInput, *, argument: str = "alipay_root_cert") -> str:
    """SN of Alipay's root certificate chain: the SNs of its RSA certificates joined by ``_``.

    Non-RSA certificates are skipped (with a debug log when they cannot be parsed); an RSA
    certificate that cannot be parsed is a :class:`ConfigError`.
    """
    sns = []
    for info in load_certificates(value, argument=argument):
        if not info.is_rsa:
            logger.debug(
                "%s: skipping certificate #%d (signature algorithm %s, not RSA)",
                argument,
                info.index + 1,
                info.signature_oid or "unknown",
            )
            continue
        if info.certificate is None:
            raise ConfigError(
                f"{argument}: RSA certificate #{info.index + 1} cannot be parsed.",
                hint="Download alipayRootCert.crt again from the Alipay console.",
            )
        sns.append(_sn(info.certificate))
    if not sns:
        raise ConfigError(
            f"{argument} holds no RSA certificate.",
            hint="Give alipayRootCert.crt from the Alipay console, not the app or Alipay public "
            "certificate.",
        )
    return "_".join(sns)
