"""Reading an answer: refusing redirects, decoding it, and capping its size as it arrives.

An answer is read as a stream. Its size is counted after decompression (a 1 MB gzip body
can inflate to gigabytes), and reading stops at the cap: a body past it ends the call in
:class:`~alipay_innerversion.errors.ResponseTooLargeError`, so no answer (a gzip bomb,
an endless chunked body, a huge error page) can exhaust memory. Pure: the sync and async
transports feed it the chunks they receive.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

from .errors import RedirectError, ResponseTooLargeError, TransportError, head

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "UNSIGNED_ERROR_BYTES",
    "AnswerReader",
    "open_answer",
]

DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
"""The default cap of an answer, decompressed: Alipay's answers are JSON objects of a few
kilobytes; 16 MiB leaves room for any of them."""

UNSIGNED_ERROR_BYTES = 64 * 1024
"""What is kept of an unsigned non-2xx answer (``error.body``): it is never trusted, and
only its code and message are read, so the rest is not read at all."""


def _shown_location(location: str | None) -> str:
    if not location:
        return "nowhere (no Location header)"
    if "@" in location.split("?", 1)[0]:
        scheme, _, rest = location.partition("//")
        location = f"{scheme}//***@{rest.split('@', 1)[-1]}"
    return head(repr(location), 200)


def redirected(status: int, location: str | None, trace_id: str | None) -> RedirectError:
    return RedirectError(
        f"The gateway (or a proxy in front of it) answered HTTP {status}, a redirect to "
        f"{_shown_location(location)}, which the SDK never follows: the signed request, "
        "its body and app auth token were not sent there, and the call was not made.",
        hint="Set base_url to Alipay's gateway itself (https://openapi.alipay.com, or the "
        "sandbox's); if a proxy or load balancer redirects, configure it not to (if the "
        "gateway really moved, change base_url to the new address deliberately).",
        http_status=status,
        location=location,
        trace_id=trace_id,
    )


class AnswerReader:
    """Collects one answer's body, decompressed, up to ``limit`` bytes.

    ``truncate``: past the limit, keep what was read and stop (an unsigned error, read for
    its code only); otherwise raise :class:`ResponseTooLargeError`.
    """

    __slots__ = ("_decoder", "_kept", "_limit", "_size", "_status", "_trace_id", "truncated")

    def __init__(
        self,
        *,
        status: int,
        content_encoding: str | None,
        limit: int,
        truncate: bool,
        trace_id: str | None,
    ) -> None:
        self._status = status
        self._trace_id = trace_id
        self._limit = limit
        self._size = 0
        # One buffer, not a list of chunks: a body sent as millions of tiny chunks must
        # not cost an object (and a pointer) per chunk, dozens of times its size.
        self._kept: bytes | bytearray = b""
        self._decoder = _decoder(content_encoding, trace_id)
        self.truncated: bool | None = False if truncate else None

    def feed(self, chunk: bytes) -> bool:
        """Take the next received chunk; False once no more is wanted."""
        if self._decoder is not None:
            try:
                chunk = self._decoder.decompress(chunk, self._limit - self._size + 1)
            except zlib.error:
                raise _undecodable(self._trace_id) from None
        self._size += len(chunk)
        if self._size > self._limit:
            if self.truncated is None:
                raise self._too_large()
            self._keep(chunk[: len(chunk) - (self._size - self._limit)])
            self.truncated = True
            return False
        self._keep(chunk)
        return True

    def _keep(self, chunk: bytes) -> None:
        if not self._kept:
            self._kept = chunk  # one chunk (most answers) is kept as it came, uncopied
            return
        if isinstance(self._kept, bytes):
            self._kept = bytearray(self._kept)
        self._kept += chunk

    def body(self) -> bytes:
        """The body read (what was kept of it, when truncated)."""
        if self._decoder is not None and not self.truncated:
            try:
                self.feed(self._decoder.flush())
            except zlib.error:
                raise _undecodable(self._trace_id) from None
        return self._kept if isinstance(self._kept, bytes) else bytes(self._kept)

    def _too_large(self) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"The answer (HTTP {self._status}) is larger than the client's cap of "
            f"{self._limit} bytes (max_response_bytes, counted after decompression); "
            "reading stopped there and nothing from it was trusted.",
            hint="Alipay's answers are small JSON objects: check that base_url is Alipay's "
            "gateway and that no proxy answers in its place. If you expect larger answers, "
            "give the client a larger max_response_bytes.",
            http_status=self._status,
            limit=self._limit,
            trace_id=self._trace_id,
        )


class _Decompressor:
    """zlib with a bound on each chunk's output (deflate: with or without zlib header)."""

    __slots__ = ("_gzip", "_zlib")

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._zlib: zlib._Decompress | None = None

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._zlib is None:
            wbits = zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(wbits)
            try:
                return self._zlib.decompress(data, max_length)
            except zlib.error:
                if self._gzip:
                    raise
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate
        return self._zlib.decompress(data, max_length)

    def flush(self) -> bytes:
        """What zlib still holds (at most its window: input held back by ``max_length``
        exists only past the cap, where reading already stopped)."""
        return self._zlib.flush() if self._zlib is not None else b""


def _decoder(content_encoding: str | None, trace_id: str | None) -> _Decompressor | None:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if codings in (["gzip"], ["x-gzip"], ["deflate"]):
        return _Decompressor(gzip=codings[0] != "deflate")
    raise TransportError(
        f"The answer is encoded as {head(', '.join(codings), 60)!r}, which the SDK did not "
        "ask for and does not decode (it reads plain, gzip and deflate answers).",
        hint="Check that base_url is Alipay's gateway and that no proxy re-encodes answers.",
        trace_id=trace_id,
    )


def _undecodable(trace_id: str | None) -> TransportError:
    return TransportError(
        "The answer's compressed body is corrupt (it does not decompress).",
        hint="Check that base_url is Alipay's gateway and that no proxy rewrites answers.",
        trace_id=trace_id,
    )


def open_answer(raw: httpx.Response, limit: int) -> AnswerReader:
    """The reader for an answer whose status line and headers arrived; a redirect is an
    error before any of its body is read.

    An answer already read in memory (``httpx.MockTransport``, tests) is fed whole by the
    caller, already decoded.
    """
    status, headers = raw.status_code, raw.headers
    trace_id = headers.get("alipay-trace-id")
    if 300 <= status < 400:
        raise redirected(status, headers.get("location"), trace_id)
    unsigned_error = not 200 <= status < 300 and "alipay-signature" not in headers
    return AnswerReader(
        status=status,
        content_encoding=None if raw.is_stream_consumed else headers.get("content-encoding"),
        limit=min(limit, UNSIGNED_ERROR_BYTES) if unsigned_error else limit,
        truncate=unsigned_error,
        trace_id=trace_id,
    )
