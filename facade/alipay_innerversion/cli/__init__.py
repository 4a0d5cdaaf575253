"""The ``alipay-mini`` command line (optional extra ``cli``: click + rich).

``main`` is the click command group. It is imported on first use, so that the
``alipay-mini`` entry point, run after a plain ``pip install alipay-innerversion``
without the extra, prints which extra to install instead of a traceback.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from ._app import main

__all__ = ["main"]

CLI_EXTRA_MODULES = frozenset({"click", "rich"})
INSTALL_CLI = "pip install 'alipay-innerversion[cli]'"


def _missing_cli(*args: object, **kwargs: object) -> NoReturn:
    """Stands in for the command group when click or rich is not installed."""
    sys.stderr.write(f"error: alipay-mini needs the command-line extra: {INSTALL_CLI}\n")
    sys.exit(2)


def __getattr__(name: str) -> Any:
    if name == "main":
        try:
            from ._app import main as group
        except ModuleNotFoundError as exc:
            if (exc.name or "").partition(".")[0] not in CLI_EXTRA_MODULES:
                raise
            return _missing_cli
        globals()["main"] = group
        return group
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
