"""``InnerVersionClient`` and ``AsyncInnerVersionClient``: every operation, as a keyword call.

Every operation of ``openapi.yaml`` is a typed method of both clients, generated
(``alipay_innerversion_api.api.SyncOperations`` / ``AsyncOperations``); the friendly
helpers (``upload(package=...)``, ``wait_for_build``, ``wait_for_audit``,
``list_versions``, ``release``) are the flows of :mod:`alipay_innerversion.flows`, written
once. The async client is written by hand (:mod:`.async_client`) and the sync one is
generated from it (:mod:`.sync_client`, ``make gen``), as httpcore does: the two cannot
drift.

A request goes straight to the protocol engine (:mod:`.transport`), not through an
``httpx.Client``: the SDK builds, signs and reads its requests itself and never follows a
redirect, so a client's auth, cookie and redirect layers would only cost time. A caller's
own ``http_client`` is still what sends (its proxies, TLS, limits and hooks).
"""

from __future__ import annotations

from .async_client import AsyncInnerVersionClient
from .client_base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, check_template_version
from .sync_client import InnerVersionClient

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncInnerVersionClient",
    "InnerVersionClient",
    "check_template_version",
]
