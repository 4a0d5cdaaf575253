"""pytest fixtures for testing your code against the local Alipay gateway emulator.

Installed with the ``emulator`` extra and loaded by pytest automatically (entry point
``pytest11``). Fixtures (all prefixed ``alipay_`` so they clash with nobody's):

- ``alipay_emulator``: an :class:`EmulatorControl` for the test — a running emulator
  (uvicorn on loopback, shared by the session, reset before and after each test) with
  methods to script faults and review decisions and to inspect what it saw and holds.
- ``alipay_config``: an :class:`~alipay_innerversion.AlipayConfig` that talks to it.
- ``alipay_client`` / ``alipay_async_client``: an
  :class:`~alipay_innerversion.InnerVersionClient` /
  :class:`~alipay_innerversion.AsyncInnerVersionClient` on that configuration.
- ``alipay_emulator_options`` (session): keyword arguments for the emulator
  (``encrypt_key=True``, ``cert_mode=True``, ``polls_per_step=2``, ``review="pending"``...);
  override it in your ``conftest.py`` to change them.

::

    def test_release(alipay_client, alipay_emulator):
        alipay_emulator.reject_reviews("logo unclear")
        ...  # your code under test, given alipay_client
        assert alipay_emulator.version(alipay_emulator.app_id, "1.0.0").status == "AUDIT_REJECT"
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .. import AlipayConfig, AsyncInnerVersionClient, InnerVersionClient
    from . import Emulator, Faults, MiniAppState, VersionState

__all__ = ["EmulatorControl"]


class EmulatorControl:
    """What a test does with the emulator: script faults and reviews, inspect state.

    ``emulator`` is the :class:`~alipay_innerversion.emulator.Emulator` itself for
    anything not covered here.
    """

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    @property
    def base_url(self) -> str:
        return self.emulator.base_url

    @property
    def app_id(self) -> str:
        return self.emulator.app_id

    # -- faults ----------------------------------------------------------------------------
    def inject(self, *kinds: str) -> None:
        """The next verified requests fail like this, in order (``503``, ``drop``, ...)."""
        self.emulator.inject(*kinds)

    @property
    def faults(self) -> Faults:
        """Fault rates and settings (``latency``, ``error_rate``, ...), changeable."""
        return self.emulator.faults

    # -- the reviewer ------------------------------------------------------------------------
    def approve_reviews(self) -> None:
        """Submitted versions are approved (the default): ``WAIT_RELEASE`` on the 2nd read."""
        self.emulator.review = "approve"

    def reject_reviews(self, reason: str = "rejected by the emulator's reviewer") -> None:
        """Submitted versions are rejected: ``AUDIT_REJECT`` with ``reason``."""
        self.emulator.review, self.emulator.reject_reason = "reject", reason

    def hold_reviews(self) -> None:
        """Submitted versions stay ``AUDITING`` until :meth:`decide`."""
        self.emulator.review = "pending"

    def next_review(self, decision: str, reason: str | None = None) -> None:
        """The decision for the next submitted version only (queued)."""
        self.emulator.script_review(decision, reason)

    def decide(
        self,
        mini_app_id: str,
        app_version: str,
        decision: str = "approve",
        *,
        reason: str | None = None,
        bundle_id: str | None = None,
    ) -> None:
        """Decide a held review now: ``approve`` or ``reject`` (with ``reason``)."""
        self.emulator.decide_review(
            mini_app_id, app_version, decision, reason=reason, bundle_id=bundle_id
        )

    def pending_reviews(self) -> list[tuple[str, str, str]]:
        return self.emulator.pending_reviews()

    @property
    def require_gray(self) -> bool:
        return self.emulator.require_gray

    @require_gray.setter
    def require_gray(self, value: bool) -> None:
        self.emulator.require_gray = value

    @property
    def accept_unknown_fields(self) -> bool:
        """Let fields the spec does not know through (an ``extra_body`` test turns it on)."""
        return self.emulator.accept_unknown_fields

    @accept_unknown_fields.setter
    def accept_unknown_fields(self, value: bool) -> None:
        self.emulator.accept_unknown_fields = value

    # -- inspection --------------------------------------------------------------------------
    def mini_app(self, mini_app_id: str) -> MiniAppState:
        return self.emulator.mini_app(mini_app_id)

    def version(
        self, mini_app_id: str, app_version: str, *, bundle_id: str | None = None
    ) -> VersionState:
        return self.emulator.version(mini_app_id, app_version, bundle_id=bundle_id)

    def operations(self) -> list[str]:
        """The operations the emulator accepted, in order (``["upload", ...]``)."""
        return [record.operation for record in self.emulator.accepted()]

    def __repr__(self) -> str:
        return f"EmulatorControl({self.emulator!r})"


@pytest.fixture(scope="session")
def alipay_emulator_options() -> dict[str, Any]:
    """Keyword arguments of the session's ``Emulator``; override to change them."""
    return {}


@pytest.fixture(scope="session")
def alipay_emulator_server(alipay_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
    """The session's running emulator (prefer ``alipay_emulator``, which resets it)."""
    from . import Emulator

    with Emulator(**alipay_emulator_options) as emulator:
        yield emulator


@pytest.fixture
def alipay_emulator(alipay_emulator_server: Emulator) -> Iterator[EmulatorControl]:
    """The running emulator, reset for this test (state, log, faults, review options)."""
    alipay_emulator_server.reset()
    yield EmulatorControl(alipay_emulator_server)
    alipay_emulator_server.reset()


@pytest.fixture
def alipay_config(alipay_emulator: EmulatorControl) -> AlipayConfig:
    """A configuration for the emulator's app, built the way users build theirs."""
    from .. import AlipayConfig

    emulator = alipay_emulator.emulator
    creds = emulator.credentials()
    if creds.app_private_key_pem is None:
        raise pytest.UsageError(
            "alipay_emulator_options gave only an app public key: override alipay_config"
        )
    if emulator.cert_mode:
        return AlipayConfig(
            app_id=creds.app_id,
            private_key=creds.app_private_key_pem,
            app_cert=creds.app_cert_pem,
            alipay_public_cert=emulator.alipay_cert_pem,
            alipay_root_cert=emulator.root_cert_pem,
            encrypt_key=creds.encrypt_key,
            base_url=emulator.base_url,
        )
    return AlipayConfig(
        app_id=creds.app_id,
        private_key=creds.app_private_key_pem,
        alipay_public_key=emulator.alipay_public_key_pem,
        encrypt_key=creds.encrypt_key,
        base_url=emulator.base_url,
    )


@pytest.fixture
def alipay_client(alipay_config: AlipayConfig) -> Iterator[InnerVersionClient]:
    """A synchronous client on ``alipay_config`` (closed after the test)."""
    from .. import InnerVersionClient

    with InnerVersionClient(alipay_config) as client:
        yield client


@pytest.fixture
def alipay_async_client(alipay_config: AlipayConfig) -> Iterator[AsyncInnerVersionClient]:
    """An asynchronous client on ``alipay_config``; works with any async test runner
    (anyio, pytest-asyncio): its connections are made in the test's event loop."""
    from .. import AsyncInnerVersionClient

    client = AsyncInnerVersionClient(alipay_config)
    yield client
    with contextlib.suppress(Exception):  # the test's loop (and its connections) is gone
        asyncio.run(client.aclose())
