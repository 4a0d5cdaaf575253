"""6. Per call against Alipay's official Node SDK: the same signed and verified call
(``last_query``, a GET), sent by both SDKs to the same emulator (a real server in its own
process, so its work counts for neither), each side's CPU time per call, interleaved
round after round, medians.

The Node side is ``alipay-sdk`` as ``make test-interop`` pins it (``interop/node``,
installed with ``npm ci`` from its lock file on first use) driven by
``bench/node_calls.mjs``, which times its calls with ``process.cpuUsage`` after a warm-up;
the Python side is ``InnerVersionClient.last_query`` in this process, timed with
``time.process_time``. Skipped (with a note) when ``node`` or ``npm`` is missing.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _common import BENCH_DIR, ROOT, Figure

from alipay_innerversion import AlipayConfig, InnerVersionClient

TARGET = 0.6
NODE_DIR = ROOT / "interop" / "node"
SCRIPT = BENCH_DIR / "node_calls.mjs"
PATH = "/v3/alipay/open/mini/innerversion/last/query"
QUERY = {"bundle_id": "com.alipay.alipaywallet", "app_origin": "AAA", "pid": "2088000000000001"}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        env.pop(name, None)
    return env


def _installed(npm: str) -> bool:
    manifest = json.loads((NODE_DIR / "package.json").read_text(encoding="utf-8"))
    installed = NODE_DIR / "node_modules" / "alipay-sdk" / "package.json"
    pinned = manifest["dependencies"]["alipay-sdk"]
    if (
        installed.is_file()
        and json.loads(installed.read_text(encoding="utf-8"))["version"] == pinned
    ):
        return True
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return done.returncode == 0


@contextmanager
def _emulator(keys_dir: Path) -> Iterator[str]:
    """``alipay-mini emulator`` in its own process on a free port; yields its URL."""
    args = [
        sys.executable,
        "-c",
        "from alipay_innerversion.cli import main; main()",
        "emulator",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--keys-dir",
        str(keys_dir),
    ]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    try:
        deadline = time.monotonic() + 60
        while (left := deadline - time.monotonic()) > 0:
            line = lines.get(timeout=left)
            if line is None:
                raise RuntimeError("the emulator did not start")
            if line.startswith("listening on "):
                yield line.removeprefix("listening on ").strip()
                return
        raise RuntimeError("the emulator did not start in time")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, eq, value = line.partition("=")
        if eq and not line.startswith("#"):
            values[name.strip()] = value.strip()
    return values


def run(*, rounds: int = 7, calls: int = 200, warmup: int = 30) -> list[Figure]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None or not _installed(npm):
        print("6. Node SDK comparison skipped: node/npm or the pinned alipay-sdk is missing")
        return []
    with tempfile.TemporaryDirectory(prefix="alipay-bench-node-") as tmp:
        keys_dir = Path(tmp) / "keys"
        with _emulator(keys_dir) as base_url:
            env_file = keys_dir / "emulator.env"
            config = AlipayConfig.from_env(_read_env_file(env_file), base_url=base_url)
            node_env = {
                **_env(),
                "INTEROP_NODE_DIR": str(NODE_DIR),
                "BENCH_QUERY": json.dumps(QUERY),
                "BENCH_PATH": PATH,
            }
            ours: list[float] = []
            theirs: list[float] = []
            with InnerVersionClient(config) as client:

                def python_round() -> float:
                    start = time.process_time()
                    for _ in range(calls):
                        client.last_query(**QUERY)
                    return (time.process_time() - start) / calls * 1e6

                for _ in range(warmup):
                    client.last_query(**QUERY)
                for r in range(rounds):
                    node_first = r % 2 == 0
                    if not node_first:
                        ours.append(python_round())
                    done = subprocess.run(
                        [node, str(SCRIPT), str(env_file), str(calls), str(warmup)],
                        env=node_env,
                        capture_output=True,
                        text=True,
                        timeout=300,
                        check=True,
                    )
                    theirs.append(json.loads(done.stdout)["cpu_us_per_call"])
                    if node_first:
                        ours.append(python_round())
    us, node_us = statistics.median(ours), statistics.median(theirs)
    return [
        Figure(
            key="call_vs_node_sdk",
            name="6. last_query() CPU/call vs Alipay's Node SDK (alipay-sdk), same emulator",
            ours=us,
            baseline=node_us,
            ratio=us / node_us,
            target=TARGET,
            unit="µs CPU/call",
            extra={"rounds": rounds, "calls_per_round": calls},
        )
    ]
