"""Opt-in interoperability tests: Alipay's official Node SDK drives the emulator.

They need Node.js and, the first time, the npm registry (``npm ci`` in ``interop/node``),
so they are skipped unless asked for: ``make test-interop``, ``pytest tests/interop
--run-interop`` or ``ALIPAY_RUN_INTEROP=1``. The default ``make test`` never runs npm.
"""

from __future__ import annotations

import os

import pytest

ENV_FLAG = "ALIPAY_RUN_INTEROP"


def pytest_addoption(parser: pytest.Parser) -> None:
    # Registered here, so the flag works when this directory is on the command line
    # (``pytest tests/interop --run-interop``); the environment variable works everywhere.
    parser.addoption(
        "--run-interop",
        action="store_true",
        help=f"run the Node SDK interoperability tests (or set {ENV_FLAG}=1)",
    )


def interop_requested(config: pytest.Config) -> bool:
    flag = os.environ.get(ENV_FLAG, "").strip().lower() not in ("", "0", "false", "no")
    return flag or bool(config.getoption("--run-interop", default=False))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if interop_requested(config):
        return
    skip = pytest.mark.skip(
        reason=f"interop: run with `make test-interop` (or {ENV_FLAG}=1); needs Node.js and npm"
    )
    for item in items:
        if item.get_closest_marker("interop"):
            item.add_marker(skip)
