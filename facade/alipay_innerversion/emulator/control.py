"""The emulator's control routes: inspect and drive the emulator from another process.

In the same process a test calls :class:`.emulator.Emulator`'s methods; a test in another
process or language (a CI job running ``alipay-mini emulator``) uses these routes, plain
JSON over loopback, outside Alipay's API (no signature). Each is a thin layer over the
method named, with the same checks::

    GET  /__emulator__/requests/accepted   Emulator.accepted(...)
    GET  /__emulator__/requests/applied    Emulator.applied(...)
    GET  /__emulator__/requests/rejected   Emulator.rejected(...)
         ?operation=&app_id=&request_id=   (each optional; no app_id: every app)
         -> {"requests": [record, ...]}    in arrival order
    POST /__emulator__/wait-idle           Emulator.wait_idle(timeout, settle=...)
         {"timeout"?: seconds (<= 60, default 10), "settle"?: seconds} -> {"idle": bool}
    POST /__emulator__/reset               Emulator.reset()             -> {"reset": true}
    GET  /__emulator__/settings            -> {"review", "reject_reason", "require_gray",
                                               "dedupe", "accept_unknown_fields",
                                               "faults": {"latency", "slow_seconds", ...}}
    POST /__emulator__/settings            any part of that object  -> the settings now
    GET  /__emulator__/faults              -> {"pending": [kind, ...], "injected": {kind: n}}
    POST /__emulator__/faults/inject       Emulator.inject(*faults)
         {"faults": [kind, ...]}           (kinds of FAULT_KINDS)   -> {"pending": [...]}
    POST /__emulator__/build-failures      Emulator.script_build_failure(reason)
         {"reason"?: text}                                          -> {"scripted": true}
    GET  /__emulator__/mini-apps           Emulator.mini_apps(app_id=)
         ?app_id=                          -> {"mini_apps": {mini_app_id: state, ...}}
    GET  /__emulator__/mini-apps/{mini_app_id}   Emulator.mini_app(...)   ?app_id=
         -> state (404 when the platform has none such)
    GET  /__emulator__/reviews             Emulator.pending_reviews(app_id=)   ?app_id=
         -> {"pending": [{"mini_app_id", "bundle_id", "app_version"}, ...]}
    POST /__emulator__/reviews/decide      Emulator.decide_review(...)
         {"mini_app_id", "app_version", "decision": "approve" | "reject",
          "reason"?, "bundle_id"?, "app_id"?}                       -> {"decided": true}

A request record has the fields of :class:`.records.RequestRecord` (``seq``,
``operation``, ``method``, ``path``, ``query``, ``app_id``, ``request_id``, ``body`` — the
verified, decrypted body —, ``encrypted``, ``token_fingerprint``, ``replay``, ``applied``,
``status``, ``code``, ``fault``, ``trace_id``); a rejected one those of
:class:`.records.RejectedRequest` (with the ``code`` and ``message`` it was refused with).
A state is :class:`.model.MiniAppState` as JSON (``versions``: version -> its
:class:`.model.VersionState`, ``status`` included; ``bundles``; ...). Settings are the
lifecycle options of :class:`.inspection.Inspection` and the fault settings of
:class:`.faults.Faults`; a POST is checked whole before any of it applies. With
``review="pending"`` (``alipay-mini emulator --review pending``) a submitted version stays
``AUDITING`` until decided. Routes act on the emulator's own app unless ``app_id`` names
another registered one. No answer holds a key: private keys, AES keys and app auth
tokens (the log keeps a token's fingerprint) are never part of one. A malformed request
is answered 400 with ``{"error": ...}``, a decision the state forbids 409.

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

import dataclasses
import json
import math
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..urls import is_loopback_host
from .body import CONTROL_BODY_BYTES, BodyTooLarge, read_body
from .faults import Faults
from .state import check_review_mode

if TYPE_CHECKING:
    from .emulator import Emulator

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


class _Refused(Exception):  # noqa: N818 - an answer, not a failure of the emulator
    """A control request that cannot be served: answered ``status`` with ``{"error": ...}``."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _refusing(endpoint: Endpoint) -> Endpoint:
    async def refusing(request: Request) -> JSONResponse:
        try:
            return await endpoint(request)
        except _Refused as refused:
            return JSONResponse({"error": str(refused)}, status_code=refused.status)

    refusing.__name__ = endpoint.__name__
    return refusing


async def _json_object(request: Request) -> dict[str, Any]:
    """The POST body, a JSON object (an empty body is ``{}``)."""
    try:
        given: Any = json.loads(await read_body(request, CONTROL_BODY_BYTES) or b"{}")
    except BodyTooLarge as too_large:
        raise _Refused(str(too_large), 413) from None
    except ClientDisconnect:
        raise _Refused("the request ended early") from None
    except (ValueError, RecursionError):
        given = None
    if not isinstance(given, dict):
        raise _Refused("the body must be a JSON object")
    return given


def _query(request: Request, *allowed: str) -> dict[str, str | None]:
    """The query parameters ``allowed`` (None when absent); any other one is refused, so a
    misspelt filter does not silently answer everything."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise _Refused(f"unknown query parameter(s) {', '.join(unknown)}; use {', '.join(allowed)}")
    return {name: request.query_params.get(name) or None for name in allowed}


def _plain(value: Any) -> Any:
    """A snapshot or record as JSON values (dataclasses and mappings as objects)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(item) for item in value]
    return value


# -- settings ------------------------------------------------------------------------------

_FLAGS: Final = ("require_gray", "dedupe", "accept_unknown_fields")
_TEXTS: Final = ("review", "reject_reason")
_FAULT_SETTINGS: Final = tuple(f.name for f in dataclasses.fields(Faults) if f.init)
_FAULT_NULLABLE: Final = frozenset({"retry_after", "seed"})
_FAULT_INTEGERS: Final = frozenset({"error_status", "seed"})


def _settings(emulator: Emulator) -> dict[str, Any]:
    return {
        **{name: getattr(emulator, name) for name in (*_TEXTS, *_FLAGS)},
        "faults": {name: getattr(emulator.faults, name) for name in _FAULT_SETTINGS},
    }


def _checked_faults(emulator: Emulator, given: Any) -> dict[str, Any]:
    """The fault settings of a POST, each checked by :class:`.Faults` itself on a copy."""
    if not isinstance(given, dict):
        raise _Refused("faults must be a JSON object")
    unknown = sorted(set(given) - set(_FAULT_SETTINGS))
    if unknown:
        raise _Refused(
            f"unknown fault setting(s) {', '.join(unknown)}; use {', '.join(_FAULT_SETTINGS)}"
        )
    trial = Faults(**{name: getattr(emulator.faults, name) for name in _FAULT_SETTINGS})
    for name, value in given.items():
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if value is None and name in _FAULT_NULLABLE:
            pass
        elif not number or (name in _FAULT_INTEGERS and not isinstance(value, int)):
            raise _Refused(f"faults.{name} must be a number, not {json.dumps(value)[:40]}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise _Refused(f"faults.{name} must be a finite number")
        try:
            setattr(trial, name, value)
        except ValueError as error:
            raise _Refused(str(error)) from None
    return given


def _change_settings(emulator: Emulator, given: dict[str, Any]) -> None:
    """Check every setting given, then apply them all (none when one is refused)."""
    unknown = sorted(set(given) - {*_TEXTS, *_FLAGS, "faults"})
    if unknown:
        raise _Refused(
            f"unknown setting(s) {', '.join(unknown)}; use {', '.join((*_TEXTS, *_FLAGS))} "
            "or faults"
        )
    for name in _FLAGS:
        if name in given and not isinstance(given[name], bool):
            raise _Refused(f"{name} must be true or false")
    for name in _TEXTS:
        if name in given and not isinstance(given[name], str):
            raise _Refused(f"{name} must be a string")
    if "review" in given:
        try:
            check_review_mode(given["review"])
        except ValueError as error:
            raise _Refused(str(error)) from None
    faults = _checked_faults(emulator, given.get("faults", {}))
    for name in (*_TEXTS, *_FLAGS):
        if name in given:
            setattr(emulator, name, given[name])
    for name, value in faults.items():
        setattr(emulator.faults, name, value)


# -- the routes ----------------------------------------------------------------------------

_FILTERS: Final = ("operation", "app_id", "request_id")
_MAX_WAIT: Final = 60.0


def _seconds(given: dict[str, Any], name: str, default: float, *, limit: float) -> float:
    value = given.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= limit:
        raise _Refused(f"{name} must be a number of seconds from 0 to {limit:g}")
    return float(value)


def control_routes(emulator: Emulator) -> list[Route]:
    """The routes, acting on ``emulator`` (its methods do the work)."""

    async def accepted(request: Request) -> JSONResponse:
        records = emulator.accepted(**_query(request, *_FILTERS))
        return JSONResponse({"requests": _plain(records)})

    async def applied(request: Request) -> JSONResponse:
        records = emulator.applied(**_query(request, *_FILTERS))
        return JSONResponse({"requests": _plain(records)})

    async def rejected(request: Request) -> JSONResponse:
        records = emulator.rejected(**_query(request, *_FILTERS))
        return JSONResponse({"requests": _plain(records)})

    async def wait_idle(request: Request) -> JSONResponse:
        given = await _json_object(request)
        timeout = _seconds(given, "timeout", 10.0, limit=_MAX_WAIT)
        settle = _seconds(given, "settle", 0.05, limit=_MAX_WAIT)
        # In a worker thread: the requests it waits for are served by this event loop.
        idle = await run_in_threadpool(emulator.wait_idle, timeout, settle=settle)
        return JSONResponse({"idle": idle})

    async def reset(request: Request) -> JSONResponse:
        await _json_object(request)
        emulator.reset()
        return JSONResponse({"reset": True})

    async def settings(request: Request) -> JSONResponse:
        if request.method == "POST":
            _change_settings(emulator, await _json_object(request))
        return JSONResponse(_settings(emulator))

    async def faults(request: Request) -> JSONResponse:
        return JSONResponse(
            {"pending": list(emulator.faults.pending()), "injected": emulator.faults.injected()}
        )

    async def inject(request: Request) -> JSONResponse:
        kinds = (await _json_object(request)).get("faults")
        if not isinstance(kinds, list) or not all(isinstance(kind, str) for kind in kinds):
            raise _Refused('faults must be a list of fault kinds, such as ["503", "slow"]')
        try:
            emulator.inject(*kinds)
        except ValueError as error:
            raise _Refused(str(error)) from None
        return JSONResponse({"pending": list(emulator.faults.pending())})

    async def build_failure(request: Request) -> JSONResponse:
        reason = (await _json_object(request)).get("reason", "scripted build failure")
        if not isinstance(reason, str) or not reason:
            raise _Refused("reason must be a non-empty string")
        emulator.script_build_failure(reason)
        return JSONResponse({"scripted": True})

    async def mini_apps(request: Request) -> JSONResponse:
        minis = emulator.mini_apps(**_query(request, "app_id"))
        return JSONResponse({"mini_apps": _plain(minis)})

    async def mini_app(request: Request) -> JSONResponse:
        try:
            state = emulator.mini_app(
                request.path_params["mini_app_id"], **_query(request, "app_id")
            )
        except KeyError as unknown:
            raise _Refused(str(unknown.args[0]), 404) from None
        return JSONResponse(_plain(state))

    async def pending(request: Request) -> JSONResponse:
        reviews = [
            {"mini_app_id": mini, "bundle_id": bundle, "app_version": version}
            for mini, bundle, version in emulator.pending_reviews(**_query(request, "app_id"))
        ]
        return JSONResponse({"pending": reviews})

    async def decide(request: Request) -> JSONResponse:
        given = await _json_object(request)
        try:
            emulator.decide_review(
                str(given["mini_app_id"]),
                str(given["app_version"]),
                str(given.get("decision", "approve")),
                reason=given.get("reason"),
                bundle_id=given.get("bundle_id"),
                app_id=str(given.get("app_id") or emulator.app_id),
            )
        except KeyError as missing:
            raise _Refused(f"{missing.args[0]} is required") from None
        except ValueError as error:
            raise _Refused(str(error), 409) from None
        return JSONResponse({"decided": True})

    def route(path: str, endpoint: Endpoint, *methods: str) -> Route:
        return Route(f"{CONTROL_PREFIX}{path}", _guarded(_refusing(endpoint)), methods=[*methods])

    return [
        route("/requests/accepted", accepted, "GET"),
        route("/requests/applied", applied, "GET"),
        route("/requests/rejected", rejected, "GET"),
        route("/wait-idle", wait_idle, "POST"),
        route("/reset", reset, "POST"),
        route("/settings", settings, "GET", "POST"),
        route("/faults", faults, "GET"),
        route("/faults/inject", inject, "POST"),
        route("/build-failures", build_failure, "POST"),
        route("/mini-apps", mini_apps, "GET"),
        route("/mini-apps/{mini_app_id}", mini_app, "GET"),
        route("/reviews", pending, "GET"),
        route("/reviews/decide", decide, "POST"),
    ]
