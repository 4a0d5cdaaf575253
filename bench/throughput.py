"""2. Batch throughput: ``upgrade-batch``'s engine (``run_upgrade_batch`` with its SQLite
journal) upgrading 2,000 mini programs, 64 at a time, against the emulator in its own
process over loopback, versus ``baseline_batch.py`` sending the same signed calls with
bare ``httpx.AsyncClient``. Each side runs in a fresh process of its own (this file run
as a script is the SDK side), warms up on 64 other apps, then times its 2,000 upgrades;
runs alternate (SDK first, then baseline first, ...), each with fresh mini app ids. The
figure is the ratio of median throughputs; client CPU per upgrade is reported too.

The emulator signs every answer (one RSA-2048 signature each), so on a 2-core machine
it takes about one core and the client the other: both sides are CPU-bound.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _common import BENCH_DIR, EmulatorProcess, Figure, emulator_process, read_env

from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient
from alipay_innerversion.flows.batch import BatchTarget, Journal, run_upgrade_batch

TEMPLATE_ID = "2021000000000099"
TEMPLATE_VERSION = "1.2.3"
TARGET = 0.85


async def sdk_upgrade_all(
    config: AlipayConfig, mini_app_ids: list[str], journal_path: Path, concurrency: int
) -> tuple[float, float]:
    """What ``alipay-mini upgrade-batch`` does once the apps file is read: plan the
    journal, run the engine. Returns the wall and CPU seconds of both."""
    targets = [BatchTarget(mini_app_id=app) for app in mini_app_ids]
    async with AsyncInnerVersionClient(config) as client:
        journal = Journal(journal_path)
        try:
            start, cpu = time.perf_counter(), time.process_time()
            journal.plan(targets, TEMPLATE_ID, TEMPLATE_VERSION)
            summary = await run_upgrade_batch(
                client,
                targets,
                journal,
                template_id=TEMPLATE_ID,
                template_version=TEMPLATE_VERSION,
                concurrency=concurrency,
            )
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            journal.close()
    if summary.done != len(mini_app_ids):
        raise RuntimeError(f"SDK batch: {summary.failed} failed: {summary.failures[:3]}")
    return elapsed, cpu


def _side(
    script: Path, emulator: EmulatorProcess, count: int, concurrency: int
) -> dict[str, float]:
    """Run one side in a fresh process; its JSON line says how long the upgrades took."""
    done = subprocess.run(
        [
            sys.executable,
            str(script),
            "--env-file",
            str(emulator.env_file),
            "--count",
            str(count),
            "--concurrency",
            str(concurrency),
            "--prefix",
            f"{script.stem}-{uuid.uuid4().hex[:8]}-",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script.name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(*, count: int = 2000, concurrency: int = 64, runs: int = 3) -> list[Figure]:
    sides = {"sdk": Path(__file__).resolve(), "baseline": BENCH_DIR / "baseline_batch.py"}
    results: dict[str, list[dict[str, float]]] = {"sdk": [], "baseline": []}
    # The emulator's replay guard slows down past 10,000 remembered nonces (the window is
    # 15 minutes), so each SDK/baseline pair gets a fresh emulator process.
    for r in range(runs):
        with emulator_process() as emulator:
            order = ("sdk", "baseline") if r % 2 == 0 else ("baseline", "sdk")
            for side in order:
                results[side].append(_side(sides[side], emulator, count, concurrency))
    rate = {side: [r["count"] / r["seconds"] for r in values] for side, values in results.items()}
    cpu_ms = {
        side: statistics.median(r["cpu_seconds"] / r["count"] * 1000 for r in values)
        for side, values in results.items()
    }
    ours, base = statistics.median(rate["sdk"]), statistics.median(rate["baseline"])
    return [
        Figure(
            key="throughput_ratio",
            name=f"2. upgrade-batch engine, {count} apps x{concurrency} vs bare httpx script",
            ours=ours,
            baseline=base,
            ratio=ours / base,
            target=TARGET,
            higher_is_better=True,
            unit="upgrades/s",
            extra={
                "sdk_runs": [round(x, 1) for x in rate["sdk"]],
                "baseline_runs": [round(x, 1) for x in rate["baseline"]],
                "sdk_cpu_ms_per_upgrade": cpu_ms["sdk"],
                "baseline_cpu_ms_per_upgrade": cpu_ms["baseline"],
                "cpu_ratio": cpu_ms["sdk"] / cpu_ms["baseline"],
                "cpu_count": os.cpu_count(),
            },
            note=(
                f"client CPU per upgrade {cpu_ms['sdk']:.2f} ms vs {cpu_ms['baseline']:.2f} ms; "
                f"emulator in its own process on the same {os.cpu_count()} cores"
            ),
        )
    ]


def main(argv: list[str] | None = None) -> int:
    """The SDK side, in a process of its own: warm up, then time ``--count`` upgrades."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--env-file", type=Path, required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--warmup", type=int, default=64)
    parser.add_argument("--prefix", default=f"sdk-{uuid.uuid4().hex[:8]}-")
    args = parser.parse_args(argv)
    env = read_env(args.env_file)
    env.pop("ALIPAY_ENCRYPT_KEY", None)
    config = AlipayConfig.from_env(env)
    with tempfile.TemporaryDirectory(prefix="alipay-bench-journal-") as tmp:
        warm = [f"{args.prefix}warm-{n}" for n in range(args.warmup)]
        asyncio.run(sdk_upgrade_all(config, warm, Path(tmp, "warm.sqlite"), args.concurrency))
        ids = [f"{args.prefix}{n:05d}" for n in range(args.count)]
        journal = Path(tmp, "upgrade-batch.journal.sqlite")
        elapsed, cpu = asyncio.run(sdk_upgrade_all(config, ids, journal, args.concurrency))
    print(json.dumps({"count": args.count, "seconds": elapsed, "cpu_seconds": cpu}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
