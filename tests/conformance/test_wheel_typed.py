"""The built wheel is typed: both packages carry ``py.typed``, and ``mypy --strict`` on a
user's script, with the wheel installed in a fresh venv outside the repository, sees the
clients' typed methods (a misspelled keyword is reported) rather than ``Any``."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from .spec import ROOT

VENV_BIN = Path(sys.executable).parent
MYPY = VENV_BIN / "mypy"

USER_SCRIPT = """
from alipay_innerversion import AlipayConfig, InnerVersionClient


def release(config: AlipayConfig) -> None:
    with InnerVersionClient(config) as client:
        client.online_publish(app_versoin="1.0.0")
"""


def clean_env() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "MYPYPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }


def run(*command: str | Path, cwd: Path, timeout: float = 180) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"{command}: {done.stdout}{done.stderr}"
    return done.stdout


@pytest.mark.skipif(not MYPY.exists(), reason="mypy is not next to the running python")
def test_wheel_is_typed_for_users(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--quiet",
        "--disable-pip-version-check",
        "-w",
        dist,
        ROOT,
        cwd=tmp_path,
    )
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "alipay_innerversion/py.typed" in names
    assert "alipay_innerversion_api/py.typed" in names

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--no-index",
        "--no-deps",
        wheel,
        cwd=tmp_path,
    )
    # The wheel's dependencies (httpx, attrs, ...) come from this venv's site-packages,
    # appended after the fresh venv's own: a plain path line, so that this venv's .pth
    # files (the editable install of the repository) are not processed.
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path)
    ours = run(
        sys.executable, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
    )
    (Path(site.strip()) / "zz_dependencies.pth").write_text(ours.strip() + "\n", encoding="utf-8")
    where = run(
        python,
        "-c",
        "import alipay_innerversion, alipay_innerversion_api; "
        "print(alipay_innerversion.__file__); print(alipay_innerversion_api.__file__)",
        cwd=tmp_path,
    )
    for file in where.split():
        assert Path(file).resolve().is_relative_to(venv.resolve()), file

    user = tmp_path / "user"
    user.mkdir()
    (user / "release.py").write_text(textwrap.dedent(USER_SCRIPT), encoding="utf-8")
    done = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--python-executable",
            str(python),
            "--no-error-summary",
            "--hide-error-context",
            "release.py",
        ],
        cwd=user,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert errors, f"mypy reported nothing: the client is seen as Any?\n{done.stdout}"
    assert len(errors) == 1, done.stdout
    assert errors[0].startswith("release.py:7:"), errors
    assert '"app_versoin"' in errors[0], errors
    for symptom in ("import-untyped", "import-not-found", "missing library stubs", "py.typed"):
        assert symptom not in done.stdout, done.stdout
