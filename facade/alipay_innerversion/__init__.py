"""Typed sync and async SDK for Alipay OpenAPI v3 mini-program release.

Start with :class:`AlipayConfig`; :class:`AlipayTransport` plugs Alipay's signing,
verification and encryption into any httpx client (including the generated
``alipay_innerversion_api`` client).
"""

from ._version import __version__
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
from .retry import RetryPolicy
from .transport import AlipayTransport, RequestOptions, request_options

__all__ = [
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "AlipayApiError",
    "AlipayConfig",
    "AlipayError",
    "AlipayTransport",
    "AuthenticationError",
    "BuildFailedError",
    "ConfigError",
    "DecryptionError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "RequestOptions",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "SignatureError",
    "TransportError",
    "WaitTimeoutError",
    "__version__",
    "request_options",
]
