"""Offline diagnostics: each misconfiguration is found, named, and comes with a fix."""

from __future__ import annotations

from pathlib import Path

from alipay_innerversion.cli.diagnostics import Finding, diagnose_env
from alipay_innerversion.emulator.pki import CertificateSet, public_key_pem

from .conftest import Keys


def by_check(findings: list[Finding]) -> dict[str, Finding]:
    return {f.check: f for f in findings}


def key_env(keys: Keys) -> dict[str, str]:
    return {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.raw["app_private_pkcs1_pem"],
        "ALIPAY_PUBLIC_KEY": keys.raw["alipay_public_base64"],
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
    }


def test_good_key_mode(keys: Keys) -> None:
    findings = diagnose_env(key_env(keys))
    assert all(f.ok for f in findings), findings
    found = by_check(findings)
    assert found["private_key"].detail.startswith("RSA 2048 bits, PKCS#1, PEM (text), fingerprint ")
    assert found["alipay_public_key"].detail.startswith(
        "RSA 2048 bits, SubjectPublicKeyInfo, bare base64"
    )
    assert found["encrypt_key"].detail == "AES-128 content encryption"
    assert found["configuration"].detail == "key mode, https://openapi.alipay.com"


def test_everything_wrong_is_reported_at_once(keys: Keys) -> None:
    env = {
        "ALIPAY_PRIVATE_KEY": keys.alipay_public_pem,
        "ALIPAY_PUBLIC_KEY": "garbage!",
        "ALIPAY_ENCRYPT_KEY": "abc",
        "ALIPAY_BASE_URL": "openapi.alipay.com",
    }
    found = by_check(diagnose_env(env))
    assert not found["app_id"].ok
    assert "holds a public key" in found["private_key"].detail
    assert found["private_key"].fix is not None
    assert "swap" in found["private_key"].fix
    assert not found["alipay_public_key"].ok
    assert not found["encrypt_key"].ok
    assert not found["base_url"].ok
    assert "configuration" not in found


def test_app_public_key_as_alipay_key(keys: Keys) -> None:
    env = {**key_env(keys), "ALIPAY_PUBLIC_KEY": public_key_pem(keys.app_private)}
    found = by_check(diagnose_env(env))
    assert not found["key pair"].ok
    assert "app's own public key" in found["key pair"].detail
    assert found["key pair"].fix is not None


def test_cert_mode_sns_and_pairing(keys: Keys, cert_set: CertificateSet, tmp_path: Path) -> None:
    paths = {}
    for name, text in (
        ("app.crt", cert_set.app_cert_pem),
        ("alipay.crt", cert_set.alipay_cert_pem),
        ("root.crt", cert_set.root_bundle_pem),
    ):
        (tmp_path / name).write_text(text)
        paths[name] = str(tmp_path / name)
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_APP_CERT_FILE": paths["app.crt"],
        "ALIPAY_PUBLIC_CERT_FILE": paths["alipay.crt"],
        "ALIPAY_ROOT_CERT_FILE": paths["root.crt"],
    }
    findings = diagnose_env(env)
    assert all(f.ok for f in findings), findings
    found = by_check(findings)
    assert found["app_cert"].detail.startswith("SN ")
    assert found["app_cert pair"].ok
    assert found["alipay_root_cert"].detail.startswith("root SN ")
    # the app certificate configured as Alipay's, and a missing root
    env["ALIPAY_PUBLIC_CERT_FILE"] = paths["app.crt"]
    del env["ALIPAY_ROOT_CERT_FILE"]
    found = by_check(diagnose_env(env))
    assert not found["key pair"].ok
    assert "half-configured" in found["certificate mode"].detail


def test_app_cert_of_another_key(keys: Keys, certs_dir: Path) -> None:
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_APP_CERT_FILE": str(certs_dir / "appCertPublicKey_2021001161683774.crt"),
        "ALIPAY_PUBLIC_CERT_FILE": str(certs_dir / "alipayCertPublicKey_RSA2.crt"),
        "ALIPAY_ROOT_CERT_FILE": str(certs_dir / "alipayRootCert.crt"),
    }
    found = by_check(diagnose_env(env))
    assert found["app_cert"].detail.startswith("SN 866efef280dec9137a87d047ac446315")
    assert not found["app_cert pair"].ok
    assert found["alipay_public_cert"].detail.startswith("SN 7513daaaa48aa3ba2e4018d84402479c")
    assert found["alipay_root_cert"].detail == (
        "root SN 687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6"
    )


def test_findings_hold_no_key_material(keys: Keys) -> None:
    text = repr(diagnose_env(key_env(keys)))
    for line in keys.raw["app_private_pkcs1_pem"].splitlines()[1:-1]:
        assert line not in text
    assert keys.encrypt_key_b64 not in text
