"""alipay-mini keys check: every misconfiguration reported with its fix, offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alipay_innerversion.emulator.pki import CertificateSet, public_key_pem

from ..conftest import Keys
from .conftest import Cli


def good_env(keys: Keys) -> dict[str, str]:
    return {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.raw["app_private_pkcs8_base64"],
        "ALIPAY_PUBLIC_KEY": keys.raw["alipay_public_base64"],
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
        # unreachable on purpose: keys check must not touch the network
        "ALIPAY_BASE_URL": "http://127.0.0.1:9",
    }


def findings(cli: Cli, env: dict[str, str]) -> tuple[int, dict[str, dict[str, object]]]:
    result = cli("--json", "keys", "check", env=env)
    data = json.loads(result.stdout)
    return result.exit_code, {f["check"]: f for f in data["findings"]}


def test_good_configuration(cli: Cli, keys: Keys) -> None:
    result = cli("keys", "check", env=good_env(keys))
    assert result.exit_code == 0, result.output
    assert "configuration looks right" in result.stdout
    assert "PKCS#8, bare base64" in result.stdout
    code, found = findings(cli, good_env(keys))
    assert code == 0
    assert str(found["private_key"]["detail"]).startswith("RSA 2048 bits")


@pytest.mark.parametrize(
    ("change", "check", "detail", "fix"),
    [
        (
            {"ALIPAY_PRIVATE_KEY": "not a key"},
            "private_key",
            "neither PEM nor valid base64",
            "PKCS#8",
        ),
        ({"ALIPAY_PRIVATE_KEY": "PUBLIC"}, "private_key", "holds a public key", "swap"),
        ({"ALIPAY_PUBLIC_KEY": "PRIVATE"}, "alipay_public_key", "holds a private key", "swap"),
        (
            {"ALIPAY_PUBLIC_KEY": "APP_PUBLIC"},
            "key pair",
            "app's own public key",
            "Alipay public key",
        ),
        ({"ALIPAY_ENCRYPT_KEY": "c2hvcnQ="}, "encrypt_key", "decodes to 5 bytes", "AES key"),
        ({"ALIPAY_APP_ID": ""}, "app_id", "not set", "app id"),
        ({"ALIPAY_BASE_URL": "openapi.alipay.com"}, "base_url", "not an http(s) URL", "https://"),
        ({"ALIPAY_PRIVATE_KEY": "SHORT"}, "private_key", "1024-bit RSA key", "2048-bit"),
    ],
)
def test_each_misconfiguration(
    cli: Cli, keys: Keys, change: dict[str, str], check: str, detail: str, fix: str
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    substitutes = {
        "PUBLIC": keys.alipay_public_pem,
        "PRIVATE": keys.raw["alipay_private_pkcs8_pem"],
        "APP_PUBLIC": public_key_pem(keys.app_private),
        "SHORT": rsa.generate_private_key(public_exponent=65537, key_size=1024)
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode(),
    }
    env = good_env(keys)
    env.update({k: substitutes.get(v, v) for k, v in change.items()})
    code, found = findings(cli, env)
    assert code == 2
    assert found[check]["ok"] is False
    assert detail in str(found[check]["detail"])
    assert fix in str(found[check]["fix"])
    human = cli("keys", "check", env=env)
    assert human.exit_code == 2
    assert "problem(s) found" in human.stdout


def test_certificate_mode(cli: Cli, keys: Keys, cert_set: CertificateSet, tmp_path: Path) -> None:
    files = {}
    for name, text in (
        ("app.crt", cert_set.app_cert_pem),
        ("alipay.crt", cert_set.alipay_cert_pem),
        ("root.crt", cert_set.root_bundle_pem),
    ):
        (tmp_path / name).write_text(text)
        files[name] = str(tmp_path / name)
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_APP_CERT_FILE": files["app.crt"],
        "ALIPAY_PUBLIC_CERT_FILE": files["alipay.crt"],
        "ALIPAY_ROOT_CERT_FILE": files["root.crt"],
    }
    code, found = findings(cli, env)
    assert code == 0
    assert str(found["app_cert"]["detail"]).startswith("SN ")
    assert str(found["alipay_root_cert"]["detail"]).startswith("root SN ")
    half = {k: v for k, v in env.items() if k != "ALIPAY_ROOT_CERT_FILE"}
    code, found = findings(cli, half)
    assert code == 2
    assert "half-configured" in str(found["certificate mode"]["detail"])
    mixed = {**env, "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem}
    code, found = findings(cli, mixed)
    assert code == 2
    assert "as well as certificates" in str(found["certificate mode"]["detail"])
