"""Benchmarks: each figure compares the SDK with a baseline measured in the same run (these
machines are shared and noisy, so only ratios of interleaved medians are compared with
targets), prints one line with its target and whether it is met, and all figures go to
``bench/results.json``. Exits 1 if a target is missed.

    python bench/run.py                  # everything (what `make bench` runs)
    python bench/run.py overhead memory  # some groups; results.json is left alone

Groups (modules in this folder):

1. ``overhead``   per-call CPU of ``online()`` (and of a GET and the DELETE operation)
                  over bare httpx, in RSA sign+verify floors
2. ``throughput`` ``upgrade-batch``'s engine vs a hand-rolled httpx script (baseline_batch.py)
3. ``memory``     peak RSS growth of a 20 MB package upload / request body size
4. ``imports``    ``from alipay_innerversion import AlipayConfig, InnerVersionClient`` vs
                  ``import httpx, attrs, cryptography``
5. ``peers``      RSA2 signing with the ``rsa`` package and pycryptodome vs ours (no target)
6. ``node``       CPU per call vs Alipay's official Node SDK on the same emulator

and ``micro``: sign, verify and AES against raw ``cryptography``, async concurrency.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import importtime  # this folder is on sys.path: python puts a script's folder first
import memory
import micro
import node_sdk
import overhead
import peers
import throughput
from _common import BENCH_DIR, Figure, Material, machine_info

GROUPS: dict[str, Callable[[Material], list[Figure]]] = {
    "overhead": overhead.run,
    "throughput": lambda m: throughput.run(),
    "memory": memory.run,
    "imports": lambda m: importtime.run(),
    "peers": peers.run,
    "node": lambda m: node_sdk.run(),
    "micro": lambda m: [
        *micro.sign(m),
        *micro.verify(m),
        *micro.aes(m),
        *micro.concurrency(m),
    ],
}
RESULTS = BENCH_DIR / "results.json"


def _line(figure: Figure) -> str:
    if figure.target is None:
        target, status = "", "info"
    else:
        sign = ">=" if figure.higher_is_better else "<="
        target, status = f"{sign}{figure.target:.2f}", "ok" if figure.met else "MISSED"
    return (
        f"{figure.name:<70} {figure.ours:>10.1f} {figure.baseline:>10.1f} {figure.unit:<13} "
        f"{figure.ratio:>7.2f} {target:>7}  {status}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "groups", nargs="*", choices=[*GROUPS, []], help="groups to run (default: all)"
    )
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the figures (default: bench/results.json when all groups run)",
    )
    args = parser.parse_args(argv)
    groups = args.groups or list(GROUPS)
    output = args.json or (RESULTS if not args.groups else None)

    info = machine_info()
    print(
        f"{info['cpu_count']} CPUs, Python {info['python']}, {info['platform']}. "
        "Emulator and client share these cores; ratios compare medians of interleaved runs."
    )
    print(f"{'figure':<70} {'ours':>10} {'baseline':>10} {'unit':<13} {'ratio':>7} {'target':>7}")
    started = time.perf_counter()
    material = Material()
    figures: list[Figure] = []
    for group in groups:
        group_started = time.perf_counter()
        for figure in GROUPS[group](material):
            figures.append(figure)
            print(_line(figure), flush=True)
            if figure.note:
                print(f"     {figure.note}", flush=True)
        print(f"  ({group}: {time.perf_counter() - group_started:.0f} s)", flush=True)
    elapsed = time.perf_counter() - started
    missed = [f for f in figures if f.met is False]
    print(
        f"{len(figures)} figures in {elapsed:.0f} s; "
        + (
            f"{len(missed)} target(s) missed: {', '.join(f.key for f in missed)}"
            if missed
            else "all targets met"
        )
    )
    if output is not None:
        results = {
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": "make bench",
            "seconds": round(elapsed, 1),
            "machine": info,
            "all_targets_met": not missed,
            "figures": {f.key: f.as_json() for f in figures},
        }
        output.write_text(
            json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"wrote {os.path.relpath(output)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
