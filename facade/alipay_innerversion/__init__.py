"""Typed sync and async SDK for Alipay OpenAPI v3 mini-program release.

Start with :class:`AlipayConfig` and :class:`InnerVersionClient` (or
:class:`AsyncInnerVersionClient`): the one way to call, with a typed method per operation.

The two clients and their result types (and with them the generated client, its models
and attrs) are imported on first use, so importing the package for its configuration,
errors alone stays cheap.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .config import PRODUCTION_URL, SANDBOX_URL, AlipayConfig
from .errors import (
    AlipayApiError,
    AlipayError,
    AuditRejectedError,
    AuthenticationError,
    BuildFailedError,
    ConfigError,
    DecryptionError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    SignatureError,
    TransportError,
    WaitTimeoutError,
)
from .logs import CallEvent
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .calls import RawResponse
    from .client import AsyncInnerVersionClient, InnerVersionClient
    from .flows.waits import VersionStatus
    from .results import BuildState, BuildStatus, OperationResult, UploadResult

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AlipayApiError",
    "AlipayConfig",
    "AlipayError",
    "AsyncInnerVersionClient",
    "AuditRejectedError",
    "AuthenticationError",
    "BuildFailedError",
    "BuildState",
    "BuildStatus",
    "CallEvent",
    "ConfigError",
    "DecryptionError",
    "InnerVersionClient",
    "InvalidRequestError",
    "NotFoundError",
    "OperationResult",
    "RateLimitError",
    "RawResponse",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "ServerError",
    "SignatureError",
    "TransportError",
    "UploadResult",
    "VersionStatus",
    "WaitTimeoutError",
    "__version__",
]

_LAZY = {
    "RawResponse": "calls",
    "AsyncInnerVersionClient": "client",
    "InnerVersionClient": "client",
    "BuildState": "results",
    "BuildStatus": "results",
    "OperationResult": "results",
    "UploadResult": "results",
    "VersionStatus": "flows.waits",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
