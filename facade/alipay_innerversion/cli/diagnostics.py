"""Offline checks of a configuration, one finding per key or certificate.

``AlipayConfig`` stops at the first problem; this module looks at every setting on its
own, so ``alipay-mini keys check`` can report all of them at once (formats, sizes,
fingerprints, certificate SNs, which key belongs to which) with the fix for each.
Nothing here touches the network, and findings never contain key material.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from .. import certs
from ..config import PRODUCTION_URL, AlipayConfig, normalize_base_url
from ..crypto import load_encrypt_key
from ..errors import ConfigError
from ..keys import KeyInput, fingerprint, load_private_key, load_public_key, same_public_key

__all__ = ["Finding", "diagnose_env"]


@dataclass(frozen=True)
class Finding:
    """One check: ``ok`` or not, what was found, and what to do when it is not ok."""

    check: str
    ok: bool
    detail: str
    fix: str | None = None


def _text_or_file(env: Mapping[str, str], text_var: str, file_var: str) -> KeyInput | None:
    if env.get(file_var):
        return Path(env[file_var])
    return env.get(text_var) or None


def _error(check: str, error: ConfigError) -> Finding:
    return Finding(check, False, error.message, error.hint)


def diagnose_env(env: Mapping[str, str]) -> list[Finding]:
    """Check the ``ALIPAY_*`` settings in ``env`` and report every finding."""
    findings: list[Finding] = []
    app_id = env.get("ALIPAY_APP_ID", "").strip()
    findings.append(
        Finding("app_id", True, app_id)
        if app_id
        else Finding(
            "app_id", False, "ALIPAY_APP_ID is not set", "Export the app id from the console."
        )
    )

    app_public: rsa.RSAPublicKey | None = None
    private_source = _text_or_file(env, "ALIPAY_PRIVATE_KEY", "ALIPAY_PRIVATE_KEY_FILE")
    if private_source is None:
        findings.append(
            Finding(
                "private_key",
                False,
                "ALIPAY_PRIVATE_KEY and ALIPAY_PRIVATE_KEY_FILE are both unset",
                "Set one of them to the app private key.",
            )
        )
    else:
        try:
            loaded = load_private_key(private_source, argument="private_key")
        except ConfigError as error:
            findings.append(_error("private_key", error))
        else:
            app_public = loaded.key.public_key()
            findings.append(
                Finding(
                    "private_key",
                    True,
                    f"RSA {loaded.key.key_size} bits, {loaded.format} ({loaded.origin}), "
                    f"fingerprint {fingerprint(loaded.key)}",
                )
            )

    cert_vars = ("ALIPAY_APP_CERT_FILE", "ALIPAY_PUBLIC_CERT_FILE", "ALIPAY_ROOT_CERT_FILE")
    if any(env.get(var) for var in cert_vars):
        findings.extend(_cert_findings(env, app_public))
    else:
        findings.extend(_key_mode_findings(env, app_public))

    base_url = env.get("ALIPAY_BASE_URL") or PRODUCTION_URL
    try:
        findings.append(Finding("base_url", True, normalize_base_url(base_url)))
    except ConfigError as error:
        findings.append(_error("base_url", error))

    encrypt = env.get("ALIPAY_ENCRYPT_KEY")
    if encrypt:
        try:
            key = load_encrypt_key(encrypt)
        except ConfigError as error:
            findings.append(_error("encrypt_key", error))
        else:
            findings.append(Finding("encrypt_key", True, f"AES-{len(key) * 8} content encryption"))
    else:
        findings.append(Finding("encrypt_key", True, "not set: bodies are sent unencrypted"))

    if all(f.ok for f in findings):
        try:
            config = AlipayConfig.from_env(env)
        except ConfigError as error:
            findings.append(_error("configuration", error))
        else:
            mode = "certificate" if config.is_cert_mode else "key"
            findings.append(Finding("configuration", True, f"{mode} mode, {config.base_url}"))
    return findings


def _key_mode_findings(
    env: Mapping[str, str], app_public: rsa.RSAPublicKey | None
) -> list[Finding]:
    source = _text_or_file(env, "ALIPAY_PUBLIC_KEY", "ALIPAY_PUBLIC_KEY_FILE")
    if source is None:
        return [
            Finding(
                "alipay_public_key",
                False,
                "ALIPAY_PUBLIC_KEY and ALIPAY_PUBLIC_KEY_FILE are both unset",
                "Set the Alipay public key from the console, or configure certificate mode "
                "(ALIPAY_APP_CERT_FILE, ALIPAY_PUBLIC_CERT_FILE, ALIPAY_ROOT_CERT_FILE).",
            )
        ]
    try:
        loaded = load_public_key(source, argument="alipay_public_key")
    except ConfigError as error:
        return [_error("alipay_public_key", error)]
    findings = [
        Finding(
            "alipay_public_key",
            True,
            f"RSA {loaded.key.key_size} bits, {loaded.format} ({loaded.origin}), "
            f"fingerprint {fingerprint(loaded.key)}",
        )
    ]
    if app_public is not None:
        findings.append(_pair_finding(loaded.key, app_public, "alipay_public_key"))
    return findings


def _pair_finding(alipay: rsa.RSAPublicKey, app_public: rsa.RSAPublicKey, what: str) -> Finding:
    if same_public_key(alipay, app_public):
        return Finding(
            "key pair",
            False,
            f"{what} is the app's own public key (it matches private_key)",
            "Configure the 'Alipay public key' from the console, not the app public key; "
            f"or, if {what} is Alipay's, private_key is Alipay's private key (only the "
            "emulator has one: alipay_private_key.pem): use your app private key.",
        )
    return Finding("key pair", True, f"{what} is not the app's own key, as it should be")


def _cert_findings(env: Mapping[str, str], app_public: rsa.RSAPublicKey | None) -> list[Finding]:
    findings: list[Finding] = []
    names = {
        "app_cert": "ALIPAY_APP_CERT_FILE",
        "alipay_public_cert": "ALIPAY_PUBLIC_CERT_FILE",
        "alipay_root_cert": "ALIPAY_ROOT_CERT_FILE",
    }
    missing = [var for var in names.values() if not env.get(var)]
    if missing:
        findings.append(
            Finding(
                "certificate mode",
                False,
                f"half-configured: {', '.join(missing)} not set",
                "Certificate mode needs all three certificate files.",
            )
        )
    if env.get("ALIPAY_PUBLIC_KEY") or env.get("ALIPAY_PUBLIC_KEY_FILE"):
        findings.append(
            Finding(
                "certificate mode",
                False,
                "an Alipay public key is set as well as certificates",
                "Unset ALIPAY_PUBLIC_KEY(_FILE): in certificate mode the key comes from "
                "ALIPAY_PUBLIC_CERT_FILE.",
            )
        )
    if env.get(names["app_cert"]):
        try:
            path = Path(env[names["app_cert"]])
            sn = certs.cert_sn(path, argument="app_cert")
            key = load_public_key(path, argument="app_cert").key
        except ConfigError as error:
            findings.append(_error("app_cert", error))
        else:
            findings.append(Finding("app_cert", True, f"SN {sn}, fingerprint {fingerprint(key)}"))
            if app_public is not None:
                findings.append(
                    Finding("app_cert pair", True, "app_cert holds private_key's public key")
                    if same_public_key(key, app_public)
                    else Finding(
                        "app_cert pair",
                        False,
                        "app_cert holds another public key than private_key's",
                        "Use the certificate issued for this private key's CSR.",
                    )
                )
    if env.get(names["alipay_public_cert"]):
        findings.extend(_alipay_cert_findings(Path(env[names["alipay_public_cert"]]), app_public))
    if env.get(names["alipay_root_cert"]):
        try:
            sn = certs.root_cert_sn(Path(env[names["alipay_root_cert"]]))
        except ConfigError as error:
            findings.append(_error("alipay_root_cert", error))
        else:
            findings.append(Finding("alipay_root_cert", True, f"root SN {sn}"))
    return findings


def _alipay_cert_findings(path: Path, app_public: rsa.RSAPublicKey | None) -> list[Finding]:
    """One finding per certificate in the Alipay public cert file (several while rotating)."""
    try:
        infos = certs.load_certificates(path, argument="alipay_public_cert")
    except ConfigError as error:
        return [_error("alipay_public_cert", error)]
    findings = []
    for info in infos:
        if info.certificate is None:
            findings.append(
                Finding(
                    "alipay_public_cert",
                    False,
                    f"certificate #{info.index + 1} cannot be parsed",
                    "Download alipayCertPublicKey_RSA2.crt again from the console.",
                )
            )
            continue
        try:
            key = load_public_key(info.certificate, argument="alipay_public_cert").key
        except ConfigError as error:
            findings.append(_error("alipay_public_cert", error))
            continue
        sn = certs.cert_sn(info.certificate)
        findings.append(
            Finding("alipay_public_cert", True, f"SN {sn}, fingerprint {fingerprint(key)}")
        )
        if app_public is not None:
            findings.append(_pair_finding(key, app_public, "alipay_public_cert"))
    return findings
