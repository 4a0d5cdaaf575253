"""What the benchmarks share: figures, timers, test keys, and the emulator as a process."""

from __future__ import annotations

import base64
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion import AlipayConfig

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
VECTORS = ROOT / "tests" / "fixtures" / "vectors.json"


@dataclass
class Figure:
    """One measured figure: ours against a baseline from the same run.

    ``ratio`` is whatever the figure's definition says (not always ours/baseline);
    ``target`` is None for informational figures. ``higher_is_better`` says which side of
    the target passes.
    """

    key: str
    name: str
    ours: float
    baseline: float
    ratio: float
    target: float | None
    unit: str
    higher_is_better: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # printed under the figure's line

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ours": round(self.ours, 3),
            "baseline": round(self.baseline, 3),
            "ratio": round(self.ratio, 3),
            "target": self.target,
            "target_is": None
            if self.target is None
            else ("min" if self.higher_is_better else "max"),
            "met": self.met,
            "unit": self.unit,
            **{k: round(v, 3) if isinstance(v, float) else v for k, v in self.extra.items()},
            **({"note": self.note} if self.note else {}),
        }


def cpu_per_call(fn: Callable[[], object], number: int) -> float:
    """CPU seconds (this process) per call, over ``number`` calls."""
    gc.collect()
    start = time.process_time()
    for _ in range(number):
        fn()
    return (time.process_time() - start) / number


def wall_per_call(fn: Callable[[], object], number: int) -> float:
    """Wall seconds per call, over ``number`` calls."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(number):
        fn()
    return (time.perf_counter() - start) / number


def interleaved(
    fns: dict[str, Callable[[], object]],
    *,
    number: int,
    rounds: int,
    timer: Callable[[Callable[[], object], int], float] = wall_per_call,
    samples: dict[str, list[float]] | None = None,
) -> dict[str, float]:
    """Median per-call time of each function, timed in turn round after round (the order
    rotates each round) so that machine noise hits them all alike. ``samples``, if given,
    receives each function's per-round times (for ratios paired by round)."""
    names = list(fns)
    for fn in fns.values():
        fn()  # warm up
    taken: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            taken[name].append(timer(fns[name], number))
    if samples is not None:
        samples.update(taken)
    return {name: statistics.median(values) for name, values in taken.items()}


def paired_ratio(
    samples: dict[str, list[float]], ours: str, minus: str, per: Sequence[str]
) -> float:
    """The median, over rounds, of one round's ``(ours - minus) / sum(per)``.

    A figure that subtracts one timing from another and divides by a third amplifies
    noise when each is a median of its own: a slow stretch of the shared machine that hits
    one of them and not the others moves the ratio. Taken within each round (all of them
    timed back to back) and then the median over the rounds, the noise of a round cancels.
    """
    ratios = [
        (samples[ours][r] - samples[minus][r]) / sum(samples[name][r] for name in per)
        for r in range(len(samples[ours]))
    ]
    return statistics.median(ratios)


class Material:
    """The test-only keys from the known-answer vectors, as objects and as a config."""

    def __init__(self) -> None:
        data = json.loads(VECTORS.read_text(encoding="utf-8"))
        keys = data["keys"]
        self.app_id: str = keys["app_id"]
        self.app_private_pem: str = keys["app_private_pkcs8_pem"]
        self.app_private_pkcs1_pem: str = keys["app_private_pkcs1_pem"]
        self.app_private = private_key(keys["app_private_pkcs8_pem"])
        self.alipay_private = private_key(keys["alipay_private_pkcs8_pem"])
        self.alipay_public = self.alipay_private.public_key()
        self.encrypt_key_b64: str = keys["encrypt_key"]
        self.encrypt_key = base64.b64decode(self.encrypt_key_b64)
        self.config = AlipayConfig(
            app_id=self.app_id,
            private_key=keys["app_private_pkcs8_pem"],
            alipay_public_key=keys["alipay_public_pem"],
        )
        self.encrypted_config = AlipayConfig(
            app_id=self.app_id,
            private_key=keys["app_private_pkcs8_pem"],
            alipay_public_key=keys["alipay_public_pem"],
            encrypt_key=self.encrypt_key_b64,
        )


def private_key(pem: str | bytes) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode() if isinstance(pem, str) else pem, None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def read_env(path: Path) -> dict[str, str]:
    """``KEY=VALUE`` lines of an env file (comments and blank lines skipped)."""
    env = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip()
    return env


@dataclass
class EmulatorProcess:
    base_url: str
    env_file: Path
    env: dict[str, str]
    pid: int

    def config(self, *, encrypted: bool = False) -> AlipayConfig:
        env = dict(self.env)
        if not encrypted:
            env.pop("ALIPAY_ENCRYPT_KEY", None)
        return AlipayConfig.from_env(env)


@contextmanager
def emulator_process(
    *, encrypt_key: str | None = None, extra_args: tuple[str, ...] = ()
) -> Iterator[EmulatorProcess]:
    """``python -m alipay_innerversion emulator`` on a free loopback port, in its own
    process (uvicorn), stopped on exit. With ``encrypt_key`` the app has content
    encryption on; the emulator still accepts plain requests."""
    with tempfile.TemporaryDirectory(prefix="alipay-bench-") as keys_dir:
        env = dict(os.environ)
        if encrypt_key:
            env["ALIPAY_EMULATOR_ENCRYPT_KEY"] = encrypt_key
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "alipay_innerversion",
                "emulator",
                "--port",
                "0",
                "--keys-dir",
                keys_dir,
                *extra_args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            assert server.stdout is not None
            line = server.stdout.readline()
            if not line.startswith("listening on "):
                raise RuntimeError(f"the emulator did not start: {line!r}")
            env_file = Path(keys_dir) / "emulator.env"
            yield EmulatorProcess(
                base_url=line.removeprefix("listening on ").strip(),
                env_file=env_file,
                env=read_env(env_file),
                pid=server.pid,
            )
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def machine_info() -> dict[str, Any]:
    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
    }
