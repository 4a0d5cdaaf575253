"""The friendly layer, written once: each helper is a generator of steps.

A flow yields :class:`Call` (run an operation of the spec, send back its typed result:
made by the generated ``Calls``, so mypy checks its arguments and result) and
:class:`Sleep` steps and returns its result; it does no I/O itself. The sync client runs
the steps with blocking calls and ``time.sleep``, the async client awaits them, so the
logic of uploads, build and review waits and paging exists once (sans-I/O, as in h11 or
httpcore's design).

- :mod:`.builds`: uploads and build waits; :mod:`.packages`: the package to upload (a
  zip's bytes, a ``.zip`` file or a folder, read without following links);
- :mod:`.versions`: reviews and version listings; :mod:`.waits`: polling and deadlines;
- :mod:`.release`: the rerunnable release of one version;
- :mod:`.batch`: template upgrades across many apps, exactly once, resumable, over a
  :mod:`.journal` of :mod:`.targets`.

Names are loaded on first use, so ``import alipay_innerversion`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .builds import upload, upload_status, wait_for_build
    from .release import ReleaseResult, release
    from .steps import (
        Call,
        Context,
        Done,
        Failed,
        Flow,
        ProgressCallback,
        Sleep,
        advance,
        perform,
    )
    from .versions import list_versions, wait_for_audit

_LAZY = {
    "Call": "steps",
    "Context": "steps",
    "Done": "steps",
    "Failed": "steps",
    "Flow": "steps",
    "ProgressCallback": "steps",
    "ReleaseResult": "release",
    "Sleep": "steps",
    "advance": "steps",
    "perform": "steps",
    "list_versions": "versions",
    "release": "release",
    "upload": "builds",
    "upload_status": "builds",
    "wait_for_audit": "versions",
    "wait_for_build": "builds",
}
__all__ = [
    "Call",
    "Context",
    "Done",
    "Failed",
    "Flow",
    "ProgressCallback",
    "ReleaseResult",
    "Sleep",
    "advance",
    "list_versions",
    "perform",
    "release",
    "upload",
    "upload_status",
    "wait_for_audit",
    "wait_for_build",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
