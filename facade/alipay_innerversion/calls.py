"""One call from arguments to result: the pure halves of the request pipeline.

``build_request`` checks the arguments against the operation (from the generated table),
merges the call's options over the client's defaults, and
builds the ``httpx.Request`` with the options in its extensions; the transport signs,
sends and verifies it. ``read_result`` turns the verified answer (parsed once, by the
transport) into the operation's typed result. The clients only send.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from alipay_innerversion_api.api import CallOptions, Operation, RawAnswer

from .arguments import wire_fields
from .deadlines import check_timeout
from .errors import AlipayApiError, InvalidRequestError
from .exchange import OPERATION_EXTENSION, OPTIONS_EXTENSION, check_request_id, new_request_id
from .transport import PARSED_EXTENSION
from .wire import json_body

__all__ = [
    "ClientDefaults",
    "RawResponse",
    "build_request",
    "raw_response",
    "read_result",
]

# Headers the protocol sets: never taken from extra_headers (they would break or forge it).
_PROTOCOL_HEADERS = frozenset(
    {
        "authorization",
        "content-type",
        "content-length",
        "content-encoding",
        "transfer-encoding",
        "accept",
        "host",
        "user-agent",
    }
)


@dataclass(frozen=True)
class RawResponse:
    """A success as received: HTTP status, headers, trace and request ids, the verified
    body (JSON, decrypted when the answer was encrypted) and the typed result.

    The headers are the answer's own: they describe the body on the wire (for an
    encrypted answer ``text/plain`` and the ciphertext's length; a ``content-encoding``
    the body no longer has), not ``body``."""

    status_code: int
    headers: httpx.Headers
    trace_id: str | None
    request_id: str
    body: bytes
    result: Any


def _checked_extras(
    operation: Operation, call: CallOptions, body: dict[str, Any], query: dict[str, Any]
) -> list[tuple[bytes, bytes]]:
    """Merge a call's escape hatches (``extra_body``, ``extra_query``: fields Alipay added
    before ``make gen`` knows them) into ``body`` and ``query``; its ``extra_headers``,
    checked. None may replace a field of the operation or a header of the protocol
    (``alipay-*``, ``authorization``, ``content-*``, ...)."""
    known = {p.name for p in operation.parameters} | {p.python_name for p in operation.parameters}
    if call.extra_body and operation.body_model is None:
        raise InvalidRequestError(
            f"{operation.name}: extra_body cannot be sent: {operation.method} "
            f"{operation.path} has no body.",
            hint="Give fields the spec does not know yet as extra_query for this operation.",
        )
    for kind, given, target in (
        ("extra_body", call.extra_body, body),
        ("extra_query", call.extra_query, query),
    ):
        for key, value in (given or {}).items():
            if not isinstance(key, str) or not key or key in known:
                raise InvalidRequestError(
                    f"{operation.name}: {kind} key {key!r:.60} is a field of the operation "
                    "(give it by its own argument) or not a name.",
                    hint=f"{kind} is for fields the spec does not know yet.",
                )
            if kind == "extra_query" and not isinstance(value, str | int | float | bool):
                raise InvalidRequestError(f"{operation.name}: extra_query {key} must be a string.")
            if kind == "extra_body":
                try:
                    json.dumps(value, allow_nan=False)
                except (TypeError, ValueError):
                    raise InvalidRequestError(
                        f"{operation.name}: extra_body {key} cannot be sent as JSON "
                        f"(a {type(value).__name__}, or a number that is not finite).",
                        hint="Give strings, finite numbers, booleans, lists and dicts of them.",
                    ) from None
            target[key] = value
    headers: list[tuple[bytes, bytes]] = []
    for name, value in (call.extra_headers or {}).items():
        lower = str(name).strip().lower()
        if lower in _PROTOCOL_HEADERS or lower.startswith("alipay-"):
            raise InvalidRequestError(
                f"{operation.name}: extra_headers may not set {lower}: the protocol sets it.",
                hint="Use app_auth_token= and request_id= for alipay-app-auth-token and "
                "alipay-request-id; signing and encryption headers are the SDK's.",
            )
        if not isinstance(value, str) or not value.isprintable() or not value.isascii():
            raise InvalidRequestError(
                f"{operation.name}: extra_headers {lower} must be printable ASCII text."
            )
        headers.append((lower.encode("ascii"), value.encode("ascii")))
    return headers


class ClientDefaults:
    """What a client sends unless a call says otherwise."""

    __slots__ = ("_queries", "_urls", "base_url", "headers", "max_retries", "timeout", "timeouts")

    def __init__(
        self, base_url: str, timeout: httpx.Timeout, max_retries: int, user_agent: str
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.timeouts = timeout.as_dict()  # httpx's "timeout" extension, made once
        self.max_retries = max_retries
        self.headers = [(b"user-agent", user_agent.encode())]
        self._urls: dict[str, httpx.URL] = {}
        self._queries: dict[tuple[str, tuple[tuple[str, Any], ...]], httpx.URL] = {}

    def url(self, path: str) -> httpx.URL:
        """The URL of an operation's path, parsed once (parsing is a fair share of a
        request's CPU)."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(self.base_url + path)
        return url

    def url_with_query(self, path: str, query: dict[str, Any]) -> httpx.URL:
        """The URL of a path with a query, encoded by httpx; the last few are kept, as a
        client repeats its queries (a build poll sends the same one every few seconds)."""
        key = (path, tuple(query.items()))
        try:
            url = self._queries.get(key)
        except TypeError:  # a value that is not hashable: encode it every time
            return self.url(path).copy_merge_params(query)
        if url is None:
            if len(self._queries) >= _KEPT_QUERIES:
                self._queries.clear()
            url = self._queries[key] = self.url(path).copy_merge_params(query)
        return url


_KEPT_QUERIES = 64


_NO_OPTIONS = CallOptions()


def merged_options(call: CallOptions, defaults: ClientDefaults) -> CallOptions:
    """The call's options over the client's defaults, merged once, here: the request id
    is made here when the call gives none (the escape hatches are applied already)."""
    if call == _NO_OPTIONS:  # the common case, made cheap
        return CallOptions(None, new_request_id(), None, defaults.max_retries)
    return CallOptions(
        call.app_auth_token or None,
        check_request_id(call.request_id) or new_request_id(),
        call.timeout,
        defaults.max_retries if call.max_retries is None else call.max_retries,
    )


def build_request(
    operation: Operation,
    arguments: Mapping[str, Any],
    call: CallOptions,
    defaults: ClientDefaults,
) -> httpx.Request:
    """The request for one call, checked before anything is sent."""
    if call.max_retries is not None and (
        isinstance(call.max_retries, bool)
        or not isinstance(call.max_retries, int)
        or call.max_retries < 0
    ):
        raise InvalidRequestError(f"{operation.name}: max_retries must be 0 or more.")
    if call.timeout is not None:
        check_timeout(call.timeout, f"{operation.name}: timeout")
    body, query = wire_fields(operation, arguments)
    extra_headers: list[tuple[bytes, bytes]] = []
    if call.extra_body or call.extra_query or call.extra_headers:
        extra_headers = _checked_extras(operation, call, body, query)
    options = merged_options(call, defaults)
    headers = [*defaults.headers, *extra_headers]
    content = b""
    if operation.body_model is not None:
        content = json_body(body)
        headers.append((b"content-type", b"application/json"))
    # stream= rather than content=: httpx then adds no headers of its own and does not
    # copy the body (a fair share of a call's CPU); the transport sets Host and
    # Content-Length with the rest of the protocol's headers (exchange.prepare).
    return httpx.Request(
        operation.method,
        defaults.url_with_query(operation.path, query) if query else defaults.url(operation.path),
        headers=headers,
        stream=httpx.ByteStream(content),
        extensions={
            OPTIONS_EXTENSION: options,
            OPERATION_EXTENSION: operation.name,
            "timeout": defaults.timeouts,  # a call's own timeout: exchange.prepare
        },
    )


def read_result(
    operation: Operation, response: httpx.Response, result_class: type[Any] | None = None
) -> Any:
    """The operation's typed result (or ``result_class``'s, a subclass of it): response
    fields as attributes, ids and raw data."""
    options = response.request.extensions.get(OPTIONS_EXTENSION)
    request_id = options.request_id if isinstance(options, CallOptions) else None
    request_id = request_id or response.request.headers.get("alipay-request-id", "")
    trace_id = response.headers.get("alipay-trace-id")
    data = response.extensions.get(PARSED_EXTENSION)
    if not isinstance(data, dict):  # a transport other than AlipayTransport
        data = response.json()
    try:
        result = (result_class or operation.result_class).from_dict(data)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise AlipayApiError(
            f"{operation.operation_id} answered a verified object whose fields do not have "
            f"the types the spec gives them ({type(exc).__name__}: {exc}).",
            http_status=response.status_code,
            code=None,
            trace_id=trace_id,
            request_id=request_id,
            verified=True,
            body=response.content,
            hint="The call itself succeeded; read error.body for what Alipay sent.",
        ) from exc
    result.trace_id = trace_id
    result.request_id = request_id
    result.data = data
    result.raw = RawAnswer(response.status_code, response.headers, response.content)
    return result


def raw_response(operation: Operation, response: httpx.Response) -> RawResponse:
    """The raw view of a verified success, with its typed result."""
    result = read_result(operation, response)
    return RawResponse(
        status_code=response.status_code,
        headers=response.headers,
        trace_id=result.trace_id,
        request_id=result.request_id,
        body=response.content,
        result=result,
    )
