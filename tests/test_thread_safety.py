"""One client, many threads (sync) or tasks (async), against the emulator as a real server
over loopback: every call answered and verified, none lost or confused, 0 errors.

What is shared by the calls of one client: the configuration (immutable), the httpx
connection pool (httpx's own locking) and the per-process record of answers already seen
(the replay check, under a lock). Nothing else is: each call signs its own request with a
fresh nonce and reads its own answer. The default run is small; ``--run-slow`` runs
32 threads x 200 calls, the figure the README quotes.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.emulator import Emulator

from .conftest import Keys

WHERE = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "threads"}
VERSIONS = ("1.0.0", "1.0.1", "1.0.2", "1.0.3")


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        encrypt_key=keys.encrypt_key_b64,
    ) as emulator:
        with InnerVersionClient(emulator.client_config()) as client:
            for version in VERSIONS:
                client.upload(
                    build_version=version,
                    source_url="https://example.com/a.zip",
                    wait=True,
                    poll_interval=0.01,
                    **WHERE,
                )
        yield emulator


def _size(request: pytest.FixtureRequest) -> tuple[int, int]:
    """(workers, calls per worker): 32 x 200 with --run-slow, else 8 x 10."""
    return (32, 200) if request.config.getoption("--run-slow") else (8, 10)


def test_one_sync_client_shared_by_threads(emu: Emulator, request: pytest.FixtureRequest) -> None:
    workers, calls = _size(request)
    with InnerVersionClient(emu.client_config(), max_retries=0) as client:

        def work(worker: int) -> Counter[str]:
            seen: Counter[str] = Counter()
            for call in range(calls):
                version = VERSIONS[(worker + call) % len(VERSIONS)]
                info = client.info_query(app_version=version, **WHERE)
                seen["ok" if info.app_version == version else f"wrong {info.app_version}"] += 1
            return seen

        with ThreadPoolExecutor(max_workers=workers) as pool:
            total = sum(pool.map(work, range(workers)), Counter())
    assert total == Counter({"ok": workers * calls})


def test_one_async_client_shared_by_tasks(emu: Emulator, request: pytest.FixtureRequest) -> None:
    workers, calls = _size(request)

    async def run() -> Counter[str]:
        async with AsyncInnerVersionClient(emu.client_config(), max_retries=0) as client:

            async def work(worker: int) -> Counter[str]:
                seen: Counter[str] = Counter()
                for call in range(calls):
                    version = VERSIONS[(worker + call) % len(VERSIONS)]
                    info = await client.info_query(app_version=version, **WHERE)
                    ok = info.app_version == version
                    seen["ok" if ok else f"wrong {info.app_version}"] += 1
                return seen

            found = await asyncio.gather(*(work(n) for n in range(workers)))
        return sum(found, Counter())

    assert asyncio.run(run()) == Counter({"ok": workers * calls})
