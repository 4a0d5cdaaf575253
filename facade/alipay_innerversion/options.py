"""Per-call options and the one place request ids are made.

A call's options (the merchant's app auth token, the request id, the timeout and the
number of retries) travel with its request, in ``request.extensions[OPTIONS_EXTENSION]``,
so the transport applies exactly what the caller asked for, and nothing else can: there
is no ambient scope (context variable) for an option to leak through into another call,
thread or task. The clients merge a call's options over their defaults once, in
:func:`alipay_innerversion.calls.merged_options`.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

__all__ = [
    "OPTIONS_EXTENSION",
    "RequestOptions",
    "check_request_id",
    "new_request_id",
    "request_extensions",
]

OPTIONS_EXTENSION = "alipay_innerversion.options"
"""The key of a request's :class:`RequestOptions` in ``httpx.Request.extensions``."""


def new_request_id() -> str:
    """A fresh ``alipay-request-id``: 128 random bits in hex."""
    return secrets.token_hex(16)


_REQUEST_ID = re.compile(r"[!-~]{1,128}")


def check_request_id(request_id: object) -> str | None:
    """``request_id`` if it can be sent as ``alipay-request-id`` (1 to 128 visible ASCII
    characters, no spaces), else :class:`InvalidRequestError`; None stays None."""
    if request_id is None:
        return None
    if not isinstance(request_id, str) or not _REQUEST_ID.fullmatch(request_id):
        from .errors import InvalidRequestError

        raise InvalidRequestError(
            f"request_id {request_id!r:.60} cannot be sent as alipay-request-id.",
            hint="Give 1 to 128 visible ASCII characters without spaces (the id of the "
            "call to resend), or no request_id for a fresh one.",
        )
    return request_id


@dataclass(frozen=True, repr=False)
class RequestOptions:
    """Settings for the requests of one call; ``None`` leaves a setting to the next layer."""

    app_auth_token: str | None = None
    request_id: str | None = None
    max_retries: int | None = None
    timeout: float | None = None
    operation: str | None = None
    """The operation's method name (for event hooks and logs); set by the clients."""

    def __repr__(self) -> str:
        token = "'***'" if self.app_auth_token else "None"
        return (
            f"RequestOptions(app_auth_token={token}, request_id={self.request_id!r}, "
            f"max_retries={self.max_retries!r}, timeout={self.timeout!r}, "
            f"operation={self.operation!r})"
        )


def request_extensions(
    *,
    app_auth_token: str | None = None,
    request_id: str | None = None,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> dict[str, object]:
    """The ``extensions=`` of one request sent through :class:`AlipayTransport` by your
    own httpx client: its options, for that request only (the clients do this for you)::

        http.post(path, json=body, extensions=request_extensions(app_auth_token=token))
    """
    if timeout is not None:
        from .deadlines import check_timeout

        check_timeout(timeout)
    options = RequestOptions(app_auth_token, check_request_id(request_id), max_retries, timeout)
    return {OPTIONS_EXTENSION: options}
