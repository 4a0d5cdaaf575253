"""Support for the tampering battery: a man-in-the-middle transport and the mutations.

:class:`TamperingProxy` is the I/O transport under the SDK's ``AlipayTransport``: it sends
every request, as signed by the client, over real HTTP to the emulator, reads the genuine
signed response, and hands the client a mutated copy (or a replay of an earlier one),
exactly as an attacker on the path could. Each mutation belongs to a class named
``group.detail`` (``body.first-byte``, ``sig.base64url``, ``replay.error``, ...) and
declares the kinds of response it applies to:

- ``plain``: a 2xx JSON body (key mode without AES, or any GET);
- ``cipher``: a 2xx base64 AES ciphertext (a POST with content encryption);
- ``error``: a 4xx/5xx JSON error body (never encrypted).

Classes in the ``sn`` group only apply in certificate mode. A mutation is *tampering*
only when it changes what verification depends on: the ``alipay-timestamp``,
``alipay-nonce``, ``alipay-signature`` (and in certificate mode ``alipay-sn``) header
values, or the body. The HTTP status is not signed by Alipay, so it is not mutated here;
optional whitespace around a header value is not part of the value (RFC 9110 5.5) and
is stripped by every HTTP parser, so adding only that does not count either. Mutations
that change none of these are tried but not counted.

Everything random comes from the battery's own ``random.Random``; the schedule of
mutations is a pure function of the seed (:func:`schedule`).
"""

from __future__ import annotations

import base64
import json
import random
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from alipay_innerversion.emulator import protocol

__all__ = [
    "CLASSES",
    "RESPONSE_KINDS",
    "Context",
    "Mutation",
    "ScheduledMutation",
    "TamperingProxy",
    "Wire",
    "classes_for",
    "mutate",
    "schedule",
]

RESPONSE_KINDS: Final = ("plain", "cipher", "error")
SIGNED_HEADERS: Final = ("alipay-timestamp", "alipay-nonce", "alipay-signature")
_OWS = " \t"
_B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


# -- a response on the wire --------------------------------------------------------------


@dataclass(frozen=True)
class Wire:
    """A response as the client would receive it: status, header pairs, body bytes."""

    status: int
    headers: tuple[tuple[str, str], ...]  # lower-case names, in order; repeats allowed
    body: bytes

    @classmethod
    def from_response(cls, response: httpx.Response, body: bytes) -> Wire:
        headers = tuple(
            (name.lower(), value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-length", "transfer-encoding", "content-encoding")
        )
        return cls(response.status_code, headers, body)

    def get(self, name: str) -> str | None:
        """The value the client reads (``httpx.Headers.get``: repeats joined by ``, ``)."""
        value: str | None = httpx.Headers(list(self.headers)).get(name)
        return value

    def with_header(self, name: str, value: str | None) -> Wire:
        """Replace a header in place (append when absent); ``None`` removes every copy."""
        if value is None:
            return replace(self, headers=tuple(h for h in self.headers if h[0] != name))
        out: list[tuple[str, str]] = []
        placed = False
        for key, old in self.headers:
            if key == name:
                if not placed:
                    out.append((key, value))
                    placed = True
                continue
            out.append((key, old))
        if not placed:
            out.append((name, value))
        return replace(self, headers=tuple(out))

    def adding_header(self, name: str, value: str) -> Wire:
        return replace(self, headers=(*self.headers, (name, value)))

    def with_body(self, body: bytes) -> Wire:
        return replace(self, body=body)

    def fingerprint(self, cert_mode: bool) -> tuple[object, ...]:
        """What verification depends on: signed header values, signature, body (and SN)."""

        def value(name: str) -> str | None:
            raw = self.get(name)
            return None if raw is None else raw.strip(_OWS)

        names = (*SIGNED_HEADERS, "alipay-sn") if cert_mode else SIGNED_HEADERS
        return (*(value(name) for name in names), self.body)

    def to_response(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            self.status, headers=list(self.headers), content=self.body, request=request
        )


# -- the man in the middle ---------------------------------------------------------------

Plan = Callable[[Wire], Wire]


class TamperingProxy(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Forwards each request over HTTP, then serves ``plan(genuine)`` instead of the answer.

    ``genuine`` and ``served`` hold the last real answer and what the client got.
    """

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self.plan: Plan | None = None
        self.genuine: Wire | None = None
        self.served: Wire | None = None
        self.requests = 0

    def _serve(self, request: httpx.Request, genuine: Wire) -> httpx.Response:
        self.requests += 1
        self.genuine = genuine
        self.served = self.plan(genuine) if self.plan is not None else genuine
        return self.served.to_response(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw = self._sync.handle_request(request)
        try:
            body = raw.read()
        finally:
            raw.close()
        return self._serve(request, Wire.from_response(raw, body))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = await self._async.handle_async_request(request)
        try:
            body = await raw.aread()
        finally:
            await raw.aclose()
        return self._serve(request, Wire.from_response(raw, body))

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


# -- what mutations may draw on ----------------------------------------------------------


@dataclass
class Context:
    """The battery's randomness and material: keys, SNs, responses seen so far."""

    rng: random.Random
    cert_mode: bool
    wrong_keys: Sequence[rsa.RSAPrivateKey]  # keys Alipay does not sign with
    other_sn: str | None = None  # a second configured Alipay cert (another key)
    app_sn: str | None = None
    root_sn: str | None = None
    captured: list[Wire] = field(default_factory=list)  # genuine answers, delivered or not
    accepted: list[tuple[str, Wire]] = field(default_factory=list)  # (call kind, wire)
    call_kind: str = ""

    def other(self, wire: Wire) -> Wire | None:
        """Another genuine response (different nonce), or None."""
        nonce = wire.get("alipay-nonce")
        pool = [w for w in self.captured[-50:] if w.get("alipay-nonce") != nonce]
        return self.rng.choice(pool) if pool else None


Mutator = Callable[[Wire, Context], Wire | None]


@dataclass(frozen=True)
class Mutation:
    name: str
    kinds: frozenset[str]  # response kinds it applies to
    apply: Mutator
    cert_only: bool = False  # alipay-sn: certificate mode only
    needs_strings: bool = False  # a body holding JSON strings (so longer than "{}")


CLASSES: dict[str, Mutation] = {}


def _register(
    name: str,
    kinds: str = "plain cipher error",
    *,
    cert_only: bool = False,
    needs_strings: bool = False,
) -> Callable[[Mutator], Mutator]:
    def add(fn: Mutator) -> Mutator:
        assert name not in CLASSES, name
        CLASSES[name] = Mutation(name, frozenset(kinds.split()), fn, cert_only, needs_strings)
        return fn

    return add


def classes_for(kinds: Sequence[str], cert_mode: bool) -> list[str]:
    """The mutation classes a mode can exercise, given the response kinds it produces."""
    return [
        name
        for name, m in CLASSES.items()
        if m.kinds & set(kinds) and (cert_mode or not m.cert_only)
    ]


def mutate(name: str, wire: Wire, ctx: Context) -> Wire | None:
    return CLASSES[name].apply(wire, ctx)


# -- small helpers -----------------------------------------------------------------------


def _other_byte(rng: random.Random, old: int) -> int:
    new = rng.randrange(255)
    return new + 1 if new >= old else new


def _set_byte(body: bytes, index: int, rng: random.Random) -> bytes:
    return body[:index] + bytes([_other_byte(rng, body[index])]) + body[index + 1 :]


def _flip_printable(text: str, rng: random.Random) -> str:
    """Flip one bit of one character so the result stays printable ASCII (a valid header)."""
    candidates = [
        (i, bit)
        for i in range(len(text))
        for bit in range(7)
        if 0x21 <= ord(text[i]) ^ (1 << bit) <= 0x7E
    ]
    i, bit = rng.choice(candidates)
    return text[:i] + chr(ord(text[i]) ^ (1 << bit)) + text[i + 1 :]


def _insert(text: str, rng: random.Random, piece: str) -> str:
    """Insert ``piece`` strictly inside ``text`` (not at either end)."""
    i = rng.randrange(1, len(text))
    return text[:i] + piece + text[i:]


def _header_mutator(name: str, fn: Callable[[str, Context], str | None]) -> Mutator:
    def apply(wire: Wire, ctx: Context) -> Wire | None:
        value = wire.get(name)
        if not value:
            return None
        new = fn(value, ctx)
        return None if new is None else wire.with_header(name, new)

    return apply


def _resign(wire: Wire, key: rsa.RSAPrivateKey, **changes: str) -> Wire:
    """Sign (timestamp, nonce, body) with ``key``; keep every other header."""
    timestamp = changes.get("timestamp") or wire.get("alipay-timestamp") or "0"
    signed = protocol.response_headers(
        wire.body,
        key,
        trace_id=wire.get("alipay-trace-id") or "forged",
        timestamp_ms=int(timestamp),
        nonce=changes.get("nonce") or wire.get("alipay-nonce") or "forged",
    )
    for header in SIGNED_HEADERS:
        wire = wire.with_header(header, signed[header])
    return wire


def _is_cipher(wire: Wire) -> bool:
    return 200 <= wire.status < 300 and wire.body.lstrip()[:1] != b"{"


_JSON_STRING = re.compile(rb'"((?:[^"\\]|\\.)+)"')


# -- body --------------------------------------------------------------------------------


@_register("body.first-byte")
def _body_first(wire: Wire, ctx: Context) -> Wire | None:
    return wire.with_body(_set_byte(wire.body, 0, ctx.rng)) if wire.body else None


@_register("body.last-byte")
def _body_last(wire: Wire, ctx: Context) -> Wire | None:
    return wire.with_body(_set_byte(wire.body, len(wire.body) - 1, ctx.rng)) if wire.body else None


@_register("body.middle-bit", needs_strings=True)  # a body longer than "{}"
def _body_middle(wire: Wire, ctx: Context) -> Wire | None:
    if len(wire.body) < 3:
        return None
    i = ctx.rng.randrange(1, len(wire.body) - 1)
    flipped = wire.body[i] ^ (1 << ctx.rng.randrange(8))
    return wire.with_body(wire.body[:i] + bytes([flipped]) + wire.body[i + 1 :])


@_register("body.json-string", "plain error", needs_strings=True)
def _body_json_string(wire: Wire, ctx: Context) -> Wire | None:
    """Change one character inside a JSON string: still valid JSON, different meaning."""
    spots = [i for m in _JSON_STRING.finditer(wire.body) for i in range(m.start(1), m.end(1))]
    spots = [i for i in spots if chr(wire.body[i]) in string.ascii_letters + string.digits]
    if not spots:
        return None
    i = ctx.rng.choice(spots)
    old = chr(wire.body[i])
    pool = string.digits if old.isdigit() else string.ascii_letters
    new = ctx.rng.choice([c for c in pool if c != old])
    return wire.with_body(wire.body[:i] + new.encode() + wire.body[i + 1 :])


@_register("body.json-value", "plain error")
def _body_json_value(wire: Wire, ctx: Context) -> Wire | None:
    """Forge the content: change a value, or add a member (``{}`` gains one)."""
    data = json.loads(wire.body)
    keys = [k for k, v in data.items() if isinstance(v, str)]
    if keys and ctx.rng.random() < 0.6:
        key = ctx.rng.choice(keys)
        data[key] = ctx.rng.choice(["3", "SUCCESS", "", data[key] + "0", "MINI_APP_AUDITING"])
    else:
        data[ctx.rng.choice(["code", "build_status", "package_id", "x"])] = "1"
    return wire.with_body(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


@_register("body.reserialize", "plain error")
def _body_reserialize(wire: Wire, ctx: Context) -> Wire | None:
    """The same JSON value spelled differently: a byte change all the same."""
    data = json.loads(wire.body)
    style = ctx.rng.randrange(4)
    if style == 0:
        text = json.dumps(data)  # ", " and ": " separators
    elif style == 1:
        text = json.dumps(data, indent=ctx.rng.choice([None, 1, 2]), sort_keys=True)
    elif style == 2:
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    else:
        text = json.dumps(dict(reversed(list(data.items()))), separators=(",", ":"))
    body = text.encode()
    if body == wire.body:
        body = b" " + body if ctx.rng.random() < 0.5 else body + b"\n"
    return wire.with_body(body)


@_register("body.whitespace")
def _body_whitespace(wire: Wire, ctx: Context) -> Wire | None:
    """Whitespace a lenient parser (JSON, or a base64 decoder) would ignore."""
    piece = ctx.rng.choice([b" ", b"\n", b"\t", b"\r\n", b"  "])
    body = wire.body
    if _is_cipher(wire):
        where = ctx.rng.choice(["start", "end", "inside", "mime"])
        if where == "mime":
            return wire.with_body(b"\n".join(body[i : i + 76] for i in range(0, len(body), 76)))
    else:
        structural = [i + 1 for i, c in enumerate(body) if c in b"{}:,[]"]
        where = ctx.rng.choice(["start", "end", "structural"])
        if where == "structural" and structural:
            i = ctx.rng.choice(structural)
            return wire.with_body(body[:i] + piece + body[i:])
    if where == "start":
        return wire.with_body(piece + body)
    if where == "end" or len(body) < 2:
        return wire.with_body(body + piece)
    i = ctx.rng.randrange(1, len(body))
    return wire.with_body(body[:i] + piece + body[i:])


@_register("body.append")
def _body_append(wire: Wire, ctx: Context) -> Wire | None:
    if _is_cipher(wire):
        extra = ctx.rng.choice([b"=", b"==", b"AAAA", b"A", base64.b64encode(bytes(16))])
    else:
        extra = ctx.rng.choice(
            [b"\x00", b"}", b"{}", b"x", b"\xff", bytes([ctx.rng.randrange(256)])]
        )
    return wire.with_body(wire.body + extra)


@_register("body.truncate")
def _body_truncate(wire: Wire, ctx: Context) -> Wire | None:
    if len(wire.body) < 2:
        return None
    n = ctx.rng.randint(1, min(4, len(wire.body) - 1))
    if _is_cipher(wire) and len(wire.body) > 24 and ctx.rng.random() < 0.5:
        n = 24  # a whole 16-byte block: still well-formed base64 of whole blocks
    if ctx.rng.random() < 0.5:
        return wire.with_body(wire.body[:-n])
    return wire.with_body(wire.body[n:])


@_register("body.empty")
def _body_empty(wire: Wire, ctx: Context) -> Wire | None:
    return wire.with_body(b"") if wire.body else None


@_register("body.substitute")
def _body_substitute(wire: Wire, ctx: Context) -> Wire | None:
    """Another genuine response's body (cut and paste), or a well-known one."""
    other = ctx.other(wire)
    choices = [b"{}", b'{"code":"SUCCESS"}', b"null"]
    if other is not None and other.body != wire.body:
        choices.append(other.body)
    body = ctx.rng.choice([c for c in choices if c != wire.body])
    return wire.with_body(body)


@_register("body.ciphertext-bit", "cipher")
def _cipher_bit(wire: Wire, ctx: Context) -> Wire | None:
    raw = bytearray(base64.b64decode(wire.body))
    i = ctx.rng.randrange(len(raw))
    raw[i] ^= 1 << ctx.rng.randrange(8)
    return wire.with_body(base64.b64encode(bytes(raw)))


@_register("body.ciphertext-block", "cipher")
def _cipher_block(wire: Wire, ctx: Context) -> Wire | None:
    """Whole AES blocks moved: duplicated, dropped, swapped (valid base64, valid length)."""
    raw = base64.b64decode(wire.body)
    blocks = [raw[i : i + 16] for i in range(0, len(raw), 16)]
    op = ctx.rng.choice(
        ["dup", "drop", "swap", "zero-first"] if len(blocks) > 1 else ["dup", "zero-first"]
    )
    if op == "dup":
        i = ctx.rng.randrange(len(blocks))
        blocks.insert(i, blocks[i])
    elif op == "drop":
        del blocks[ctx.rng.randrange(len(blocks))]
    elif op == "swap":
        i, j = ctx.rng.sample(range(len(blocks)), 2)
        blocks[i], blocks[j] = blocks[j], blocks[i]
    else:
        blocks[0] = bytes(16)
    new = base64.b64encode(b"".join(blocks))
    return None if new == wire.body else wire.with_body(new)


@_register("body.ciphertext-b64", "cipher")
def _cipher_reencode(wire: Wire, ctx: Context) -> Wire | None:
    """The same ciphertext bytes, base64 spelled otherwise (url-safe, no padding)."""
    raw = base64.b64decode(wire.body)
    choice = ctx.rng.choice(["urlsafe", "nopad", "nopad-urlsafe"])
    text = base64.urlsafe_b64encode(raw) if "urlsafe" in choice else base64.b64encode(raw)
    if "nopad" in choice:
        text = text.rstrip(b"=")
    if text == wire.body:
        text = wire.body.rstrip(b"=") if wire.body.endswith(b"=") else wire.body + b"\n"
    return wire.with_body(text)


# -- alipay-timestamp ------------------------------------------------------------------------


def _ts(fn: Callable[[str, Context], str | None]) -> Mutator:
    return _header_mutator("alipay-timestamp", fn)


_register("ts.bit-flip")(_ts(lambda v, ctx: _flip_printable(v, ctx.rng)))
_register("ts.nearby")(
    _ts(lambda v, ctx: str(int(v) + ctx.rng.choice([-1, 1]) * ctx.rng.choice([1, 7, 999, 60_000])))
)


@_register("ts.respelled")
def _ts_respelled(wire: Wire, ctx: Context) -> Wire | None:
    """The same instant (or one an int() parser reads the same) spelled otherwise."""
    value = wire.get("alipay-timestamp")
    if not value:
        return None
    forms = [
        "0" + value,
        "+" + value,
        value + ".0",
        value[:-3] + "." + value[-3:],  # seconds with a fraction
        value[:4] + "_" + value[4:],  # int() accepts underscores
        f"{int(value):.6e}",
        value[:-3],  # seconds, not milliseconds
    ]
    return wire.with_header("alipay-timestamp", ctx.rng.choice(forms))


_register("ts.truncate")(_ts(lambda v, ctx: v[: -ctx.rng.randint(1, 3)]))
_register("ts.whitespace")(_ts(lambda v, ctx: _insert(v, ctx.rng, ctx.rng.choice([" ", "\t"]))))


@_register("ts.other-response")
def _ts_other(wire: Wire, ctx: Context) -> Wire | None:
    other = ctx.other(wire)
    value = other.get("alipay-timestamp") if other else None
    if value is None or value == wire.get("alipay-timestamp"):
        value = str(int(wire.get("alipay-timestamp") or "0") - ctx.rng.randint(1, 5000))
    return wire.with_header("alipay-timestamp", value)


_register("ts.removed")(lambda wire, ctx: wire.with_header("alipay-timestamp", None))
_register("ts.empty")(lambda wire, ctx: wire.with_header("alipay-timestamp", ""))


# -- alipay-nonce ------------------------------------------------------------------------


def _nonce(fn: Callable[[str, Context], str | None]) -> Mutator:
    return _header_mutator("alipay-nonce", fn)


_register("nonce.bit-flip")(_nonce(lambda v, ctx: _flip_printable(v, ctx.rng)))
_register("nonce.case")(
    _nonce(lambda v, ctx: v.upper() if v.upper() != v else (v.lower() if v.lower() != v else None))
)
_register("nonce.truncate")(_nonce(lambda v, ctx: v[: -ctx.rng.randint(1, len(v) - 1)]))
_register("nonce.append")(
    _nonce(
        lambda v, ctx: v + ctx.rng.choice(["0", "a", "-", v[-1], "=", v[: ctx.rng.randint(1, 8)]])
    )
)
_register("nonce.whitespace")(
    _nonce(lambda v, ctx: _insert(v, ctx.rng, ctx.rng.choice([" ", "\t"])))
)


@_register("nonce.other-response")
def _nonce_other(wire: Wire, ctx: Context) -> Wire | None:
    other = ctx.other(wire)
    value = other.get("alipay-nonce") if other else None
    return wire.with_header("alipay-nonce", value) if value else None


_register("nonce.removed")(lambda wire, ctx: wire.with_header("alipay-nonce", None))
_register("nonce.empty")(lambda wire, ctx: wire.with_header("alipay-nonce", ""))


# -- alipay-signature ----------------------------------------------------------------------


def _sig(fn: Callable[[str, Context], str | None]) -> Mutator:
    return _header_mutator("alipay-signature", fn)


def _sig_bytes(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


@_register("sig.bit-flip")
def _sig_bit_flip(wire: Wire, ctx: Context) -> Wire | None:
    """One bit of the signature (decoded and re-encoded), or one base64 character."""
    value = wire.get("alipay-signature")
    if not value:
        return None
    if ctx.rng.random() < 0.5:
        raw = bytearray(_sig_bytes(value))
        raw[ctx.rng.randrange(len(raw))] ^= 1 << ctx.rng.randrange(8)
        return wire.with_header("alipay-signature", base64.b64encode(bytes(raw)).decode())
    body = value.rstrip("=")
    i = ctx.rng.randrange(len(body))
    new = ctx.rng.choice([c for c in _B64 if c != body[i]])
    return wire.with_header("alipay-signature", value[:i] + new + value[i + 1 :])


@_register("sig.truncate")
def _sig_truncate(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-signature")
    if not value:
        return None
    how = ctx.rng.choice(["chars", "bytes", "half"])
    if how == "chars":
        return wire.with_header("alipay-signature", value[: -ctx.rng.randint(1, 8)])
    if how == "bytes":
        raw = _sig_bytes(value)[: -ctx.rng.randint(1, 8)]
        return wire.with_header("alipay-signature", base64.b64encode(raw).decode())
    return wire.with_header("alipay-signature", value[: len(value) // 2])


@_register("sig.base64url")
def _sig_base64url(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-signature")
    if not value:
        return None
    text = base64.urlsafe_b64encode(_sig_bytes(value)).decode()
    if ctx.rng.random() < 0.5:
        text = text.rstrip("=")
    return None if text == value else wire.with_header("alipay-signature", text)


@_register("sig.strip-padding")
def _sig_strip_padding(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-signature")
    if not value or not value.endswith("="):
        return None
    return wire.with_header(
        "alipay-signature", value[: -ctx.rng.randint(1, len(value) - len(value.rstrip("=")))]
    )


@_register("sig.whitespace")
def _sig_whitespace(wire: Wire, ctx: Context) -> Wire | None:
    """Whitespace inside (a base64 decoder may skip it), or around (not tampering)."""
    value = wire.get("alipay-signature")
    if not value:
        return None
    piece = ctx.rng.choice([" ", "\t", "  "])
    where = ctx.rng.choice(["inside", "inside", "inside", "every-64", "around"])
    if where == "every-64":
        return wire.with_header(
            "alipay-signature", " ".join(value[i : i + 64] for i in range(0, len(value), 64))
        )
    if where == "around":  # OWS: the same field value; counted as not tampering
        return wire.with_header("alipay-signature", piece + value + piece)
    return wire.with_header("alipay-signature", _insert(value, ctx.rng, piece))


@_register("sig.non-canonical")
def _sig_non_canonical(wire: Wire, ctx: Context) -> Wire | None:
    """Set the unused low bits of the last base64 character: decodes to the same bytes."""
    value = wire.get("alipay-signature")
    if not value:
        return None
    pad = len(value) - len(value.rstrip("="))
    if pad == 0:
        return None
    i = len(value) - pad - 1
    unused = 4 if pad == 2 else 2
    index = _B64.index(value[i])
    new = _B64[(index & ~((1 << unused) - 1)) | ctx.rng.randrange(1, 1 << unused)]
    return wire.with_header("alipay-signature", value[:i] + new + value[i + 1 :])


@_register("sig.hex")
def _sig_hex(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-signature")
    return wire.with_header("alipay-signature", _sig_bytes(value).hex()) if value else None


@_register("sig.append")
def _sig_append(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-signature")
    if not value:
        return None
    extra = ctx.rng.choice(["=", "A", "AAAA", "==", value[:4]])
    if ctx.rng.random() < 0.5:
        raw = _sig_bytes(value) + bytes([ctx.rng.randrange(256)])
        return wire.with_header("alipay-signature", base64.b64encode(raw).decode())
    return wire.with_header("alipay-signature", value + extra)


@_register("sig.other-response")
def _sig_other(wire: Wire, ctx: Context) -> Wire | None:
    other = ctx.other(wire)
    value = other.get("alipay-signature") if other else None
    return wire.with_header("alipay-signature", value) if value else None


@_register("sig.duplicated")
def _sig_duplicated(wire: Wire, ctx: Context) -> Wire | None:
    """A second alipay-signature header (the same one, or another response's)."""
    value = wire.get("alipay-signature")
    if not value:
        return None
    other = ctx.other(wire)
    extra = other.get("alipay-signature") if other is not None and ctx.rng.random() < 0.5 else None
    return wire.adding_header("alipay-signature", extra or value)


_register("sig.removed")(lambda wire, ctx: wire.with_header("alipay-signature", None))
_register("sig.empty")(lambda wire, ctx: wire.with_header("alipay-signature", ""))


# -- another RSA key ---------------------------------------------------------------------


@_register("key.other-key")
def _key_other(wire: Wire, ctx: Context) -> Wire | None:
    """The genuine content, signed by a key that is not Alipay's (a generated one, the app's)."""
    return _resign(wire, ctx.rng.choice(ctx.wrong_keys))


@_register("key.forged-content")
def _key_forged(wire: Wire, ctx: Context) -> Wire | None:
    """Content of the attacker's choosing, fresh nonce and timestamp, signed by another key."""
    if _is_cipher(wire):
        body = base64.b64encode(bytes(ctx.rng.randrange(256) for _ in range(32)))
    else:
        forged = _body_json_value(wire, ctx)
        body = forged.body if forged is not None else b"{}"
    nonce = f"{ctx.rng.getrandbits(128):032x}"
    timestamp = str(int(wire.get("alipay-timestamp") or "0") + ctx.rng.randint(1, 999))
    return _resign(
        wire.with_body(body), ctx.rng.choice(ctx.wrong_keys), nonce=nonce, timestamp=timestamp
    )


# -- error responses ---------------------------------------------------------------------


@_register("error.forged-code", "error")
def _error_forged_code(wire: Wire, ctx: Context) -> Wire | None:
    """Another error code and message under the genuine signature."""
    data = json.loads(wire.body)
    data["code"] = ctx.rng.choice(
        ["SYSTEM_ERROR", "invalid-signature", "BUILD_VERSION_ALREADY_EXIST"]
    )
    data["message"] = "forged"
    return wire.with_body(json.dumps(data, separators=(",", ":")).encode())


@_register("error.forged-signature", "error")
def _error_forged_signature(wire: Wire, ctx: Context) -> Wire | None:
    """A signature that is not Alipay's: another key, another response's, or altered."""
    how = ctx.rng.choice(["key", "other", "bits"])
    if how == "key":
        return _resign(wire, ctx.rng.choice(ctx.wrong_keys))
    if how == "other":
        return _sig_other(wire, ctx)
    return _sig_bit_flip(wire, ctx)


@_register("error.unsigned-forgery", "error")
def _error_unsigned(wire: Wire, ctx: Context) -> Wire | None:
    """An error with no signature at all (allowed: raised, marked unverified)."""
    forged = _error_forged_code(wire, ctx)
    assert forged is not None
    return forged.with_header("alipay-signature", None)


# -- alipay-sn (certificate mode) ------------------------------------------------------------


def _sn(fn: Callable[[str, Context], str | None]) -> Mutator:
    return _header_mutator("alipay-sn", fn)


_register("sn.other-configured-cert", cert_only=True)(_sn(lambda v, ctx: ctx.other_sn))
_register("sn.app-cert", cert_only=True)(_sn(lambda v, ctx: ctx.app_sn))
_register("sn.root-cert", cert_only=True)(_sn(lambda v, ctx: ctx.root_sn))


@_register("sn.garbage", cert_only=True)
def _sn_garbage(wire: Wire, ctx: Context) -> Wire | None:
    value = wire.get("alipay-sn")
    if not value:
        return None
    forms = [
        f"{ctx.rng.getrandbits(128):032x}",
        value.upper(),
        value[:-1],
        value + "0",
        _flip_printable(value, ctx.rng),
        _insert(value, ctx.rng, " "),
        "null",
    ]
    return wire.with_header("alipay-sn", ctx.rng.choice([f for f in forms if f != value]))


_register("sn.removed", cert_only=True)(lambda wire, ctx: wire.with_header("alipay-sn", None))
_register("sn.empty", cert_only=True)(lambda wire, ctx: wire.with_header("alipay-sn", ""))


# -- replay --------------------------------------------------------------------------------


def _accepted(ctx: Context, keep: Callable[[str, Wire], bool]) -> list[Wire]:
    return [w for kind, w in ctx.accepted if keep(kind, w)]


@_register("replay.previous")
def _replay_previous(wire: Wire, ctx: Context) -> Wire | None:
    """The last response this client accepted, as the answer to this request."""
    return ctx.accepted[-1][1] if ctx.accepted else None


@_register("replay.older")
def _replay_older(wire: Wire, ctx: Context) -> Wire | None:
    pool = [w for _, w in ctx.accepted[:-1]]
    return ctx.rng.choice(pool) if pool else None


@_register("replay.other-operation")
def _replay_other_operation(wire: Wire, ctx: Context) -> Wire | None:
    pool = _accepted(ctx, lambda kind, w: kind != ctx.call_kind)
    return ctx.rng.choice(pool) if pool else None


@_register("replay.same-operation")
def _replay_same_operation(wire: Wire, ctx: Context) -> Wire | None:
    pool = _accepted(ctx, lambda kind, w: kind == ctx.call_kind)
    return ctx.rng.choice(pool) if pool else None


@_register("replay.verified-error", "plain cipher")
def _replay_error(wire: Wire, ctx: Context) -> Wire | None:
    """A genuine, verified error answer replayed to a request that succeeded."""
    pool = _accepted(ctx, lambda kind, w: w.status >= 400)
    return ctx.rng.choice(pool) if pool else None


@_register("replay.success-for-error", "error")
def _replay_success(wire: Wire, ctx: Context) -> Wire | None:
    """A genuine success answer replayed to a request that failed."""
    pool = _accepted(ctx, lambda kind, w: w.status < 300)
    return ctx.rng.choice(pool) if pool else None


# -- the schedule ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ScheduledMutation:
    mutation: str
    call: str  # a call kind of the battery


def schedule(
    rng: random.Random,
    *,
    calls: Mapping[str, tuple[str, bool]],
    cert_mode: bool,
    per_class: int,
) -> list[ScheduledMutation]:
    """``per_class`` mutations of every class the mode can exercise, shuffled.

    ``calls`` maps each call kind to (the response kind it produces, whether its body
    holds JSON strings); each mutation is paired with a call kind (drawn from ``rng``)
    whose response it applies to.
    """
    kinds = sorted({kind for kind, _ in calls.values()})
    plan: list[ScheduledMutation] = []
    for name in classes_for(kinds, cert_mode):
        mutation = CLASSES[name]
        fitting = sorted(
            call
            for call, (kind, strings) in calls.items()
            if kind in mutation.kinds and (strings or not mutation.needs_strings)
        )
        plan.extend(ScheduledMutation(name, rng.choice(fitting)) for _ in range(per_class))
    rng.shuffle(plan)
    return plan
