"""Reading a configuration from ``ALIPAY_*`` environment variables.

:meth:`AlipayConfig.from_env <alipay_innerversion.config.AlipayConfig.from_env>` is the
public entry point; this module holds the variables it reads and how it maps them to the
constructor's arguments.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .keys import KeyInput

__all__ = ["ENV_VARS", "config_arguments"]

ENV_VARS = (
    "ALIPAY_APP_ID",
    "ALIPAY_PRIVATE_KEY",
    "ALIPAY_PRIVATE_KEY_FILE",
    "ALIPAY_PUBLIC_KEY",
    "ALIPAY_PUBLIC_KEY_FILE",
    "ALIPAY_ENCRYPT_KEY",
    "ALIPAY_APP_CERT_FILE",
    "ALIPAY_PUBLIC_CERT_FILE",
    "ALIPAY_ROOT_CERT_FILE",
    "ALIPAY_BASE_URL",
)
"""The environment variables :meth:`AlipayConfig.from_env` reads."""


def config_arguments(environ: Mapping[str, str] | None = None, **overrides: Any) -> dict[str, Any]:
    """The :class:`AlipayConfig` constructor arguments that ``environ`` (default:
    ``os.environ``) and ``overrides`` give, or a :class:`ConfigError` naming the variable
    that is missing or set twice."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        value = env.get(name)
        return value if value not in (None, "") else None

    def text_or_file(text_var: str, file_var: str) -> KeyInput | None:
        text, path = get(text_var), get(file_var)
        if text is not None and path is not None:
            raise ConfigError(
                f"Both {text_var} and {file_var} are set.", hint="Set only one of them."
            )
        return Path(path) if path is not None else text

    args: dict[str, Any] = {
        "app_id": get("ALIPAY_APP_ID"),
        "private_key": text_or_file("ALIPAY_PRIVATE_KEY", "ALIPAY_PRIVATE_KEY_FILE"),
        "alipay_public_key": text_or_file("ALIPAY_PUBLIC_KEY", "ALIPAY_PUBLIC_KEY_FILE"),
        "encrypt_key": get("ALIPAY_ENCRYPT_KEY"),
    }
    for arg, var in (
        ("app_cert", "ALIPAY_APP_CERT_FILE"),
        ("alipay_public_cert", "ALIPAY_PUBLIC_CERT_FILE"),
        ("alipay_root_cert", "ALIPAY_ROOT_CERT_FILE"),
    ):
        value = get(var)
        args[arg] = Path(value) if value is not None else None
    base_url = get("ALIPAY_BASE_URL")
    if base_url is not None:
        args["base_url"] = base_url
    args.update(overrides)
    if not args.get("app_id"):
        raise ConfigError("ALIPAY_APP_ID is not set.", hint="Export the app id from the console.")
    if args.get("private_key") is None:
        raise ConfigError(
            "ALIPAY_PRIVATE_KEY and ALIPAY_PRIVATE_KEY_FILE are both unset.",
            hint="Set one of them to the app private key (text) or its file.",
        )
    return args
