"""The ``alipay-mini`` command line (optional extra ``cli``: click + rich)."""

from __future__ import annotations

from ._app import main

__all__ = ["main"]
