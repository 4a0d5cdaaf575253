"""Child process of the upload-memory benchmark: one upload, its peak RSS growth.

    python bench/_memory.py --env-file DIR/emulator.env --package PKG.zip [--encrypted]

Reads the package into memory first (the caller's bytes are not the SDK's cost), warms
the client up with a small upload, then resets the peak-RSS mark and uploads the package
through ``InnerVersionClient`` with the default httpx transport. Prints one JSON line:
RSS before, peak during, and the size of the request body the SDK sent.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import resource
import sys
import uuid
import zipfile
from pathlib import Path

import httpx

from alipay_innerversion import AlipayConfig, InnerVersionClient


def _status_kb() -> dict[str, int]:
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux 4.0+); False where that is not allowed."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


class _Recording(httpx.HTTPTransport):
    """httpx's own transport, noting the size of each request body it sends."""

    sent: list[int]

    def __init__(self) -> None:
        super().__init__()
        self.sent = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(int(request.headers.get("content-length", "0")))
        return super().handle_request(request)


def _tiny_package() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--env-file", type=Path, required=True)
    parser.add_argument("--package", type=Path, required=True)
    parser.add_argument("--encrypted", action="store_true")
    args = parser.parse_args(argv)

    env = {}
    for line in args.env_file.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            env[key.strip()] = value.strip()
    if not args.encrypted:
        env.pop("ALIPAY_ENCRYPT_KEY", None)
    config = AlipayConfig.from_env(env)
    assert config.encrypt_key is not None or not args.encrypted

    package = args.package.read_bytes()
    transport = _Recording()
    mini_app_id = f"mem-{uuid.uuid4().hex[:12]}"
    with InnerVersionClient(config, transport=transport, max_retries=0) as client:
        client.upload(mini_app_id=mini_app_id, build_version="0.0.1", package=_tiny_package())
        gc.collect()
        reset = _reset_peak()
        before = _status_kb()
        result = client.upload(mini_app_id=mini_app_id, build_version="1.0.0", package=package)
        after = _status_kb()
    peak_kb = after["VmHWM"] if reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "encrypted": args.encrypted,
                "package_bytes": len(package),
                "body_bytes": transport.sent[-1],
                "rss_before_kb": before["VmRSS"],
                "peak_kb": peak_kb,
                "peak_reset": reset,
                "package_id": result.package_id or None,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
