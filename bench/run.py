"""Benchmarks: each measures our code against a baseline timed in the same run and prints
the ratio of medians, with the target it must meet.

    python bench/run.py            # all benchmarks
    python bench/run.py sign aes   # some of them

Baselines are the plain ``cryptography`` / ``httpx`` calls a hand-rolled integration
would make, so a ratio near 1.0 means the SDK's safety costs next to nothing. Absolute
times vary between machines and runs (these are shared, noisy machines); ratios of
medians are what the targets constrain. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.crypto import aes_decrypt, aes_encrypt
from alipay_innerversion.emulator import protocol
from alipay_innerversion.signing import sign_request, verify_response

VECTORS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "vectors.json"


@dataclass
class Result:
    name: str
    ours: float
    baseline: float
    target: float
    higher_is_better: bool = False
    unit: str = "µs/op"

    @property
    def ratio(self) -> float:
        """ours/baseline for costs; baseline/ours (a speed-up) when higher is better."""
        return self.baseline / self.ours if self.higher_is_better else self.ours / self.baseline

    @property
    def ok(self) -> bool:
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target


def median_time(fn: Callable[[], object], *, number: int, repeat: int) -> float:
    """Median over ``repeat`` runs of the mean time of ``number`` calls, in seconds."""
    fn()  # warm up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def interleaved(
    ours: Callable[[], object], base: Callable[[], object], *, number: int, repeat: int
) -> tuple[float, float]:
    """Time both alternately so machine noise hits them alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(median_time(ours, number=number, repeat=1))
        b.append(median_time(base, number=number, repeat=1))
    return statistics.median(a), statistics.median(b)


class Material:
    def __init__(self) -> None:
        data = json.loads(VECTORS.read_text(encoding="utf-8"))
        keys = data["keys"]
        self.app_id = keys["app_id"]
        self.app_private = _private(keys["app_private_pkcs8_pem"])
        self.alipay_private = _private(keys["alipay_private_pkcs8_pem"])
        self.alipay_public = self.alipay_private.public_key()
        self.encrypt_key_b64 = keys["encrypt_key"]
        self.encrypt_key = base64.b64decode(self.encrypt_key_b64)
        self.config = AlipayConfig(
            app_id=self.app_id,
            private_key=keys["app_private_pkcs8_pem"],
            alipay_public_key=keys["alipay_public_pem"],
        )


def _private(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


BODY = json.dumps(
    {
        "mini_app_id": "2021000000000002",
        "template_id": "2021000000000099",
        "template_version": "1.2.3",
    }
).encode()
PATH = "/v3/alipay/open/mini/innerversion/upgrade"


def bench_sign(m: Material) -> Result:
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

    o, b = interleaved(ours, base, number=50, repeat=9)
    return Result("sign a request (vs raw RSA sign)", o, b, target=1.15)


def bench_verify(m: Material) -> Result:
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

    o, b = interleaved(ours, base, number=500, repeat=9)
    return Result("verify a response (vs raw RSA verify)", o, b, target=1.3)


def bench_aes(m: Material) -> Result:
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

    o, b = interleaved(ours, base, number=500, repeat=9)
    return Result("AES round trip, 4 KB (vs raw cryptography)", o, b, target=1.5)


def _canned_response(m: Material) -> httpx.MockTransport:
    """A gateway answer signed once, so the benchmark measures the client only."""
    body = b"{}"
    headers = {
        "content-type": "application/json",
        **protocol.response_headers(body, m.alipay_private, trace_id="t"),
    }
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))


def bench_client_call(m: Material) -> Result:
    """A full SDK call against a hand-rolled one: sign, send, verify the signature."""
    mock = _canned_response(m)
    client = InnerVersionClient(m.config, transport=mock)
    raw = httpx.Client(base_url=m.config.base_url, transport=mock)

    def ours() -> object:
        return client.upgrade(
            mini_app_id="2021000000000002", template_id="2021000000000099", template_version="1.2.3"
        )

    def base() -> object:
        nonce, ts = "0c2f6f0c-5f3d-4d7e-9d1e-5d0a8b2b7c11", str(int(time.time() * 1000))
        auth = f"app_id={m.app_id},nonce={nonce},timestamp={ts}"
        content = f"{auth}\nPOST\n{PATH}\n".encode() + BODY + b"\n"
        sign = base64.b64encode(
            m.app_private.sign(content, rsa_padding.PKCS1v15(), hashes.SHA256())
        ).decode()
        response = raw.post(
            PATH,
            content=BODY,
            headers={
                "authorization": f"ALIPAY-SHA256withRSA {auth},sign={sign}",
                "content-type": "application/json",
            },
        )
        h = response.headers
        check = (
            f"{h['alipay-timestamp']}\n{h['alipay-nonce']}\n".encode() + response.content + b"\n"
        )
        m.alipay_public.verify(
            base64.b64decode(h["alipay-signature"]), check, rsa_padding.PKCS1v15(), hashes.SHA256()
        )
        return response.json()

    o, b = interleaved(ours, base, number=30, repeat=9)
    client.close()
    raw.close()
    return Result("client.upgrade() call (vs hand-rolled signed httpx call)", o, b, target=1.5)


def bench_batch(m: Material) -> Result:
    """Async upgrades against the emulator (its own process) with 50 ms gateway latency, a
    realistic round trip to Alipay: 16 at a time vs one by one. Measures that concurrent
    calls overlap their waiting; the client's CPU per call (RSA signing, httpx) caps it."""
    import subprocess
    import tempfile

    from alipay_innerversion.cli._common import read_env_file

    count = 48
    with tempfile.TemporaryDirectory() as keys_dir:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "alipay_innerversion",
                "emulator",
                "--port",
                "0",
                "--latency",
                "0.050",
                "--keys-dir",
                keys_dir,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            assert server.stdout is not None
            line = server.stdout.readline()
            assert line.startswith("listening on "), line
            config = AlipayConfig.from_env(read_env_file(f"{keys_dir}/emulator.env"))

            async def run(concurrency: int) -> float:
                semaphore = asyncio.Semaphore(concurrency)
                async with AsyncInnerVersionClient(config) as client:

                    async def one(n: int) -> None:
                        async with semaphore:
                            await client.upgrade(
                                mini_app_id=f"bench{concurrency}-{n}",
                                template_id="t",
                                template_version="1.0.0",
                            )

                    await one(-1)  # connect
                    start = time.perf_counter()
                    await asyncio.gather(*(one(n) for n in range(count)))
                    return (time.perf_counter() - start) / count

            serial = [asyncio.run(run(1)) for _ in range(3)]
            parallel = [asyncio.run(run(16)) for _ in range(3)]
        finally:
            server.terminate()
            server.wait(timeout=10)
    return Result(
        "async upgrades, 50 ms gateway latency: 16 concurrent (speed-up vs 1 at a time)",
        statistics.median(parallel),
        statistics.median(serial),
        target=6.0,
        higher_is_better=True,
    )


BENCHMARKS: dict[str, Callable[[Material], Result]] = {
    "sign": bench_sign,
    "verify": bench_verify,
    "aes": bench_aes,
    "call": bench_client_call,
    "batch": bench_batch,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "names", nargs="*", choices=[*BENCHMARKS, []], help="benchmarks to run (default: all)"
    )
    args = parser.parse_args(argv)
    material = Material()
    failed = 0
    print(f"{'benchmark':<72} {'ours':>10} {'baseline':>10} {'ratio':>7} {'target':>8}")
    for name in args.names or list(BENCHMARKS):
        result = BENCHMARKS[name](material)
        sign = ">=" if result.higher_is_better else "<="
        status = "ok" if result.ok else "MISSED"
        failed += not result.ok
        print(
            f"{result.name:<72} {result.ours * 1e6:>8.1f}µs {result.baseline * 1e6:>8.1f}µs "
            f"{result.ratio:>6.2f}x {sign}{result.target:>5.2f}x  {status}",
            flush=True,
        )
    print("medians of interleaved runs; ratios compare ours with the baseline from the same run")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
