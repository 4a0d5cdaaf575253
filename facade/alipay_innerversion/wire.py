"""Bytes on the wire: request bodies (spliced, sliced) and header lists, in one pass each."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import httpx

__all__ = ["Base64Bytes", "WireBody", "header_values", "json_body"]

WIRE_CHUNK = 64 * 1024


class Base64Bytes:
    """A field value sent as the base64 of ``data``, spliced into the JSON body.

    A 20 MB package is 27 MB of base64; as a ``str`` field, ``json.dumps`` would copy it
    twice more. Base64 needs no JSON escaping, so its bytes go into the body as they are.
    """

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"Base64Bytes(<{len(self.data)} bytes>)"


def json_body(fields: Mapping[str, Any]) -> bytes:
    """The JSON object of ``fields`` (compact, UTF-8), :class:`Base64Bytes` spliced in last."""
    plain = {k: v for k, v in fields.items() if not isinstance(v, Base64Bytes)}
    head = json.dumps(plain, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    spliced = [(k, v) for k, v in fields.items() if isinstance(v, Base64Bytes)]
    if not spliced:
        return head.encode("utf-8")
    parts = [head[:-1].encode("utf-8")]
    for index, (name, value) in enumerate(spliced):
        comma = b"," if plain or index else b""
        parts += [comma, json.dumps(name).encode(), b':"', base64.b64encode(value.data), b'"']
    parts.append(b"}")
    return b"".join(parts)


class WireBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A large request body as sent, in slices of 64 KiB.

    httpcore writes a body with ``buffer = buffer[sent:]`` after every partial socket
    write, so one large buffer (a 20 MB package upload) would be copied again and again;
    slices keep those copies small. Iterable any number of times (each retry resends).
    """

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        body = self._body
        view = memoryview(body)
        for start in range(0, len(body), WIRE_CHUNK):
            yield bytes(view[start : start + WIRE_CHUNK])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def header_values(headers: httpx.Headers) -> dict[str, str]:
    """Every header, lower-case name to value (repeats joined with ", " as httpx does), in
    one pass: each ``headers.get`` scans and decodes the whole list again."""
    encoding = headers.encoding
    values: dict[str, str] = {}
    for name, value in headers.raw:
        key, text = name.decode(encoding).lower(), value.decode(encoding)
        values[key] = f"{values[key]}, {text}" if key in values else text
    return values
