"""The emulator's control routes: decide held reviews from another process.

With ``review="pending"`` (``alipay-mini emulator --review pending``) a submitted version
stays ``AUDITING`` until a test decides it. In the same process that is
:meth:`Emulator.decide_review`; a test driving an emulator in another process uses these
routes, plain JSON over loopback, outside Alipay's API (no signature)::

    GET  /__emulator__/reviews
         -> {"pending": [{"mini_app_id", "bundle_id", "app_version"}, ...]}
    POST /__emulator__/reviews/decide
         {"mini_app_id", "app_version", "decision": "approve" | "reject",
          "reason"?, "bundle_id"?, "app_id"?}

They act on the emulator's own app unless ``app_id`` names another registered one.

Only a program on this machine may drive them, never a web page the developer's browser
happens to show: a page can send a "simple" cross-origin ``text/plain`` POST, and a host
name it controls can be made to resolve to 127.0.0.1 (DNS rebinding). So every control
request must name the emulator by a loopback ``Host`` (``localhost``, 127.0.0.0/8 or
``[::1]``, and the port it listens on: 403 otherwise), an ``Origin``, when sent, must be
that same loopback origin (403), and a POST must be ``Content-Type: application/json``
(415), which no page can send cross-origin without a CORS preflight this server never
grants. Bodies are capped at :data:`.body.CONTROL_BODY_BYTES` (413).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..urls import is_loopback_host
from .body import CONTROL_BODY_BYTES, BodyTooLarge, read_body
from .state import Platform

__all__ = ["CONTROL_PREFIX", "control_routes"]

CONTROL_PREFIX = "/__emulator__"


Endpoint = Callable[[Request], Awaitable[JSONResponse]]


def _host_port(netloc: str) -> tuple[str | None, int | None]:
    """``(host, port)`` of a ``Host`` value or an http origin's netloc; (None, None) when it
    is not a bare ``host[:port]`` (user info or a path would let ``urlsplit`` find a
    loopback host inside a foreign value)."""
    if not netloc or not netloc.isascii() or any(c in netloc for c in "@/\\?# "):
        return None, None
    try:
        parts = urlsplit(f"http://{netloc}")
        port = parts.port  # reading it validates it
    except ValueError:
        return None, None
    return parts.hostname, port or 80


def foreign_request(request: Request) -> JSONResponse | None:
    """The refusal of a control request that may come from a web page, or None if it is ours.

    Own means: ``Host`` is a loopback name or address with the port this server listens on
    (``scope["server"]``), any ``Origin`` is ``http://`` that same kind of host and port,
    and a POST says ``Content-Type: application/json``.
    """
    server = request.scope.get("server")
    own_port = server[1] if server else None
    host_header = request.headers.get("host", "")
    host, port = _host_port(host_header)
    if host is None or not is_loopback_host(host) or port != own_port:
        return JSONResponse(
            {"error": f"Host {host_header[:100]!r} is not this emulator's loopback address"},
            status_code=403,
        )
    origin = request.headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin) if origin.isascii() else None
        origin_host, origin_port = (
            _host_port(parts.netloc) if parts and parts.scheme == "http" else (None, None)
        )
        if (
            origin_host is None
            or not is_loopback_host(origin_host)
            or origin_port != own_port
            or (parts is not None and (parts.path or parts.query))
        ):
            return JSONResponse(
                {"error": f"Origin {origin[:100]!r} is not this emulator's own origin"},
                status_code=403,
            )
    if request.method == "POST":
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return JSONResponse(
                {"error": "a control POST must be Content-Type: application/json"},
                status_code=415,
            )
    return None


def _guarded(endpoint: Endpoint) -> Endpoint:
    async def guarded(request: Request) -> JSONResponse:
        return foreign_request(request) or await endpoint(request)

    guarded.__name__ = endpoint.__name__
    return guarded


def control_routes(platform: Platform, default_app_id: str) -> list[Route]:
    """The routes, acting on ``platform``."""

    async def pending(request: Request) -> JSONResponse:
        app_id = request.query_params.get("app_id") or default_app_id
        reviews = [
            {"mini_app_id": mini, "bundle_id": bundle, "app_version": version}
            for mini, bundle, version in platform.pending_reviews(app_id)
        ]
        return JSONResponse({"pending": reviews})

    async def decide(request: Request) -> JSONResponse:
        try:
            given: Any = json.loads(await read_body(request, CONTROL_BODY_BYTES) or b"{}")
        except BodyTooLarge as too_large:
            return JSONResponse({"error": str(too_large)}, status_code=413)
        except ClientDisconnect:
            return JSONResponse({"error": "the request ended early"}, status_code=400)
        except (ValueError, RecursionError):
            given = None
        if not isinstance(given, dict):
            return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
        try:
            platform.decide_review(
                str(given.get("app_id") or default_app_id),
                str(given["mini_app_id"]),
                str(given["app_version"]),
                str(given.get("decision", "approve")),
                reason=given.get("reason"),
                bundle_id=given.get("bundle_id"),
            )
        except KeyError as missing:
            return JSONResponse({"error": f"{missing.args[0]} is required"}, status_code=400)
        except ValueError as error:
            return JSONResponse({"error": str(error)}, status_code=409)
        return JSONResponse({"decided": True})

    return [
        Route(f"{CONTROL_PREFIX}/reviews", _guarded(pending), methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reviews/decide", _guarded(decide), methods=["POST"]),
    ]
