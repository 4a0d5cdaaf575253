"""``alipay-mini emulator`` as its own process, inspected through its control routes.

A CI job starts the emulator as a process of its own and runs the installed CLI against
it; the CLI tests do the same. :class:`EmulatorProcess` starts the installed
``alipay-mini emulator --port 0 --keys-dir DIR`` (the keys the tests know are given as
files, the AES key in ``ALIPAY_EMULATOR_ENCRYPT_KEY``), waits for its ``listening on URL``
line, and offers the inspection API of :class:`alipay_innerversion.emulator.Emulator` that
the tests use (``accepted``, ``applied``, ``rejected``, ``mini_app``, ``inject``,
``reset``, settings, ...) as a thin client of the control routes
(``alipay_innerversion.emulator.control``), answering with the same record and snapshot
types. Every call has a deadline; when the process has died a call fails with
:class:`EmulatorProcessError` and the end of its stderr, never hangs.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from alipay_innerversion import AlipayConfig
from alipay_innerversion.cli._common import read_env_file
from alipay_innerversion.emulator import (
    BundleState,
    MiniAppState,
    RejectedRequest,
    RequestRecord,
    VersionState,
)

CONTROL = "/__emulator__"
START_TIMEOUT = 60.0
CALL_TIMEOUT = 30.0


class EmulatorProcessError(AssertionError):
    """The emulator process is gone (or never said where it listens)."""


def _versions(data: Mapping[str, Any]) -> dict[str, VersionState]:
    return {version: VersionState(**state) for version, state in data.items()}


def _bundle(data: Mapping[str, Any]) -> BundleState:
    return BundleState(
        **{
            **data,
            "versions": _versions(data["versions"]),
            "offline_versions": tuple(data["offline_versions"]),
            "releases": tuple(data["releases"]),
        }
    )


def _mini_app(data: Mapping[str, Any]) -> MiniAppState:
    return MiniAppState(
        **{
            **data,
            "versions": _versions(data["versions"]),
            "offline_versions": tuple(data["offline_versions"]),
            "bundles": {bundle: _bundle(state) for bundle, state in data["bundles"].items()},
        }
    )


class _Faults:
    """``emu.faults.slow_seconds = 1.0`` sets the fault setting in the process."""

    def __init__(self, emulator: EmulatorProcess) -> None:
        object.__setattr__(self, "_emulator", emulator)

    def __getattr__(self, name: str) -> Any:
        return self._emulator.settings()["faults"][name]

    def __setattr__(self, name: str, value: Any) -> None:
        self._emulator.change(faults={name: value})


class EmulatorProcess:
    """A running ``alipay-mini emulator`` process (start with :meth:`start`)."""

    def __init__(
        self,
        command: Sequence[str],
        workdir: Path,
        *,
        args: Sequence[str] = (),
        environ: Mapping[str, str],
        app_private_key: str | None = None,
    ) -> None:
        """``command``: the installed ``alipay-mini``; ``workdir``: where its keys, env
        file and output go; ``args``: more ``alipay-mini emulator`` options; ``environ``:
        its whole environment; ``app_private_key``: the app key the tests sign with, when
        the emulator was given only its public key (for :meth:`client_config`)."""
        self.keys_dir = workdir / "keys"
        self.env_file = self.keys_dir / "emulator.env"
        self._stdout = workdir / "stdout.txt"
        self._stderr = workdir / "stderr.txt"
        self._argv = [
            *command,
            "emulator",
            "--port",
            "0",
            "--keys-dir",
            str(self.keys_dir),
            *args,
        ]
        self._environ = dict(environ)
        self._app_private_key = app_private_key
        self._process: subprocess.Popen[bytes] | None = None
        self._http: httpx.Client | None = None
        self.base_url = ""
        self.faults = _Faults(self)

    # -- the process ---------------------------------------------------------------------
    def start(self) -> EmulatorProcess:
        with self._stdout.open("wb") as out, self._stderr.open("wb") as err:
            self._process = subprocess.Popen(
                self._argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=self._environ
            )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            first = self._stdout.read_text(encoding="utf-8", errors="replace")
            if "\n" in first:
                break
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise EmulatorProcessError(f"the emulator did not start: {self._last_words()}")
            time.sleep(0.02)
        line = first.splitlines()[0]
        prefix = "listening on "
        if not line.startswith(prefix):
            self.stop()
            raise EmulatorProcessError(f"the emulator said {line!r}: {self._last_words()}")
        assert self.env_file.is_file(), "the env file is written before the line"
        self.base_url = line.removeprefix(prefix).strip()
        self._http = httpx.Client(base_url=self.base_url, timeout=CALL_TIMEOUT, trust_env=False)
        return self

    def stop(self) -> int | None:
        """SIGTERM, as a CI job ends it; SIGKILL if it has not exited after 10 s. Returns
        its exit code (0: it stopped as asked), None if it never started."""
        if self._http is not None:
            self._http.close()
            self._http = None
        process = self._process
        if process is None:
            return None
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return process.returncode

    @property
    def pid(self) -> int:
        assert self._process is not None, "not started"
        return self._process.pid

    @property
    def exit_code(self) -> int | None:
        return None if self._process is None else self._process.poll()

    def _last_words(self) -> str:
        code = self.exit_code
        status = "still running" if code is None else f"exit code {code}"
        err = self._stderr.read_text(encoding="utf-8", errors="replace")[-2000:]
        return f"{status}; its stderr ends: {err.strip() or '(nothing)'}"

    # -- the control routes ------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, str | None] | None = None,
        timeout: float = CALL_TIMEOUT,
    ) -> Any:
        if self._http is None or self.exit_code is not None:
            raise EmulatorProcessError(f"the emulator process is not running: {self._last_words()}")
        query = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            response = self._http.request(
                method, f"{CONTROL}{path}", json=body, params=query, timeout=timeout
            )
        except httpx.TransportError as error:
            if self.exit_code is not None:
                raise EmulatorProcessError(
                    f"the emulator process died: {self._last_words()}"
                ) from error
            raise
        if response.status_code >= 400:
            raise AssertionError(
                f"{method} {path} answered {response.status_code}: {response.text[:500]}"
            )
        return response.json()

    def _records(self, which: str, **filters: str | None) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self._call("GET", f"/requests/{which}", params=filters)[
            "requests"
        ]
        return found

    def accepted(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RequestRecord]:
        found = self._records("accepted", app_id=app_id, operation=operation, request_id=request_id)
        return [RequestRecord(**record) for record in found]

    def applied(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RequestRecord]:
        found = self._records("applied", app_id=app_id, operation=operation, request_id=request_id)
        return [RequestRecord(**record) for record in found]

    def rejected(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RejectedRequest]:
        found = self._records("rejected", app_id=app_id, operation=operation, request_id=request_id)
        return [RejectedRequest(**record) for record in found]

    def wait_idle(self, timeout: float = 10.0) -> bool:
        idle: bool = self._call(
            "POST", "/wait-idle", body={"timeout": timeout}, timeout=timeout + CALL_TIMEOUT
        )["idle"]
        return idle

    def mini_apps(self) -> dict[str, MiniAppState]:
        minis = self._call("GET", "/mini-apps")["mini_apps"]
        return {mini: _mini_app(state) for mini, state in minis.items()}

    def mini_app(self, mini_app_id: str) -> MiniAppState:
        return _mini_app(self._call("GET", f"/mini-apps/{mini_app_id}"))

    def version(self, mini_app_id: str, app_version: str) -> VersionState:
        return self.mini_app(mini_app_id).versions[app_version]

    def reset(self) -> None:
        self._call("POST", "/reset", body={})

    def inject(self, *kinds: str) -> None:
        self._call("POST", "/faults/inject", body={"faults": list(kinds)})

    def script_build_failure(self, reason: str = "scripted build failure") -> None:
        self._call("POST", "/build-failures", body={"reason": reason})

    # -- settings ------------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._call("GET", "/settings")
        return answer

    def change(self, **settings: Any) -> None:
        self._call("POST", "/settings", body=settings)

    @property
    def accept_unknown_fields(self) -> bool:
        return bool(self.settings()["accept_unknown_fields"])

    @accept_unknown_fields.setter
    def accept_unknown_fields(self, value: bool) -> None:
        self.change(accept_unknown_fields=value)

    @property
    def review(self) -> str:
        return str(self.settings()["review"])

    @review.setter
    def review(self, mode: str) -> None:
        self.change(review=mode)

    # -- client side -------------------------------------------------------------------------
    @property
    def app_id(self) -> str:
        return self.env()["ALIPAY_APP_ID"]

    def env(self) -> dict[str, str]:
        """The ``ALIPAY_*`` variables of the env file the emulator wrote."""
        return read_env_file(str(self.env_file))

    def client_config(self, **overrides: Any) -> AlipayConfig:
        """An ``AlipayConfig`` from the env file (and the app key the tests sign with)."""
        if self._app_private_key is not None:
            overrides.setdefault("private_key", self._app_private_key)
        return AlipayConfig.from_env(self.env(), **overrides)
