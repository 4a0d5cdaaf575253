"""Certificate SNs: known answers from Alipay's real certificates."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID

from alipay_innerversion import ConfigError
from alipay_innerversion.certs import cert_sn, issuer_dn, load_certificates, root_cert_sn

from .conftest import Keys

APP_SN = "866efef280dec9137a87d047ac446315"
ALIPAY_SN = "7513daaaa48aa3ba2e4018d84402479c"
ROOT_SN = "687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6"


def test_app_cert_sn(certs_dir: Path) -> None:
    assert cert_sn(certs_dir / "appCertPublicKey_2021001161683774.crt") == APP_SN


def test_alipay_cert_sn(certs_dir: Path) -> None:
    assert cert_sn(certs_dir / "alipayCertPublicKey_RSA2.crt") == ALIPAY_SN


def test_root_cert_sn_skips_sm2_and_unparseable_ecdsa(
    certs_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="alipay_innerversion"):
        assert root_cert_sn(certs_dir / "alipayRootCert.crt") == ROOT_SN
    skipped = [r.getMessage() for r in caplog.records if "skipping" in r.getMessage()]
    assert len(skipped) == 2  # the SM2 root and the ECDSA root


def test_root_file_really_holds_an_unparseable_certificate(certs_dir: Path) -> None:
    infos = load_certificates(certs_dir / "alipayRootCert.crt")
    assert [info.is_rsa for info in infos] == [False, True, False, True]
    unparsed = [info for info in infos if info.certificate is None]
    assert len(unparsed) == 1
    assert unparsed[0].signature_oid == "1.2.840.10045.4.3.3"  # ecdsa-with-SHA384, from DER


@pytest.mark.parametrize("as_type", ["path", "text", "bytes", "escaped"])
def test_cert_sn_accepts_every_input_form(certs_dir: Path, as_type: str) -> None:
    path = certs_dir / "alipayCertPublicKey_RSA2.crt"
    value: object = {
        "path": path,
        "text": path.read_text(),
        "bytes": path.read_bytes(),
        "escaped": path.read_text().replace("\n", "\\n"),
    }[as_type]
    assert cert_sn(value) == ALIPAY_SN  # type: ignore[arg-type]


def test_issuer_dn_is_most_specific_first_without_spaces(certs_dir: Path) -> None:
    cert = load_certificates(certs_dir / "appCertPublicKey_2021001161683774.crt")[0].certificate
    assert cert is not None
    assert issuer_dn(cert) == (
        "CN=Ant Financial Certification Authority Class 1 R1,OU=Certification Authority,"
        "O=Ant Financial,C=CN"
    )


def _der_len(n: int) -> bytes:
    return bytes([n]) if n < 0x80 else bytes([0x81, n])


def _seq(*parts: bytes) -> bytes:
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


def test_unparseable_rsa_certificate_in_root_chain_is_a_config_error(certs_dir: Path) -> None:
    rsa_sha256 = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00"
    broken = _seq(_seq(b"\x02\x01\x01"), _seq(rsa_sha256), b"\x03\x01\x00")
    pem = (
        "-----BEGIN CERTIFICATE-----\n"
        + base64.b64encode(broken).decode()
        + "\n-----END CERTIFICATE-----\n"
    )
    bundle = (certs_dir / "alipayRootCert.crt").read_text() + pem
    with pytest.raises(ConfigError, match=r"RSA certificate #5 cannot be parsed"):
        root_cert_sn(bundle)


def test_root_chain_without_rsa_certificate_is_a_config_error(certs_dir: Path) -> None:
    text = (certs_dir / "alipayRootCert.crt").read_text()
    first = text.split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n"
    with pytest.raises(ConfigError, match="holds no RSA certificate"):
        root_cert_sn(first)


def test_not_a_certificate_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="holds no PEM certificate"):
        cert_sn("hello", argument="app_cert")


@pytest.mark.parametrize("as_type", ["der-bytes", "certificate-object"])
def test_der_holding_a_backslash_n_is_read_as_is(keys: Keys, as_type: str) -> None:
    """Literal "\\n" in PEM text is undone for pasted PEM, but DER is binary: a certificate
    whose bytes hold a backslash followed by "n" (here in its serial number; in the wild,
    by chance in its signature) must not be rewritten."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "backslash-n")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(keys.app_public)
        .serial_number(int.from_bytes(b"\x01\\n\\n\x02", "big"))
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(keys.app_private, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    assert b"\\n" in der
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    value = der if as_type == "der-bytes" else cert
    assert cert_sn(value) == cert_sn(pem)
    [info] = load_certificates(value)
    assert info.der == der


# Gaps a mutation run of certs.py found (make mutation).


def _pem(der: bytes) -> str:
    body = base64.b64encode(der).decode()
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n"


def test_non_ascii_text_around_the_pem_block_is_ignored(certs_dir: Path) -> None:
    text = (certs_dir / "alipayCertPublicKey_RSA2.crt").read_text()
    assert cert_sn("支付宝公钥证书\n" + text) == ALIPAY_SN


def test_no_pem_block_names_the_argument_and_the_fix() -> None:
    with pytest.raises(ConfigError) as info:
        load_certificates("hello")
    assert info.value.message == (
        "certificate holds no PEM certificate ('-----BEGIN CERTIFICATE-----')."
    )
    assert info.value.hint == (
        "Give the .crt file downloaded from the Alipay console (as a pathlib.Path or its text)."
    )
    with pytest.raises(ConfigError, match=r"^app_cert holds no PEM"):
        cert_sn("hello", argument="app_cert")
    with pytest.raises(ConfigError, match=r"^certificate holds no PEM"):
        cert_sn("hello")
    with pytest.raises(ConfigError, match=r"^alipay_root_cert holds no PEM"):
        root_cert_sn("hello")
    with pytest.raises(ConfigError, match=r"^root holds no PEM"):
        root_cert_sn("hello", argument="root")


def test_missing_file_names_the_argument(tmp_path: Path) -> None:
    missing = tmp_path / "missing.crt"
    for call in (
        lambda: load_certificates(missing, argument="app_cert"),
        lambda: cert_sn(missing, argument="app_cert"),
        lambda: root_cert_sn(missing, argument="app_cert"),
    ):
        with pytest.raises(ConfigError, match=r"^app_cert: file not found"):
            call()


@pytest.mark.parametrize("junk", ["!", "-", "."])
def test_pem_block_with_characters_outside_base64_is_refused(certs_dir: Path, junk: str) -> None:
    text = (certs_dir / "alipayCertPublicKey_RSA2.crt").read_text()
    head, body = text.split("-----BEGIN CERTIFICATE-----\n", 1)
    altered = f"{head}-----BEGIN CERTIFICATE-----\n{body[:10]}{junk}{body[10:]}"
    with pytest.raises(ConfigError) as info:
        cert_sn(altered, argument="alipay_public_cert")
    assert info.value.message == "alipay_public_cert holds a certificate block that is not base64."


def test_der_that_is_no_certificate_has_no_algorithm() -> None:
    [info] = load_certificates(_pem(b"\x30\x03\x02\x01\x00"))
    assert info.certificate is None
    assert info.signature_oid is None
    assert not info.is_rsa


def test_unparseable_certificate_logs_which_one(
    certs_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="alipay_innerversion"):
        load_certificates(certs_dir / "alipayRootCert.crt", argument="root")
    [line] = [r.getMessage() for r in caplog.records if "not parsed" in r.getMessage()]
    assert line.startswith("root: certificate #3 not parsed (")
    assert line != "root: certificate #3 not parsed (None)"


def test_root_chain_logs_each_skipped_certificate(
    certs_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bundle = (certs_dir / "alipayRootCert.crt").read_text() + _pem(b"\x30\x03\x02\x01\x00")
    with caplog.at_level(logging.DEBUG, logger="alipay_innerversion"):
        assert root_cert_sn(bundle, argument="root") == ROOT_SN
    skipped = [r.getMessage() for r in caplog.records if "skipping" in r.getMessage()]
    assert skipped == [
        "root: skipping certificate #1 (signature algorithm 1.2.156.10197.1.501, not RSA)",
        "root: skipping certificate #3 (signature algorithm 1.2.840.10045.4.3.3, not RSA)",
        "root: skipping certificate #5 (signature algorithm unknown, not RSA)",
    ]


def test_root_chain_errors_give_a_hint(certs_dir: Path) -> None:
    text = (certs_dir / "alipayRootCert.crt").read_text()
    first = text.split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n"
    with pytest.raises(ConfigError) as info:
        root_cert_sn(first)
    assert info.value.message == "alipay_root_cert holds no RSA certificate."
    assert info.value.hint == (
        "Give alipayRootCert.crt from the Alipay console, not the app or Alipay public certificate."
    )
    rsa_sha256 = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00"
    broken = _seq(_seq(b"\x02\x01\x01"), _seq(rsa_sha256), b"\x03\x01\x00")
    with pytest.raises(ConfigError) as info:
        root_cert_sn(_pem(broken), argument="root")
    assert info.value.message == "root: RSA certificate #1 cannot be parsed."
    assert info.value.hint == "Download alipayRootCert.crt again from the Alipay console."


def test_unparseable_single_certificate_is_named(certs_dir: Path) -> None:
    unparsed = next(
        info for info in load_certificates(certs_dir / "alipayRootCert.crt") if not info.certificate
    )
    with pytest.raises(ConfigError) as info:
        cert_sn(_pem(unparsed.der), argument="alipay_public_cert")
    assert info.value.message == "alipay_public_cert: the certificate cannot be parsed."


def test_issuer_dn_joins_multi_valued_rdns_and_decodes_bytes(keys: Keys) -> None:
    issuer = x509.Name(
        [
            x509.RelativeDistinguishedName(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "a"),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "b"),
                ]
            ),
            x509.RelativeDistinguishedName(
                [
                    x509.NameAttribute(
                        NameOID.X500_UNIQUE_IDENTIFIER, b"\xff\x41", _type=_ASN1Type.BitString
                    )
                ]
            ),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "s")]))
        .issuer_name(issuer)
        .public_key(keys.app_public)
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(keys.app_private, hashes.SHA256())
    )
    assert issuer_dn(cert) == "2.5.4.45=\ufffdA,CN=a+O=b"
    expected = hashlib.md5(b"2.5.4.45=\xef\xbf\xbdA,CN=a+O=b7").hexdigest()
    assert cert_sn(cert) == expected
