"""A client library for accessing Alipay OpenAPI v3 - alipay.open.mini.innerversion"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
