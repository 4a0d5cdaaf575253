"""Named profiles in a project file: which app, which gateway, where the keys are.

A pipeline that releases to the sandbox and then to production (sometimes for several
apps) keeps one profile per target in ``alipay-mini.toml``::

    [profiles.sandbox]
    app_id = "2021000000000001"
    base_url = "https://openapi-sandbox.dl.alipaydev.com"
    private_key_file = "keys/sandbox/app_private_key.pem"
    alipay_public_key_file = "keys/sandbox/alipay_public_key.pem"
    bundle_id = "com.alipay.alipaywallet"
    app_origin = "alipay"

or the same tables under ``[tool.alipay-mini.profiles.NAME]`` in ``pyproject.toml``, and
runs ``alipay-mini --profile sandbox ...``. A profile says where to read a secret (a file
path, relative to the project file), never the secret itself: a key, an AES key or a
token in it is refused, since project files are committed. Environment variables (and
``--env-file``) win over a profile, so a CI job can still override one setting.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

__all__ = ["FLAG_SETTINGS", "PROJECT_FILE", "Profile", "find_project_file", "load_profile"]

PROJECT_FILE = "alipay-mini.toml"
PYPROJECT = "pyproject.toml"

#: Profile settings read into ``ALIPAY_*`` variables: setting -> (variable, is a path).
ENV_SETTINGS: dict[str, tuple[str, bool]] = {
    "app_id": ("ALIPAY_APP_ID", False),
    "base_url": ("ALIPAY_BASE_URL", False),
    "private_key_file": ("ALIPAY_PRIVATE_KEY_FILE", True),
    "alipay_public_key_file": ("ALIPAY_PUBLIC_KEY_FILE", True),
    "app_cert_file": ("ALIPAY_APP_CERT_FILE", True),
    "alipay_public_cert_file": ("ALIPAY_PUBLIC_CERT_FILE", True),
    "alipay_root_cert_file": ("ALIPAY_ROOT_CERT_FILE", True),
}
#: Profile settings that are defaults of the commands' flags of the same name.
FLAG_SETTINGS = ("mini_app_id", "bundle_id", "app_origin", "inst_code", "pid")
#: Secrets a profile must not hold, and what to use instead.
_SECRETS = {
    "private_key": "private_key_file (a path), or ALIPAY_PRIVATE_KEY in the environment",
    "alipay_public_key": "alipay_public_key_file (a path)",
    "encrypt_key": "ALIPAY_ENCRYPT_KEY in the environment (a CI secret)",
    "app_auth_token": "ALIPAY_APP_AUTH_TOKEN in the environment (a CI secret)",
}


@dataclass(frozen=True)
class Profile:
    """One profile: its ``ALIPAY_*`` variables and flag defaults, and where it was read."""

    name: str
    path: Path
    environ: Mapping[str, str] = field(default_factory=dict)
    flags: Mapping[str, str] = field(default_factory=dict)

    @property
    def source(self) -> str:
        """How the CLI names this profile as the source of a setting."""
        return f"profile {self.name} ({self.path.name})"


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest ``alipay-mini.toml``, or ``pyproject.toml`` with ``[tool.alipay-mini]``,
    in ``start`` (default: the working directory) or a folder above it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _tool_table(_read(pyproject), pyproject) is not None:
            return pyproject
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"Cannot read the project file {path}: {exc}", hint="Fix the file's TOML."
        ) from None


def _tool_table(document: dict[str, Any], path: Path) -> dict[str, Any] | None:
    if path.name != PYPROJECT:
        return document
    table = document.get("tool", {}).get("alipay-mini")
    return table if isinstance(table, dict) else None


def load_profile(name: str, start: Path | None = None) -> Profile:
    """Profile ``name`` of the project file, checked: known settings only, no secrets."""
    path = find_project_file(start)
    if path is None:
        raise ConfigError(
            f"--profile {name}: no {PROJECT_FILE} (or pyproject.toml with [tool.alipay-mini]) "
            "in this folder or above it.",
            hint=f"Create {PROJECT_FILE} with a [profiles.{name}] table.",
        )
    table = _tool_table(_read(path), path) or {}
    profiles = table.get("profiles", {})
    if not isinstance(profiles, dict) or not isinstance(profiles.get(name), dict):
        known = ", ".join(sorted(profiles)) if isinstance(profiles, dict) else ""
        raise ConfigError(
            f"--profile {name}: {path.name} has no profile {name!r}.",
            hint=f"Profiles there: {known}." if known else f"Add a [profiles.{name}] table.",
        )
    return _profile(name, path, profiles[name])


def _profile(name: str, path: Path, settings: dict[str, Any]) -> Profile:
    environ: dict[str, str] = {}
    flags: dict[str, str] = {}
    for key, value in settings.items():
        where = f"profile {name} of {path.name}"
        if key in _SECRETS:
            raise ConfigError(
                f"{where} holds {key}: a project file says where to read a secret, never the "
                "secret itself.",
                hint=f"Remove it and use {_SECRETS[key]}.",
            )
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: {key} must be a non-empty string.")
        if key in ENV_SETTINGS:
            variable, is_path = ENV_SETTINGS[key]
            environ[variable] = str((path.parent / value).resolve()) if is_path else value
        elif key in FLAG_SETTINGS:
            flags[key] = value
        else:
            known = ", ".join((*ENV_SETTINGS, *FLAG_SETTINGS))
            raise ConfigError(f"{where}: unknown setting {key!r}.", hint=f"Known: {known}.")
    return Profile(name=name, path=path, environ=environ, flags=flags)
