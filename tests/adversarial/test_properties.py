"""Bad input, property-based: whatever a user or a gateway hands the SDK, the answer is typed.

* Keys, certificates, AES keys and environment variables — arbitrary text and bytes, and
  near-valid mutations of real material (truncated PEM, swapped labels, DER, PKCS#1 vs
  PKCS#8, a public key where a private one belongs, EC and Ed25519 keys, short RSA keys,
  base64 garbage, ``\\n`` escapes, ...) — give a :class:`ConfigError` or, when the input
  really is valid, a working configuration. Never another exception type.
* Arbitrary JSON (and non-JSON) response bodies, correctly signed by the gateway's key, with
  2xx and non-2xx statuses, for every client operation, sync and async, key mode, AES mode
  and certificate mode, give a result or an :class:`AlipayError` subclass. The same holds
  for arbitrary (signed) response headers: timestamps, nonces, SNs, ``Retry-After``.

Hypothesis runs derandomized (the same examples every run) without a database, and every
example executed is counted into the adversarial report as ``inputs_fuzzed``.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.hashes import SHA256
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alipay_innerversion import (
    AlipayApiError,
    AlipayConfig,
    AlipayError,
    AsyncInnerVersionClient,
    ConfigError,
    InnerVersionClient,
    SignatureError,
)
from alipay_innerversion import certs as certs_module
from alipay_innerversion.cli.diagnostics import diagnose_env
from alipay_innerversion.config import ENV_VARS
from alipay_innerversion.crypto import load_encrypt_key
from alipay_innerversion.emulator import protocol
from alipay_innerversion.emulator.pki import CertificateSet
from alipay_innerversion.keys import load_private_key, load_public_key
from alipay_innerversion.results import BuildStatus, UploadResult
from alipay_innerversion_api.api import OnlineResult, SyncResult, UpgradeResult

from ..conftest import FIXTURES, Keys
from .report import REPORT

# A mutated certificate may have a serial number of zero or less: cryptography warns (and
# will refuse such certificates in a future release); the suite turns warnings into errors.
pytestmark = pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")


def fuzz_settings(max_examples: int) -> settings:
    """Deterministic Hypothesis settings: same examples every run, no example database."""
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


# -- material: every form of key and certificate a user might hold -------------------------


def _pem_body(pem: str) -> str:
    return "".join(line for line in pem.splitlines() if "-----" not in line)


def _pem(label: str, der: bytes) -> str:
    b64 = base64.b64encode(der).decode()
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


# A deliberately weak, test-only 1024-bit key (fixed, so the examples are the same every run).
SHORT_RSA_PEM = """-----BEGIN PRIVATE KEY-----
MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAMgVR7h2osBpzcuf
07NtfNY9Ykn+8f71Ea322XqOhsZ/Mb3f3aCcAugu1Uw11aXdia10UDq/iBpvLxZM
xuvus261gU4QMLxAsqKCm2g2mFEWCF7ha4IAmVMaBSRPWHnkmVKImHNf4eJ9+N16
kYsVJniM2D5d6EUwWND/ISrRXxqNAgMBAAECgYASXFGOjeR1f8AQ1YPZzUxNZKim
XazbVqXeru5aHsYjZPytjeOKn4ZsxA9yxOXsKJ4/upK6MWVN97H8e+MtN2RjtNbT
Nr/kezhp1eyAr6TJF4puX5LEwyhxamSs4/AGkpO+eQL94vRjuPDai5eeM6htGEoI
JPc23a0uufXudFaOiQJBAOsxP9RBkN12tqbgm/MtqGtdtfoY+RhP0RGEL1w3UZ9i
SVyUtzkXx24c07hgJUfq0EkgrMCjRJxL4Sc2u0i8M4sCQQDZyNwF055bct+VpkEl
pFlOqAY2BfwDOTkJhX/dCmeVvSnU3AYixsGy8/ubcyFiXL4dGmRHvInc1rBekiIi
hE1HAkEA5HMAFwJg3l0zacD+eiU9VJy/6GBdhJny79q/zgkFxZVIwR7LIi/QzUo+
9Pae/8475uxQIQX13QNvfhGRtULppQJBAM960EKszR0KX3/OmBoobPzGjsRBB0p6
5Z/wk1QeaXj6cjPcOew/tqGqV3ZNROzUtjo7vnWpZR4DWpt+VQ7VRFkCQQCSVv7F
sRo39lKiTngxwUJYN7EkjguYplYgZ+KUdYLIZe/6Yn3IDOhowcDbw/0ZsPmm2Ese
8T744+hWMAHdk8sb
-----END PRIVATE KEY-----
"""


@dataclass(frozen=True)
class Material:
    """Named key and certificate material; ``valid_*`` name what each slot accepts as is."""

    items: Mapping[str, str | bytes]
    valid_private: frozenset[str]
    valid_public: frozenset[str]
    valid_aes: frozenset[str]

    def names(self) -> list[str]:
        return sorted(self.items)


@pytest.fixture(scope="module")
def mat(keys: Keys, cert_set: CertificateSet) -> Material:
    app = keys.app_private
    pkcs8 = app.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    pkcs1 = app.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    alipay_spki = keys.alipay_public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    alipay_pkcs1 = keys.alipay_public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.PKCS1
    )
    ec_key = ec.derive_private_key(7, ec.SECP256R1())
    ed_key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    short_rsa = serialization.load_pem_private_key(SHORT_RSA_PEM.encode(), None)
    assert isinstance(short_rsa, rsa.RSAPrivateKey)
    encrypted = app.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"password"),
    ).decode()
    items: dict[str, str | bytes] = {
        "app_pkcs8_pem": _pem("PRIVATE KEY", pkcs8),
        "app_pkcs1_pem": _pem("RSA PRIVATE KEY", pkcs1),
        "app_pkcs8_b64": base64.b64encode(pkcs8).decode(),
        "app_pkcs1_b64": base64.b64encode(pkcs1).decode(),
        "app_pkcs8_der": pkcs8,
        "app_pkcs1_der": pkcs1,
        "app_pkcs8_escaped": _pem("PRIVATE KEY", pkcs8).replace("\n", "\\n"),
        "app_encrypted_pem": encrypted,
        "app_public_pem": keys.raw["app_public_pem"],
        "alipay_spki_pem": _pem("PUBLIC KEY", alipay_spki),
        "alipay_pkcs1_pem": _pem("RSA PUBLIC KEY", alipay_pkcs1),
        "alipay_spki_b64": base64.b64encode(alipay_spki).decode(),
        "alipay_spki_der": alipay_spki,
        "alipay_private_pem": keys.raw["alipay_private_pkcs8_pem"],
        "ec_private_pem": ec_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode(),
        "ec_sec1_pem": ec_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ).decode(),
        "ec_public_pem": ec_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        "ed25519_private_pem": ed_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode(),
        "rsa1024_private_pem": short_rsa.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode(),
        "rsa1024_public_pem": short_rsa.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        "app_cert_pem": cert_set.app_cert_pem,
        "alipay_cert_pem": cert_set.alipay_cert_pem,
        "root_bundle_pem": cert_set.root_bundle_pem,
        "real_alipay_cert": (FIXTURES / "certs" / "alipayCertPublicKey_RSA2.crt").read_bytes(),
        "real_root_bundle": (FIXTURES / "certs" / "alipayRootCert.crt").read_bytes(),
        "real_app_cert": (
            FIXTURES / "certs" / "appCertPublicKey_2021001161683774.crt"
        ).read_bytes(),
        "aes_b64": keys.encrypt_key_b64,
        "aes_raw": keys.encrypt_key,
        "aes256_b64": base64.b64encode(bytes(range(32))).decode(),
    }
    return Material(
        items=items,
        valid_private=frozenset(
            {
                "app_pkcs8_pem",
                "app_pkcs1_pem",
                "app_pkcs8_b64",
                "app_pkcs1_b64",
                "app_pkcs8_der",
                "app_pkcs1_der",
                "app_pkcs8_escaped",
            }
        ),
        valid_public=frozenset(
            {
                "alipay_spki_pem",
                "alipay_pkcs1_pem",
                "alipay_spki_b64",
                "alipay_spki_der",
                "alipay_cert_pem",
            }
        ),
        valid_aes=frozenset({"aes_b64", "aes_raw", "aes256_b64"}),
    )


# -- mutations ------------------------------------------------------------------------------

LABELS = [
    "PRIVATE KEY",
    "RSA PRIVATE KEY",
    "PUBLIC KEY",
    "RSA PUBLIC KEY",
    "CERTIFICATE",
    "EC PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
    "X509 CRL",
    "private key",
    "",
]
_ALPHABET = st.characters(codec="utf-8")


def _as_text(value: str | bytes) -> str:
    return value if isinstance(value, str) else value.decode("latin-1")


@st.composite
def mutated(draw: st.DrawFn, source: str | bytes) -> str | bytes:
    """``source``, or a near-valid mutation of it."""
    kind = draw(
        st.sampled_from(
            [
                "same",
                "truncate",
                "delete",
                "insert",
                "replace",
                "relabel",
                "no-footer",
                "no-header",
                "escape",
                "quote",
                "der-flip",
                "der-truncate",
                "double-b64",
                "to-bytes",
                "b64-garbage",
                "concat",
            ]
        )
    )
    text = _as_text(source)
    if kind == "same":
        return source
    if kind in ("truncate", "delete", "insert", "replace"):
        at = draw(st.integers(0, max(0, len(text) - 1)))
        if kind == "truncate":
            out = text[:at]
        elif kind == "delete":
            out = text[:at] + text[at + draw(st.integers(1, 64)) :]
        elif kind == "insert":
            out = text[:at] + draw(st.text(_ALPHABET, min_size=1, max_size=8)) + text[at:]
        else:
            out = text[:at] + draw(st.characters(codec="utf-8")) + text[at + 1 :]
        if isinstance(source, bytes):
            return out.encode("latin-1", "replace")
        return out
    if kind == "relabel":
        return _relabel(text, draw(st.sampled_from(LABELS)))
    if kind == "no-footer":
        return text.split("-----END")[0]
    if kind == "no-header":
        return text.split("-----\n", 1)[-1]
    if kind == "escape":
        return text.replace("\n", draw(st.sampled_from(["\\n", "\\r\\n", "\r\n", " ", ""])))
    if kind == "quote":
        quote = draw(st.sampled_from(["'", '"', "`"]))
        return f"{quote}{text}{quote}"
    der = _der_of(source)
    if kind == "der-flip":
        if not der:
            return source
        at = draw(st.integers(0, len(der) - 1))
        flipped = der[:at] + bytes([der[at] ^ draw(st.integers(1, 255))]) + der[at + 1 :]
        return flipped if draw(st.booleans()) else base64.b64encode(flipped).decode()
    if kind == "der-truncate":
        cut = der[: draw(st.integers(0, max(0, len(der) - 1)))]
        return cut if draw(st.booleans()) else base64.b64encode(cut).decode()
    if kind == "double-b64":
        return base64.b64encode(text.encode("utf-8")).decode()
    if kind == "to-bytes":
        return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), "replace")
    if kind == "b64-garbage":
        return draw(st.from_regex(r"[A-Za-z0-9+/=\-_ \n]{0,200}", fullmatch=True))
    other = draw(st.text(_ALPHABET, max_size=40))
    return text + other if draw(st.booleans()) else other + text


def _relabel(text: str, label: str) -> str:
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("-----BEGIN "):
            line = f"-----BEGIN {label}-----\n"
        elif line.startswith("-----END "):
            line = f"-----END {label}-----\n"
        out.append(line)
    return "".join(out)


def _der_of(source: str | bytes) -> bytes:
    if isinstance(source, bytes) and source[:1] == b"\x30":
        return source
    body = _pem_body(_as_text(source)) if "-----" in _as_text(source) else _as_text(source)
    try:
        return base64.b64decode("".join(body.split()), validate=True)
    except ValueError:
        return b""


def key_input(mat: Material) -> st.SearchStrategy[tuple[str, str | bytes]]:
    """(name of the source, value): arbitrary text and bytes, or mutated real material."""
    arbitrary = st.one_of(
        st.text(_ALPHABET, max_size=300).map(lambda t: ("text", t)),
        st.binary(max_size=300).map(lambda b: ("bytes", b)),
    )
    real = st.sampled_from(mat.names()).flatmap(
        lambda name: mutated(mat.items[name]).map(lambda value: (name, value))
    )
    return st.one_of(arbitrary, real, real, real)


def expect_config_error(function: Callable[[], Any]) -> Any:
    """Run ``function``; a ConfigError is fine, any other exception fails the property."""
    try:
        return function()
    except ConfigError as error:
        if not error.message:
            raise AssertionError("a ConfigError must say what is wrong") from error
        return None


# -- properties: keys, certificates, AES keys ------------------------------------------------


@fuzz_settings(max_examples=400)
@given(data=st.data())
def test_key_loaders_raise_only_config_error(mat: Material, data: st.DataObject) -> None:
    REPORT.add("inputs_fuzzed")
    name, value = data.draw(key_input(mat))
    private = expect_config_error(lambda: load_private_key(value))
    if value is mat.items.get(name) and name in mat.valid_private:
        assert private is not None
        assert private.key.key_size == 2048
    if private is not None:
        assert isinstance(private.key, rsa.RSAPrivateKey)
    public = expect_config_error(lambda: load_public_key(value))
    if value is mat.items.get(name) and name in mat.valid_public:
        assert public is not None
    if public is not None:
        assert isinstance(public.key, rsa.RSAPublicKey)
    aes = expect_config_error(lambda: load_encrypt_key(value))
    if value is mat.items.get(name) and name in mat.valid_aes:
        assert aes is not None
    if aes is not None:
        assert len(aes) in (16, 24, 32)


@fuzz_settings(max_examples=400)
@given(data=st.data())
def test_certificate_readers_raise_only_config_error(mat: Material, data: st.DataObject) -> None:
    REPORT.add("inputs_fuzzed")
    _name, value = data.draw(key_input(mat))
    expect_config_error(lambda: certs_module.load_certificates(value))
    sn = expect_config_error(lambda: certs_module.cert_sn(value))
    assert sn is None or len(sn) == 32
    expect_config_error(lambda: certs_module.root_cert_sn(value))


def _valid_key_mode(keys: Keys) -> dict[str, Any]:
    # key objects, not PEM: loading a private key validates it (~60 ms), and only the
    # argument under test should pay for that
    return {
        "app_id": keys.app_id,
        "private_key": keys.app_private,
        "alipay_public_key": keys.alipay_public,
    }


def _valid_cert_mode(keys: Keys, cert_set: CertificateSet) -> dict[str, Any]:
    return {
        "app_id": keys.app_id,
        "private_key": keys.app_private,
        "app_cert": cert_set.app_cert_pem,
        "alipay_public_cert": cert_set.alipay_cert_pem,
        "alipay_root_cert": cert_set.root_bundle_pem,
    }


def _other_value() -> st.SearchStrategy[Any]:
    """Odd values for the non-key arguments (app id, base URL, timestamp window)."""
    return st.one_of(
        st.text(_ALPHABET, max_size=40),
        st.binary(max_size=20),
        st.from_regex(r"https?://[a-z0-9.\[\]:@%-]{0,30}(/[a-z]*)?(\?[a-z=]*)?", fullmatch=True),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(-(10**6), 10**6),
        st.none(),
    )


def _check_client_builds(config: AlipayConfig) -> None:
    """A configuration that was accepted must also give a client (no late URL errors)."""
    transport = httpx.MockTransport(lambda request: httpx.Response(599))
    InnerVersionClient(config, transport=transport).close()


@fuzz_settings(max_examples=500)
@given(data=st.data())
def test_config_arguments_give_config_error_or_a_working_config(
    keys: Keys, cert_set: CertificateSet, mat: Material, data: st.DataObject
) -> None:
    """One argument of a valid configuration (key mode or certificate mode) replaced by
    arbitrary input or mutated material: a ConfigError, or a configuration that works."""
    REPORT.add("inputs_fuzzed")
    cert_mode = data.draw(st.booleans(), label="cert_mode")
    args = _valid_cert_mode(keys, cert_set) if cert_mode else _valid_key_mode(keys)
    slots = [*args, "encrypt_key", "base_url", "timestamp_window"]
    slot = data.draw(st.sampled_from(slots), label="slot")
    if slot in ("app_id", "base_url", "timestamp_window"):
        value: Any = data.draw(_other_value(), label="value")
    else:
        _name, value = data.draw(key_input(mat), label="value")
    args[slot] = value
    config = expect_config_error(lambda: AlipayConfig(**args))
    if config is None:
        return
    assert isinstance(config, AlipayConfig)
    assert config.is_cert_mode == cert_mode
    assert math.isfinite(config.timestamp_window)
    assert config.timestamp_window > 0
    assert config.app_id.isascii()
    assert config.app_id.isprintable()
    _check_client_builds(config)
    repr(config)
    dict(config.describe())


@st.composite
def environments(draw: st.DrawFn, mat: Material, files: Mapping[str, Path]) -> dict[str, str]:
    """Arbitrary dicts over ENV_VARS: real values, mutated material, files, garbage."""
    env: dict[str, str] = {}
    for var in draw(st.lists(st.sampled_from(ENV_VARS), unique=True, max_size=len(ENV_VARS))):
        if var.endswith("_FILE"):
            value = draw(
                st.one_of(
                    st.sampled_from(sorted(str(path) for path in files.values())),
                    st.text(_ALPHABET, max_size=40),
                    st.just(str(next(iter(files.values())).parent)),  # a directory
                )
            )
        elif var in ("ALIPAY_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY", "ALIPAY_ENCRYPT_KEY"):
            _name, raw = draw(key_input(mat))
            value = _as_text(raw)
        else:
            value = draw(_other_value().map(lambda v: v if isinstance(v, str) else str(v)))
        env[var] = value
    return env


@pytest.fixture(scope="module")
def material_files(mat: Material, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every piece of material (and some broken copies) written to files."""
    folder = tmp_path_factory.mktemp("material")
    files = {}
    for name, value in mat.items.items():
        path = folder / f"{name}.pem"
        path.write_bytes(value if isinstance(value, bytes) else value.encode("utf-8"))
        files[name] = path
        broken = folder / f"{name}.truncated.pem"
        broken.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
        files[f"{name}.truncated"] = broken
    empty = folder / "empty.pem"
    empty.write_bytes(b"")
    files["empty"] = empty
    return files


@fuzz_settings(max_examples=150)
@given(data=st.data())
def test_from_env_and_diagnostics_over_arbitrary_environments(
    keys: Keys,
    mat: Material,
    material_files: dict[str, Path],
    data: st.DataObject,
) -> None:
    """``AlipayConfig.from_env`` gives a ConfigError or a working configuration;
    ``diagnose_env`` (``alipay-mini keys check``) never raises, and finds a problem exactly
    when ``from_env`` refuses the environment."""
    REPORT.add("inputs_fuzzed")
    env = data.draw(environments(mat, material_files))
    if data.draw(st.booleans(), label="start from a valid environment"):
        base = {
            "ALIPAY_APP_ID": keys.app_id,
            "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
            "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        }
        env = {**base, **env}
    config = expect_config_error(lambda: AlipayConfig.from_env(env))
    if config is not None:
        _check_client_builds(config)
    findings = diagnose_env(env)
    assert findings
    # keys check and the client agree: every check passes exactly when the client accepts
    problems = [f"{f.check}: {f.detail}" for f in findings if not f.ok]
    assert (config is not None) == (not problems), problems


# -- properties: response bodies and headers ------------------------------------------------

JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(_ALPHABET, max_size=20),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(_ALPHABET, max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
KNOWN_FIELDS = [
    "package_id",
    "build_version",
    "build_status",
    "build_info",
    "need_rotation",
    "version_created",
    "log_url",
    "build_package_url",
    "new_build_package_url",
    "result_url",
    "code",
    "message",
    "links",
]
RESPONSE_OBJECTS = st.dictionaries(st.sampled_from(KNOWN_FIELDS), JSON_VALUES, max_size=6)
STATUSES = st.one_of(
    st.sampled_from([200, 200, 200, 201, 204, 250, 299, 400, 401, 403, 404, 429, 500, 503]),
    st.integers(100, 599),
)


@st.composite
def response_bodies(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["object", "object", "json", "bytes", "ciphertext-like"]))
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "ciphertext-like":
        return base64.b64encode(draw(st.binary(max_size=64)))
    value = draw(RESPONSE_OBJECTS if kind == "object" else JSON_VALUES)
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8")


Operation = Callable[[Any], Any]
OPERATIONS: dict[str, tuple[Operation, tuple[type, ...]]] = {
    "upload": (
        lambda c: c.upload(mini_app_id="2021004100000001", build_version="1.0.0", source_url="x"),
        (UploadResult,),
    ),
    "upload-wait": (
        lambda c: c.upload(
            mini_app_id="2021004100000001",
            build_version="1.0.0",
            source_url="https://example.invalid/p.zip",
            wait=True,
            wait_timeout=0.02,
            poll_interval=0.005,
        ),
        (UploadResult,),
    ),
    "upload_status": (lambda c: c.upload_status(package_id="20240001"), (BuildStatus,)),
    "wait_for_build": (
        lambda c: c.wait_for_build(package_id="20240001", timeout=0.02, poll_interval=0.005),
        (BuildStatus,),
    ),
    "online": (
        lambda c: c.online(mini_app_id="2021004100000001", app_online_version="1.0.0"),
        (OnlineResult,),
    ),
    "sync": (
        lambda c: c.sync(
            mini_app_id="2021004100000001",
            app_version="1.0.0",
            sync_type="global",
            app_origin="o",
            bundle_id="b",
        ),
        (SyncResult,),
    ),
    "upgrade": (
        lambda c: c.upgrade(
            mini_app_id="2021004100000001",
            template_id="1",
            template_version="1.2.3",
            app_auth_token="202411BBtoken",
        ),
        (UpgradeResult,),
    ),
}


@pytest.fixture(scope="module")
def configs(keys: Keys, cert_set: CertificateSet) -> dict[str, AlipayConfig]:
    key_mode = AlipayConfig(
        app_id=keys.app_id,
        private_key=keys.app_private,
        alipay_public_key=keys.alipay_public,
        base_url="https://openapi.alipay.com",
    )
    cert_mode = AlipayConfig(**_valid_cert_mode(keys, cert_set))
    return {
        "key": key_mode,
        "aes": key_mode.replace(encrypt_key=keys.encrypt_key_b64),
        "cert": cert_mode,
    }


def _run(client_class: str, config: AlipayConfig, handler: Any, operation: Operation) -> Any:
    """Run one operation on a sync or async client over ``handler`` (no retries)."""
    transport = httpx.MockTransport(handler)
    if client_class == "sync":
        with InnerVersionClient(config, transport=transport, max_retries=0) as client:
            return operation(client)

    async def go() -> Any:
        async with AsyncInnerVersionClient(config, transport=transport, max_retries=0) as client:
            return await operation(client)

    return asyncio.run(go())


def _outcome(run: Callable[[], Any]) -> Any:
    """The call's result, or the AlipayError it raised; any other exception propagates."""
    try:
        return run()
    except AlipayError as error:
        str(error), repr(error)
        return error


@fuzz_settings(max_examples=400)
@given(
    operation=st.sampled_from(sorted(OPERATIONS)),
    client_class=st.sampled_from(["sync", "async"]),
    mode=st.sampled_from(["key", "aes", "cert"]),
    status=STATUSES,
    body=response_bodies(),
    encrypt_2xx=st.booleans(),
)
def test_signed_arbitrary_response_bodies_give_a_result_or_an_alipay_error(
    keys: Keys,
    configs: dict[str, AlipayConfig],
    operation: str,
    client_class: str,
    mode: str,
    status: int,
    body: bytes,
    encrypt_2xx: bool,
) -> None:
    """Every answer is signed with the gateway's real key, so it passes verification and
    reaches decryption, JSON parsing, the generated models and the result builders."""
    REPORT.add("inputs_fuzzed")
    config = configs[mode]
    alipay_sn = next(iter(config.alipay_public_certs), None)

    def handler(request: httpx.Request) -> httpx.Response:
        raw = body
        sent_encrypted = request.headers.get("alipay-encrypt-type") == "AES"
        if 200 <= status < 300 and sent_encrypted and encrypt_2xx:
            raw = protocol.encrypt_body(body, keys.encrypt_key)
        headers = protocol.response_headers(
            raw, keys.alipay_private, trace_id="trace-fuzz", alipay_sn=alipay_sn
        )
        headers["content-type"] = "application/json"
        return httpx.Response(status, headers=headers, content=raw)

    call, result_types = OPERATIONS[operation]
    outcome = _outcome(lambda: _run(client_class, config, handler, call))
    if not isinstance(outcome, AlipayError):
        assert isinstance(outcome, result_types)
        assert 200 <= status < 300, f"HTTP {status} must not give a result"
    elif isinstance(outcome, AlipayApiError):
        assert outcome.http_status == status


HEADER_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_categories=["Cc"]),
    max_size=40,
)


@fuzz_settings(max_examples=250)
@given(
    operation=st.sampled_from(["upload_status", "online"]),
    client_class=st.sampled_from(["sync", "async"]),
    mode=st.sampled_from(["key", "aes", "cert"]),
    status=st.sampled_from([200, 400, 429, 500, 503]),
    timestamp=st.one_of(
        st.integers(-(10**20), 10**20).map(str),
        st.from_regex(r"[0-9]{15,400}", fullmatch=True),
        HEADER_TEXT,
        st.sampled_from(["nan", "inf", "1e400", "-0", " 1 ", "\u00b2\u00b3", "1_000"]),
        st.sampled_from(["9" * 320, "-" + "1" * 400, "1" * 5000]),  # beyond a float, an int
    ),
    nonce=HEADER_TEXT,
    sn=st.one_of(st.none(), HEADER_TEXT),
    retry_after=st.one_of(
        st.none(),
        HEADER_TEXT,
        st.sampled_from(["nan", "inf", "-1", "1e400", "Fri, 31 Dec 9999 23:59:59 GMT"]),
        st.sampled_from(["Mon, 01 Jan 0001 00:00:00 GMT", "Sat, 29 Feb 2099 00:00:00 GMT"]),
    ),
    trace_id=st.one_of(st.none(), HEADER_TEXT),
)
def test_signed_arbitrary_response_headers_give_a_result_or_an_alipay_error(
    keys: Keys,
    configs: dict[str, AlipayConfig],
    operation: str,
    client_class: str,
    mode: str,
    status: int,
    timestamp: str,
    nonce: str,
    sn: str | None,
    retry_after: str | None,
    trace_id: str | None,
) -> None:
    """Header values as a gateway (or something posing as one) might send them, with a
    signature that really covers them."""
    REPORT.add("inputs_fuzzed")
    config = configs[mode]
    body = b'{"build_status":"2","code":"SYSTEM_ERROR","message":"m"}'

    def handler(request: httpx.Request) -> httpx.Response:
        raw = body
        if 200 <= status < 300 and request.headers.get("alipay-encrypt-type") == "AES":
            raw = protocol.encrypt_body(body, keys.encrypt_key)
        content = timestamp.encode("latin-1") + b"\n" + nonce.encode("latin-1") + b"\n"
        signature = keys.alipay_private.sign(content + raw + b"\n", padding.PKCS1v15(), SHA256())
        headers = [
            (b"alipay-timestamp", timestamp.encode("latin-1")),
            (b"alipay-nonce", nonce.encode("latin-1")),
            (b"alipay-signature", base64.b64encode(signature)),
            (b"content-type", b"application/json"),
        ]
        for name, value in (
            (b"alipay-sn", sn),
            (b"retry-after", retry_after),
            (b"alipay-trace-id", trace_id),
        ):
            if value is not None:
                headers.append((name, value.encode("latin-1")))
        return httpx.Response(status, headers=headers, content=raw)

    outcome = _outcome(lambda: _run(client_class, config, handler, OPERATIONS[operation][0]))
    if not isinstance(outcome, AlipayError):
        assert 200 <= status < 300


# -- what the properties found, pinned ----------------------------------------------------------


def _real_alipay_cert_der() -> bytes:
    pem = (FIXTURES / "certs" / "alipayCertPublicKey_RSA2.crt").read_text()
    return base64.b64decode(_pem_body(pem))


def _flipped(der: bytes, at: int, mask: int) -> str:
    return _pem("CERTIFICATE", der[:at] + bytes([der[at] ^ mask]) + der[at + 1 :])


FOUND_CONFIG_INPUTS: dict[str, Callable[[Keys], Any]] = {
    # cert.public_key() raised UnsupportedAlgorithm (an SM2 key)
    "SM2 root certificate as the Alipay public key": lambda keys: load_public_key(
        (FIXTURES / "certs" / "alipayRootCert.crt").read_bytes()
    ),
    # load_der_x509_certificate raised x509.InvalidVersion (not a ValueError)
    "certificate version 4": lambda keys: certs_module.cert_sn(
        _flipped(_real_alipay_cert_der(), 12, 0x01)
    ),
    "certificate version 4, as a key": lambda keys: load_public_key(
        _flipped(_real_alipay_cert_der(), 12, 0x01)
    ),
    # the issuer is parsed lazily: ValueError / TypeError on first access
    "certificate with a broken issuer (ValueError)": lambda keys: certs_module.cert_sn(
        _flipped(_real_alipay_cert_der(), 58, 0x20)
    ),
    "certificate with a broken issuer (TypeError)": lambda keys: certs_module.root_cert_sn(
        _flipped(_real_alipay_cert_der(), 58, 0x10)
    ),
    # Path.read_bytes raised ValueError
    "NUL in a key file path": lambda keys: AlipayConfig.from_env(
        {"ALIPAY_APP_ID": keys.app_id, "ALIPAY_PRIVATE_KEY_FILE": "key\x00.pem"}
    ),
    # urlsplit raised ValueError; httpx.URL raised InvalidURL when the client was built
    "base_url with a broken IPv6 host": lambda keys: _key_mode(keys, base_url="http://[::1"),
    "base_url with a bad port": lambda keys: _key_mode(keys, base_url="http://x:abc"),
    "base_url with a NUL": lambda keys: _key_mode(keys, base_url="http://\x00"),
    "base_url as bytes": lambda keys: _key_mode(keys, base_url=b"https://openapi.alipay.com"),
    "base_url not a string": lambda keys: _key_mode(keys, base_url=1.5),
    # '<=' between str and int (TypeError); NaN and infinity disabled the replay check
    "timestamp_window as text": lambda keys: _key_mode(keys, timestamp_window="900"),
    "timestamp_window NaN": lambda keys: _key_mode(keys, timestamp_window=math.nan),
    "timestamp_window infinite": lambda keys: _key_mode(keys, timestamp_window=math.inf),
    "timestamp_window True": lambda keys: _key_mode(keys, timestamp_window=True),
    # accepted, then a broken Authorization header (comma) or a failure on the wire
    "app_id with a comma": lambda keys: _key_mode(keys, app_id="2021,nonce=x"),
    "app_id with a newline": lambda keys: _key_mode(keys, app_id="2021\n0001"),
    "app_id not ASCII": lambda keys: _key_mode(keys, app_id="2021\u00e9"),
    "app_id as bytes": lambda keys: _key_mode(keys, app_id=b"2021000000000001"),
    # 32 hex digits are valid base64: silently taken as another (AES-192) key
    "AES key as hex": lambda keys: _key_mode(keys, encrypt_key=keys.encrypt_key.hex()),
}


def _key_mode(keys: Keys, **changes: Any) -> AlipayConfig:
    return AlipayConfig(**{**_valid_key_mode(keys), **changes})


@pytest.mark.parametrize("case", sorted(FOUND_CONFIG_INPUTS))
def test_found_config_inputs_give_config_error(keys: Keys, case: str) -> None:
    with pytest.raises(ConfigError) as info:
        FOUND_CONFIG_INPUTS[case](keys)
    assert info.value.message


@pytest.mark.parametrize("client_class", ["sync", "async"])
@pytest.mark.parametrize(
    ("status", "body"),
    [(250, b"{}"), (201, b'{"links": [1]}'), (299, b'{"code": 5}')],
    ids=["250", "201-links", "299"],
)
def test_found_unusual_2xx_give_alipay_api_error(
    keys: Keys, configs: dict[str, AlipayConfig], client_class: str, status: int, body: bytes
) -> None:
    """A signed 2xx other than 200 crashed the generated parser (HTTPStatus(250) is a
    ValueError; an odd body a TypeError)."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = protocol.response_headers(body, keys.alipay_private, trace_id="t-1")
        return httpx.Response(status, headers=headers, content=body)

    for call, _types in OPERATIONS.values():
        error = _outcome(lambda: _run(client_class, configs["key"], handler, call))  # noqa: B023
        assert isinstance(error, AlipayApiError)
        assert error.http_status == status
        assert error.trace_id == "t-1"
        assert error.request_id


@pytest.mark.parametrize("timestamp", ["9" * 320, "-" + "1" * 400])
def test_found_huge_signed_timestamp_gives_signature_error(
    keys: Keys, configs: dict[str, AlipayConfig], timestamp: str
) -> None:
    """int(timestamp) / 1000.0 raised OverflowError after the signature had verified."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = b'{"build_status": "2"}'
        content = timestamp.encode() + b"\nnonce\n" + body + b"\n"
        signature = keys.alipay_private.sign(content, padding.PKCS1v15(), SHA256())
        headers = {
            "alipay-timestamp": timestamp,
            "alipay-nonce": "nonce",
            "alipay-signature": base64.b64encode(signature).decode(),
        }
        return httpx.Response(200, headers=headers, content=body)

    error = _outcome(lambda: _run("sync", configs["key"], handler, OPERATIONS["upload_status"][0]))
    assert isinstance(error, SignatureError)
    assert error.check == "timestamp"


@pytest.mark.parametrize(
    ("status", "signed", "expected"),
    [(200, True, SignatureError), (400, True, SignatureError), (400, False, AlipayApiError)],
    ids=["signed-200", "signed-400", "unsigned-400"],
)
def test_found_deeply_nested_json_gives_a_typed_error(
    keys: Keys,
    configs: dict[str, AlipayConfig],
    status: int,
    signed: bool,
    expected: type[AlipayError],
) -> None:
    """json.loads raises RecursionError (not a ValueError) for deep nesting; it escaped the
    body checks of the transport and of error_from_response."""
    body = b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"

    def handler(request: httpx.Request) -> httpx.Response:
        headers = protocol.response_headers(body, keys.alipay_private, trace_id="t-deep")
        return httpx.Response(status, headers=headers if signed else {}, content=body)

    error = _outcome(lambda: _run("sync", configs["key"], handler, OPERATIONS["online"][0]))
    assert type(error) is expected or isinstance(error, expected)
    assert error.http_status == status
