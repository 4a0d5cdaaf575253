"""Typed sync and async SDK for Alipay OpenAPI v3 mini-program release."""

from ._version import __version__

__all__ = ["__version__"]
