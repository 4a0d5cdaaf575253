"""``alipay-mini release`` killed with SIGKILL at seeded random points, then run again:
it always ends with the version released exactly once, and pushed.

Each run starts the real CLI in a subprocess against an emulator process on loopback (a little
latency on every request, so kills land anywhere: during the upload, the build, the
review, a gray stage, the publish or the push), kills it at a delay drawn from the run's
seed, then reruns the same command until it exits 0 (a rerun may itself be killed once
more). Five runs in the default suite; twenty with ``--run-slow``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from ..conftest import Keys
from .conftest import ALIPAY_MINI
from .emulator_process import EmulatorProcess
from .test_commands import make_folder

SEED = 20261201
RUNS = 20
DEFAULT_RUNS = 5
WHERE = ["--bundle-id", "com.alipay.alipaywallet", "--app-origin", "kill"]


def _command(version: str, folder: Path) -> list[str]:
    return [
        ALIPAY_MINI,
        "--json",
        "release",
        *WHERE,
        "--version",
        version,
        "--package",
        str(folder),
        "--version-desc",
        "kill test",
        "--gray",
        "p10",
        "--gray",
        "p50",
        "--poll-interval",
        "0.02",
        "--wait-timeout",
        "60",
    ]


def _env(keys: Keys, base_url: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")},
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.app_private_pem,
        "ALIPAY_PUBLIC_KEY": keys.alipay_public_pem,
        "ALIPAY_BASE_URL": base_url,
    }


def _run_killed(command: list[str], env: dict[str, str], delay: float) -> int | None:
    """Run ``command``; SIGKILL it after ``delay`` seconds. None when it was killed."""
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None
    return process.returncode


def _runs() -> list[int]:
    return list(range(RUNS))


@pytest.mark.parametrize("run", _runs())
def test_killed_release_finishes_on_rerun_released_once_and_pushed(
    run: int, request: pytest.FixtureRequest, emu: EmulatorProcess, keys: Keys, tmp_path: Path
) -> None:
    if run >= DEFAULT_RUNS and not request.config.getoption("--run-slow"):
        pytest.skip("the remaining kill runs are slow: --run-slow")
    emu.reset()
    emu.faults.latency = 0.04
    rng = random.Random(SEED + run)
    version = f"5.{run}.0"
    command = _command(version, make_folder(tmp_path))
    env = _env(keys, emu.base_url)
    kills = 0
    started = time.monotonic()
    outcome = _run_killed(command, env, rng.uniform(0.15, 0.9))
    kills += outcome is None
    if outcome is None and rng.random() < 0.5:  # sometimes the first rerun is killed too
        outcome = _run_killed(command, env, rng.uniform(0.15, 0.9))
        kills += outcome is None
    while outcome is None or outcome != 0:
        assert outcome in (None, 0), f"run {run}: release exited {outcome}"
        assert time.monotonic() - started < 90, "the release never finished"
        outcome = _run_killed(command, env, 60)
    emu.faults.latency = 0.0

    def applied(operation: str) -> list[object]:
        return [
            record
            for record in emu.accepted(operation=operation)
            if record.applied
            and record.status == 200
            and (record.body or {}).get("app_version", record.query.get("app_version")) == version
        ]

    assert len(applied("online.publish")) == 1
    assert len(applied("sync")) >= 1
    assert emu.version(keys.app_id, version).status == "RELEASE"
    request.node.user_properties.append(("kills", kills))
