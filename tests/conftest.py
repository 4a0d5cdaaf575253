"""Shared fixtures: the known-answer vectors and certificates copied from Alipay's SDK output."""

from __future__ import annotations

import base64
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion import AlipayConfig
from alipay_innerversion.emulator.pki import CertificateSet, issue_certificates

from .adversarial.report import REPORT
from .helpers import FakeAlipay

# All test traffic goes to loopback. The SDK honours the proxy variables (as httpx does):
# a proxy configured on the machine running the suite must not receive it.
for _variable in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
    os.environ.pop(_variable, None)
    os.environ.pop(_variable.lower(), None)

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


# -- suite options: slow tests and the adversarial summary ---------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="also run tests marked slow (make test-all)",
    )
    parser.addoption(
        "--adversarial-report",
        metavar="FILE",
        help="write the adversarial suite's figures to FILE as JSON",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with `make test-all` (pytest --run-slow)")
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if not REPORT:
        return
    terminalreporter.write_sep("-", "security and reliability")
    terminalreporter.write_line(REPORT.summary_line())
    target = config.getoption("--adversarial-report")
    if target:
        Path(target).write_text(json.dumps(REPORT.as_dict(), indent=2) + "\n", encoding="utf-8")


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients made in the test back off for milliseconds, not seconds."""
    import alipay_innerversion.connections as client_module
    from alipay_innerversion import RetryPolicy

    monkeypatch.setattr(
        client_module, "RetryPolicy", functools.partial(RetryPolicy, initial_delay=0.001)
    )


@pytest.fixture
def unbuildable_upload(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packages skip the local build checks (a root ``app.json``, ...), standing for a
    package that passes them and still fails Alipay's build: the emulator fails the build
    of a package without ``app.json``."""
    import alipay_innerversion.flows.packages as packaging

    monkeypatch.setattr(packaging, "check_mini_program", lambda data, source: None)


@pytest.fixture(scope="session")
def vectors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "vectors.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def certs_dir() -> Path:
    return FIXTURES / "certs"


# -- keys and configurations ---------------------------------------------------------------
# The vectors' keys are test-only keys published with the vectors: using them keeps the
# suite fast (no RSA generation) and ties every test to the known-answer material.


@dataclass(frozen=True)
class Keys:
    app_id: str
    app_private_pem: str
    app_private: rsa.RSAPrivateKey
    app_public: rsa.RSAPublicKey
    alipay_private: rsa.RSAPrivateKey
    alipay_public: rsa.RSAPublicKey
    alipay_public_pem: str
    encrypt_key_b64: str
    encrypt_key: bytes
    raw: dict[str, str]


@pytest.fixture(scope="session")
def keys(vectors: dict[str, Any]) -> Keys:
    raw = vectors["keys"]
    app_private = serialization.load_pem_private_key(raw["app_private_pkcs8_pem"].encode(), None)
    alipay_private = serialization.load_pem_private_key(
        raw["alipay_private_pkcs8_pem"].encode(), None
    )
    assert isinstance(app_private, rsa.RSAPrivateKey)
    assert isinstance(alipay_private, rsa.RSAPrivateKey)
    return Keys(
        app_id=raw["app_id"],
        app_private_pem=raw["app_private_pkcs8_pem"],
        app_private=app_private,
        app_public=app_private.public_key(),
        alipay_private=alipay_private,
        alipay_public=alipay_private.public_key(),
        alipay_public_pem=raw["alipay_public_pem"],
        encrypt_key_b64=raw["encrypt_key"],
        encrypt_key=base64.b64decode(raw["encrypt_key"]),
        raw=raw,
    )


@pytest.fixture(scope="session")
def cert_set(keys: Keys) -> CertificateSet:
    return issue_certificates(keys.app_private, keys.alipay_private, app_id=keys.app_id)


@pytest.fixture
def key_config(keys: Keys) -> AlipayConfig:
    return AlipayConfig(
        app_id=keys.app_id,
        private_key=keys.app_private_pem,
        alipay_public_key=keys.alipay_public_pem,
        base_url="https://openapi.alipay.com",
    )


@pytest.fixture
def cert_config(keys: Keys, cert_set: CertificateSet) -> AlipayConfig:
    return AlipayConfig(
        app_id=keys.app_id,
        private_key=keys.app_private_pem,
        app_cert=cert_set.app_cert_pem,
        alipay_public_cert=cert_set.alipay_cert_pem,
        alipay_root_cert=cert_set.root_bundle_pem,
    )


@pytest.fixture
def fake(keys: Keys) -> FakeAlipay:
    """A fake gateway for the vectors' app, key mode, no encryption."""
    return FakeAlipay(
        app_id=keys.app_id,
        app_public_key=keys.app_public,
        alipay_private_key=keys.alipay_private,
        encrypt_key=keys.encrypt_key,
    )


def fake_for(config: AlipayConfig, keys: Keys) -> FakeAlipay:
    """A fake gateway matching a configuration (cert SNs, encryption)."""
    sn = next(iter(config.alipay_public_certs), None)
    return FakeAlipay(
        app_id=config.app_id,
        app_public_key=keys.app_public,
        alipay_private_key=keys.alipay_private,
        encrypt_key=keys.encrypt_key,
        alipay_sn=sn,
        app_cert_sn=config.app_cert_sn,
        root_cert_sn=config.alipay_root_cert_sn,
    )
