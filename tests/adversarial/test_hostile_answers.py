"""Hostile answers (issue 18, items 2, 3, 5 and 10): redirects, bombs, dribbles, replays.

* Redirects: whatever httpx client the caller brings (``follow_redirects=True``
  included), a 3xx is a typed :class:`RedirectError`; the redirect target never sees the
  signed request, its body or ``alipay-app-auth-token``.
* Size: a gzip bomb, an endless chunked body and a 1.5 GB unsigned 502 end in typed
  errors in a process whose address space is capped (``RLIMIT_AS``), so a regression fails
  instead of eating the machine; a 10 MB error message gives a short exception text.
* Deadlines: a loopback server dribbling one byte every half second (body or headers)
  cannot keep a ``timeout=2, max_retries=0`` call alive past about two seconds, sync or
  async; with retries, about ``(max_retries + 1) * timeout`` plus the capped backoff.
* Replays: a genuine answer accepted by one client is refused by a new client instance.

Every case adds to the figures report (``redirects``, ``bombs``, ``deadlines``,
``untyped errors``): nothing accepted, nothing untyped.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AlipayError,
    AsyncInnerVersionClient,
    InnerVersionClient,
    RedirectError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    SignatureError,
)

from ..helpers import FakeAlipay
from . import hostile
from .report import REPORT

ROOT = Path(__file__).resolve().parent.parent.parent
TOKEN = "hostile-test-app-auth-token-0001"
ARGS: dict[str, Any] = {"app_version": "1.0.2", "bundle_id": "com.example"}


def _run(client_kind: str, make: Callable[[], Any], method: str = "online_publish") -> Any:
    """One call through a new sync or async client; the call's exception propagates."""
    if client_kind == "sync":
        with make() as client:
            return getattr(client, method)(**ARGS, app_auth_token=TOKEN)

    async def call() -> Any:
        async with make() as client:
            return await getattr(client, method)(**ARGS, app_auth_token=TOKEN)

    return asyncio.run(call())


def _outcome(figure_tried: str, figure_bad: str, call: Callable[[], Any]) -> AlipayError:
    """Run ``call``; count it; return the typed error it must end in."""
    REPORT.add(figure_tried)
    try:
        call()
    except AlipayError as error:
        return error
    except BaseException:
        REPORT.add("untyped_errors")
        raise
    REPORT.add(figure_bad)
    raise AssertionError("the hostile answer was accepted")


# -- redirects ---------------------------------------------------------------------------------


class _TwoHosts:
    """``openapi.alipay.com`` redirects to ``evil.example``, which answers like Alipay."""

    def __init__(self, fake: FakeAlipay, status: int) -> None:
        self.fake = fake
        self.status = status
        self.at_target: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "openapi.alipay.com":
            return httpx.Response(
                self.status, headers={"location": "https://user:pw@evil.example/steal"}
            )
        self.at_target.append(request)
        return self.fake(request)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_redirect_is_never_followed_even_by_a_following_client(
    key_config: AlipayConfig, fake: FakeAlipay, status: int, client_kind: str
) -> None:
    hosts = _TwoHosts(fake, status)
    mock = httpx.MockTransport(hosts)
    if client_kind == "sync":
        http: Any = httpx.Client(follow_redirects=True, transport=mock)
        make: Callable[[], Any] = lambda: InnerVersionClient(  # noqa: E731
            key_config, max_retries=2, http_client=http
        )
    else:
        http = httpx.AsyncClient(follow_redirects=True, transport=mock)
        make = lambda: AsyncInnerVersionClient(  # noqa: E731
            key_config, max_retries=2, http_client=http
        )
    error = _outcome("redirects_tried", "redirects_followed", lambda: _run(client_kind, make))
    if hosts.at_target:
        REPORT.add("redirects_followed")
    assert hosts.at_target == []  # no signed request, body or token reached evil.example
    assert isinstance(error, RedirectError)
    assert error.http_status == status
    assert error.location == "https://user:pw@evil.example/steal"
    text = str(error)
    assert f"HTTP {status}" in text
    assert "evil.example" in text
    assert "never follows" in text
    assert "pw@" not in text  # credentials in a Location are not repeated
    assert "base_url" in text  # what to do


def test_the_transport_under_a_following_client_refuses_the_redirect(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """The generated client's way in: ``AlipayTransport`` inside the caller's own
    ``httpx.Client(follow_redirects=True)``."""
    from alipay_innerversion.transport import AlipayTransport

    hosts = _TwoHosts(fake, 307)
    transport = AlipayTransport(
        key_config, transport=httpx.MockTransport(hosts), retry=RetryPolicy(max_retries=0)
    )
    with httpx.Client(
        base_url=key_config.base_url, transport=transport, follow_redirects=True
    ) as http:
        error = _outcome(
            "redirects_tried",
            "redirects_followed",
            lambda: http.post("/v3/alipay/open/mini/innerversion/sync", json={"a": "1"}),
        )
    assert isinstance(error, RedirectError)
    assert hosts.at_target == []


def test_a_redirect_over_real_http_is_refused(key_config: AlipayConfig) -> None:
    """Over loopback, to a plain-http host the SDK would never accept as base_url."""
    with hostile.HostileServer(hostile.redirect(307, "http://example.com/v3")) as server:
        config = key_config.replace(base_url=server.url)
        error = _outcome(
            "redirects_tried",
            "redirects_followed",
            lambda: _run("sync", lambda: InnerVersionClient(config, max_retries=0)),
        )
    assert isinstance(error, RedirectError)
    assert "http://example.com/v3" in str(error)
    assert len(server.requests) == 1


# -- size caps ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def bomb_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.getbasetemp() / "bomb.gz"
    hostile.make_bomb(path)
    return path


capped = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc: Linux only"
)


@capped
@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        ("bomb", "ResponseTooLargeError"),
        ("endless", "ResponseTooLargeError"),
        ("endless-502", "ServerError"),
        ("huge-502", "ServerError"),
    ],
)
@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_hostile_bodies_cannot_exhaust_memory(
    bomb_file: Path, scenario: str, expected: str, client_kind: str
) -> None:
    """In a process capped at its size plus 256 MiB: typed errors, short texts, a capped
    ``error.body``; the old code (reading answers whole, inflated) dies of MemoryError."""
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONDONTWRITEBYTECODE": "1"}
    REPORT.add("bombs_tried")
    done = subprocess.run(
        [sys.executable, "-m", "tests.adversarial.capped", scenario, client_kind, str(bomb_file)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    assert lines, f"the capped process printed nothing (exit {done.returncode}): {done.stderr}"
    result = json.loads(lines[-1])
    if result["outcome"] == "accepted":
        REPORT.add("bombs_accepted")
    elif result["outcome"] == "untyped":
        REPORT.add("untyped_errors")
    assert result["outcome"] == "typed", result
    assert result["class"] == expected
    assert result["text_length"] < 1500
    assert result["body_length"] <= 64 * 1024


def test_a_huge_error_message_gives_a_short_exception_text(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """A signed 10 MB error message: the code, the message's head and the trace id stay."""
    fake.handler = lambda seen: (
        400,
        {"code": "INVALID_PARAMETER", "message": "bad " + "x" * 10_000_000},
    )
    make = lambda: InnerVersionClient(  # noqa: E731
        key_config, max_retries=0, transport=httpx.MockTransport(fake)
    )
    error = _outcome("bombs_tried", "bombs_accepted", lambda: _run("sync", make))
    text = str(error)
    assert len(text) < 2000
    assert "INVALID_PARAMETER" in text
    assert "bad xxx" in text
    assert "trace-0001" in text
    assert "more characters cut" in text
    assert len(repr(error)) < 2000


def test_the_answer_cap_is_configurable_and_counted_inflated(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """``max_response_bytes``: a genuine answer just over a small cap is refused, typed."""
    from alipay_innerversion import ResponseTooLargeError

    fake.handler = lambda seen: (200, {"build_status": "1", "pad": "p" * 5000})
    make = lambda: InnerVersionClient(  # noqa: E731
        key_config, max_retries=2, transport=httpx.MockTransport(fake), max_response_bytes=4096
    )
    error = _outcome("bombs_tried", "bombs_accepted", lambda: _run("sync", make))
    assert isinstance(error, ResponseTooLargeError)
    assert error.limit == 4096
    assert "max_response_bytes" in str(error)
    assert len(fake.seen) == 1  # not retried: the same request gets the same answer


class _TinyChunks(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers with a body of ``count`` chunks of two bytes each, made as they are read."""

    def __init__(self, count: int) -> None:
        self.count = count

    def _chunks(self) -> Iterator[bytes]:
        for n in range(self.count):
            yield b"%02d" % (n % 100)  # a new object each time, as off the network

    def _response(self, request: httpx.Request, stream: Any) -> httpx.Response:
        headers = {"content-type": "application/json"}
        return httpx.Response(200, headers=headers, stream=stream, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._response(request, _SyncChunks(self))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._response(request, _AsyncChunks(self))


class _SyncChunks(httpx.SyncByteStream):
    def __init__(self, source: _TinyChunks) -> None:
        self.source = source

    def __iter__(self) -> Iterator[bytes]:
        return self.source._chunks()


class _AsyncChunks(httpx.AsyncByteStream):
    def __init__(self, source: _TinyChunks) -> None:
        self.source = source

    async def __aiter__(self) -> Any:
        for chunk in self.source._chunks():
            yield chunk


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_body_of_tiny_chunks_costs_its_size_not_an_object_each(
    key_config: AlipayConfig, client_kind: str
) -> None:
    """Before: the reader kept a list of chunks, so a body sent as two-byte chunks (a
    chunked answer can be cut as small as the server likes) took about 20 times its size:
    an answer under the 16 MiB cap could cost hundreds of MiB. The allocations of the
    read are measured (``tracemalloc``), not timed."""
    import tracemalloc

    count = 250_000  # 500 kB of body
    cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
    make = lambda: cls(key_config, max_retries=0, transport=_TinyChunks(count))  # noqa: E731
    tracemalloc.start()
    try:
        error = _outcome("bombs_tried", "bombs_accepted", lambda: _run(client_kind, make))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, SignatureError)  # read whole, then refused: it is unsigned
    assert peak < 12 * count, f"reading 500 kB in tiny chunks peaked at {peak / 1e6:.1f} MB"


# -- deadlines ---------------------------------------------------------------------------------

SLACK = 3.0  # seconds past the deadline allowed for scheduling on a loaded machine (a
# dribbling server without the deadline keeps a call alive for minutes)


@pytest.mark.parametrize("behaviour", ["body", "headers"])
@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_dribbling_server_cannot_outlast_the_timeout(
    key_config: AlipayConfig, behaviour: str, client_kind: str
) -> None:
    dribble = hostile.dribble_body() if behaviour == "body" else hostile.dribble_headers()
    with hostile.HostileServer(dribble) as server:
        config = key_config.replace(base_url=server.url)
        cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
        started = time.monotonic()
        error = _outcome(
            "deadlines_tried",
            "deadlines_overrun",
            lambda: _run(client_kind, lambda: cls(config, timeout=2, max_retries=0)),
        )
        elapsed = time.monotonic() - started
    if elapsed > 2 + SLACK:
        REPORT.add("deadlines_overrun")
    assert isinstance(error, RequestTimeoutError)
    assert elapsed < 2 + SLACK, f"the call lasted {elapsed:.1f} s"
    assert "timeout of 2 s" in str(error)
    assert error.request_id
    assert error.request_id in str(error)


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_the_deadline_holds_with_the_callers_own_http_client(
    key_config: AlipayConfig, client_kind: str
) -> None:
    """``http_client=`` (proxies, TLS): its connections obey the attempt deadline too."""
    with hostile.HostileServer(hostile.dribble_headers()) as server:
        config = key_config.replace(base_url=server.url)
        if client_kind == "sync":
            http: Any = httpx.Client()
            make: Callable[[], Any] = lambda: InnerVersionClient(  # noqa: E731
                config, timeout=2, max_retries=0, http_client=http
            )
        else:
            http = httpx.AsyncClient()
            make = lambda: AsyncInnerVersionClient(  # noqa: E731
                config, timeout=2, max_retries=0, http_client=http
            )
        started = time.monotonic()
        error = _outcome("deadlines_tried", "deadlines_overrun", lambda: _run(client_kind, make))
        elapsed = time.monotonic() - started
        # the caller's own client is the caller's to close (the SDK never closes it)
        if isinstance(http, httpx.AsyncClient):
            asyncio.run(http.aclose())
        else:
            http.close()
    if elapsed > 2 + SLACK:
        REPORT.add("deadlines_overrun")
    assert isinstance(error, RequestTimeoutError)
    assert elapsed < 2 + SLACK, f"the call lasted {elapsed:.1f} s"


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_tls_handshake_sent_a_byte_at_a_time_cannot_outlast_the_timeout(
    key_config: AlipayConfig, client_kind: str
) -> None:
    """Connecting includes the TLS handshake: a server dribbling it (held)."""
    behaviour = hostile.dribble_tls_handshake()
    with hostile.HostileServer(behaviour, read_request=False) as server:
        config = key_config.replace(base_url=server.url.replace("http://", "https://"))
        cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
        started = time.monotonic()
        error = _outcome(
            "deadlines_tried",
            "deadlines_overrun",
            lambda: _run(client_kind, lambda: cls(config, timeout=2, max_retries=0)),
        )
        elapsed = time.monotonic() - started
    if elapsed > 2 + SLACK:
        REPORT.add("deadlines_overrun")
    assert isinstance(error, RequestTimeoutError)
    assert elapsed < 2 + SLACK, f"the call lasted {elapsed:.1f} s"
    if client_kind == "async":
        # httpcore leaves the socket of a connection cancelled in the middle of its TLS
        # handshake to the garbage collector (asyncio then warns "unclosed transport"):
        # collected here, so the warning is not blamed on whichever test runs next.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_with_retries_each_attempt_has_the_deadline(
    key_config: AlipayConfig, client_kind: str, fast_retries: None
) -> None:
    with hostile.HostileServer(hostile.dribble_body()) as server:
        config = key_config.replace(base_url=server.url)
        cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
        started = time.monotonic()
        error = _outcome(
            "deadlines_tried",
            "deadlines_overrun",
            lambda: _run(client_kind, lambda: cls(config, timeout=1, max_retries=1)),
        )
        elapsed = time.monotonic() - started
    if elapsed > 2 + SLACK:
        REPORT.add("deadlines_overrun")
    assert isinstance(error, RequestTimeoutError)
    assert len(server.requests) == 2
    assert elapsed < 2 * 1 + SLACK, f"the call lasted {elapsed:.1f} s"


# -- the replay record -------------------------------------------------------------------------


class _Recorder:
    """Answers with ``fake`` and records the answer; replays the first one when told."""

    def __init__(self, fake: FakeAlipay) -> None:
        self.fake = fake
        self.recorded: httpx.Response | None = None
        self.replay = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.replay and self.recorded is not None:
            return httpx.Response(
                self.recorded.status_code,
                headers=self.recorded.headers,
                content=self.recorded.content,
            )
        response = self.fake(request)
        self.recorded = response
        return response


@pytest.fixture
def recorder(fake: FakeAlipay) -> Iterator[_Recorder]:
    return _Recorder(fake)


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_new_client_refuses_an_answer_another_client_accepted(
    key_config: AlipayConfig, recorder: _Recorder, client_kind: str
) -> None:
    mock = httpx.MockTransport(recorder)
    first = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
    _run(client_kind, lambda: first(key_config, max_retries=0, transport=mock))
    recorder.replay = True
    error = _outcome(
        "mutations_tried",
        "mutations_accepted",
        lambda: _run(client_kind, lambda: first(key_config, max_retries=0, transport=mock)),
    )
    assert isinstance(error, SignatureError)
    assert error.check == "replay"
    assert "in this process" in str(error)


def test_the_shared_record_keeps_a_server_error_typed(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """An unsigned 502 (a proxy's page) is still a retryable ServerError, body capped."""
    fake.sign_errors = False
    fake.handler = lambda seen: (502, b"<html>" + b"x" * 200_000 + b"</html>")
    make = lambda: InnerVersionClient(  # noqa: E731
        key_config, max_retries=0, transport=httpx.MockTransport(fake)
    )
    error = _outcome("bombs_tried", "bombs_accepted", lambda: _run("sync", make))
    assert isinstance(error, ServerError)
    assert len(error.body) <= 64 * 1024
    assert len(str(error)) < 1500


# -- through a proxy (qa of issue 18) ----------------------------------------------------------


@pytest.mark.parametrize("how", ["environment", "http_client"])
@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_proxy_is_bound_by_the_deadline_and_never_redirects(
    key_config: AlipayConfig, monkeypatch: pytest.MonkeyPatch, how: str, client_kind: str
) -> None:
    """The default client reads ``HTTP_PROXY`` (README, Proxies) and a caller's client may
    carry ``proxy=``: a proxy that dribbles its answer cannot stretch the attempt, and one
    that redirects is refused, as the gateway itself would be."""
    config = key_config.replace(base_url="http://127.0.0.1:9")  # reached only via the proxy
    cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
    http_cls = httpx.Client if client_kind == "sync" else httpx.AsyncClient

    def make(proxy: str) -> Callable[[], Any]:
        if how == "environment":
            monkeypatch.setenv("HTTP_PROXY", proxy)
            return lambda: cls(config, timeout=2, max_retries=0)
        return lambda: cls(config, timeout=2, max_retries=0, http_client=http_cls(proxy=proxy))

    with hostile.HostileServer(hostile.dribble_headers()) as proxy:
        started = time.monotonic()
        error = _outcome(
            "deadlines_tried", "deadlines_overrun", lambda: _run(client_kind, make(proxy.url))
        )
        elapsed = time.monotonic() - started
        assert proxy.requests[0].startswith(b"POST http://127.0.0.1:9/v3/")
    assert isinstance(error, RequestTimeoutError)
    assert elapsed < 2 + SLACK, f"the call lasted {elapsed:.1f} s"
    with hostile.HostileServer(hostile.redirect(307, "http://example.com/v3")) as proxy:
        error = _outcome(
            "redirects_tried", "redirects_followed", lambda: _run(client_kind, make(proxy.url))
        )
    assert isinstance(error, RedirectError)


@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_a_proxy_variable_the_sdk_cannot_use_is_a_config_error(
    key_config: AlipayConfig, monkeypatch: pytest.MonkeyPatch, client_kind: str
) -> None:
    """Before: the default client's constructor raised httpx's raw ``ValueError`` (an
    unknown scheme) or ``ImportError`` (SOCKS without ``socksio``)."""
    from alipay_innerversion import ConfigError

    monkeypatch.setenv("HTTPS_PROXY", "ftp://user:S3cretProxyPw@proxy.example:21")
    cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
    with pytest.raises(ConfigError) as raised:
        cls(key_config)
    assert "HTTPS_PROXY" in str(raised.value)
    assert "S3cretProxyPw" not in str(raised.value) + repr(raised.value)


# -- headers and encodings (qa of issue 18) ----------------------------------------------------


@pytest.mark.parametrize(
    "scenario", ["huge-headers", "gzip, gzip", "deflate, gzip", "br", "zstd", "compress"]
)
@pytest.mark.parametrize("client_kind", ["sync", "async"])
def test_huge_headers_and_stacked_or_unasked_encodings_end_typed(
    key_config: AlipayConfig, scenario: str, client_kind: str
) -> None:
    """A header block of 16 MB, and bodies in stacked encodings (a bomb in a bomb) or ones
    the SDK never asked for (``br``, ``zstd``): a typed TransportError, nothing decoded."""
    from alipay_innerversion import TransportError

    behaviour = hostile.huge_headers() if scenario == "huge-headers" else hostile.encoded(scenario)
    with hostile.HostileServer(behaviour) as server:
        config = key_config.replace(base_url=server.url)
        cls = InnerVersionClient if client_kind == "sync" else AsyncInnerVersionClient
        error = _outcome(
            "bombs_tried",
            "bombs_accepted",
            lambda: _run(client_kind, lambda: cls(config, timeout=5, max_retries=0)),
        )
    assert isinstance(error, TransportError)
    assert len(str(error)) < 1000


# -- timeouts that cannot be deadlines (qa of issue 18) ----------------------------------------


@pytest.mark.parametrize(
    "timeout",
    [
        float("inf"),
        1e12,
        httpx.Timeout(1e12),
        httpx.Timeout(5, read=float("inf")),
        httpx.Timeout(None),
    ],
)
@pytest.mark.parametrize("where", ["client", "call", "extensions"])
def test_a_timeout_too_large_to_be_a_deadline_is_refused_before_sending(
    key_config: AlipayConfig, fake: FakeAlipay, timeout: Any, where: str
) -> None:
    """Before: ``timeout=float("inf")`` (or 1e12 s) reached the socket of a sync call as a
    raw ``OverflowError``; a deadline is finite and at most a day."""
    from alipay_innerversion import InvalidRequestError

    from ..helpers import request_extensions

    if where != "client" and isinstance(timeout, httpx.Timeout):
        pytest.skip("per-call timeouts are numbers")
    mock = httpx.MockTransport(fake)

    def attempt() -> None:
        if where == "client":
            InnerVersionClient(key_config, transport=mock, timeout=timeout)
        with InnerVersionClient(key_config, transport=mock) as client:
            if where == "call":
                client.online_publish(**ARGS, timeout=timeout)
            request_extensions(timeout=timeout)  # for a request sent by one's own httpx client

    REPORT.add("deadlines_tried")
    with pytest.raises(InvalidRequestError) as raised:
        attempt()
    assert "timeout" in str(raised.value)
    assert fake.seen == []
