"""Shared fixtures: the known-answer vectors and certificates copied from Alipay's SDK output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def vectors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / "vectors.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def certs_dir() -> Path:
    return FIXTURES / "certs"
