"""The ASGI app: Alipay's five innerversion paths, faults, and signed answers.

Every response is signed with the emulator's Alipay key, errors included; 2xx answers to
encrypted requests are encrypted and labelled ``Content-Type: text/plain`` exactly (no
charset: Alipay's Java v3 SDK reads an answer only when its type is a JSON type or exactly
``text/plain``). Unknown paths and methods get signed ``invalid-parameter`` errors
(404 / 405); a body past :data:`.body.MAX_BODY_BYTES` a signed 413 ``invalid-file-size``
(refused while it streams in, the connection then closed); an unexpected failure inside
the emulator gets a signed 500 ``unknow-error`` (and the traceback is logged: it is a bug).
Every error body carries ``links`` (:func:`.gateway.error_links`).

Dropping a connection: the response is started with a ``content-length`` and then the
app raises :class:`ConnectionDropped`, so the server closes the connection mid-response.
The client sees the status line and headers, then the peer closing before the promised
body (httpx: ``RemoteProtocolError``), exactly like a gateway that dies or a network
that cuts out after the request arrived. The server's error log for that is filtered.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import protocol
from .body import MAX_BODY_BYTES, MAX_PACKAGE_BYTES, BodyTooLarge, read_body
from .control import control_routes
from .faults import Faults, fault_error
from .gateway import (
    OPERATIONS,
    Gateway,
    IncomingRequest,
    Outcome,
    VerifiedRequest,
    encode_json,
    error_body,
    error_links,
    new_trace_id,
)
from .protocol import GatewayError
from .records import RejectedRequest, RequestRecord

if TYPE_CHECKING:
    from .emulator import Emulator

__all__ = ["ConnectionDropped", "create_app"]

JSON = "application/json"
ENCRYPTED = "text/plain"
"""The type of an encrypted answer, exactly (what Alipay sends; no charset parameter)."""
_PROMISED_BYTES = b"4096"


class ConnectionDropped(Exception):  # noqa: N818 - names what happens, not an error condition
    """Raised after a response was started, to make the server close the connection."""


class _DroppedResponse(Response):
    """Starts a 200 response that promises a body, then fails before sending it."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", JSON.encode()), (b"content-length", _PROMISED_BYTES)],
            }
        )
        raise ConnectionDropped("connection dropped on purpose (fault injection)")


def create_app(
    gateway: Gateway,
    faults: Faults,
    control: Emulator | None = None,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> Starlette:
    """The emulator's Starlette app over ``gateway``, with ``faults`` read on every request;
    with ``control`` (the emulator that owns them), also the control routes over it
    (:mod:`.control`). Request bodies past ``max_body_bytes`` are refused (:mod:`.body`)."""

    def signed(
        status: int,
        body: bytes,
        trace_id: str,
        *,
        content_type: str = JSON,
        headers: dict[str, str] | None = None,
    ) -> Response:
        # The type is set as a header, not as Starlette's media_type, which would add
        # "; charset=utf-8" to text/plain.
        all_headers = {"content-type": content_type, **gateway.sign(body, trace_id)}
        all_headers.update(headers or {})
        return Response(body, status_code=status, headers=all_headers)

    def error_answer(
        status: int,
        body: Mapping[str, Any],
        trace_id: str,
        headers: dict[str, str] | None = None,
    ) -> Response:
        code = body.get("code")
        full = {**body, "links": error_links(code if isinstance(code, str) else "", trace_id)}
        return signed(status, encode_json(full), trace_id, headers=headers)

    def signed_error(
        status: int, code: str, message: str, trace_id: str, headers: dict[str, str] | None = None
    ) -> Response:
        return error_answer(status, error_body(code, message), trace_id, headers)

    def record(
        seq: int,
        verified: VerifiedRequest,
        trace_id: str,
        *,
        status: int | None,
        code: str | None,
        fault: str | None = None,
        outcome: Outcome | None = None,
    ) -> None:
        request = verified.request
        gateway.log.add(
            RequestRecord(
                seq=seq,
                operation=verified.operation,
                method=request.method,
                path=request.path,
                query=request.query,
                app_id=verified.app.app_id,
                request_id=verified.request_id,
                body=verified.body,
                encrypted=verified.encrypted,
                token_fingerprint=verified.token_fingerprint,
                replay=outcome.replay if outcome else False,
                applied=outcome.applied if outcome else False,
                status=status,
                code=code,
                fault=fault,
                trace_id=None if status is None else trace_id,
            )
        )

    async def handle(request: Request, operation: str) -> Response:
        gateway.log.begin()  # counted until its record is in the log (``wait_idle``)
        try:
            return await handle_request(request, operation)
        finally:
            gateway.log.end()

    async def handle_request(request: Request, operation: str) -> Response:
        try:
            raw_body = await read_body(request, max_body_bytes)
        except ClientDisconnect:  # gone before the request arrived whole: nothing to do
            return Response(status_code=400)
        except BodyTooLarge as too_large:  # refused unread; the connection closes after
            trace_id = new_trace_id()
            error = GatewayError(
                413,
                "invalid-file-size",
                f"{too_large}: the largest request Alipay accepts is an upload of a "
                f"{MAX_PACKAGE_BYTES // (1024 * 1024)} MB package, base64 and AES-encrypted",
            )
            incoming = IncomingRequest.from_scope(request.scope, b"")
            gateway.log.add_rejected(
                _rejected(gateway.log.next_seq(), operation, incoming, error, trace_id)
            )
            return signed_error(
                error.status, error.code, error.message, trace_id, {"connection": "close"}
            )
        if faults.latency:  # after the request arrived: a slow gateway still processes it
            await asyncio.sleep(faults.latency)
        incoming = IncomingRequest.from_scope(request.scope, raw_body)
        seq = gateway.log.next_seq()
        trace_id = new_trace_id()
        try:
            verified = gateway.verify(operation, incoming)
        except GatewayError as err:
            gateway.log.add_rejected(_rejected(seq, operation, incoming, err, trace_id))
            return signed_error(err.status, err.code, err.message, trace_id)

        fault = faults.next_fault()
        if fault == "slow":  # then handled normally; the record says it was slow
            await asyncio.sleep(faults.slow_seconds)
        answer = fault_error(fault, operation) if fault else None
        if answer is not None:
            status, code, message = answer
            extra = {}
            if fault == "rate-limit" and faults.retry_after is not None:
                extra["retry-after"] = f"{faults.retry_after:g}"
            record(seq, verified, trace_id, status=status, code=code, fault=fault)
            return signed_error(status, code, message, trace_id, extra)
        if fault == "drop":
            record(seq, verified, trace_id, status=None, code=None, fault=fault)
            return _DroppedResponse()

        try:
            outcome = gateway.process(verified)
        except GatewayError as err:
            if fault == "drop-after":  # refused, not applied; the connection still drops
                record(seq, verified, trace_id, status=None, code=None, fault=fault)
                return _DroppedResponse()
            record(seq, verified, trace_id, status=err.status, code=err.code, fault=fault)
            return signed_error(err.status, err.code, err.message, trace_id)
        if fault == "drop-after":
            record(seq, verified, trace_id, status=None, code=None, fault=fault, outcome=outcome)
            return _DroppedResponse()
        record(
            seq,
            verified,
            trace_id,
            status=outcome.status,
            code=outcome.code,
            fault=fault,
            outcome=outcome,
        )
        body = encode_json(outcome.body)
        if outcome.status < 300 and verified.encrypted:
            assert verified.app.encrypt_key is not None
            ciphertext = protocol.encrypt_body(body, verified.app.encrypt_key)
            return signed(outcome.status, ciphertext, trace_id, content_type=ENCRYPTED)
        if outcome.status >= 300:
            return error_answer(outcome.status, outcome.body, trace_id)
        return signed(outcome.status, body, trace_id)

    def endpoint(operation: str) -> Callable[[Request], Awaitable[Response]]:
        async def operation_endpoint(request: Request) -> Response:
            return await handle(request, operation)

        operation_endpoint.__name__ = operation.replace(".", "_")
        return operation_endpoint

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        verb = "method" if exc.status_code == 405 else "operation"
        return signed_error(
            exc.status_code,
            "invalid-parameter",
            f"no such {verb}: {request.method} {request.url.path}",
            new_trace_id(),
            dict(exc.headers or {}),
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, ConnectionDropped):
            return Response(status_code=500)  # never sent: the response had started
        return signed_error(500, "unknow-error", "the emulator failed", new_trace_id())

    routes = [
        Route(path, endpoint(operation), methods=[method], name=operation)
        for operation, (method, path) in OPERATIONS.items()
    ]
    if control is not None:
        routes += control_routes(control)
    return Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )


def _rejected(
    seq: int, operation: str, request: IncomingRequest, err: GatewayError, trace_id: str
) -> RejectedRequest:
    app_id = None
    with contextlib.suppress(GatewayError):
        app_id = protocol.parse_authorization(request.headers.get("authorization")).app_id
    return RejectedRequest(
        seq=seq,
        operation=operation,
        method=request.method,
        path=request.path,
        query=request.query,
        app_id=app_id,
        request_id=request.headers.get("alipay-request-id") or None,
        status=err.status,
        code=err.code,
        message=err.message,
        trace_id=trace_id,
    )
