"""A local, protocol-faithful emulator of Alipay's v3 gateway for the innerversion API.

::

    from alipay_innerversion.emulator import Emulator

    with Emulator(encrypt_key=True) as emu:      # uvicorn on a free loopback port
        config = emu.client_config()              # an AlipayConfig that talks to it
        ...
        emu.inject("drop-after", "503")           # the next two requests fail, in order
        emu.accepted(), emu.rejected()            # what it saw
        emu.mini_app("2021004100000001")          # what the platform holds now

``Emulator`` needs the ``emulator`` extra (Starlette and uvicorn) and is imported on
first use, so this package (and :mod:`.protocol`, :mod:`.pki`) stays importable without
it. The settings and record types below need only the standard library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .faults import FAULT_KINDS, Faults
from .records import RejectedRequest, RequestRecord, token_fingerprint
from .state import MiniAppState, VersionState

if TYPE_CHECKING:
    from .emulator import AppCredentials, Emulator

__all__ = [
    "FAULT_KINDS",
    "AppCredentials",
    "Emulator",
    "Faults",
    "MiniAppState",
    "RejectedRequest",
    "RequestRecord",
    "VersionState",
    "token_fingerprint",
]

_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "h11", "anyio"})


def __getattr__(name: str) -> Any:
    if name in ("Emulator", "AppCredentials"):
        try:
            from . import emulator
        except ImportError as exc:
            if (exc.name or "").partition(".")[0] in _EXTRA_MODULES:
                raise ImportError(
                    "The Alipay gateway emulator needs Starlette and uvicorn: "
                    "pip install 'alipay-innerversion[emulator]'"
                ) from exc
            raise
        value = getattr(emulator, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
