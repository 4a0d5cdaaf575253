"""5. Peers (informational): the cost of one RSA2 request signature (SHA256withRSA,
PKCS#1 v1.5, 2048-bit, base64) the way other Python integrations make it, against ours
(``alipay_innerversion.signing.rsa_sign``, on ``cryptography``/OpenSSL):

* the pure-Python ``rsa`` package, which Alipay's official ``alipay-sdk-python`` uses;
* pycryptodome (``Crypto.Signature.pkcs1_15``).

PKCS#1 v1.5 is deterministic, so all three must produce the same signature; that is
checked first. Verification is timed too, as extra figures.
"""

from __future__ import annotations

import base64
import time

import rsa as pure_rsa
from _common import Figure, Material, cpu_per_call, interleaved
from Crypto.Hash import SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15

from alipay_innerversion.signing import rsa_sign, rsa_verify


def run(m: Material, *, rounds: int = 5) -> list[Figure]:
    content = (
        f"app_id={m.app_id},nonce=0c2f6f0c-5f3d-4d7e-9d1e-5d0a8b2b7c11,"
        f"timestamp={int(time.time() * 1000)}\nPOST\n/v3/alipay/open/mini/innerversion/upgrade\n"
        '{"mini_app_id":"2021000000000002","template_id":"2021000000000099",'
        '"template_version":"1.2.3"}\n'
    ).encode()
    rsa_private = pure_rsa.PrivateKey.load_pkcs1(m.app_private_pkcs1_pem.encode())
    rsa_public = pure_rsa.PublicKey(rsa_private.n, rsa_private.e)
    dome_private = RSA.import_key(m.app_private_pem)
    dome_public = dome_private.public_key()
    public = m.app_private.public_key()

    def ours() -> object:
        return rsa_sign(content, m.app_private)

    def with_rsa() -> object:
        return base64.b64encode(pure_rsa.sign(content, rsa_private, "SHA-256")).decode()

    def with_pycryptodome() -> object:
        return base64.b64encode(pkcs1_15.new(dome_private).sign(SHA256.new(content))).decode()

    signature = ours()
    assert with_rsa() == signature == with_pycryptodome(), "the three signers disagree"
    raw = base64.b64decode(signature)

    def verify_ours() -> object:
        return rsa_verify(content, signature, public)

    def verify_rsa() -> object:
        return pure_rsa.verify(content, raw, rsa_public)

    def verify_pycryptodome() -> object:
        pkcs1_15.new(dome_public).verify(SHA256.new(content), raw)
        return None

    sign = interleaved(
        {"ours": ours, "rsa": with_rsa, "pycryptodome": with_pycryptodome},
        number=10,
        rounds=rounds,
        timer=cpu_per_call,
    )
    verify = interleaved(
        {"ours": verify_ours, "rsa": verify_rsa, "pycryptodome": verify_pycryptodome},
        number=50,
        rounds=rounds,
        timer=cpu_per_call,
    )
    us = {k: v * 1e6 for k, v in sign.items()}
    vus = {k: v * 1e6 for k, v in verify.items()}
    return [
        Figure(
            key=f"peer_sign_{peer}",
            name=f"5. RSA2 sign: {label} vs ours (how many times slower)",
            ours=us["ours"],
            baseline=us[peer],
            ratio=us[peer] / us["ours"],
            target=None,
            unit="µs/signature",
            extra={
                "verify_ours_us": vus["ours"],
                "verify_peer_us": vus[peer],
                "verify_ratio": vus[peer] / vus["ours"],
            },
        )
        for peer, label in (
            ("rsa", "pure-Python rsa (alipay-sdk-python)"),
            ("pycryptodome", "pycryptodome"),
        )
    ]
