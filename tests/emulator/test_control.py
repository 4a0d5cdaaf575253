"""The control routes a test in another process drives the emulator with: each answers
what the ``Emulator`` method it stands for answers (records and snapshots as JSON, the
same checks, the same refusals), and no answer holds a key or a token.

The guard of these routes (foreign ``Host``/``Origin``, non-JSON POSTs, body cap) is tested
with the other attacks on the emulator as a service, in ``test_service.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayApiError, AlipayConfig, TransportError
from alipay_innerversion.emulator import Emulator, RejectedRequest, RequestRecord

from ..conftest import Keys
from ..helpers import request_extensions
from .conftest import vector_emulator
from .support import MINI, QUERY, UPGRADE, UPLOAD, build, signed_http, upload_body

TOKEN = "202501BBcontrol-secret-token"
UPGRADE_BODY = {"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}


@pytest.fixture(scope="module")
def server(keys: Keys) -> Iterator[Emulator]:
    """Content encryption and a valid app auth token: secrets an answer could leak."""
    with vector_emulator(keys, encrypt_key=keys.encrypt_key_b64, app_auth_tokens=[TOKEN]) as emu:
        yield emu


@pytest.fixture
def emu(server: Emulator) -> Iterator[Emulator]:
    server.reset()
    yield server
    server.reset()


@pytest.fixture
def control(emu: Emulator) -> Iterator[httpx.Client]:
    """Plain HTTP to the control routes, as another process sends it."""
    with httpx.Client(base_url=f"{emu.base_url}/__emulator__", trust_env=False) as http:
        yield http


@pytest.fixture
def config(emu: Emulator) -> AlipayConfig:
    return emu.client_config()


def _upgrade(config: AlipayConfig, request_id: str, *, timeout: float = 10.0, **body: str) -> None:
    with signed_http(config, timeout=timeout) as http:
        http.post(
            UPGRADE,
            json={**UPGRADE_BODY, **body},
            extensions=request_extensions(request_id=request_id, app_auth_token=TOKEN),
        )


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def _refused(response: httpx.Response, status: int = 400) -> str:
    assert response.status_code == status, response.text
    error: str = response.json()["error"]
    return error


# -- the request log ------------------------------------------------------------------------


def test_the_request_log_is_the_emulators_as_json(
    emu: Emulator, config: AlipayConfig, control: httpx.Client, keys: Keys
) -> None:
    _upgrade(config, "rid-a")
    emu.inject("500")
    with pytest.raises(AlipayApiError, match="unknow-error"):
        _upgrade(config, "rid-b", mini_app_id="2021004100000002")
    with httpx.Client(base_url=emu.base_url) as raw:  # refused: no signature at all
        raw.post(UPGRADE, json=UPGRADE_BODY, headers={"alipay-request-id": "rid-c"})

    accepted = _ok(control.get("/requests/accepted"))["requests"]
    assert [RequestRecord(**record) for record in accepted] == emu.accepted()
    first = accepted[0]
    assert (first["operation"], first["request_id"], first["app_id"]) == (
        "upgrade",
        "rid-a",
        keys.app_id,
    )
    assert first["body"] == UPGRADE_BODY  # the verified body, decrypted
    assert (first["encrypted"], first["applied"], first["status"]) == (True, True, 200)
    assert [r["applied"] for r in accepted] == [True, False]
    assert accepted[1]["fault"] == "500"

    applied = _ok(control.get("/requests/applied"))["requests"]
    assert [RequestRecord(**record) for record in applied] == emu.applied()
    assert [r["request_id"] for r in applied] == ["rid-a"]

    rejected = _ok(control.get("/requests/rejected"))["requests"]
    assert [RejectedRequest(**record) for record in rejected] == emu.rejected()
    [refusal] = rejected
    assert (refusal["request_id"], refusal["status"]) == ("rid-c", 401)
    assert refusal["code"].startswith("missing-")
    assert refusal["message"]


@pytest.mark.parametrize(
    ("which", "query", "expected"),
    [
        ("accepted", {"request_id": "rid-b"}, ["rid-b"]),
        ("accepted", {"operation": "upgrade", "app_id": "2021000000000001"}, ["rid-a", "rid-b"]),
        ("accepted", {"operation": "sync"}, []),
        ("accepted", {"app_id": "2021000000000999"}, []),
        ("applied", {"request_id": "rid-b"}, ["rid-b"]),
        ("applied", {"request_id": "rid-a", "operation": "sync"}, []),
        ("rejected", {"operation": "upgrade"}, ["rid-c"]),
        ("rejected", {"request_id": "rid-a"}, []),
    ],
)
def test_the_request_log_is_filtered_as_the_methods_filter(
    emu: Emulator,
    config: AlipayConfig,
    control: httpx.Client,
    which: str,
    query: dict[str, str],
    expected: list[str],
) -> None:
    _upgrade(config, "rid-a")
    _upgrade(config, "rid-b", mini_app_id="2021004100000002")
    with httpx.Client(base_url=emu.base_url) as raw:
        raw.post(UPGRADE, json=UPGRADE_BODY, headers={"alipay-request-id": "rid-c"})
    found = _ok(control.get(f"/requests/{which}", params=query))["requests"]
    assert [record["request_id"] for record in found] == expected
    assert len(found) == len(getattr(emu, which)(**query))


def test_a_misspelt_filter_is_refused_not_ignored(control: httpx.Client) -> None:
    error = _refused(control.get("/requests/accepted", params={"operations": "upgrade"}))
    assert "operations" in error
    assert "operation, app_id, request_id" in error


def test_wait_idle_returns_once_a_request_the_client_gave_up_on_is_logged(
    emu: Emulator, config: AlipayConfig, control: httpx.Client
) -> None:
    emu.faults.slow_seconds = 0.5
    emu.inject("slow")
    with pytest.raises(TransportError):
        _upgrade(config, "rid-slow", timeout=0.1)  # gone before the answer
    assert _ok(control.post("/wait-idle", json={"timeout": 10})) == {"idle": True}
    assert [r.request_id for r in emu.applied()] == ["rid-slow"]
    for bad in ({"timeout": -1}, {"timeout": 61}, {"timeout": "5"}, {"settle": True}):
        assert "seconds" in _refused(control.post("/wait-idle", json=bad))


# -- reset, settings, faults, builds --------------------------------------------------------


def test_reset_is_the_emulators_reset(
    emu: Emulator, config: AlipayConfig, control: httpx.Client
) -> None:
    _upgrade(config, "rid-a")
    emu.review = "pending"
    emu.faults.latency = 0.01
    emu.inject("503")
    assert _ok(control.post("/reset", json={})) == {"reset": True}
    assert (emu.accepted(), emu.mini_apps(), emu.faults.pending()) == ([], {}, ())
    assert (emu.review, emu.faults.latency) == ("approve", 0.0)
    assert _ok(control.post("/reset", content=b"", headers={"content-type": "application/json"}))
    assert _refused(control.post("/reset", json=[1])) == "the body must be a JSON object"


def test_settings_read_and_change_what_the_attributes_do(
    emu: Emulator, control: httpx.Client
) -> None:
    shown = _ok(control.get("/settings"))
    assert shown == {
        "review": "approve",
        "reject_reason": emu.reject_reason,
        "require_gray": False,
        "dedupe": True,
        "accept_unknown_fields": False,
        "faults": {
            "latency": 0.0,
            "drop_rate": 0.0,
            "drop_after_rate": 0.0,
            "error_rate": 0.0,
            "error_status": 503,
            "rate_limit_rate": 0.0,
            "slow_rate": 0.0,
            "retry_after": None,
            "slow_seconds": 1.0,
            "seed": None,
        },
    }
    changed = _ok(
        control.post(
            "/settings",
            json={
                "accept_unknown_fields": True,
                "review": "reject",
                "reject_reason": "logo unclear",
                "require_gray": True,
                "dedupe": False,
                "faults": {"slow_seconds": 0.25, "retry_after": 2, "error_status": 500},
            },
        )
    )
    assert (emu.accept_unknown_fields, emu.review, emu.reject_reason) == (
        True,
        "reject",
        "logo unclear",
    )
    assert (emu.require_gray, emu.dedupe) == (True, False)
    assert (emu.faults.slow_seconds, emu.faults.retry_after, emu.faults.error_status) == (
        0.25,
        2.0,
        500,
    )
    assert changed == _ok(control.get("/settings"))
    assert changed["faults"]["slow_seconds"] == 0.25
    assert _ok(control.post("/settings", json={"faults": {"retry_after": None}}))
    assert emu.faults.retry_after is None


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"review": "maybe"}, "review must be one of approve, reject, pending"),
        ({"review": 1}, "review must be a string"),
        ({"accept_unknown_fields": "true"}, "accept_unknown_fields must be true or false"),
        ({"dedupe": 0}, "dedupe must be true or false"),
        ({"reveiw": "reject"}, "unknown setting(s) reveiw"),
        ({"faults": {"slow_seconds": -1}}, "slow_seconds must be a non-negative number"),
        ({"faults": {"slow_seconds": "1"}}, "faults.slow_seconds must be a number"),
        ({"faults": {"error_rate": 2}}, "error_rate must be between 0 and 1"),
        ({"faults": {"error_status": 404}}, "error_status must be 500 or 503"),
        ({"faults": {"error_status": 503.0}}, "faults.error_status must be a number"),
        ({"faults": {"latency": None}}, "faults.latency must be a number"),
        ({"faults": {"slow": 1}}, "unknown fault setting(s) slow"),
        ({"faults": [1]}, "faults must be a JSON object"),
    ],
)
def test_a_refused_setting_changes_nothing(
    emu: Emulator, control: httpx.Client, given: dict[str, Any], said: str
) -> None:
    before = _ok(control.get("/settings"))
    # with a valid setting beside it: checked whole before any of it applies
    error = _refused(control.post("/settings", json={"require_gray": True, **given}))
    assert said in error
    assert _ok(control.get("/settings")) == before
    assert emu.require_gray is False


def test_faults_are_injected_as_emulator_inject_injects_them(
    emu: Emulator, config: AlipayConfig, control: httpx.Client
) -> None:
    assert _ok(control.post("/faults/inject", json={"faults": ["503", "ok"]})) == {
        "pending": ["503", "ok"]
    }
    assert emu.faults.pending() == ("503", "ok")
    with pytest.raises(AlipayApiError, match=r"SYSTEM_ERROR|unknow-error"):
        _upgrade(config, "rid-a")
    assert _ok(control.get("/faults")) == {"pending": ["ok"], "injected": {"503": 1}}

    with pytest.raises(ValueError, match="unknown fault kind") as direct:
        emu.inject("404")
    assert _refused(control.post("/faults/inject", json={"faults": ["404"]})) == str(direct.value)
    for bad in ({}, {"faults": "503"}, {"faults": [503]}):
        assert "list of fault kinds" in _refused(control.post("/faults/inject", json=bad))
    assert emu.faults.pending() == ("ok",)


def test_a_scripted_build_failure_fails_the_next_build(
    emu: Emulator, config: AlipayConfig, control: httpx.Client
) -> None:
    assert _ok(control.post("/build-failures", json={"reason": "pages is empty"})) == {
        "scripted": True
    }
    with signed_http(config) as http:
        uploaded = http.post(UPLOAD, json=upload_body("1.0.0")).json()
        for _ in range(5):
            state = http.get(QUERY, params={"build_package_id": uploaded["package_id"]}).json()
        assert (state["build_status"], state["need_rotation"]) == ("3", "false")
        assert "pages is empty" in json.dumps(state)
        build(http, "1.0.1")  # queued once: the next build succeeds
    assert _ok(control.post("/build-failures", json={}))  # the method's default reason
    assert emu.platform.build_failures[-1] == "scripted build failure"
    for bad in ({"reason": ""}, {"reason": 5}):
        assert "reason" in _refused(control.post("/build-failures", json=bad))


# -- the platform's state -------------------------------------------------------------------


def test_a_mini_programs_state_is_the_snapshot_as_json(
    emu: Emulator, config: AlipayConfig, control: httpx.Client
) -> None:
    with signed_http(config) as http:
        build(http, "1.0.0")
    _upgrade(config, "rid-a", mini_app_id="2021004100000002")
    state = _ok(control.get(f"/mini-apps/{MINI}"))
    assert state["versions"]["1.0.0"]["status"] == "INIT"
    assert state["versions"]["1.0.0"]["build_status"] == "2"
    assert state["bundles"]["com.alipay.alipaywallet"]["versions"].keys() == {"1.0.0"}
    assert state == json.loads(json.dumps(_ok(control.get("/mini-apps"))["mini_apps"][MINI]))
    assert _ok(control.get("/mini-apps/2021004100000002"))["upgrade_count"] == 1
    assert set(_ok(control.get("/mini-apps"))["mini_apps"]) == set(emu.mini_apps())

    missing = _refused(control.get("/mini-apps/2021004199999999"), 404)
    assert missing == "mini program 2021004199999999 is unknown to app 2021000000000001"
    other = control.get(f"/mini-apps/{MINI}", params={"app_id": "2021000000000999"})
    assert "unknown to app 2021000000000999" in _refused(other, 404)
    assert _ok(control.get("/mini-apps", params={"app_id": "2021000000000999"})) == {
        "mini_apps": {}
    }


# -- secrets --------------------------------------------------------------------------------


def test_no_answer_holds_a_key_or_a_token(
    emu: Emulator, config: AlipayConfig, control: httpx.Client, keys: Keys
) -> None:
    with signed_http(config) as http:
        build(http, "1.0.0")
    _upgrade(config, "rid-a")
    with httpx.Client(base_url=emu.base_url) as raw:
        raw.post(UPGRADE, json=UPGRADE_BODY, headers={"alipay-app-auth-token": TOKEN})
    answers = [
        control.get(path).text
        for path in (
            "/requests/accepted",
            "/requests/applied",
            "/requests/rejected",
            "/settings",
            "/faults",
            "/mini-apps",
            f"/mini-apps/{MINI}",
            "/reviews",
        )
    ]
    for path, body in (
        ("/settings", {"dedupe": True}),
        ("/faults/inject", {"faults": ["ok"]}),
        ("/build-failures", {}),
        ("/wait-idle", {}),
        ("/reset", {}),
    ):
        answers.append(control.post(path, json=body).text)
    text = "\n".join(answers)
    assert "upgrade" in text  # the log was in there
    secrets = [TOKEN, keys.encrypt_key_b64, "PRIVATE KEY"]
    secrets += keys.app_private_pem.splitlines()[1:-1]
    secrets += keys.raw["alipay_private_pkcs8_pem"].splitlines()[1:-1]
    for secret in secrets:
        assert secret not in text
