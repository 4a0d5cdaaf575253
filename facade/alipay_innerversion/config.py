"""``AlipayConfig``: who we are to Alipay, checked once, at construction.

Keys and certificates are parsed when the configuration is built, so a wrong key fails
here with a message that names it, not later as an opaque signature error from Alipay.
The configuration is immutable; ``replace()`` returns a modified copy.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric import rsa

from .crypto import load_encrypt_key
from .environment import ENV_VARS, config_arguments
from .errors import ConfigError
from .keys import (
    KeyInput,
    LoadedKey,
    load_private_key,
    load_public_key,
    read_source,
    same_public_key,
)
from .signing import DEFAULT_TIMESTAMP_WINDOW
from .urls import PRODUCTION_URL, SANDBOX_URL, normalize_base_url

if TYPE_CHECKING:  # cryptography.x509 loads when a certificate is read (import cost)
    from cryptography import x509

__all__ = [
    "ENV_VARS",
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AlipayConfig",
    "CertInput",
    "normalize_base_url",
]

CertInput = str | bytes | os.PathLike[str]
"""Certificate text (PEM), bytes, or a path to a ``.crt`` file."""


class AlipayConfig:
    """Credentials and endpoint for one Alipay app.

    Key mode: ``private_key`` + ``alipay_public_key``. Certificate mode: ``private_key`` +
    ``app_cert`` + ``alipay_public_cert`` (may hold several certificates while Alipay
    rotates its own) + ``alipay_root_cert``. Every key and certificate argument accepts PEM
    text, bare base64, bytes or a :class:`pathlib.Path`.

    ``encrypt_key`` (the console's base64 AES key) turns on content encryption.
    ``timestamp_window`` is how far (seconds) a response's signing time may be from local
    time before it is rejected as a replay.
    """

    __slots__ = (
        "_alipay_certs",
        "_alipay_public_key",
        "_app_cert_sn",
        "_app_id",
        "_base_url",
        "_encrypt_key",
        "_facts",
        "_private_key",
        "_root_cert_sn",
        "_sources",
        "_timestamp_window",
    )

    _app_id: str
    _base_url: str
    _private_key: rsa.RSAPrivateKey
    _alipay_public_key: rsa.RSAPublicKey
    _alipay_certs: Mapping[str, rsa.RSAPublicKey]
    _app_cert_sn: str | None
    _root_cert_sn: str | None
    _encrypt_key: bytes | None
    _timestamp_window: float
    _facts: Mapping[str, str]
    _sources: dict[str, Any]

    def __init__(
        self,
        *,
        app_id: str,
        private_key: KeyInput,
        alipay_public_key: KeyInput | None = None,
        encrypt_key: str | bytes | None = None,
        app_cert: CertInput | None = None,
        alipay_public_cert: CertInput | None = None,
        alipay_root_cert: CertInput | None = None,
        base_url: str = PRODUCTION_URL,
        timestamp_window: float = DEFAULT_TIMESTAMP_WINDOW,
    ) -> None:
        app_id = _check_app_id(app_id)
        facts: dict[str, str] = {"app_id": app_id}

        loaded_private = load_private_key(private_key, argument="private_key")
        app_public = loaded_private.key.public_key()
        facts["private_key"] = _describe(loaded_private)

        cert_args = {
            "app_cert": app_cert,
            "alipay_public_cert": alipay_public_cert,
            "alipay_root_cert": alipay_root_cert,
        }
        given = [name for name, value in cert_args.items() if value is not None]
        alipay_certs: dict[str, rsa.RSAPublicKey] = {}
        app_cert_sn = root_sn = None
        sources: dict[str, Any] = {}
        if given:
            missing = [name for name in cert_args if name not in given]
            if missing:
                raise ConfigError(
                    f"Certificate mode is half-configured: {', '.join(given)} given but "
                    f"{', '.join(missing)} missing.",
                    hint="Certificate mode needs app_cert (appCertPublicKey_<app id>.crt), "
                    "alipay_public_cert (alipayCertPublicKey_RSA2.crt) and alipay_root_cert "
                    "(alipayRootCert.crt); key mode needs alipay_public_key and no certificate.",
                )
            if alipay_public_key is not None:
                raise ConfigError(
                    "Both alipay_public_key and certificates are given.",
                    hint="Use either key mode (alipay_public_key) or certificate mode (the three "
                    "certificates); in certificate mode Alipay's key comes from "
                    "alipay_public_cert.",
                )
            assert app_cert is not None
            assert alipay_public_cert is not None
            assert alipay_root_cert is not None
            app_cert_bytes = _cert_bytes(app_cert, "app_cert")
            public_cert_bytes = _cert_bytes(alipay_public_cert, "alipay_public_cert")
            root_bytes = _cert_bytes(alipay_root_cert, "alipay_root_cert")
            from . import certs  # certificate mode only (import cost)

            app_cert_sn = certs.cert_sn(app_cert_bytes, argument="app_cert")
            app_cert_key = load_public_key(
                _single_cert(app_cert_bytes, "app_cert"), argument="app_cert"
            ).key
            if not same_public_key(app_cert_key, app_public):
                raise ConfigError(
                    "app_cert does not belong to private_key: the certificate holds another "
                    "public key.",
                    hint="Use the appCertPublicKey_<app id>.crt issued for the CSR made with this "
                    "private key, or the private key that made that CSR.",
                )
            for info in certs.load_certificates(public_cert_bytes, argument="alipay_public_cert"):
                if info.certificate is None:
                    raise ConfigError(
                        f"alipay_public_cert: certificate #{info.index + 1} cannot be parsed.",
                        hint="Download alipayCertPublicKey_RSA2.crt again from the console.",
                    )
                key = load_public_key(info.certificate, argument="alipay_public_cert").key
                alipay_certs[certs.cert_sn(info.certificate)] = key
            root_sn = certs.root_cert_sn(root_bytes, argument="alipay_root_cert")
            alipay_key = next(iter(alipay_certs.values()))
            facts["mode"] = "certificate"
            facts["app_cert_sn"] = app_cert_sn
            facts["alipay_cert_sn"] = ", ".join(alipay_certs)
            facts["alipay_root_cert_sn"] = root_sn
            sources.update(
                app_cert=app_cert_bytes,
                alipay_public_cert=public_cert_bytes,
                alipay_root_cert=root_bytes,
            )
        else:
            if alipay_public_key is None:
                raise ConfigError(
                    "alipay_public_key is missing.",
                    hint="Key mode needs Alipay's public key (shown in the Alipay console as "
                    "'Alipay public key'); certificate mode needs app_cert, alipay_public_cert "
                    "and alipay_root_cert instead.",
                )
            loaded_public = load_public_key(alipay_public_key, argument="alipay_public_key")
            alipay_key = loaded_public.key
            facts["mode"] = "key"
            facts["alipay_public_key"] = _describe(loaded_public)
            sources["alipay_public_key"] = alipay_key

        for alipay_pub in (alipay_key, *alipay_certs.values()):
            if same_public_key(alipay_pub, app_public):
                which = "alipay_public_cert" if alipay_certs else "alipay_public_key"
                raise ConfigError(
                    f"{which} is your app's own public key, not Alipay's: it pairs with "
                    "private_key, and the two must belong to two parties.",
                    hint="The console shows two keys: 'app public key' (yours, derived from "
                    f"private_key) and 'Alipay public key'. If private_key is your app "
                    f"private key, set {which} to the Alipay public key; if {which} is "
                    "Alipay's, private_key is Alipay's private key (only the emulator has "
                    "one: alipay_private_key.pem), so set private_key to your app private "
                    "key.",
                )

        key_bytes = None
        if encrypt_key is not None and encrypt_key != "":
            key_bytes = load_encrypt_key(encrypt_key, argument="encrypt_key")
            facts["encrypt_key"] = f"AES-{len(key_bytes) * 8}"
        else:
            facts["encrypt_key"] = "not set (no content encryption)"

        base_url = normalize_base_url(base_url)
        facts["base_url"] = base_url
        if (
            isinstance(timestamp_window, bool)
            or not isinstance(timestamp_window, int | float)
            or not math.isfinite(timestamp_window)
            or timestamp_window <= 0
        ):
            raise ConfigError(
                f"timestamp_window must be a positive, finite number of seconds, not "
                f"{timestamp_window!r}.",
                hint="The default (900 seconds) suits almost everyone; a response signed further "
                "from local time than this is rejected as a replay.",
            )

        sources.update(
            app_id=app_id,
            private_key=loaded_private.key,
            encrypt_key=key_bytes,
            base_url=base_url,
            timestamp_window=float(timestamp_window),
        )
        object.__setattr__(self, "_app_id", app_id)
        object.__setattr__(self, "_base_url", base_url)
        object.__setattr__(self, "_private_key", loaded_private.key)
        object.__setattr__(self, "_alipay_public_key", alipay_key)
        object.__setattr__(self, "_alipay_certs", MappingProxyType(alipay_certs))
        object.__setattr__(self, "_app_cert_sn", app_cert_sn)
        object.__setattr__(self, "_root_cert_sn", root_sn)
        object.__setattr__(self, "_encrypt_key", key_bytes)
        object.__setattr__(self, "_timestamp_window", float(timestamp_window))
        object.__setattr__(self, "_facts", MappingProxyType(facts))
        object.__setattr__(self, "_sources", sources)

    # -- immutability ------------------------------------------------------------------
    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("AlipayConfig is immutable; use replace() to get a modified copy")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("AlipayConfig is immutable")

    def __reduce__(self) -> Any:
        raise TypeError("AlipayConfig holds private keys and is not picklable")

    def replace(self, **changes: Any) -> AlipayConfig:
        """A copy with some arguments changed (same names as the constructor)."""
        unknown = set(changes) - _CONSTRUCTOR_ARGS
        if unknown:
            raise TypeError(f"unknown AlipayConfig argument(s): {', '.join(sorted(unknown))}")
        args = dict(self._sources)
        if {"app_cert", "alipay_public_cert", "alipay_root_cert"} & changes.keys():
            args.pop("alipay_public_key", None)
        if "alipay_public_key" in changes and changes["alipay_public_key"] is not None:
            for name in ("app_cert", "alipay_public_cert", "alipay_root_cert"):
                args.pop(name, None)
        args.update(changes)
        return AlipayConfig(**args)

    # -- read-only views -----------------------------------------------------------------
    @property
    def app_id(self) -> str:
        return self._app_id

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def private_key(self) -> rsa.RSAPrivateKey:
        """The app private key (a ``cryptography`` object; its repr holds no key material)."""
        return self._private_key

    @property
    def alipay_public_key(self) -> rsa.RSAPublicKey:
        """Alipay's public key (in certificate mode, the first configured certificate's)."""
        return self._alipay_public_key

    @property
    def alipay_public_certs(self) -> Mapping[str, rsa.RSAPublicKey]:
        """Certificate mode: Alipay's public keys by certificate SN; empty in key mode."""
        return self._alipay_certs

    @property
    def app_cert_sn(self) -> str | None:
        return self._app_cert_sn

    @property
    def alipay_root_cert_sn(self) -> str | None:
        return self._root_cert_sn

    @property
    def encrypt_key(self) -> bytes | None:
        """The AES content key, or None. Secret: never log it."""
        return self._encrypt_key

    @property
    def timestamp_window(self) -> float:
        return self._timestamp_window

    @property
    def is_cert_mode(self) -> bool:
        return bool(self._alipay_certs)

    @property
    def encrypted(self) -> bool:
        return self._encrypt_key is not None

    def describe(self) -> Mapping[str, str]:
        """Non-secret facts about this configuration (formats, sizes, SNs), for diagnostics."""
        return self._facts

    def __repr__(self) -> str:
        mode = "certificate" if self.is_cert_mode else "key"
        return (
            f"AlipayConfig(app_id={self._app_id!r}, mode={mode!r}, "
            f"encrypted={self.encrypted}, base_url={self._base_url!r})"
        )

    # -- environment ---------------------------------------------------------------------
    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> AlipayConfig:
        """Build a configuration from ``ALIPAY_*`` environment variables.

        ``ALIPAY_APP_ID``; ``ALIPAY_PRIVATE_KEY`` or ``ALIPAY_PRIVATE_KEY_FILE``;
        ``ALIPAY_PUBLIC_KEY`` or ``ALIPAY_PUBLIC_KEY_FILE`` (key mode);
        ``ALIPAY_APP_CERT_FILE``, ``ALIPAY_PUBLIC_CERT_FILE``, ``ALIPAY_ROOT_CERT_FILE``
        (certificate mode); ``ALIPAY_ENCRYPT_KEY``; ``ALIPAY_BASE_URL``. Keyword arguments
        override what the environment says.
        """
        return cls(**config_arguments(environ, **overrides))


_CONSTRUCTOR_ARGS = frozenset(
    {
        "app_id",
        "private_key",
        "alipay_public_key",
        "encrypt_key",
        "app_cert",
        "alipay_public_cert",
        "alipay_root_cert",
        "base_url",
        "timestamp_window",
    }
)


def _describe(loaded: LoadedKey[Any]) -> str:
    return f"RSA {loaded.key.key_size} bits, {loaded.format} ({loaded.origin})"


def _cert_bytes(value: CertInput | x509.Certificate, argument: str) -> bytes:
    from cryptography import x509

    if isinstance(value, x509.Certificate):
        from cryptography.hazmat.primitives.serialization import Encoding

        return value.public_bytes(Encoding.PEM)
    content, _ = read_source(value, argument)
    return content.encode("utf-8") if isinstance(content, str) else content


def _single_cert(data: bytes, argument: str) -> x509.Certificate:
    from . import certs

    infos = certs.load_certificates(data, argument=argument)
    cert = infos[0].certificate
    if cert is None:
        raise ConfigError(f"{argument}: the certificate cannot be parsed.")
    return cert


_APP_ID = re.compile(r"[!-~]+")  # printable ASCII, no space


def _check_app_id(app_id: object) -> str:
    """The stripped app id, or a :class:`ConfigError` naming what is wrong with it."""
    hint = "Set it to the app id shown in the Alipay console (16 digits, e.g. 2021001161683774)."
    if not isinstance(app_id, str):
        raise ConfigError(f"app_id must be a string, not {type(app_id).__name__}.", hint=hint)
    app_id = app_id.strip()
    if not app_id:
        raise ConfigError("app_id is empty.", hint=hint)
    if not _APP_ID.fullmatch(app_id) or "," in app_id:
        # It goes into the signed Authorization header: a comma, space or control
        # character there would change the header's meaning or fail on the wire.
        raise ConfigError(
            "app_id holds characters an app id cannot have (spaces, commas, control or "
            "non-ASCII characters).",
            hint=hint,
        )
    return app_id
