"""Key loading: every form users hold keys in, and a named error for every mistake."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from alipay_innerversion import ConfigError
from alipay_innerversion.keys import fingerprint, load_private_key, load_public_key

from .conftest import Keys


def _der(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())


def _pem(key: rsa.RSAPrivateKey, fmt: serialization.PrivateFormat) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


PKCS8 = serialization.PrivateFormat.PKCS8
PKCS1 = serialization.PrivateFormat.TraditionalOpenSSL


@pytest.mark.parametrize(
    ("form", "expected_format"),
    [
        ("pkcs8_pem", "PKCS#8, PEM"),
        ("pkcs1_pem", "PKCS#1, PEM"),
        ("pkcs8_base64", "PKCS#8, bare base64"),
        ("pkcs1_base64", "PKCS#1, bare base64"),
        ("pkcs8_der", "PKCS#8, DER"),
        ("pkcs1_escaped", "PKCS#1, PEM"),
        ("pkcs8_wrapped_base64", "PKCS#8, bare base64"),
        ("pkcs8_one_line_pem", "PKCS#8, PEM"),
    ],
)
def test_private_key_forms_are_detected(keys: Keys, form: str, expected_format: str) -> None:
    key = keys.app_private
    b64_8 = base64.b64encode(_der(key, PKCS8)).decode()
    value: str | bytes = {
        "pkcs8_pem": _pem(key, PKCS8),
        "pkcs1_pem": _pem(key, PKCS1),
        "pkcs8_base64": b64_8,
        "pkcs1_base64": base64.b64encode(_der(key, PKCS1)).decode(),
        "pkcs8_der": _der(key, PKCS8),
        "pkcs1_escaped": _pem(key, PKCS1).replace("\n", "\\n"),
        "pkcs8_wrapped_base64": "\n".join(b64_8[i : i + 64] for i in range(0, len(b64_8), 64)),
        "pkcs8_one_line_pem": f"-----BEGIN PRIVATE KEY-----{b64_8}-----END PRIVATE KEY-----",
    }[form]
    loaded = load_private_key(value)
    assert loaded.format == expected_format
    assert loaded.key.private_numbers() == key.private_numbers()


def test_private_key_from_path(keys: Keys, tmp_path: Path) -> None:
    path = tmp_path / "app_private_key.pem"
    path.write_text(keys.app_private_pem)
    loaded = load_private_key(path)
    assert loaded.origin == "file app_private_key.pem"
    assert loaded.key.private_numbers() == keys.app_private.private_numbers()


@pytest.mark.parametrize(
    ("form", "expected_format"),
    [
        ("spki_pem", "SubjectPublicKeyInfo, PEM"),
        ("spki_base64", "SubjectPublicKeyInfo, bare base64"),
        ("pkcs1_pem", "PKCS#1, PEM"),
        ("spki_der", "SubjectPublicKeyInfo, DER"),
    ],
)
def test_public_key_forms_are_detected(keys: Keys, form: str, expected_format: str) -> None:
    pub = keys.alipay_public
    value: str | bytes = {
        "spki_pem": keys.alipay_public_pem,
        "spki_base64": keys.raw["alipay_public_base64"],
        "pkcs1_pem": pub.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
        ).decode(),
        "spki_der": pub.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    }[form]
    loaded = load_public_key(value)
    assert loaded.format == expected_format
    assert loaded.key.public_numbers() == pub.public_numbers()


def test_public_key_from_alipay_certificate(certs_dir: Path) -> None:
    loaded = load_public_key(certs_dir / "alipayCertPublicKey_RSA2.crt")
    spki = loaded.key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    text = base64.b64encode(spki).decode()
    assert text.startswith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAhoVesfcG")
    assert text.endswith("nre7SNywIDAQAB")
    assert loaded.format.startswith("certificate")


def test_garbage_names_argument_and_accepted_formats() -> None:
    with pytest.raises(ConfigError) as info:
        load_private_key("this is not a key", argument="private_key")
    message = str(info.value)
    assert "private_key" in message
    assert "PKCS#8" in message
    assert "PKCS#1" in message
    assert "pathlib.Path" in message


def test_valid_base64_that_is_no_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="could not be read as a private key"):
        load_private_key(base64.b64encode(b"0" * 300).decode())


def test_public_key_given_as_private_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="holds a public key") as info:
        load_private_key(keys.alipay_public_pem)
    assert "swap" in str(info.value)


def test_public_key_base64_given_as_private_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="holds a public key"):
        load_private_key(keys.raw["alipay_public_base64"])


def test_private_key_given_as_public_key(keys: Keys) -> None:
    secret_line = keys.app_private_pem.splitlines()[1]
    with pytest.raises(ConfigError, match="holds a private key") as info:
        load_public_key(keys.app_private_pem)
    assert secret_line not in str(info.value)
    assert secret_line not in repr(info.value)


def test_private_key_base64_given_as_public_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="holds a private key"):
        load_public_key(keys.raw["app_private_pkcs8_base64"])


def test_short_rsa_key_is_rejected() -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(ConfigError, match="1024-bit RSA key; RSA2 needs 2048 bits"):
        load_private_key(_pem(small, PKCS8))
    with pytest.raises(ConfigError, match="1024-bit"):
        load_public_key(small.public_key(), argument="alipay_public_key")


def test_non_rsa_key_is_rejected() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, PKCS8, serialization.NoEncryption()
    ).decode()
    with pytest.raises(ConfigError, match="is an EC key; Alipay RSA2 signing needs an RSA key"):
        load_private_key(pem)


def test_password_protected_key_is_named(keys: Keys) -> None:
    pem = keys.app_private.private_bytes(
        serialization.Encoding.PEM, PKCS8, serialization.BestAvailableEncryption(b"pw")
    ).decode()
    with pytest.raises(ConfigError, match="password-protected"):
        load_private_key(pem)


def test_path_given_as_text_gets_a_hint(keys: Keys, tmp_path: Path) -> None:
    path = tmp_path / "key.pem"
    path.write_text(keys.app_private_pem)
    with pytest.raises(ConfigError, match=r"looks like a file path.*pathlib\.Path"):
        load_private_key(str(path))


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="private_key: file not found"):
        load_private_key(tmp_path / "nope.pem")


def test_certificate_given_as_private_key(certs_dir: Path) -> None:
    with pytest.raises(ConfigError, match="holds a certificate"):
        load_private_key(certs_dir / "alipayCertPublicKey_RSA2.crt")


def test_fingerprint_is_shared_by_the_pair_and_not_secret(keys: Keys) -> None:
    assert fingerprint(keys.app_private) == fingerprint(keys.app_public)
    assert fingerprint(keys.app_private) != fingerprint(keys.alipay_public)
    assert len(fingerprint(keys.app_private)) == 16


def test_loaded_key_repr_has_no_key_material(keys: Keys) -> None:
    loaded = load_private_key(keys.app_private_pem)
    assert repr(loaded) == "LoadedKey(format='PKCS#8, PEM', origin='text')"
