"""Alipay's description of the group, as the tests start from it.

It is the committed digest (``spec/alipay-digest.yaml``) put back in Alipay's shape: an
error model's codes as ``enum`` again (the digest keeps them as ``x-known-codes``). The
digest is what ``make spec UPSTREAM=...`` last read from Alipay, so the tests follow a new
description with no frozen copy of the old one to refresh by hand; and the digest of this
document is the digest again, byte for byte.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

import yaml

from tools import spec

__all__ = ["alipay_shaped"]


@functools.cache
def _digest() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(spec.DIGEST.read_text(encoding="utf-8"))
    return data


def alipay_shaped() -> dict[str, Any]:
    """A fresh copy of Alipay's description of the group (structure only, no prose)."""
    document = copy.deepcopy(_digest())
    for schema in document.get("components", {}).get("schemas", {}).values():
        code = (schema.get("properties") or {}).get("code")
        if isinstance(code, dict) and "x-known-codes" in code:
            code["enum"] = code.pop("x-known-codes")
    return {"openapi": document["openapi"], "info": {"title": "Alipay", "version": "digest"}} | {
        key: value for key, value in document.items() if key != "openapi"
    }
