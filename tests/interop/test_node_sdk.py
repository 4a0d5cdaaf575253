"""Alipay's official Node SDK (npm ``alipay-sdk``, pinned in interop/node) drives the emulator.

For each mode - public key, public key with AES content encryption, certificate, certificate
with AES - an emulator runs as a real server on a free loopback port (``alipay-mini
emulator --port 0 --keys-dir``), and ``interop/node/lifecycle.mjs`` walks every operation of
the group through it with the SDK, which verifies every answer itself (signature, alipay-sn,
decryption). Opt-in (see conftest.py): ``make test-interop``.

``ALIPAY_INTEROP_SCENARIOS=legacy,release`` limits the scenarios (``node lifecycle.mjs --list``).
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = [pytest.mark.interop, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
NODE_DIR = ROOT / "interop" / "node"
SCRIPT = NODE_DIR / "lifecycle.mjs"
SDK_PACKAGE = "alipay-sdk"
STARTUP_SECONDS = 60.0
RUN_SECONDS = 300.0

MODES = {
    "rsa": {"cert": False, "aes": False},
    "rsa-aes": {"cert": False, "aes": True},
    "cert": {"cert": True, "aes": False},
    "cert-aes": {"cert": True, "aes": True},
}


def _pinned_version() -> str:
    manifest = json.loads((NODE_DIR / "package.json").read_text(encoding="utf-8"))
    version: str = manifest["dependencies"][SDK_PACKAGE]
    return version


def _installed_version() -> str | None:
    installed = NODE_DIR / "node_modules" / SDK_PACKAGE / "package.json"
    if not installed.is_file():
        return None
    version: str = json.loads(installed.read_text(encoding="utf-8"))["version"]
    return version


def _clean_env() -> dict[str, str]:
    """The environment without ALIPAY_* settings, which would override the emulator's."""
    return {k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}


@pytest.fixture(scope="session")
def node() -> str:
    """``node`` with the pinned SDK installed (``npm ci`` when node_modules is missing)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("interop: `node` (Node.js 18+) is not on PATH")
    pinned = _pinned_version()
    if _installed_version() != pinned:
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("interop: `npm` is not on PATH (needed once, to install alipay-sdk)")
        done = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"interop: npm ci failed in {NODE_DIR}:\n{done.stdout}\n{done.stderr}")
    installed = _installed_version()
    assert installed == pinned, f"{SDK_PACKAGE} {installed} installed, {pinned} pinned"
    return node


@dataclass
class RunningEmulator:
    base_url: str
    env_file: Path
    log: Path


@pytest.fixture(params=list(MODES))
def emulator(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningEmulator]:
    """``alipay-mini emulator`` in a subprocess on a free port, keys written to tmp_path."""
    mode = MODES[request.param]
    keys_dir = tmp_path / "keys"
    log = tmp_path / "emulator.log"
    env = _clean_env()
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
    if mode["cert"]:
        args.append("--cert-mode")
    if mode["aes"]:  # through the environment: keeps the key out of the process list
        env["ALIPAY_EMULATOR_ENCRYPT_KEY"] = base64.b64encode(os.urandom(16)).decode()
    with log.open("w", encoding="utf-8") as log_file:
        proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=log_file, text=True, env=env, cwd=tmp_path
        )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(proc, lines), daemon=True)
    reader.start()
    try:
        base_url = _wait_listening(proc, lines, log)
        yield RunningEmulator(base_url=base_url, env_file=keys_dir / "emulator.env", log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        reader.join(timeout=10)  # it ends at EOF; close the pipe only after it did
        assert proc.stdout is not None
        proc.stdout.close()


def _pump(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.put(line)
    lines.put(None)


def _wait_listening(proc: subprocess.Popen[str], lines: queue.Queue[str | None], log: Path) -> str:
    """Wait until the emulator says ``listening on URL`` on stdout; return the URL."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        if line.startswith("listening on "):
            return line.removeprefix("listening on ").strip()
    pytest.fail(
        f"the emulator did not start (exit code {proc.poll()}):\n"
        + log.read_text(encoding="utf-8")[-4000:],
        pytrace=False,
    )


def test_node_sdk_drives_the_lifecycle(node: str, emulator: RunningEmulator) -> None:
    args = [node, str(SCRIPT), "--env-file", str(emulator.env_file), "--keep-going"]
    scenarios = os.environ.get("ALIPAY_INTEROP_SCENARIOS", "").strip()
    if scenarios:
        args += ["--scenario", scenarios]
    started = time.monotonic()
    done = subprocess.run(
        args,
        cwd=NODE_DIR,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
        check=False,
    )
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        server_log = "\n".join(
            line
            for line in emulator.log.read_text(encoding="utf-8").splitlines()
            if not line.startswith("client settings: ")
        ).strip()
        pytest.fail(
            f"lifecycle.mjs exited {done.returncode} after {elapsed:.1f} s against "
            f"{emulator.base_url}\n{done.stderr.strip()}\n\n--- steps ---\n{done.stdout}"
            + (f"\n--- emulator log (tail) ---\n{server_log[-4000:]}" if server_log else ""),
            pytrace=False,
        )
    print(done.stdout)  # the steps, shown with -rA (make test-interop) or -s
