"""Request bodies and header lists as they go on the wire (wire.py)."""

from __future__ import annotations

import asyncio
import base64
import json

import httpx
import pytest

from alipay_innerversion.wire import (
    WIRE_CHUNK,
    Base64Bytes,
    WireBody,
    header_values,
    json_body,
)


def test_plain_fields_are_compact_utf8_json() -> None:
    body = json_body({"app_origin": "测试", "n": 1, "ok": True})
    assert body == '{"app_origin":"测试","n":1,"ok":true}'.encode()
    assert json_body({}) == b"{}"


def test_nan_is_refused() -> None:
    with pytest.raises(ValueError, match="JSON"):
        json_body({"x": float("nan")})


@pytest.mark.parametrize(
    "fields",
    [
        {"package": Base64Bytes(b"\x00\x01zip")},
        {"a": "1", "package": Base64Bytes(b"\x00\x01zip")},
        {"package": Base64Bytes(b"abc"), "a": "1", "other": Base64Bytes(b"")},
        {"one": Base64Bytes(b"1"), "two": Base64Bytes(b"22")},
    ],
)
def test_base64_fields_are_spliced_in_as_json_strings(fields: dict[str, object]) -> None:
    body = json_body(fields)
    expected = {
        k: base64.b64encode(v.data).decode() if isinstance(v, Base64Bytes) else v
        for k, v in fields.items()
    }
    assert json.loads(body) == expected
    plain = {k: v for k, v in expected.items() if not isinstance(fields[k], Base64Bytes)}
    spliced = {k: v for k, v in expected.items() if isinstance(fields[k], Base64Bytes)}
    # plain fields first, then the spliced ones, compact
    assert body == json.dumps({**plain, **spliced}, separators=(",", ":")).encode()


def test_base64_field_name_is_json_escaped() -> None:
    body = json_body({'we"ird': Base64Bytes(b"x")})
    assert json.loads(body) == {'we"ird': "eA=="}


def test_base64_bytes_repr_hides_the_data() -> None:
    assert repr(Base64Bytes(b"secret" * 10)) == "Base64Bytes(<60 bytes>)"


@pytest.mark.parametrize("size", [0, 1, WIRE_CHUNK - 1, WIRE_CHUNK, WIRE_CHUNK + 1, 3 * WIRE_CHUNK])
def test_wire_body_is_sent_in_64_kib_slices(size: int) -> None:
    body = bytes(range(256)) * (size // 256) + bytes(size % 256)
    stream = WireBody(body)
    chunks = list(stream)
    assert b"".join(chunks) == body
    assert all(len(chunk) == WIRE_CHUNK for chunk in chunks[:-1])
    assert all(isinstance(chunk, bytes) for chunk in chunks)
    assert len(chunks) == -(-size // WIRE_CHUNK)
    assert list(stream) == chunks  # iterable again: a retry resends it


def test_wire_body_async() -> None:
    body = b"x" * (WIRE_CHUNK + 5)

    async def collect() -> list[bytes]:
        return [chunk async for chunk in WireBody(body)]

    chunks = asyncio.run(collect())
    assert [len(c) for c in chunks] == [WIRE_CHUNK, 5]
    assert WIRE_CHUNK == 64 * 1024


def test_header_values_lower_case_names_and_join_repeats() -> None:
    headers = httpx.Headers(
        [("Alipay-Nonce", "n"), ("Set-Cookie", "a=1"), ("set-cookie", "b=2"), ("X", "")]
    )
    assert header_values(headers) == {"alipay-nonce": "n", "set-cookie": "a=1, b=2", "x": ""}


def test_header_values_decode_with_the_headers_encoding() -> None:
    headers = httpx.Headers([("x-name", "é".encode("latin-1"))])
    assert header_values(headers) == {"x-name": headers["x-name"]}
