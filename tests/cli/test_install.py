"""``alipay-mini`` after a plain ``pip install`` (no ``cli`` extra) and with the ``cli`` extra
but without the emulator's server packages: one line naming the extra to install, exit 2.

Missing packages are simulated in a subprocess: a ``sitecustomize`` on ``PYTHONPATH`` sets
``sys.modules[name] = None``, which makes ``import name`` raise ``ModuleNotFoundError``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ..conftest import ROOT

CLI_EXTRA = "pip install 'alipay-innerversion[cli]'"
EMULATOR_EXTRA = "pip install 'alipay-innerversion[cli,emulator]'"


def run_without(
    tmp_path: Path, missing: tuple[str, ...], *args: str, module: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run ``alipay-mini ARGS`` (the console script, or ``python -m alipay_innerversion``)
    in a Python where the ``missing`` packages cannot be imported."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(
        f"import sys\nfor name in {missing!r}:\n    sys.modules[name] = None\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALIPAY_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    script = Path(sys.executable).with_name("alipay-mini")
    if module or not script.exists():
        command = [sys.executable, "-m", "alipay_innerversion", *args]
    else:
        command = [str(script), *args]
    return subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize(
    ("missing", "module"),
    [(("click",), False), (("rich",), False), (("click", "rich"), True)],
    ids=["no-click", "no-rich", "no-extra-python-m"],
)
def test_without_the_cli_extra_one_line_names_it(
    tmp_path: Path, missing: tuple[str, ...], module: bool
) -> None:
    result = run_without(tmp_path, missing, "upload", "--help", module=module)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: alipay-mini needs the command-line extra: {CLI_EXTRA}"
    ]
    assert result.stdout == ""


def test_the_cli_works_without_the_emulator_packages(tmp_path: Path) -> None:
    missing = ("starlette", "uvicorn")
    result = run_without(tmp_path, missing, "--help")
    assert result.returncode == 0, result.stderr
    assert "upgrade-batch" in result.stdout
    # a real command runs as far as its configuration
    result = run_without(tmp_path, missing, "status", "--package-id", "1")
    assert result.returncode == 2
    assert "ALIPAY_APP_ID is not set" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_without(tmp_path, missing, "keys", "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["demo"], ["emulator", "--port", "0"]], ids=["demo", "emulator"])
def test_demo_and_emulator_name_the_emulator_extra(tmp_path: Path, args: list[str]) -> None:
    result = run_without(tmp_path, ("starlette", "uvicorn"), *args)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert lines[0].endswith(EMULATOR_EXTRA)


def test_the_cli_extra_is_click_and_rich_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        requirement.split(">")[0].split("=")[0].split("[")[0].strip().lower()
        for requirement in project["optional-dependencies"]["cli"]
    }
    assert names == {"click", "rich"}
    assert project["scripts"]["alipay-mini"] == "alipay_innerversion.cli:main"


def test_the_license_the_metadata_promises_is_shipped() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text
    assert "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert "/LICENSE" in pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_sdist_includes_no_tests() -> None:
    # hatch's include patterns are gitignore-style: "generated/" also matched
    # tests/generated/; anchored ones ("/generated/...") match only at the root
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert all(pattern.startswith("/") for pattern in include), include
    assert not [pattern for pattern in include if pattern.startswith("/tests")]
