"""Loading RSA keys in every form users hold them, and naming what is wrong when it fails.

Alipay's key tool hands out bare base64 (PKCS#8 "Java" or PKCS#1 "non-Java" private keys,
SubjectPublicKeyInfo public keys); users also paste PEM, PEM with ``\\n`` escapes from
environment variables, DER bytes, or give a file. The format is detected, never asked
for. Error messages name the argument and the fix, and never include key material.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

from . import _der
from .errors import ConfigError

if TYPE_CHECKING:  # cryptography.x509 loads when a key is read (import cost)
    from cryptography import x509

__all__ = [
    "MIN_RSA_BITS",
    "KeyInput",
    "LoadedKey",
    "fingerprint",
    "load_private_key",
    "load_public_key",
    "read_source",
    "same_public_key",
]

MIN_RSA_BITS = 2048

KeyInput = str | bytes | os.PathLike[str] | rsa.RSAPrivateKey | rsa.RSAPublicKey
"""PEM text, bare base64 text, DER or PEM bytes, a path to a file, or a loaded key."""

K = TypeVar("K", rsa.RSAPrivateKey, rsa.RSAPublicKey)

_PEM_BLOCK = re.compile(
    r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----",
    re.DOTALL,
)
_ACCEPTED_PRIVATE = (
    "Accepted: PEM (a PKCS#8 'PRIVATE KEY' or PKCS#1 'RSA PRIVATE KEY' block), the "
    "bare base64 text from Alipay's key tool (PKCS#8 'Java' or PKCS#1 'non-Java' format), DER "
    "bytes, or a pathlib.Path to a file holding one of these."
)
_ACCEPTED_PUBLIC = (
    "Accepted: PEM (a 'PUBLIC KEY' or PKCS#1 'RSA PUBLIC KEY' block), the "
    "bare base64 text shown in the Alipay console, a certificate, DER bytes, or a "
    "pathlib.Path to a file holding one of these."
)


@dataclass(frozen=True, repr=False)
class LoadedKey(Generic[K]):
    """A parsed key and how it was given (e.g. ``PKCS#8, PEM`` or ``PKCS#1, bare base64``)."""

    key: K
    format: str
    origin: str

    def __repr__(self) -> str:
        return f"LoadedKey(format={self.format!r}, origin={self.origin!r})"


@dataclass(frozen=True)
class _Material:
    label: str | None  # PEM label, None for bare base64 / raw DER
    der: bytes
    encoding: str  # "PEM", "bare base64", "DER"


def read_source(value: str | bytes | os.PathLike[str], argument: str) -> tuple[str | bytes, str]:
    """Return the content of a key or certificate argument and where it came from."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        try:
            return path.read_bytes(), f"file {path.name}"
        except FileNotFoundError:
            raise ConfigError(
                f"{argument}: file not found: {path}",
                hint="Check the path (relative paths are resolved from the current directory).",
            ) from None
        except OSError as exc:
            raise ConfigError(f"{argument}: cannot read {path}: {exc.strerror}") from None
        except ValueError:  # e.g. a NUL character in the path
            raise ConfigError(
                f"{argument}: {str(path)!r} is not a usable file path.",
                hint="Check the path (relative paths are resolved from the current directory).",
            ) from None
    if isinstance(value, bytes | str):
        return value, "bytes" if isinstance(value, bytes) else "text"
    raise ConfigError(
        f"{argument} must be str, bytes or a pathlib.Path, not {type(value).__name__}."
    )


def _looks_like_path(text: str) -> bool:
    return len(text) < 1024 and "\n" not in text and os.path.isfile(text)


def _decode(content: str | bytes, argument: str, accepted: str) -> _Material:
    if isinstance(content, bytes):
        if content[:1] == b"\x30":
            return _Material(None, content, "DER")
        try:
            text = content.decode("ascii")
        except UnicodeDecodeError:
            raise ConfigError(
                f"{argument} is binary data that is not DER.", hint=accepted
            ) from None
    else:
        text = content
    # Env vars and JSON often carry PEM with literal "\n" escapes or surrounding quotes.
    text = text.replace("\\r", "").replace("\\n", "\n").strip().strip("'\"").strip()
    if not text:
        raise ConfigError(f"{argument} is empty.", hint=accepted)
    match = _PEM_BLOCK.search(text)
    if match:
        label, body = match.group(1), match.group(2)
        if "ENCRYPTED" in label or "Proc-Type: 4,ENCRYPTED" in body:
            raise ConfigError(
                f"{argument} is a password-protected key.",
                hint="Store it without a password, e.g. `openssl pkcs8 -topk8 -nocrypt -in "
                "key.pem -out plain.pem`, and keep that file private.",
            )
        return _Material(label, _b64(body, argument, accepted), "PEM")
    if "-----BEGIN" in text:
        raise ConfigError(f"{argument} has a PEM header without a matching footer.", hint=accepted)
    if isinstance(content, str) and _looks_like_path(content):
        raise ConfigError(
            f"{argument} looks like a file path, but text is read as the key itself.",
            hint=f"Pass pathlib.Path({content!r}) to read the file.",
        )
    return _Material(None, _b64(text, argument, accepted), "bare base64")


def _b64(text: str, argument: str, accepted: str) -> bytes:
    compact = "".join(text.split())
    try:
        der = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError(f"{argument} is neither PEM nor valid base64.", hint=accepted) from None
    if not der:
        raise ConfigError(f"{argument} is empty.", hint=accepted)
    return der


def _parse_der(
    der: bytes,
) -> rsa.RSAPrivateKey | rsa.RSAPublicKey | x509.Certificate | object | None:
    """Whatever the DER holds: a key, a certificate, another key type, or None."""
    from cryptography import x509

    for loader in (
        lambda d: serialization.load_der_private_key(d, password=None),
        serialization.load_der_public_key,
        x509.load_der_x509_certificate,
    ):
        try:
            return loader(der)
        except (ValueError, TypeError, UnsupportedAlgorithm, x509.InvalidVersion):
            continue
    return None


def _check_size(key: rsa.RSAPrivateKey | rsa.RSAPublicKey, argument: str) -> None:
    if key.key_size < MIN_RSA_BITS:
        raise ConfigError(
            f"{argument} is a {key.key_size}-bit RSA key; RSA2 needs {MIN_RSA_BITS} bits or more.",
            hint="Generate a new 2048-bit key pair with Alipay's key tool and upload its public "
            "key in the console.",
        )


def _key_type_name(obj: object) -> str:
    kinds: tuple[tuple[tuple[type, ...], str], ...] = (
        ((ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey), "an EC key"),
        ((dsa.DSAPrivateKey, dsa.DSAPublicKey), "a DSA key"),
        ((ed25519.Ed25519PrivateKey, ed25519.Ed25519PublicKey), "an Ed25519 key"),
        ((ed448.Ed448PrivateKey, ed448.Ed448PublicKey), "an Ed448 key"),
    )
    for types, label in kinds:
        if isinstance(obj, types):
            return label
    return "a non-RSA key"


def load_private_key(
    value: KeyInput, *, argument: str = "private_key"
) -> LoadedKey[rsa.RSAPrivateKey]:
    """Load the app's RSA private key from any accepted form."""
    from cryptography import x509

    if isinstance(value, rsa.RSAPrivateKey):
        _check_size(value, argument)
        return LoadedKey(value, "RSA private key object", "object")
    if isinstance(value, rsa.RSAPublicKey):
        raise _public_given_as_private(argument)
    content, origin = read_source(value, argument)
    material = _decode(content, argument, _ACCEPTED_PRIVATE)
    if material.label in ("PUBLIC KEY", "RSA PUBLIC KEY"):
        raise _public_given_as_private(argument)
    if material.label == "CERTIFICATE":
        raise ConfigError(
            f"{argument} holds a certificate, not a private key.",
            hint="Certificates go in app_cert / alipay_public_cert / alipay_root_cert; "
            "private_key is the app private key you generated and keep secret.",
        )
    parsed = _parse_der(material.der)
    if isinstance(parsed, rsa.RSAPublicKey):
        raise _public_given_as_private(argument)
    if isinstance(parsed, x509.Certificate):
        raise ConfigError(f"{argument} holds a certificate, not a private key.")
    if parsed is None:
        raise ConfigError(f"{argument} could not be read as a private key.", hint=_ACCEPTED_PRIVATE)
    if not isinstance(parsed, rsa.RSAPrivateKey):
        raise ConfigError(
            f"{argument} is {_key_type_name(parsed)}; Alipay RSA2 signing needs an RSA key.",
            hint="Generate an RSA2 (2048-bit) key pair with Alipay's key tool.",
        )
    _check_size(parsed, argument)
    kind = "PKCS#8" if _der.second_field_tag(material.der) == _der.SEQUENCE else "PKCS#1"
    return LoadedKey(parsed, f"{kind}, {material.encoding}", origin)


def load_public_key(
    value: KeyInput | x509.Certificate, *, argument: str = "alipay_public_key"
) -> LoadedKey[rsa.RSAPublicKey]:
    """Load an RSA public key (or the key inside a certificate) from any accepted form."""
    from cryptography import x509

    if isinstance(value, rsa.RSAPublicKey):
        _check_size(value, argument)
        return LoadedKey(value, "RSA public key object", "object")
    if isinstance(value, rsa.RSAPrivateKey):
        raise _private_given_as_public(argument)
    if isinstance(value, x509.Certificate):
        return _key_from_certificate(value, argument, "certificate object", "object")
    content, origin = read_source(value, argument)
    material = _decode(content, argument, _ACCEPTED_PUBLIC)
    if material.label is not None and "PRIVATE KEY" in material.label:
        raise _private_given_as_public(argument)
    parsed = _parse_der(material.der)
    if isinstance(parsed, rsa.RSAPrivateKey):
        raise _private_given_as_public(argument)
    if isinstance(parsed, x509.Certificate):
        return _key_from_certificate(parsed, argument, f"certificate, {material.encoding}", origin)
    if parsed is None:
        raise ConfigError(f"{argument} could not be read as a public key.", hint=_ACCEPTED_PUBLIC)
    if not isinstance(parsed, rsa.RSAPublicKey):
        raise ConfigError(f"{argument} is {_key_type_name(parsed)}; Alipay RSA2 needs an RSA key.")
    _check_size(parsed, argument)
    kind = (
        "SubjectPublicKeyInfo" if _der.first_field_tag(material.der) == _der.SEQUENCE else "PKCS#1"
    )
    return LoadedKey(parsed, f"{kind}, {material.encoding}", origin)


def _key_from_certificate(
    cert: x509.Certificate, argument: str, fmt: str, origin: str
) -> LoadedKey[rsa.RSAPublicKey]:
    try:
        key = cert.public_key()
    except (UnsupportedAlgorithm, ValueError):  # e.g. the SM2 certificate of Alipay's root file
        raise ConfigError(
            f"{argument}: the certificate's public key cannot be read: it is of an unsupported "
            "type (such as SM2), not RSA, or the certificate is damaged.",
            hint="Alipay RSA2 needs an RSA certificate: for alipay_public_cert give "
            "alipayCertPublicKey_RSA2.crt (not alipayRootCert.crt), downloaded again from the "
            "console if it may be damaged.",
        ) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ConfigError(f"{argument}: the certificate does not hold an RSA key.")
    _check_size(key, argument)
    return LoadedKey(key, fmt, origin)


def _public_given_as_private(argument: str) -> ConfigError:
    return ConfigError(
        f"{argument} holds a public key, but a private key is needed to sign requests.",
        hint="Give the app private key you generated with Alipay's key tool (the one you keep); "
        "its public key is what you upload to the console. Did you swap private_key and "
        "alipay_public_key?",
    )


def _private_given_as_public(argument: str) -> ConfigError:
    return ConfigError(
        f"{argument} holds a private key, but a public key is needed to verify responses.",
        hint="Use the 'Alipay public key' shown in the Alipay console for this app. Did you swap "
        "private_key and alipay_public_key? Never share the private key.",
    )


def same_public_key(a: rsa.RSAPublicKey, b: rsa.RSAPublicKey) -> bool:
    """True when two public keys are the same key."""
    return a.public_numbers() == b.public_numbers()


def fingerprint(key: rsa.RSAPublicKey | rsa.RSAPrivateKey) -> str:
    """A short, non-secret identifier of a key pair: SHA-256 of its public key, 16 hex digits."""
    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()[:16]
