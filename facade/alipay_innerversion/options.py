"""Per-call options and the one place request ids are made.

A call's options (the merchant's app auth token, the request id, the timeout and the
number of retries) travel with its request, in ``request.extensions[OPTIONS_EXTENSION]``,
so the transport applies exactly what the caller asked for. Three layers are merged,
nearest first: what one call is given, what an enclosing :func:`request_options` scope
says (scopes nest and merge), and the client's defaults.
"""

from __future__ import annotations

import contextvars
import re
import secrets
from dataclasses import dataclass, fields

__all__ = [
    "OPTIONS_EXTENSION",
    "OptionsScope",
    "RequestOptions",
    "check_request_id",
    "current_options",
    "new_request_id",
    "request_options",
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

    def __repr__(self) -> str:
        token = "'***'" if self.app_auth_token else "None"
        return (
            f"RequestOptions(app_auth_token={token}, request_id={self.request_id!r}, "
            f"max_retries={self.max_retries!r}, timeout={self.timeout!r})"
        )

    def over(self, outer: RequestOptions | None) -> RequestOptions:
        """These options, with every unset one taken from ``outer``."""
        if outer is None or outer is _EMPTY:
            return self
        return RequestOptions(
            *(
                mine if mine is not None else getattr(outer, name)
                for name, mine in ((f.name, getattr(self, f.name)) for f in _FIELDS)
            )
        )


_FIELDS = fields(RequestOptions)
_EMPTY = RequestOptions()
_OPTIONS: contextvars.ContextVar[RequestOptions] = contextvars.ContextVar(
    "alipay_innerversion_request_options", default=_EMPTY
)


def current_options() -> RequestOptions:
    """The options of the innermost :func:`request_options` scope (merged with outer ones)."""
    return _OPTIONS.get()


def request_options(
    *,
    app_auth_token: str | None = None,
    request_id: str | None = None,
    max_retries: int | None = None,
    timeout: float | None = None,
) -> OptionsScope:
    """Apply options to every call made in this scope, by the SDK's clients or by the
    generated client over an :class:`~alipay_innerversion.AlipayTransport`.

    Context-local (safe with threads and asyncio tasks); nested scopes merge, the inner
    one winning for what it sets; a call's own arguments win over both::

        with request_options(app_auth_token=token, max_retries=3):
            client.online_publish(app_version="1.0.2", bundle_id=...)

    A ``request_id`` here is shared by every request in the scope: give it to one call.
    """
    if timeout is not None:
        from .deadlines import check_timeout

        check_timeout(timeout)
    return OptionsScope(
        RequestOptions(app_auth_token, check_request_id(request_id), max_retries, timeout)
    )


class OptionsScope:
    """The context manager :func:`request_options` returns."""

    __slots__ = ("_reset", "options")

    def __init__(self, options: RequestOptions) -> None:
        self.options = options

    def __enter__(self) -> RequestOptions:
        merged = self.options.over(_OPTIONS.get())
        self._reset = _OPTIONS.set(merged)
        return merged

    def __exit__(self, *exc_info: object) -> None:
        _OPTIONS.reset(self._reset)
