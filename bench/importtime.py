"""4. Import time: ``from alipay_innerversion import AlipayConfig, InnerVersionClient``
against ``import httpx, attrs, cryptography`` (the libraries the SDK is built on), each in
a fresh interpreter, alternating; the figure is the ratio of the medians.

Two measures of the same imports, in separate interpreters:

* CPU seconds of the import statement (``time.process_time`` around it): the figure.
  On a shared 2-core machine a process waits for a core now and then, and wall-clock
  import times then swing by half; CPU time does not.
* ``python -X importtime``: the cumulative microseconds of the top-level modules, as
  extra figures (wall clock, so noisier).

Byte-code caches go to a temporary ``PYTHONPYCACHEPREFIX`` that a first, untimed import
of each fills, so neither side pays for compiling (an installed wheel ships compiled)
and the source tree is left as it was. Also reported, for information: what
``import alipay_innerversion`` alone costs (configuration, errors, transport).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

from _common import Figure

TARGET = 1.5
IMPORTS = {
    "ours": "import alipay_innerversion",
    "baseline": "import httpx, attrs, cryptography",
    "client": "from alipay_innerversion import AlipayConfig, InnerVersionClient",
}
TOP_LEVEL = {
    "ours": {"alipay_innerversion"},
    "baseline": {"httpx", "attrs", "cryptography"},
    "client": {"alipay_innerversion"},
}
CPU_SNIPPET = "import time; t = time.process_time(); {}; print(time.process_time() - t)"


def _cumulative_us(stderr: str, modules: set[str]) -> int:
    """Sum of the cumulative ``-X importtime`` microseconds of top-level ``modules``."""
    total = 0
    for line in stderr.splitlines():
        parts = line.split("|")
        if not line.startswith("import time:") or len(parts) != 3:
            continue
        cumulative, name = parts[1].strip(), parts[2]
        if not cumulative.isdigit() or name.startswith("  "):  # header, or nested import
            continue
        if name.strip() in modules:
            total += int(cumulative)
    return total


def _python(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=True
    )


def _cpu_ms(kind: str, env: dict[str, str]) -> float:
    done = _python(["-c", CPU_SNIPPET.format(IMPORTS[kind])], env)
    return float(done.stdout.strip()) * 1000


def _importtime_ms(kind: str, env: dict[str, str]) -> float:
    done = _python(["-X", "importtime", "-c", IMPORTS[kind]], env)
    return _cumulative_us(done.stderr, TOP_LEVEL[kind]) / 1000


def run(*, runs: int = 9, importtime_runs: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="alipay-bench-pyc-") as cache:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
        }
        env["PYTHONPYCACHEPREFIX"] = cache
        for kind in IMPORTS:
            _cpu_ms(kind, env)  # compile into the cache, untimed
        kinds = list(IMPORTS)
        cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
        wall: dict[str, list[float]] = {kind: [] for kind in ("ours", "baseline")}
        for r in range(runs):
            k = r % len(kinds)
            for kind in kinds[k:] + kinds[:k]:
                cpu[kind].append(_cpu_ms(kind, env))
            if r < importtime_runs:
                for kind in ("ours", "baseline") if r % 2 else ("baseline", "ours"):
                    wall[kind].append(_importtime_ms(kind, env))
    ms = {kind: statistics.median(values) for kind, values in cpu.items()}
    it = {kind: statistics.median(values) for kind, values in wall.items()}
    return [
        Figure(
            key="import_time_ratio",
            name="   import alipay_innerversion vs import httpx, attrs, cryptography",
            ours=ms["ours"],
            baseline=ms["baseline"],
            ratio=ms["ours"] / ms["baseline"],
            target=None,
            unit="ms CPU",
            extra={
                "importtime_ours_ms": it["ours"],
                "importtime_baseline_ms": it["baseline"],
                "importtime_ratio": it["ours"] / it["baseline"],
            },
        ),
        Figure(
            key="import_client_ratio",
            name="4. from alipay_innerversion import AlipayConfig, InnerVersionClient",
            ours=ms["client"],
            baseline=ms["baseline"],
            ratio=ms["client"] / ms["baseline"],
            target=TARGET,
            unit="ms CPU",
        ),
    ]
