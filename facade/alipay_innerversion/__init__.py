"""Typed sync and async SDK for Alipay OpenAPI v3 mini-program release.

Start with :class:`AlipayConfig` and :class:`InnerVersionClient` (or
:class:`AsyncInnerVersionClient`). :class:`AlipayTransport` plugs Alipay's signing,
verification and encryption into any httpx client, the generated
``alipay_innerversion_api`` client included.
"""

from ._version import __version__
from .client import AsyncInnerVersionClient, InnerVersionClient
from .config import PRODUCTION_URL, SANDBOX_URL, AlipayConfig
from .errors import (
    AlipayApiError,
    AlipayError,
    AuthenticationError,
    BuildFailedError,
    ConfigError,
    DecryptionError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    SignatureError,
    TransportError,
    WaitTimeoutError,
)
from .results import BuildState, BuildStatus, OperationResult, UploadResult
from .retry import RetryPolicy
from .transport import AlipayTransport, RequestOptions, request_options

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AlipayApiError",
    "AlipayConfig",
    "AlipayError",
    "AlipayTransport",
    "AsyncInnerVersionClient",
    "AuthenticationError",
    "BuildFailedError",
    "BuildState",
    "BuildStatus",
    "ConfigError",
    "DecryptionError",
    "InnerVersionClient",
    "InvalidRequestError",
    "NotFoundError",
    "OperationResult",
    "RateLimitError",
    "RequestOptions",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "SignatureError",
    "TransportError",
    "UploadResult",
    "WaitTimeoutError",
    "__version__",
    "request_options",
]
