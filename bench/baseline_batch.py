"""The baseline for the batch throughput benchmark: template upgrades as a hand-rolled
integration would send them, with bare ``httpx.AsyncClient``, a semaphore, and signing and
verification written out with ``cryptography``. No journal, no retries, no models.

Standalone (``throughput.py`` runs it like this, in its own process)::

    python -m alipay_innerversion emulator --port 0 --keys-dir emu-keys &
    python bench/baseline_batch.py --env-file emu-keys/emulator.env --count 2000

It first upgrades ``--warmup`` other apps (untimed: connections, code paths), then prints
one JSON line: the wall and CPU seconds of the timed upgrades.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import sys
import time
import uuid
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

PATH = "/v3/alipay/open/mini/innerversion/upgrade"


def _env(path: Path) -> dict[str, str]:
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            env[key.strip()] = value.strip()
    return env


def load_keys(env: dict[str, str]) -> tuple[rsa.RSAPrivateKey, rsa.RSAPublicKey]:
    """The app private key and the Alipay public key the emulator's env file points at."""
    private_key = serialization.load_pem_private_key(
        Path(env["ALIPAY_PRIVATE_KEY_FILE"]).read_bytes(), None
    )
    public_key = serialization.load_pem_public_key(Path(env["ALIPAY_PUBLIC_KEY_FILE"]).read_bytes())
    assert isinstance(private_key, rsa.RSAPrivateKey)
    assert isinstance(public_key, rsa.RSAPublicKey)
    return private_key, public_key


async def upgrade_all(
    env: dict[str, str],
    mini_app_ids: list[str],
    *,
    template_id: str,
    template_version: str,
    concurrency: int = 64,
) -> tuple[float, float]:
    """Upgrade every app once; return the wall and CPU seconds it took. Raises on failure."""
    app_id = env["ALIPAY_APP_ID"]
    private_key, public_key = load_keys(env)
    semaphore = asyncio.Semaphore(concurrency)

    async with httpx.AsyncClient(base_url=env["ALIPAY_BASE_URL"]) as client:

        async def upgrade(mini_app_id: str) -> None:
            body = json.dumps(
                {
                    "mini_app_id": mini_app_id,
                    "template_id": template_id,
                    "template_version": template_version,
                }
            ).encode()
            async with semaphore:
                nonce, timestamp = str(uuid.uuid4()), str(int(time.time() * 1000))
                auth = f"app_id={app_id},nonce={nonce},timestamp={timestamp}"
                content = f"{auth}\nPOST\n{PATH}\n".encode() + body + b"\n"
                sign = base64.b64encode(
                    private_key.sign(content, padding.PKCS1v15(), hashes.SHA256())
                ).decode()
                response = await client.post(
                    PATH,
                    content=body,
                    headers={
                        "authorization": f"ALIPAY-SHA256withRSA {auth},sign={sign}",
                        "content-type": "application/json",
                        "accept": "application/json",
                        "alipay-request-id": uuid.uuid4().hex,
                    },
                )
            h = response.headers
            signed = (
                f"{h['alipay-timestamp']}\n{h['alipay-nonce']}\n".encode()
                + response.content
                + b"\n"
            )
            public_key.verify(
                base64.b64decode(h["alipay-signature"]), signed, padding.PKCS1v15(), hashes.SHA256()
            )
            if response.status_code != 200:
                raise RuntimeError(f"{mini_app_id}: HTTP {response.status_code} {response.text}")
            response.json()

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(upgrade(app) for app in mini_app_ids))
        return time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-file", type=Path, required=True, help="the emulator's emulator.env")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--warmup", type=int, default=64)
    parser.add_argument("--prefix", default=f"baseline-{uuid.uuid4().hex[:8]}-")
    args = parser.parse_args(argv)
    env = _env(args.env_file)

    def run(ids: list[str]) -> tuple[float, float]:
        return asyncio.run(
            upgrade_all(
                env,
                ids,
                template_id="2021000000000099",
                template_version="1.2.3",
                concurrency=args.concurrency,
            )
        )

    run([f"{args.prefix}warm-{n}" for n in range(args.warmup)])
    elapsed, cpu = run([f"{args.prefix}{n:05d}" for n in range(args.count)])
    print(
        json.dumps(
            {"count": args.count, "seconds": elapsed, "cpu_seconds": cpu, "pid": os.getpid()}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
