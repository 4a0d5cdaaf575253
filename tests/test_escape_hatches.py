"""Issue 20: per-call escape hatches, the raw view of a success, event hooks, options that
stay with their call, and retries that re-sign the same request.

The fake gateway verifies every request's signature with the emulator's own protocol code,
so a field that reaches ``seen.json`` went over the wire signed.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    InnerVersionClient,
    InvalidRequestError,
)
from alipay_innerversion.logs import CallEvent

from .helpers import FakeAlipay

FIELDS = {"app_version": "1.0.2", "bundle_id": "com.example"}


def run(
    mode: str, config: AlipayConfig, fake: FakeAlipay, method: str, *args: Any, **kw: Any
) -> Any:
    mock = httpx.MockTransport(fake)
    hooks = kw.pop("event_hooks", ())
    if mode == "sync":
        with InnerVersionClient(config, transport=mock, event_hooks=hooks) as client:
            return getattr(client, method)(*args, **kw)

    async def call() -> Any:
        async with AsyncInnerVersionClient(config, transport=mock, event_hooks=hooks) as client:
            return await getattr(client, method)(*args, **kw)

    return asyncio.run(call())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_extra_body_query_and_headers_reach_the_wire_signed(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    result = run(
        mode,
        key_config,
        fake,
        "call",
        "online_publish",
        FIELDS,
        extra_body={"new_field": {"nested": 1}},
        extra_query={"probe": "1"},
        extra_headers={"x-trace-parent": "00-abc-01"},
    )
    (seen,) = fake.seen
    assert seen.json == {**FIELDS, "new_field": {"nested": 1}}
    assert seen.query == {"probe": "1"}
    assert seen.headers["x-trace-parent"] == "00-abc-01"
    assert result.trace_id == "trace-0001"


def test_extra_query_on_a_get(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    run(
        mode,
        key_config,
        fake,
        "call",
        "last_query",
        {"bundle_id": "b", "app_origin": "o", "pid": "2088"},
        extra_query={"later_field": "x"},
    )
    assert fake.seen[0].query["later_field"] == "x"
    assert fake.seen[0].query["bundle_id"] == "b"


@pytest.mark.parametrize(
    ("extras", "message"),
    [
        ({"extra_headers": {"alipay-app-auth-token": "t"}}, "protocol sets it"),
        ({"extra_headers": {"Authorization": "x"}}, "protocol sets it"),
        ({"extra_headers": {"content-type": "text/plain"}}, "protocol sets it"),
        ({"extra_body": {"app_version": "9.9.9"}}, "field of the operation"),
        ({"extra_query": {"bundle_id": "x"}}, "field of the operation"),
    ],
)
def test_escape_hatches_never_override_the_protocol_or_the_fields(
    key_config: AlipayConfig, fake: FakeAlipay, extras: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        run("sync", key_config, fake, "call", "online_publish", FIELDS, **extras)
    assert fake.seen == []


def test_an_unknown_operation_is_a_typed_error(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    with pytest.raises(InvalidRequestError, match="not an operation"):
        run("sync", key_config, fake, "call", "no_such_op", {})


def test_the_raw_view_of_a_success(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    fake.handler = lambda seen: (200, {"build_status": "1", "later": "kept"})
    raw = run(mode, key_config, fake, "call_raw", "online_publish", FIELDS, request_id="rid-raw")
    assert raw.status_code == 200
    assert raw.headers["alipay-trace-id"] == "trace-0001"
    assert raw.trace_id == "trace-0001"
    assert raw.request_id == "rid-raw"
    assert b'"later": "kept"' in raw.body
    assert raw.result.request_id == "rid-raw"


def test_event_hooks_see_every_attempt_without_secrets(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, fast_retries: None
) -> None:
    fake.script = [(503, {"code": "SYSTEM_ERROR", "message": "busy"})]
    events: list[CallEvent] = []
    run(
        mode,
        key_config,
        fake,
        "online_publish",
        **FIELDS,
        app_auth_token="secret-token-123",
        request_id="rid-hooks",
        event_hooks=[events.append],
    )
    assert [(e.operation, e.attempt, e.http_status) for e in events] == [
        ("online_publish", 1, 503),
        ("online_publish", 2, 200),
    ]
    assert {e.request_id for e in events} == {"rid-hooks"}
    assert events[0].retry_in is not None
    assert events[1].retry_in is None
    assert events[1].trace_id == "trace-0002"
    assert "secret-token-123" not in repr(events)


def test_a_retry_re_signs_the_same_request(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, fast_retries: None
) -> None:
    fake.script = [(503, {"code": "SYSTEM_ERROR", "message": "busy"})]
    run(mode, key_config, fake, "online_publish", **FIELDS)
    first, second = fake.seen
    assert first.headers["alipay-request-id"] == second.headers["alipay-request-id"]
    assert first.wire_body == second.wire_body
    assert first.auth.nonce != second.auth.nonce
    assert first.auth.sign != second.auth.sign
    assert (first.auth.timestamp, first.auth.nonce) != (second.auth.timestamp, second.auth.nonce)


def test_per_call_options_stay_with_their_call_across_threads(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """Concurrent calls on one client, each with its own token and id, then one with
    neither: every request carries exactly its own call's options."""
    barrier = threading.Barrier(8)
    with InnerVersionClient(key_config, transport=httpx.MockTransport(fake)) as client:

        def worker(n: int) -> None:
            barrier.wait()
            client.online_publish(**FIELDS, app_auth_token=f"token-{n}", request_id=f"rid-{n}")

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.online_publish(**FIELDS)
    pairs = {
        (s.headers.get("alipay-request-id"), s.headers.get("alipay-app-auth-token"))
        for s in fake.seen[:8]
    }
    assert pairs == {(f"rid-{n}", f"token-{n}") for n in range(8)}
    last = fake.seen[8]
    assert "alipay-app-auth-token" not in last.headers
    assert last.headers["alipay-request-id"] not in {f"rid-{n}" for n in range(8)}


def test_per_call_options_stay_with_their_task(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    async def main() -> None:
        async with AsyncInnerVersionClient(
            key_config, transport=httpx.MockTransport(fake)
        ) as client:
            await asyncio.gather(
                *(
                    client.online_publish(
                        **FIELDS, app_auth_token=f"token-{n}", request_id=f"rid-{n}"
                    )
                    for n in range(8)
                )
            )
            await client.online_publish(**FIELDS)

    asyncio.run(main())
    pairs = {
        (s.headers.get("alipay-request-id"), s.headers.get("alipay-app-auth-token"))
        for s in fake.seen[:8]
    }
    assert pairs == {(f"rid-{n}", f"token-{n}") for n in range(8)}
    assert "alipay-app-auth-token" not in fake.seen[8].headers


def test_one_http_request_object_per_call(
    key_config: AlipayConfig, fake: FakeAlipay, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the request the client builds is the one signed and sent (no second
    ``httpx.Request`` rebuilt by the transport)."""
    made: list[httpx.Request] = []
    init = httpx.Request.__init__

    def counting(self: httpx.Request, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Request, "__init__", counting)
    raw = run("sync", key_config, fake, "call_raw", "online_publish", FIELDS)
    assert len(made) == 1
    assert raw.result.request_id == fake.seen[0].headers["alipay-request-id"]


def test_typed_methods_have_the_escape_hatches_and_the_raw_view(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (200, {"build_status": "1", "later": "kept"})
    result = run(
        mode,
        key_config,
        fake,
        "online_publish",
        **FIELDS,
        extra_body={"new_field": [1, 2]},
        extra_query={"probe": "2"},
        extra_headers={"x-trace-parent": "00-def-01"},
    )
    (seen,) = fake.seen
    assert seen.json == {**FIELDS, "new_field": [1, 2]}
    assert seen.query == {"probe": "2"}
    assert seen.headers["x-trace-parent"] == "00-def-01"
    assert result.raw.status_code == 200
    assert result.raw.headers["alipay-trace-id"] == result.trace_id == "trace-0001"
    assert b'"later": "kept"' in result.raw.body
    assert "extra_body" not in repr(result)


def test_typed_methods_refuse_an_extra_that_shadows_a_field(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    with pytest.raises(InvalidRequestError, match="field of the operation"):
        run("sync", key_config, fake, "online_publish", **FIELDS, extra_body={"bundle_id": "x"})
    assert fake.seen == []


@pytest.mark.parametrize(
    ("operation", "fields", "extras", "message"),
    [
        (
            "info_query",
            {"app_version": "1.0.2"},
            {"extra_body": {"new_field": "v"}},
            "extra_body cannot be sent: GET .* has no body",
        ),
        (
            "info_delete",
            {"app_version": "1.0.2", "pid": "2088000000000001", "bundle_id": "com.example"},
            {"extra_body": {"new_field": "v"}},
            "extra_body cannot be sent: DELETE .* has no body",
        ),
        ("online_publish", FIELDS, {"extra_body": {"x": object()}}, "cannot be sent as JSON"),
        ("online_publish", FIELDS, {"extra_body": {"x": float("nan")}}, "cannot be sent as JSON"),
        ("online_publish", FIELDS, {"extra_body": {"x": b"\xff"}}, "cannot be sent as JSON"),
    ],
)
def test_an_extra_that_cannot_be_sent_is_refused_before_sending(
    key_config: AlipayConfig,
    fake: FakeAlipay,
    mode: str,
    operation: str,
    fields: dict[str, Any],
    extras: dict[str, Any],
    message: str,
) -> None:
    """An extra_body on a bodiless GET/DELETE was dropped without a word; a value JSON
    cannot hold was a raw TypeError."""
    with pytest.raises(InvalidRequestError, match=message):
        run(mode, key_config, fake, "call", operation, fields, **extras)
    assert fake.seen == []


def test_a_callers_client_auth_never_replaces_the_signature(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """httpx runs a client's auth flow in send(): a corporate client with basic auth
    replaced the Alipay signature in the authorization header."""
    http = httpx.Client(transport=httpx.MockTransport(fake), auth=("corp", "secret-pw"))
    with InnerVersionClient(key_config, http_client=http) as client:
        client.online_publish(**FIELDS)
    assert fake.seen[0].headers["authorization"].startswith("ALIPAY-SHA256withRSA ")


@pytest.mark.parametrize(
    ("kind", "given"),
    [
        ("sync", {"http_client": httpx.AsyncClient()}),
        ("sync", {"transport": httpx.AsyncHTTPTransport()}),
        ("async", {"http_client": httpx.Client()}),
        ("async", {"transport": httpx.HTTPTransport()}),
    ],
)
def test_a_client_of_the_other_kind_is_refused_at_construction(
    key_config: AlipayConfig, kind: str, given: dict[str, Any]
) -> None:
    """It was accepted and failed at the first call with a raw AttributeError."""
    cls = InnerVersionClient if kind == "sync" else AsyncInnerVersionClient
    with pytest.raises(InvalidRequestError, match=r"needs .* to be an httpx"):
        cls(key_config, **given)
