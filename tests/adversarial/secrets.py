"""Looking for secrets in everything a run produced: their forms, and a scanner.

A secret leaks in many spellings: whole, cut short, decoded. For each secret this module
lists the needles to look for — the secret itself, its first 16 characters (of the base64
body, for keys), and what decoding it gives: a private key's DER (base64 and hex, PKCS#8
and PKCS#1) and its private numbers; an AES key's raw bytes as hex and as latin-1 text;
an app auth token's base64. Public material (moduli, certificates, fingerprints,
token fingerprints) is not secret and is not looked for.

:class:`Scanner` checks text and byte blobs against every needle and remembers where it
found one (never the secret itself, so a failing assertion does not leak it either).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

__all__ = ["Hit", "Needle", "Scanner", "aes_key_needles", "private_key_needles", "token_needles"]

PREFIX = 16
KEY = 8  # every needle is at least this long


@dataclass(frozen=True)
class Needle:
    """One spelling of one secret: ``secret`` names it, ``form`` says how it is spelled."""

    secret: str
    form: str
    text: str

    def __post_init__(self) -> None:
        if len(self.text) < KEY:
            raise ValueError(f"needle {self.secret}/{self.form} is too short to be meaningful")


@dataclass(frozen=True)
class Hit:
    where: str
    secret: str
    form: str

    def __str__(self) -> str:
        return f"{self.secret} ({self.form}) in {self.where}"


def _b64_forms(secret: str, label: str, raw: bytes) -> list[Needle]:
    text = base64.b64encode(raw).decode()
    return [
        Needle(secret, f"{label} base64", text),
        Needle(secret, f"{label} base64, first {PREFIX}", text[:PREFIX]),
        Needle(secret, f"{label} base64, last 32", text.rstrip("=")[-32:]),
        Needle(secret, f"{label} hex", raw.hex()),
        Needle(secret, f"{label} hex, private part", raw.hex()[-64:]),
    ]


def private_key_needles(name: str, key: rsa.RSAPrivateKey) -> list[Needle]:
    """A private key as PEM lines, base64 bodies, DER hex, and its private numbers."""
    needles: list[Needle] = []
    for label, fmt in (
        ("PKCS#8", serialization.PrivateFormat.PKCS8),
        ("PKCS#1", serialization.PrivateFormat.TraditionalOpenSSL),
    ):
        der = key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        needles += _b64_forms(name, f"{label} DER", der)
        pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
        body = [line for line in pem.decode().splitlines() if "-----" not in line]
        # every full line of the PEM body but the first (the first is a generic DER
        # header, shared with every key of this size: its first 16 characters count above)
        needles += [
            Needle(name, f"{label} PEM line {i + 1}", line)
            for i, line in enumerate(body)
            if i and len(line) >= 16
        ]
        needles.append(Needle(name, f"{label} PEM body, escaped", "\\n".join(body[:3])))
    numbers = key.private_numbers()
    for label, value in (("d", numbers.d), ("p", numbers.p), ("q", numbers.q)):
        needles.append(Needle(name, f"private number {label}, decimal", str(value)[:24]))
        needles.append(Needle(name, f"private number {label}, hex", f"{value:x}"[:32]))
    return needles


def aes_key_needles(name: str, key: bytes) -> list[Needle]:
    """An AES key: base64 (and its start), raw bytes as hex and latin-1 text."""
    text = base64.b64encode(key).decode()
    return [
        Needle(name, "base64", text),
        Needle(name, f"base64, first {PREFIX}", text[:PREFIX]),
        Needle(name, "base64, unpadded", text.rstrip("=")),
        Needle(name, "urlsafe base64", base64.urlsafe_b64encode(key).decode().rstrip("=")),
        Needle(name, "raw bytes, hex", key.hex()),
        Needle(name, "raw bytes, latin-1 text", key.decode("latin-1")),
        Needle(name, "raw bytes, repr", repr(key)[2:-1]),
    ]


def token_needles(name: str, token: str) -> list[Needle]:
    """An app auth token: itself, its start, its base64."""
    raw = token.encode()
    return [
        Needle(name, "token", token),
        Needle(name, f"token, first {PREFIX}", token[:PREFIX]),
        Needle(name, "token base64", base64.b64encode(raw).decode().rstrip("=")),
        Needle(name, "token urlsafe base64", base64.urlsafe_b64encode(raw).decode().rstrip("=")),
        Needle(name, "token hex", raw.hex()),
    ]


@dataclass
class Scanner:
    """Scans blobs for needles; counts the blobs and remembers the hits.

    Matching ignores case (hex may be printed in either case; for base64 and the rest,
    a case-folded 16-character match is still specific). Needles are indexed by their
    first :data:`KEY` characters, so a blob costs one pass however many needles there are.
    """

    needles: list[Needle] = field(default_factory=list)
    scanned: int = 0
    hits: list[Hit] = field(default_factory=list)
    _index: dict[str, list[Needle]] | None = field(default=None, repr=False)

    def add(self, needles: Iterable[Needle]) -> None:
        self.needles.extend(needles)
        self._index = None

    def _needle_index(self) -> dict[str, list[Needle]]:
        if self._index is None:
            index: dict[str, list[Needle]] = {}
            for needle in self.needles:
                index.setdefault(needle.text[:KEY].lower(), []).append(needle)
            self._index = index
        return self._index

    def scan(self, where: str, blob: str | bytes | None) -> None:
        """Look for every needle in ``blob`` (bytes are read as latin-1 and as UTF-8)."""
        if blob is None:
            return
        self.scanned += 1
        if isinstance(blob, bytes):
            texts = [blob.decode("latin-1"), blob.decode("utf-8", "replace")]
        else:
            texts = [blob]
        index = self._needle_index()
        found: set[tuple[str, str]] = set()
        for text in texts:
            low = text.lower()
            for at in range(len(low) - KEY + 1):
                candidates = index.get(low[at : at + KEY])
                if candidates is None:
                    continue
                for needle in candidates:
                    key = (needle.secret, needle.form)
                    if key not in found and low.startswith(needle.text.lower(), at):
                        found.add(key)
                        self.hits.append(Hit(where, needle.secret, needle.form))

    def report(self) -> str:
        return "\n".join(str(hit) for hit in self.hits)
