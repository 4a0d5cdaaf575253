"""Running the emulator's ASGI app with uvicorn in a background thread.

The socket is bound here (port 0 picks a free port) and handed to uvicorn, so the port
is known before the server starts and there is no race for it. Signals are left alone:
uvicorn only installs handlers in the main thread, and this runs elsewhere; the CLI
handles SIGINT/SIGTERM itself.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Any

import uvicorn

__all__ = ["ServerThread"]


class _DroppedConnectionFilter(logging.Filter):
    """Hide uvicorn's error log for connections the emulator drops on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        from .app import ConnectionDropped

        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionDropped)


def _install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DroppedConnectionFilter) for f in logger.filters):
        logger.addFilter(_DroppedConnectionFilter())


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


class ServerThread:
    """uvicorn serving ``app`` on ``host:port`` from a daemon thread."""

    def __init__(
        self, app: Any, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
    ) -> None:
        self._app = app
        self._host = host
        self._requested_port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.host = host
        self.port = port

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            raise RuntimeError("the emulator server is already started")
        _install_log_filter()
        sock = _bind(self._host, self._requested_port)
        self.host, self.port = sock.getsockname()[:2]
        config = uvicorn.Config(
            self._app,
            log_config=None,
            log_level=self._log_level,
            access_log=False,
            lifespan="off",
            http="h11",
            ws="none",
            loop="asyncio",
            server_header=False,
            timeout_graceful_shutdown=5,
        )
        server = uvicorn.Server(config)
        self._server = server

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
                self._error = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name="alipay-emulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive():
                self._thread = None
                raise RuntimeError(f"the emulator server failed to start: {self._error!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the emulator server did not start within {timeout} s")
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread (idempotent)."""
        thread, server = self._thread, self._server
        if thread is None or server is None:
            return
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)
        self._thread = None
