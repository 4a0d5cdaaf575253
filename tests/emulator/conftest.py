"""Fixtures for the emulator tests: emulators running on loopback, reset between tests.

Starting a server costs ~0.2 s, so each module shares one per configuration and every
test gets it reset (state, log, nonces, request ids, faults). Keys come from the
known-answer vectors (no RSA generation).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayConfig
from alipay_innerversion.emulator import Emulator

from ..conftest import Keys
from .support import Raw


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def vector_emulator(keys: Keys, **options: Any) -> Emulator:
    """An emulator (not started) for the vectors' app and Alipay keys."""
    return Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private,
        alipay_private_key=keys.alipay_private,
        **options,
    )


@pytest.fixture(scope="module")
def key_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys) as emu:
        yield emu


@pytest.fixture
def emu(key_server: Emulator) -> Iterator[Emulator]:
    """A running key-mode emulator for the vectors' app, freshly reset."""
    key_server.reset()
    yield key_server
    key_server.reset()


@pytest.fixture
def config(emu: Emulator) -> AlipayConfig:
    return emu.client_config()


@pytest.fixture
def api(emu: Emulator, keys: Keys) -> Iterator[Raw]:
    """Hand-signed requests to ``emu`` for any operation, by name (see ``support.Raw``)."""
    with httpx.Client(base_url=emu.base_url) as http:
        yield Raw(
            http, app_id=keys.app_id, private_key=keys.app_private, alipay_public=keys.alipay_public
        )
