"""One call from arguments to result: the pure halves of the request pipeline.

``build_request`` checks the arguments against the operation (from the generated table),
merges the call's options over the enclosing scope and the client's defaults, and
builds the ``httpx.Request`` with the options in its extensions; the transport signs,
sends and verifies it. ``read_result`` turns the verified answer (parsed once, by the
transport) into the operation's typed result. The clients only send.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from alipay_innerversion_api.api import CallOptions, Operation

from .arguments import wire_fields
from .deadlines import check_timeout
from .errors import AlipayApiError, InvalidRequestError
from .options import (
    OPTIONS_EXTENSION,
    RequestOptions,
    check_request_id,
    current_options,
    new_request_id,
)
from .transport import PARSED_EXTENSION
from .wire import json_body

__all__ = ["ClientDefaults", "build_request", "read_result"]


class ClientDefaults:
    """What a client sends unless a call says otherwise."""

    __slots__ = ("_urls", "base_url", "headers", "max_retries", "timeout", "timeouts")

    def __init__(
        self, base_url: str, timeout: httpx.Timeout, max_retries: int, user_agent: str
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.timeouts = timeout.as_dict()  # httpx's "timeout" extension, made once
        self.max_retries = max_retries
        self.headers = [(b"user-agent", user_agent.encode())]
        self._urls: dict[str, httpx.URL] = {}

    def url(self, path: str) -> httpx.URL:
        """The URL of an operation's path, parsed once (parsing is a fair share of a
        request's CPU)."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(self.base_url + path)
        return url


_NO_SCOPE = current_options()  # outside any request_options scope
_NO_OPTIONS = CallOptions()


def merged_options(call: CallOptions, defaults: ClientDefaults) -> RequestOptions:
    """The call's options over the enclosing ``request_options`` scope, over the client's
    defaults; the request id is made here when nobody gave one."""
    scoped = current_options()
    if scoped is _NO_SCOPE and call == _NO_OPTIONS:  # the common case, made cheap
        return RequestOptions(None, new_request_id(), defaults.max_retries, None)
    options = RequestOptions(
        call.app_auth_token or None,
        check_request_id(call.request_id),
        call.max_retries,
        call.timeout,
    ).over(scoped)
    return RequestOptions(
        options.app_auth_token,
        options.request_id or new_request_id(),
        defaults.max_retries if options.max_retries is None else options.max_retries,
        options.timeout,
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
    options = merged_options(call, defaults)
    timeouts = (
        defaults.timeouts if options.timeout is None else httpx.Timeout(options.timeout).as_dict()
    )
    headers = list(defaults.headers)
    content = None
    if operation.body_model is not None:
        content = json_body(body)
        headers.append((b"content-type", b"application/json"))
    return httpx.Request(
        operation.method,
        defaults.url(operation.path),
        params=query or None,
        headers=headers,
        content=content,
        extensions={OPTIONS_EXTENSION: options, "timeout": timeouts},
    )


def read_result(operation: Operation, response: httpx.Response) -> Any:
    """The operation's typed result: response fields as attributes, ids and raw data."""
    options = response.request.extensions.get(OPTIONS_EXTENSION)
    request_id = options.request_id if isinstance(options, RequestOptions) else None
    request_id = request_id or response.request.headers.get("alipay-request-id", "")
    trace_id = response.headers.get("alipay-trace-id")
    data = response.extensions.get(PARSED_EXTENSION)
    if not isinstance(data, dict):  # a transport other than AlipayTransport
        data = response.json()
    try:
        result = operation.result_class.from_dict(data)
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
    return result
