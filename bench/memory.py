"""3. Upload memory: peak RSS growth while ``InnerVersionClient.upload`` sends a 20 MB
package to the emulator (its own process), divided by the size of the request body the
SDK sends (the JSON with the base64 package; with encryption, the base64 ciphertext of
that JSON). Each upload runs in a fresh child process (``_memory.py``) so that its peak
is its own; the figure is the median over the runs.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from _common import BENCH_DIR, Figure, Material, emulator_process

from alipay_innerversion.flows.packages import MAX_PACKAGE_BYTES

TARGET = 4.0


def make_package(path: Path, size: int = MAX_PACKAGE_BYTES) -> int:
    """A valid mini program zip of just under ``size`` bytes (incompressible content)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
        archive.writestr("assets/blob.bin", os.urandom(size - 1024))
    data = buffer.getvalue()
    assert len(data) <= size, len(data)
    path.write_bytes(data)
    return len(data)


def _child(env_file: Path, package: Path, *, encrypted: bool) -> dict[str, object]:
    command = [
        sys.executable,
        str(BENCH_DIR / "_memory.py"),
        "--env-file",
        str(env_file),
        "--package",
        str(package),
    ]
    if encrypted:
        command.append("--encrypted")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"upload-memory child failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(m: Material, *, runs: int = 3) -> list[Figure]:
    samples: dict[bool, list[dict[str, object]]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(prefix="alipay-bench-mem-") as tmp:
        package = Path(tmp, "package.zip")
        package_bytes = make_package(package)
        with emulator_process(encrypt_key=m.encrypt_key_b64) as emulator:
            for _ in range(runs):
                for encrypted in (False, True):
                    samples[encrypted].append(
                        _child(emulator.env_file, package, encrypted=encrypted)
                    )
    figures = []
    for encrypted, results in samples.items():
        growth = [(int(str(r["peak_kb"])) - int(str(r["rss_before_kb"]))) * 1024 for r in results]
        body = int(str(results[0]["body_bytes"]))
        ratios = [g / body for g in growth]
        median = statistics.median(ratios)
        mb = 1024 * 1024
        figures.append(
            Figure(
                key="upload_memory_ratio_aes" if encrypted else "upload_memory_ratio",
                name=(
                    "3. upload 20 MB package, AES on: peak RSS growth / body size"
                    if encrypted
                    else "3. upload 20 MB package: peak RSS growth / request body size"
                ),
                ours=median * body / mb,
                baseline=body / mb,
                ratio=median,
                target=TARGET,
                unit="MiB",
                extra={
                    "package_bytes": package_bytes,
                    "body_bytes": body,
                    "runs": [round(r, 3) for r in ratios],
                    "peak_reset": all(bool(r["peak_reset"]) for r in results),
                },
            )
        )
    return figures
