"""AlipayConfig: both modes, every diagnostic, environment variables, no secrets in repr."""

from __future__ import annotations

import base64
import pickle
from pathlib import Path

import pytest

from alipay_innerversion import SANDBOX_URL, AlipayConfig, ConfigError
from alipay_innerversion.emulator.pki import (
    CertificateSet,
    generate_rsa_key,
    issue_certificates,
    public_key_pem,
)

from .conftest import Keys
from .test_certs import ALIPAY_SN, ROOT_SN


def test_key_mode(key_config: AlipayConfig, keys: Keys) -> None:
    assert key_config.app_id == keys.app_id
    assert not key_config.is_cert_mode
    assert key_config.alipay_public_key.public_numbers() == keys.alipay_public.public_numbers()
    assert key_config.app_cert_sn is None
    assert key_config.base_url == "https://openapi.alipay.com"
    facts = key_config.describe()
    assert facts["mode"] == "key"
    assert facts["private_key"] == "RSA 2048 bits, PKCS#8, PEM (text)"


def test_cert_mode(cert_config: AlipayConfig, keys: Keys) -> None:
    assert cert_config.is_cert_mode
    assert cert_config.app_cert_sn is not None
    assert len(cert_config.app_cert_sn) == 32
    assert cert_config.alipay_root_cert_sn is not None
    assert "_" not in cert_config.alipay_root_cert_sn  # the EC root is skipped
    [(sn, key)] = cert_config.alipay_public_certs.items()
    assert key.public_numbers() == keys.alipay_public.public_numbers()
    assert cert_config.describe()["alipay_cert_sn"] == sn


def test_real_alipay_certificates_give_known_sns(certs_dir: Path) -> None:
    # Real Alipay certificates, with a throw-away app key: the app cert check must fail...
    with pytest.raises(ConfigError, match="app_cert does not belong to private_key"):
        AlipayConfig(
            app_id="2021001161683774",
            private_key=generate_rsa_key(),
            app_cert=certs_dir / "appCertPublicKey_2021001161683774.crt",
            alipay_public_cert=certs_dir / "alipayCertPublicKey_RSA2.crt",
            alipay_root_cert=certs_dir / "alipayRootCert.crt",
        )


def test_several_alipay_certificates_during_rotation(keys: Keys, certs_dir: Path) -> None:
    ours = issue_certificates(keys.app_private, keys.alipay_private)
    bundle = ours.alipay_cert_pem + (certs_dir / "alipayCertPublicKey_RSA2.crt").read_text()
    config = AlipayConfig(
        app_id=keys.app_id,
        private_key=keys.app_private_pem,
        app_cert=ours.app_cert_pem,
        alipay_public_cert=bundle,
        alipay_root_cert=certs_dir / "alipayRootCert.crt",
    )
    assert len(config.alipay_public_certs) == 2
    assert ALIPAY_SN in config.alipay_public_certs
    assert config.alipay_root_cert_sn == ROOT_SN


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        (("app_cert",), "alipay_public_cert, alipay_root_cert"),
        (("app_cert", "alipay_public_cert"), "alipay_root_cert"),
        (("alipay_root_cert",), "app_cert, alipay_public_cert"),
    ],
)
def test_half_configured_cert_mode(
    keys: Keys, cert_set: CertificateSet, given: tuple[str, ...], missing: str
) -> None:
    pems = {
        "app_cert": cert_set.app_cert_pem,
        "alipay_public_cert": cert_set.alipay_cert_pem,
        "alipay_root_cert": cert_set.root_bundle_pem,
    }
    with pytest.raises(ConfigError, match=f"half-configured.*{missing} missing"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            **{name: pems[name] for name in given},
        )


def test_both_modes_at_once(keys: Keys, cert_set: CertificateSet) -> None:
    with pytest.raises(ConfigError, match="Both alipay_public_key and certificates"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            alipay_public_key=keys.alipay_public_pem,
            app_cert=cert_set.app_cert_pem,
            alipay_public_cert=cert_set.alipay_cert_pem,
            alipay_root_cert=cert_set.root_bundle_pem,
        )


def test_missing_alipay_public_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="alipay_public_key is missing"):
        AlipayConfig(app_id=keys.app_id, private_key=keys.app_private_pem)


def test_app_public_key_configured_as_alipay_public_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="is your app's own public key, not Alipay's") as info:
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            alipay_public_key=public_key_pem(keys.app_private),
        )
    assert "Alipay public key" in str(info.value)


def test_app_certificate_configured_as_alipay_certificate(
    keys: Keys, cert_set: CertificateSet
) -> None:
    with pytest.raises(ConfigError, match="alipay_public_cert is your app's own public key"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            app_cert=cert_set.app_cert_pem,
            alipay_public_cert=cert_set.app_cert_pem,
            alipay_root_cert=cert_set.root_bundle_pem,
        )


def test_swapped_keys(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="private_key holds a public key"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.alipay_public_pem,
            alipay_public_key=keys.app_private_pem,
        )


def test_private_key_as_alipay_public_key(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="alipay_public_key holds a private key"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            alipay_public_key=keys.raw["alipay_private_pkcs8_pem"],
        )


@pytest.mark.parametrize(
    ("value", "message"),
    [("zzz", "encrypt_key is not base64"), (base64.b64encode(b"x" * 10).decode(), "10 bytes")],
)
def test_bad_encrypt_key(keys: Keys, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            alipay_public_key=keys.alipay_public_pem,
            encrypt_key=value,
        )


@pytest.mark.parametrize("url", ["openapi.alipay.com", "ftp://x", "https://openapi.alipay.com/v3"])
def test_bad_base_url(keys: Keys, url: str) -> None:
    with pytest.raises(ConfigError, match="base_url"):
        AlipayConfig(
            app_id=keys.app_id,
            private_key=keys.app_private_pem,
            alipay_public_key=keys.alipay_public_pem,
            base_url=url,
        )


def test_empty_app_id(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="app_id is empty"):
        AlipayConfig(
            app_id=" ", private_key=keys.app_private_pem, alipay_public_key=keys.alipay_public_pem
        )


def test_repr_and_describe_hold_no_secret(keys: Keys) -> None:
    config = AlipayConfig(
        app_id=keys.app_id,
        private_key=keys.app_private_pem,
        alipay_public_key=keys.alipay_public_pem,
        encrypt_key=keys.encrypt_key_b64,
    )
    text = repr(config) + str(config) + repr(dict(config.describe()))
    assert keys.encrypt_key_b64 not in text
    for line in keys.app_private_pem.splitlines()[1:-1]:
        assert line not in text
    assert "encrypted=True" in repr(config)
    assert config.describe()["encrypt_key"] == "AES-128"


def test_config_is_immutable_and_not_picklable(key_config: AlipayConfig) -> None:
    with pytest.raises(AttributeError, match="immutable"):
        key_config.app_id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match="not picklable"):
        pickle.dumps(key_config)


def test_replace(key_config: AlipayConfig, keys: Keys) -> None:
    sandbox = key_config.replace(base_url=SANDBOX_URL, encrypt_key=keys.encrypt_key_b64)
    assert sandbox.base_url == SANDBOX_URL
    assert sandbox.encrypt_key == keys.encrypt_key
    assert key_config.base_url != SANDBOX_URL
    assert sandbox.private_key is key_config.private_key
    with pytest.raises(TypeError, match="unknown"):
        key_config.replace(nope=1)


def test_replace_switches_to_cert_mode(key_config: AlipayConfig, cert_set: CertificateSet) -> None:
    cert = key_config.replace(
        app_cert=cert_set.app_cert_pem,
        alipay_public_cert=cert_set.alipay_cert_pem,
        alipay_root_cert=cert_set.root_bundle_pem,
    )
    assert cert.is_cert_mode


def test_from_env_with_text_keys(keys: Keys) -> None:
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem.replace("\n", "\\n"),
        "ALIPAY_PUBLIC_KEY": keys.raw["alipay_public_base64"],
        "ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64,
        "ALIPAY_BASE_URL": SANDBOX_URL,
    }
    config = AlipayConfig.from_env(env)
    assert config.app_id == keys.app_id
    assert config.encrypt_key == keys.encrypt_key
    assert config.base_url == SANDBOX_URL


def test_from_env_with_files_and_cert_mode(
    keys: Keys, cert_set: CertificateSet, tmp_path: Path
) -> None:
    files = {}
    for name, text in {
        "key.pem": keys.raw["app_private_pkcs1_pem"],
        "app.crt": cert_set.app_cert_pem,
        "alipay.crt": cert_set.alipay_cert_pem,
        "root.crt": cert_set.root_bundle_pem,
    }.items():
        (tmp_path / name).write_text(text)
        files[name] = str(tmp_path / name)
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY_FILE": files["key.pem"],
        "ALIPAY_APP_CERT_FILE": files["app.crt"],
        "ALIPAY_PUBLIC_CERT_FILE": files["alipay.crt"],
        "ALIPAY_ROOT_CERT_FILE": files["root.crt"],
    }
    config = AlipayConfig.from_env(env)
    assert config.is_cert_mode
    assert config.describe()["private_key"].endswith("PKCS#1, PEM (file key.pem)")


def test_from_env_reports_missing_and_conflicting_vars(keys: Keys) -> None:
    with pytest.raises(ConfigError, match="ALIPAY_APP_ID is not set"):
        AlipayConfig.from_env({})
    with pytest.raises(
        ConfigError, match="ALIPAY_PRIVATE_KEY and ALIPAY_PRIVATE_KEY_FILE are both unset"
    ):
        AlipayConfig.from_env({"ALIPAY_APP_ID": "1"})
    with pytest.raises(ConfigError, match="Both ALIPAY_PUBLIC_KEY and ALIPAY_PUBLIC_KEY_FILE"):
        AlipayConfig.from_env(
            {
                "ALIPAY_APP_ID": "1",
                "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
                "ALIPAY_PUBLIC_KEY": "x",
                "ALIPAY_PUBLIC_KEY_FILE": "y",
            }
        )


def test_from_env_overrides(keys: Keys) -> None:
    config = AlipayConfig.from_env(
        {"ALIPAY_APP_ID": "1", "ALIPAY_PRIVATE_KEY": keys.app_private_pem},
        alipay_public_key=keys.alipay_public_pem,
        app_id="2",
    )
    assert config.app_id == "2"
