"""Alipay's error codes: which exception each maps to, and what to do about it.

The tables here are keyed by the codes of ``openapi.yaml`` (a conformance test checks that
every code is one Alipay documents); :mod:`alipay_innerversion.errors` builds the typed
exceptions from them.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["error_code", "hint_for", "json_object", "parse_links"]

_RATE_LIMIT_CODES = frozenset({"app-call-limited", "method-call-limited"})
_AUTH_CODES = frozenset(
    {
        "missing-signature",
        "invalid-signature",
        "invalid-app-id",
        "missing-timestamp",
        "illegal-timestamp",
        "invalid-encrypt",
        "decryption-error",
        "invalid-app-auth-token",
        "app-auth-token-time-out",
        "insufficient-isv-permissions",
        "invalid-alipay-root-cert-sn",
        "app-cert-not-exist",
    }
)
_SERVER_CODES = frozenset(
    {"SYSTEM_ERROR", "unknow-error", "PKGCORE_INVOKE_ERROR", "MINICORE_INVOKE_ERROR"}
)
_NOT_FOUND_CODES = frozenset(
    {
        "APP_NOT_EXSIT",
        "APP_INFO_NOT_EXIST",
        "POLLING_BUILD_VERSION_NOT_EXIST",
        "MINI_APP_VERSION_NOT_EXISTS",
        "TEMPLATE_VERSION_NOT_EXIST",
        "PLUGIN_NOT_EXIST",
        "PLUGIN_PACKAGE_NOT_FOUND",
    }
)

_HINTS: dict[str, str] = {
    "missing-signature": "The request reached Alipay without a usable Authorization header; "
    "a proxy may have stripped it.",
    "invalid-signature": "Alipay could not verify the request signature: private_key must be "
    "the private key whose public key (or certificate) is uploaded for this app_id in the "
    "Alipay console.",
    "invalid-app-id": "Check app_id: it must be the id of an app that exists in this "
    "environment (production and sandbox app ids differ).",
    "missing-timestamp": "The Authorization header had no timestamp.",
    "illegal-timestamp": "The local clock is too far from Alipay's: synchronise it (NTP).",
    "invalid-encrypt": "Content encryption mismatch: enable it in the console, or remove "
    "encrypt_key, so both sides agree.",
    "decryption-error": "Alipay could not decrypt the body: encrypt_key must be the app's "
    "current content encryption key from the console.",
    "invalid-app-auth-token": "The app auth token is not valid for this app; obtain a new one "
    "through the merchant's authorisation.",
    "app-auth-token-time-out": "The app auth token has expired; refresh it with "
    "alipay.open.auth.token.app.",
    "insufficient-isv-permissions": "The merchant did not grant this ISV app the permission "
    "for this method.",
    "app-call-limited": "The app is being rate limited: slow down or retry later.",
    "method-call-limited": "This method is being rate limited: slow down or retry later.",
    "invalid-alipay-root-cert-sn": "alipay_root_cert does not match Alipay's root certificate: "
    "download alipayRootCert.crt again from the console.",
    "app-cert-not-exist": "The app certificate SN is unknown to Alipay: app_cert must be the "
    "certificate currently uploaded for this app.",
    "SYSTEM_ERROR": "Alipay had an internal error: retry later with the same request id.",
    "BUILD_VERSION_ALREADY_EXIST": "That build_version was already uploaded, perhaps by an "
    "earlier attempt of this same upload whose answer was lost: check it with "
    "upload_status(mini_app_id=..., build_version=...) before anything else; to upload a "
    "different package, use a new build_version.",
    "VERSION_HAS_EXISTED": "That app_version already exists, perhaps created by an earlier "
    "attempt of this same call whose answer was lost: check it with info_query.",
    "CAN_NOT_SUBMIT_WITH_AUDIT": "That version is already in review, perhaps submitted by an "
    "earlier attempt of this same call whose answer was lost: follow it with wait_for_audit "
    "(or info_query).",
    "POLLING_BUILD_VERSION_NOT_EXIST": "No build matches: pass the package_id returned by upload.",
    "MINI_APP_VERSION_NOT_EXISTS": "Upload and build that version before publishing it.",
    "MINI_APP_VERSION_STATUS_ILLEGAL": "Only a successfully built version can go online: "
    "wait for the build to succeed.",
    "SYNC_WITHOUT_ONLINE_ERROR": "Only the version that is online can be pushed: call online "
    "first, then sync that version.",
    "MINI_APP_AUDITING": "The mini program has a build or review in progress: wait for it "
    "to end, then upgrade.",
    "INVALID_PARAMS": "Check the parameters; template_version must look like 1.2.3.",
}


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
