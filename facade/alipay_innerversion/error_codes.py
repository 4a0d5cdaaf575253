"""Alipay's error codes: which exception each maps to, and what to do about it.

Nothing is listed here: the facts are the spec's (``x-code-facts`` in ``spec/overlay.yaml``,
emitted as ``alipay_innerversion_api.api.ERROR_CODE_FACTS``; ``make spec`` refuses a fact
for a code no error model lists). This module groups them the way
:mod:`alipay_innerversion.errors` builds the typed exceptions.
"""

from __future__ import annotations

import json
from typing import Any

from alipay_innerversion_api.api import ERROR_CODE_FACTS

__all__ = ["ALREADY_DONE_CODES", "error_code", "hint_for", "json_object", "parse_links"]


def _codes_raising(exception: str) -> frozenset[str]:
    return frozenset(code for code, fact in ERROR_CODE_FACTS.items() if fact.exception == exception)


_RATE_LIMIT_CODES = _codes_raising("RateLimitError")
_AUTH_CODES = _codes_raising("AuthenticationError")
_SERVER_CODES = _codes_raising("ServerError")
_NOT_FOUND_CODES = _codes_raising("NotFoundError")
_HINTS: dict[str, str] = {code: fact.hint for code, fact in ERROR_CODE_FACTS.items() if fact.hint}
ALREADY_DONE_CODES = frozenset(code for code, fact in ERROR_CODE_FACTS.items() if fact.already_done)
"""Codes a resend of a call that succeeded gets: the first attempt did the work."""


def hint_for(code: str | None, http_status: int | None = None) -> str | None:
    """What to do about an Alipay error code (or, without one, an HTTP status)."""
    if code in _HINTS:
        return _HINTS[code]
    if code and code.endswith("_IS_BLANK"):
        field = code.removesuffix("_IS_BLANK").lower()
        return f"The required field {field} was empty."
    if http_status is not None and http_status >= 500:
        return "Alipay or a proxy in front of it failed: retry later with the same request id."
    return None


def json_object(body: bytes) -> dict[str, Any] | None:
    """``body`` parsed, when it is a JSON object; None for anything else (not JSON, not an
    object, or nested too deep for the parser), never an exception."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    return data if isinstance(data, dict) else None


def error_code(data: dict[str, Any] | None) -> str | None:
    """The ``code`` of an Alipay error object ``{"code": "...", "message": ...}``, else None."""
    code = data.get("code") if data is not None else None
    return code if isinstance(code, str) and code else None


def parse_links(raw: Any) -> list[dict[str, str]]:
    """``links`` is a list of ``{link, desc}`` objects; PHP's model types it as a string."""
    if isinstance(raw, str):
        return [{"link": raw, "desc": ""}] if raw else []
    if not isinstance(raw, list):
        return []
    links = []
    for item in raw:
        if isinstance(item, dict):
            links.append({"link": str(item.get("link", "")), "desc": str(item.get("desc", ""))})
        elif isinstance(item, str):
            links.append({"link": item, "desc": ""})
    return links
