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
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .state import Platform

__all__ = ["CONTROL_PREFIX", "control_routes"]

CONTROL_PREFIX = "/__emulator__"


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
            given: Any = json.loads(await request.body() or b"{}")
        except ValueError:
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
        Route(f"{CONTROL_PREFIX}/reviews", pending, methods=["GET"]),
        Route(f"{CONTROL_PREFIX}/reviews/decide", decide, methods=["POST"]),
    ]
