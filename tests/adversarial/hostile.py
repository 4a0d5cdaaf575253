"""A hostile HTTP server on loopback: answers that dribble, never end, inflate or redirect.

Each connection's request is read (and recorded), then the server runs a *behaviour*:
a function that writes whatever it likes to the socket. Plain sockets, not an HTTP
framework, so nothing on the server side smooths the attack out. A behaviour stops when
the client goes away (a send fails) or after ``MAX_SECONDS``.
"""

from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

Behaviour = Callable[[socket.socket], None]
MAX_SECONDS = 12.0  # old code under test gives up only when the server does


class HostileServer:
    """``with HostileServer(behaviour) as server:`` then send to ``server.url``."""

    def __init__(self, behaviour: Behaviour, *, read_request: bool = True) -> None:
        self.behaviour = behaviour
        self.read_request = read_request  # False: the behaviour speaks first (TLS)
        self.requests: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopped.set()
        self._listener.close()

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                if self.read_request:
                    self.requests.append(_read_request(conn))
                self.behaviour(conn)
            except OSError:
                pass  # the client went away: what a hostile server hopes for least


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def _head(status: str, *headers: str) -> bytes:
    return ("\r\n".join([f"HTTP/1.1 {status}", *headers]) + "\r\n\r\n").encode()


def dribble_body(every: float = 0.5) -> Behaviour:
    """A 200 that promises 100 kB and sends one byte every ``every`` seconds."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(_head("200 OK", "Content-Type: application/json", "Content-Length: 100000"))
        _dribble(conn, b"{" + b" " * 99_999, every)

    return behaviour


def dribble_headers(every: float = 0.5) -> Behaviour:
    """A status line, then a header one byte every ``every`` seconds (never finished)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        _dribble(conn, b"a" * 10_000, every)

    return behaviour


def _dribble(conn: socket.socket, data: bytes, every: float) -> None:
    ends = time.monotonic() + MAX_SECONDS
    for byte in data:
        if time.monotonic() > ends:
            return
        conn.sendall(bytes([byte]))
        time.sleep(every)


def redirect(status: int, location: str) -> Behaviour:
    def behaviour(conn: socket.socket) -> None:
        conn.sendall(_head(f"{status} Redirect", f"Location: {location}", "Content-Length: 0"))

    return behaviour


def gzip_bomb(bomb: bytes) -> Behaviour:
    """A 200 whose gzip body inflates to hundreds of megabytes."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(
            _head(
                "200 OK",
                "Content-Type: application/json",
                "Content-Encoding: gzip",
                f"Content-Length: {len(bomb)}",
            )
            + bomb
        )

    return behaviour


def endless_chunked(status: str = "200 OK") -> Behaviour:
    """A chunked body that never ends (until the client leaves or MAX_SECONDS)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(_head(status, "Content-Type: application/json", "Transfer-Encoding: chunked"))
        chunk = b"10000\r\n" + b" " * 0x10000 + b"\r\n"
        ends = time.monotonic() + MAX_SECONDS
        while time.monotonic() < ends:
            conn.sendall(chunk)

    return behaviour


def huge_unsigned(status: str = "502 Bad Gateway", length: int = 1_500_000_000) -> Behaviour:
    """An unsigned error page of ``length`` bytes (sent until the client leaves)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(_head(status, "Content-Type: text/html", f"Content-Length: {length}"))
        block = b"<p>bad gateway</p>" * 3641  # about 64 KiB
        sent = 0
        ends = time.monotonic() + MAX_SECONDS
        while sent < length and time.monotonic() < ends:
            conn.sendall(block)
            sent += len(block)

    return behaviour


def make_bomb(path: Path, inflated: int = 512 << 20) -> bytes:
    """A gzip member of ``inflated`` zero bytes (about 0.45% of it on the wire), cached."""
    if path.exists():
        return path.read_bytes()
    packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(inflated >> 20)]
    parts.append(packer.flush())
    bomb = b"".join(parts)
    path.write_bytes(bomb)
    return bomb


def huge_headers(count: int = 2000, size: int = 8000) -> Behaviour:
    """A 200 whose header block never ends in any size a client should hold."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for n in range(count):
            conn.sendall(b"X-%d: %s\r\n" % (n, b"h" * size))

    return behaviour


def encoded(content_encoding: str, body: bytes = b'{"a": 1}') -> Behaviour:
    """A 200 labelled with ``content_encoding`` (nothing the SDK asked for)."""

    def behaviour(conn: socket.socket) -> None:
        conn.sendall(
            _head(
                "200 OK",
                "Content-Type: application/json",
                f"Content-Encoding: {content_encoding}",
                f"Content-Length: {len(body)}",
            )
            + body
        )

    return behaviour


def dribble_tls_handshake(every: float = 0.4) -> Behaviour:
    """Takes the ClientHello, announces a 16 KiB handshake record and sends it one byte
    every ``every`` seconds: the TLS handshake never ends (use ``read_request=False``)."""

    def behaviour(conn: socket.socket) -> None:
        conn.recv(65536)  # the ClientHello
        conn.sendall(b"\x16\x03\x03\x40\x00")
        _dribble(conn, b"\x02" * 0x4000, every)

    return behaviour
