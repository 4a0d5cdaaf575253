"""Gateway URLs: Alipay's production and sandbox, and checking a ``base_url``.

Plain ``http`` is accepted only to a loopback host (an emulator on this machine): to any
other host it would send signed requests, app auth tokens and answers unencrypted.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import httpx

from .errors import ConfigError

__all__ = ["PRODUCTION_URL", "SANDBOX_URL", "is_loopback_host", "normalize_base_url"]

PRODUCTION_URL = "https://openapi.alipay.com"
# HTTPS, and the host Alipay's sandbox docs and Node SDK use (its OpenAPI description names
# http://openapi.sandbox.dl.alipaydev.com instead); nobody here could test either.
SANDBOX_URL = "https://openapi-sandbox.dl.alipaydev.com"


def _shown(url: str) -> str:
    """A URL for an error message, any ``user:password@`` part masked."""
    return repr(re.sub(r"//[^/?#]*@", "//***@", url))


def is_loopback_host(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ``::1``: this machine only, by the literal name.

    Not ``*.localhost``: RFC 6761 asks resolvers to send those to loopback, but nothing
    makes a given resolver, proxy or ``/etc/hosts`` do so, and a name that does not
    resolve to this machine would carry signed requests in plain text. Nor
    ``localhost.`` or ``127.0.0.1.``: with the trailing dot they are not in the hosts
    file (nor an address to the resolver), so DNS is asked, and may answer anything.
    """
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def normalize_base_url(base_url: str) -> str:
    """``scheme://host[:port]`` of a gateway URL, or a :class:`ConfigError`."""
    hint = f"Use {PRODUCTION_URL} (production) or {SANDBOX_URL} (sandbox)."
    if not isinstance(base_url, str):
        raise ConfigError(f"base_url must be a string, not {type(base_url).__name__}.", hint=hint)
    text = base_url.strip()
    shown = _shown(text)
    if not text.isascii() or not text.isprintable() or " " in text:
        raise ConfigError(
            f"base_url {shown} holds spaces, control or non-ASCII characters.", hint=hint
        )
    try:
        parts = urlsplit(text)
        port = parts.port  # reading it validates it
    except ValueError as exc:
        raise ConfigError(f"base_url {shown} is not a valid URL ({exc}).", hint=hint) from None
    if port == 0:
        raise ConfigError(f"base_url {shown} has port 0.", hint=hint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"base_url {shown} is not an http(s) URL.", hint=hint)
    if parts.username is not None or parts.password is not None:
        raise ConfigError(
            "base_url holds credentials (user:password@); the gateway takes none.",
            hint=hint + " Configure proxies through http_client= instead.",
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigError(
            f"base_url {shown} has a path; give only scheme and host.",
            hint="Operation paths such as /v3/alipay/... are added by the client.",
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConfigError(
            f"base_url {shown} is plain http to {parts.hostname}, which is not this machine: "
            "signed requests, tokens and answers would travel unencrypted.",
            hint=f"Use https (e.g. {PRODUCTION_URL} or {SANDBOX_URL}); plain http is "
            "accepted only for a loopback host (127.0.0.1, ::1, localhost), such as the "
            "local emulator.",
        )
    normalized = f"{parts.scheme}://{parts.netloc}"
    try:
        httpx.URL(normalized)
    except httpx.InvalidURL as exc:
        raise ConfigError(f"base_url {shown} is not a valid URL ({exc}).", hint=hint) from None
    return normalized
