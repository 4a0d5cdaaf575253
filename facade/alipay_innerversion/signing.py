"""Alipay v3 request signing and response verification, as pure functions (no I/O).

Request: ``content = auth_string\\nMETHOD\\npath?query\\nbody\\n[app_auth_token\\n]``,
signed RSASSA-PKCS1-v1_5/SHA-256 with the app private key, sent as
``Authorization: ALIPAY-SHA256withRSA <auth_string>,sign=<base64>``.

Response: ``content = alipay-timestamp\\nalipay-nonce\\nbody\\n`` verified with Alipay's
public key (in certificate mode, the certificate whose SN is ``alipay-sn``).

Everything works on bytes: the signature covers exactly the bytes that go on the wire.
"""

from __future__ import annotations

import base64
import binascii
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .errors import SignatureError

__all__ = [
    "AUTH_SCHEME",
    "DEFAULT_TIMESTAMP_WINDOW",
    "SignedRequest",
    "auth_string",
    "new_nonce",
    "request_content",
    "response_content",
    "rsa_sign",
    "rsa_verify",
    "select_verification_key",
    "sign_request",
    "verify_response",
]

AUTH_SCHEME = "ALIPAY-SHA256withRSA"
DEFAULT_TIMESTAMP_WINDOW = 15 * 60.0
"""Seconds a response's ``alipay-timestamp`` may differ from local time."""


@dataclass(frozen=True, repr=False)
class SignedRequest:
    """The pieces of a request signature; ``authorization`` is the header value."""

    auth_string: str
    sign: str
    nonce: str
    timestamp: str

    @property
    def authorization(self) -> str:
        return f"{AUTH_SCHEME} {self.auth_string},sign={self.sign}"

    def __repr__(self) -> str:
        return f"SignedRequest(nonce={self.nonce!r}, timestamp={self.timestamp!r})"


def new_nonce() -> str:
    """A fresh nonce; the official SDKs use a UUID."""
    return str(uuid.uuid4())


def auth_string(*, app_id: str, nonce: str, timestamp: str, app_cert_sn: str | None = None) -> str:
    """``app_id=..,[app_cert_sn=..,]nonce=..,timestamp=..`` in Alipay's order."""
    parts = [f"app_id={app_id}"]
    if app_cert_sn:
        parts.append(f"app_cert_sn={app_cert_sn}")
    parts.append(f"nonce={nonce}")
    parts.append(f"timestamp={timestamp}")
    return ",".join(parts)


def _utf8(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def request_content(
    *,
    auth: str,
    method: str,
    path_with_query: str | bytes,
    body: str | bytes,
    app_auth_token: str | None = None,
) -> bytes:
    """The exact bytes a request signature covers."""
    content = b"".join(
        (
            _utf8(auth),
            b"\n",
            method.upper().encode("ascii"),
            b"\n",
            _utf8(path_with_query),
            b"\n",
            _utf8(body),
            b"\n",
        )
    )
    if app_auth_token:
        content += _utf8(app_auth_token) + b"\n"
    return content


def response_content(*, timestamp: str, nonce: str, body: str | bytes) -> bytes:
    """The exact bytes a response signature covers."""
    return b"".join((_utf8(timestamp), b"\n", _utf8(nonce), b"\n", _utf8(body), b"\n"))


def rsa_sign(content: bytes, private_key: rsa.RSAPrivateKey) -> str:
    """Base64 SHA256withRSA (PKCS#1 v1.5) signature."""
    signature = private_key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def rsa_verify(content: bytes, signature_b64: str, public_key: rsa.RSAPublicKey) -> bool:
    """True when ``signature_b64`` is a valid SHA256withRSA signature of ``content``.

    The signature must be canonical standard base64, as Alipay sends it (padded, no
    whitespace inside, unused trailing bits zero); only the optional whitespace HTTP
    allows around a header value is ignored. Any other spelling is an altered header.
    """
    text = signature_b64.strip(" \t")
    try:
        signature = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    if base64.b64encode(signature).decode("ascii") != text:
        return False
    try:
        public_key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def sign_request(
    *,
    app_id: str,
    private_key: rsa.RSAPrivateKey,
    method: str,
    path_with_query: str | bytes,
    body: str | bytes = b"",
    app_auth_token: str | None = None,
    app_cert_sn: str | None = None,
    nonce: str | None = None,
    timestamp: str | None = None,
) -> SignedRequest:
    """Sign one request attempt. ``nonce`` and ``timestamp`` are fresh unless given."""
    nonce = nonce or new_nonce()
    timestamp = timestamp or str(int(time.time() * 1000))
    auth = auth_string(app_id=app_id, nonce=nonce, timestamp=timestamp, app_cert_sn=app_cert_sn)
    content = request_content(
        auth=auth,
        method=method,
        path_with_query=path_with_query,
        body=body,
        app_auth_token=app_auth_token,
    )
    return SignedRequest(
        auth_string=auth, sign=rsa_sign(content, private_key), nonce=nonce, timestamp=timestamp
    )


def select_verification_key(
    *,
    alipay_sn: str | None,
    public_key: rsa.RSAPublicKey | None,
    certificates: Mapping[str, rsa.RSAPublicKey],
    trace_id: str | None = None,
    http_status: int | None = None,
) -> rsa.RSAPublicKey:
    """The key that must have signed a response.

    Key mode: the configured Alipay public key. Certificate mode: the Alipay certificate
    whose SN is ``alipay-sn``; with a single configured certificate a missing ``alipay-sn``
    is tolerated (the signature still has to verify with that certificate's key).
    """
    if not certificates:
        if public_key is None:  # AlipayConfig guarantees one of the two
            raise SignatureError(
                "No Alipay public key is configured.",
                check="signature",
                hint="Configure alipay_public_key (key mode) or alipay_public_cert (certificate "
                "mode).",
            )
        return public_key
    if alipay_sn:
        key = certificates.get(alipay_sn)
        if key is not None:
            return key
        known = ", ".join(sorted(certificates))
        raise SignatureError(
            f"The response was signed by Alipay certificate SN {alipay_sn}, but the configured "
            f"alipay_public_cert has SN {known}.",
            check="cert-sn",
            hint="Alipay has rotated its public certificate: download the new "
            "alipayCertPublicKey_RSA2.crt from the console (you may configure both during the "
            "rotation).",
            trace_id=trace_id,
            http_status=http_status,
        )
    if len(certificates) == 1:
        return next(iter(certificates.values()))
    raise SignatureError(
        "The response has no alipay-sn header, and several Alipay certificates are configured.",
        check="cert-sn",
        hint="Alipay names its signing certificate in alipay-sn: check that base_url points at "
        "Alipay's gateway, or configure only the current alipay_public_cert.",
        trace_id=trace_id,
        http_status=http_status,
    )


def verify_response(
    *,
    timestamp: str | None,
    nonce: str | None,
    body: bytes,
    signature: str | None,
    public_key: rsa.RSAPublicKey,
    now: float | None = None,
    window: float = DEFAULT_TIMESTAMP_WINDOW,
    trace_id: str | None = None,
    http_status: int | None = None,
) -> float:
    """Raise :class:`SignatureError` unless the response is authentic and fresh; return
    when it was signed (``alipay-timestamp`` in seconds since the epoch).

    Fresh means ``alipay-timestamp`` is within ``window`` seconds of ``now`` (local time by
    default): an old signed response replayed later must not verify.
    """

    def fail(message: str, check: str, hint: str) -> SignatureError:
        return SignatureError(
            message, check=check, hint=hint, trace_id=trace_id, http_status=http_status
        )

    if not signature:
        raise fail(
            "The response carries no alipay-signature header.",
            "missing-signature",
            "Every Alipay response is signed; an unsigned one may come from a proxy or an "
            "impostor. Check base_url.",
        )
    if not timestamp or not nonce:
        raise fail(
            "The response lacks alipay-timestamp or alipay-nonce, so its signature cannot be "
            "checked.",
            "missing-signature",
            "Check base_url points at Alipay's gateway.",
        )
    content = response_content(timestamp=timestamp, nonce=nonce, body=body)
    if not rsa_verify(content, signature, public_key):
        raise fail(
            "The response signature does not verify with the configured Alipay public key.",
            "signature",
            "Either the response was altered in transit, or alipay_public_key is not Alipay's "
            "public key for this app (it is shown in the Alipay console next to your app public "
            "key; the two are easy to confuse).",
        )
    try:
        sent_ms = float(int(timestamp))  # float(): a 400-digit "timestamp" is OverflowError
    except (ValueError, OverflowError):
        raise fail(
            "The response's alipay-timestamp is not a number.",
            "timestamp",
            "Check base_url points at Alipay's gateway.",
        ) from None
    sent = sent_ms / 1000.0
    current = time.time() if now is None else now
    skew = abs(current - sent)
    if skew > window:
        raise fail(
            f"The response was signed {skew / 60:.1f} minutes away from local time (allowed: "
            f"{window / 60:.1f}).",
            "timestamp",
            "A replayed old response is rejected this way; if the local clock is wrong, "
            "synchronise it (NTP).",
        )
    return sent
