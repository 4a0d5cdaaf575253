"""Micro-benchmarks kept from the first benchmark suite: each protocol step against the
plain ``cryptography`` call a hand-rolled integration would make, and concurrent async
calls against the emulator with a realistic gateway latency.
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import time

from _common import Figure, Material, cpu_per_call, emulator_process, interleaved
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from alipay_innerversion import AsyncInnerVersionClient
from alipay_innerversion.crypto import aes_decrypt, aes_encrypt
from alipay_innerversion.emulator import protocol
from alipay_innerversion.signing import sign_request, verify_response

BODY = json.dumps(
    {
        "mini_app_id": "2021000000000002",
        "template_id": "2021000000000099",
        "template_version": "1.2.3",
    }
).encode()
PATH = "/v3/alipay/open/mini/innerversion/upgrade"


def _figure(key: str, name: str, ours: float, base: float, target: float) -> Figure:
    return Figure(
        key=key,
        name=name,
        ours=ours * 1e6,
        baseline=base * 1e6,
        ratio=ours / base,
        target=target,
        unit="µs CPU/op",
    )


def sign(m: Material) -> list[Figure]:
    auth = f"app_id={m.app_id},nonce=n,timestamp=1"
    content = f"{auth}\nPOST\n{PATH}\n".encode() + BODY + b"\n"

    def ours() -> object:
        return sign_request(
            app_id=m.app_id,
            private_key=m.app_private,
            method="POST",
            path_with_query=PATH,
            body=BODY,
        )

    def base() -> object:
        return base64.b64encode(
            m.app_private.sign(content, rsa_padding.PKCS1v15(), hashes.SHA256())
        )

    t = interleaved({"ours": ours, "base": base}, number=20, rounds=15, timer=cpu_per_call)
    name = "   sign a request (vs raw RSA sign)"
    return [_figure("micro_sign", name, t["ours"], t["base"], 1.15)]


def verify(m: Material) -> list[Figure]:
    headers = protocol.response_headers(BODY, m.alipay_private, trace_id="t")
    ts, nonce, sig = (
        headers["alipay-timestamp"],
        headers["alipay-nonce"],
        headers["alipay-signature"],
    )
    content = f"{ts}\n{nonce}\n".encode() + BODY + b"\n"
    raw_sig = base64.b64decode(sig)

    def ours() -> object:
        verify_response(
            timestamp=ts, nonce=nonce, body=BODY, signature=sig, public_key=m.alipay_public
        )
        return None

    def base() -> object:
        m.alipay_public.verify(raw_sig, content, rsa_padding.PKCS1v15(), hashes.SHA256())
        return None

    t = interleaved({"ours": ours, "base": base}, number=200, rounds=9, timer=cpu_per_call)
    return [
        _figure(
            "micro_verify", "   verify a response (vs raw RSA verify)", t["ours"], t["base"], 1.3
        )
    ]


def aes(m: Material) -> list[Figure]:
    plaintext = json.dumps({"build_package_stream": "x" * 4000}).encode()

    def ours() -> object:
        return aes_decrypt(aes_encrypt(plaintext, m.encrypt_key), m.encrypt_key)

    def base() -> object:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext) + padder.finalize()
        enc = Cipher(algorithms.AES(m.encrypt_key), modes.CBC(bytes(16))).encryptor()
        text = base64.b64encode(enc.update(data) + enc.finalize())
        dec = Cipher(algorithms.AES(m.encrypt_key), modes.CBC(bytes(16))).decryptor()
        raw = dec.update(base64.b64decode(text)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(raw) + unpadder.finalize()

    t = interleaved({"ours": ours, "base": base}, number=200, rounds=9, timer=cpu_per_call)
    return [
        _figure(
            "micro_aes", "   AES round trip, 4 KB (vs raw cryptography)", t["ours"], t["base"], 1.5
        )
    ]


def concurrency(m: Material) -> list[Figure]:
    """Async upgrades against the emulator (its own process) with 50 ms gateway latency, a
    realistic round trip to Alipay: 16 at a time vs one by one. Measures that concurrent
    calls overlap their waiting; the client's CPU per call (RSA signing, httpx) caps it."""
    count = 48
    with emulator_process(extra_args=("--latency", "0.050")) as emulator:
        config = emulator.config()

        async def run(parallel: int) -> float:
            semaphore = asyncio.Semaphore(parallel)
            async with AsyncInnerVersionClient(config) as client:

                async def one(n: int) -> None:
                    async with semaphore:
                        await client.upgrade(
                            mini_app_id=f"bench{parallel}-{n}-{time.monotonic_ns()}",
                            template_id="t",
                            template_version="1.0.0",
                        )

                await one(-1)  # connect
                start = time.perf_counter()
                await asyncio.gather(*(one(n) for n in range(count)))
                return (time.perf_counter() - start) / count

        serial, parallel = [], []
        for _ in range(3):
            serial.append(asyncio.run(run(1)))
            parallel.append(asyncio.run(run(16)))
    one_by_one, sixteen = statistics.median(serial), statistics.median(parallel)
    return [
        Figure(
            key="micro_concurrency",
            name="   async upgrades, 50 ms latency: 16 at a time (speed-up vs 1)",
            ours=sixteen * 1e3,
            baseline=one_by_one * 1e3,
            ratio=one_by_one / sixteen,
            target=6.0,
            higher_is_better=True,
            unit="ms wall/call",
        )
    ]
