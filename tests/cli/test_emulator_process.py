"""The CLI tests' emulator process (:mod:`.emulator_process`): when it dies, at start or
mid-run, a test fails at once saying so (its exit code and stderr), never hangs."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from ..conftest import Keys
from .conftest import start_emulator
from .emulator_process import EmulatorProcessError


def test_an_emulator_that_cannot_start_says_why(keys: Keys, tmp_path: Path) -> None:
    with pytest.raises(EmulatorProcessError) as died:
        start_emulator(tmp_path, keys, "--polls-per-step", "0")
    assert "exit code 2" in str(died.value)
    assert "--polls-per-step" in str(died.value)  # its own words, from its stderr


def test_a_call_to_an_emulator_that_died_fails_saying_so(keys: Keys, tmp_path: Path) -> None:
    emu = start_emulator(tmp_path, keys)
    try:
        assert emu.accepted() == []
        os.kill(emu.pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while emu.exit_code is None and time.monotonic() < deadline:
            time.sleep(0.01)
        with pytest.raises(EmulatorProcessError, match=f"exit code -{signal.SIGKILL:d}"):
            emu.accepted()
    finally:
        assert emu.stop() == -signal.SIGKILL
