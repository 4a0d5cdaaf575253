"""Regeneration is reproducible, and the committed generated/ tracks openapi.yaml.

`make check-gen` (run by `make test`) checks that openapi.yaml is digest + overlay and
compares generated/ with a fresh generation; these tests prove both comparisons can fail,
and that a change of the overlay reaches the generated code through make spec and make gen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BIN = Path(sys.executable).parent
GEN_PKG = "alipay_innerversion_api"


def _project_copy(tmp_path: Path) -> Path:
    work = tmp_path / "proj"
    work.mkdir()
    for name in (
        "Makefile",
        "openapi.yaml",
        "openapi-python-client.yaml",
        "pyproject.toml",
        "requirements-dev.txt",
    ):
        shutil.copy2(ROOT / name, work / name)
    for folder in ("generated", "templates", "spec", "tools"):
        shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("__pycache__"))
    clients = work / "facade" / "alipay_innerversion"  # make gen also unasyncs the client
    clients.mkdir(parents=True)
    for name in ("async_client.py", "sync_client.py"):
        shutil.copy2(ROOT / "facade" / "alipay_innerversion" / name, clients / name)
    return work


def _make(work: Path, target: str) -> subprocess.CompletedProcess[str]:
    venv = BIN.parent
    # Reuse this venv as it is: `-o` marks its install stamp as up to date.
    return subprocess.run(
        ["make", "-C", str(work), "-o", f"{venv}/.installed", target, f"VENV={venv}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def work(tmp_path: Path) -> Path:
    if shutil.which("make") is None:  # pragma: no cover - make is part of the toolchain
        pytest.fail("make is required")
    return _project_copy(tmp_path)


def test_check_gen_passes_on_committed_code(work: Path) -> None:
    result = _make(work, "check-gen")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_gen_fails_on_edited_line(work: Path) -> None:
    target = work / "generated" / GEN_PKG / "models" / "error_link.py"
    lines = target.read_text().splitlines(keepends=True)
    lines.insert(3, "# hand edit\n")
    target.write_text("".join(lines))
    result = _make(work, "check-gen")
    assert result.returncode != 0
    assert "differs" in result.stderr


def test_check_gen_fails_on_deleted_file(work: Path) -> None:
    (work / "generated" / GEN_PKG / "models" / "error_link.py").unlink()
    assert _make(work, "check-gen").returncode != 0


def test_hand_edit_of_openapi_yaml_fails_check_gen(work: Path) -> None:
    spec = work / "openapi.yaml"
    spec.write_text(spec.read_text().replace("summary: Publish a version", "summary: Publish"))
    result = _make(work, "check-gen")
    assert result.returncode != 0
    assert "openapi.yaml is not alipay-digest.yaml + overlay.yaml" in result.stderr


def test_description_change_reaches_generated_code(work: Path) -> None:
    overlay = work / "spec" / "overlay.yaml"
    old = "description: Target template version, `x.y.z` with digits only."
    assert old in overlay.read_text()
    new = "description: The template version to move to."
    overlay.write_text(overlay.read_text().replace(old, new))
    assert _make(work, "check-gen").returncode != 0  # openapi.yaml is stale
    assert _make(work, "spec").returncode == 0
    assert _make(work, "check-gen").returncode != 0  # generated/ is stale
    assert _make(work, "gen").returncode == 0
    model = (
        work / "generated" / GEN_PKG / "models" / "alipay_open_mini_innerversion_upgrade_model.py"
    )
    text = model.read_text()
    assert "The template version to move to." in text
    assert "with digits only" not in text


def test_spec_change_reaches_generated_code(work: Path) -> None:
    overlay = work / "spec" / "overlay.yaml"
    old = "summary: Publish a version"
    assert old in overlay.read_text()
    overlay.write_text(overlay.read_text().replace(old, "summary: Publish a version now"))
    assert _make(work, "spec").returncode == 0
    assert _make(work, "check-gen").returncode != 0  # stale until regenerated
    result = _make(work, "gen")
    assert result.returncode == 0, result.stdout + result.stderr
    module = (
        work
        / "generated"
        / GEN_PKG
        / "api"
        / "alipay_open_mini_innerversion"
        / "alipay_open_mini_innerversion_online.py"
    )
    assert "Publish a version now" in module.read_text()
    assert _make(work, "check-gen").returncode == 0
