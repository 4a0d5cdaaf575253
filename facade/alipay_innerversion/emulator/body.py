"""Reading a request body as a stream, refused past the size of the largest real request.

Alipay documents no request size limit, only the package's: a mini program package is at
most 20 MB (``MAX_PACKAGE_BYTES``). The largest legitimate request is therefore an
``upload`` carrying such a package as base64 inside the JSON body, encrypted with AES and
base64 again when the app uses content encryption. :data:`MAX_BODY_BYTES` is the size of
that body, computed below: 20 MiB of package -> 27,962,028 bytes of base64, plus 1 MiB
for every other field, PKCS#7-padded and base64-encoded again -> **38,680,812 bytes
(about 36.9 MiB)**. Anything larger cannot be a request Alipay would accept.

The body is read chunk by chunk and refused (:class:`BodyTooLarge`, answered HTTP 413
``invalid-file-size``: the code Alipay's ``CommonErrorType`` has for a payload of the wrong
size) as soon as its declared ``Content-Length`` or the bytes received so far pass the
limit, so a hostile client can make the emulator hold at most the limit in memory, however
much it sends.
"""

from __future__ import annotations

from typing import Final

from starlette.requests import Request

__all__ = ["CONTROL_BODY_BYTES", "MAX_BODY_BYTES", "MAX_PACKAGE_BYTES", "BodyTooLarge", "read_body"]

MAX_PACKAGE_BYTES: Final = 20 * 1024 * 1024
"""Alipay's limit for a mini program package (``build_package_stream``)."""

_OTHER_FIELDS_BYTES: Final = 1024 * 1024
"""Room for the rest of an upload's JSON (ids, version, description, plugin list)."""


def base64_size(size: int) -> int:
    """Length of the base64 text of ``size`` bytes (padded)."""
    return 4 * ((size + 2) // 3)


def encrypted_size(size: int) -> int:
    """Length of the AES-CBC/PKCS#7 ciphertext of ``size`` bytes, as base64 text."""
    return base64_size((size // 16 + 1) * 16)


MAX_BODY_BYTES: Final = encrypted_size(base64_size(MAX_PACKAGE_BYTES) + _OTHER_FIELDS_BYTES)
"""The largest request body accepted: an AES-encrypted upload of a 20 MB package."""

CONTROL_BODY_BYTES: Final = 64 * 1024
"""The largest body of a control route (a small JSON object)."""


class BodyTooLarge(Exception):  # noqa: N818 - names what happened, like Starlette's own
    """The request body is (or says it is) larger than the limit; nothing more is read."""

    def __init__(self, size: int, limit: int, *, declared: bool) -> None:
        how = "declares" if declared else "grew to"
        super().__init__(f"the request body {how} {size} bytes; at most {limit} are accepted")
        self.size = size
        self.limit = limit


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, read as a stream; :class:`BodyTooLarge` as soon as it passes ``limit``.

    A declared ``Content-Length`` over the limit is refused before a byte of the body is
    read (h11 has already checked that the header is a valid number).
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(int(declared), limit, declared=True)
    received = bytearray()
    async for chunk in request.stream():
        if len(received) + len(chunk) > limit:
            raise BodyTooLarge(len(received) + len(chunk), limit, declared=False)
        received += chunk
    return bytes(received)
