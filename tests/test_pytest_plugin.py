"""The pytest plugin (entry point ``pytest11``), as a user's test suite meets it: run with
``pytester`` in a subprocess, so the user's tests see only the installed plugin."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USER_TESTS = """
import httpx
import pytest

from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient


def test_fixtures(alipay_emulator, alipay_config, alipay_client):
    assert isinstance(alipay_client, InnerVersionClient)
    assert alipay_config.base_url == alipay_emulator.base_url
    alipay_client.upgrade(mini_app_id="2021004100000001", template_id="t",
                          template_version="1.2.3")
    assert alipay_emulator.mini_app("2021004100000001").template_version == "1.2.3"
    assert alipay_emulator.operations() == ["upgrade"]


def test_state_is_reset_between_tests(alipay_emulator):
    assert alipay_emulator.operations() == []
    assert alipay_emulator.accept_unknown_fields is False


def test_unknown_fields_are_let_through_when_asked(alipay_emulator, alipay_client):
    where = dict(mini_app_id="m3", template_id="t", template_version="1.0.0")
    with pytest.raises(Exception, match="new_field"):
        alipay_client.upgrade(**where, extra_body={"new_field": 1})
    alipay_emulator.accept_unknown_fields = True
    alipay_client.upgrade(**where, extra_body={"new_field": 1})
    assert alipay_emulator.emulator.applied()[-1].body["new_field"] == 1


def test_faults(alipay_emulator, alipay_client):
    alipay_emulator.inject("503", "503", "503", "503", "503")
    with pytest.raises(Exception) as info:
        alipay_client.upgrade(mini_app_id="m", template_id="t", template_version="1.0.0")
    assert getattr(info.value, "http_status", None) == 503


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_async_client(alipay_emulator, alipay_async_client):
    assert isinstance(alipay_async_client, AsyncInnerVersionClient)
    await alipay_async_client.upgrade(mini_app_id="m2", template_id="t",
                                      template_version="2.0.0")
    assert alipay_emulator.mini_app("m2").upgrade_count == 1
"""

REVIEW_TESTS = """
import json, time, uuid

import httpx

from alipay_innerversion.signing import sign_request

P = "/v3/alipay/open/mini/innerversion"


def send(emu, method, path, fields):
    creds = emu.emulator.credentials()
    body, target = b"", P + path
    if method == "GET":
        target += "?" + "&".join(f"{k}={v}" for k, v in fields.items())
    else:
        body = json.dumps(fields).encode()
    signed = sign_request(app_id=creds.app_id, private_key=creds.app_private_key,
                          method=method, path_with_query=target, body=body,
                          timestamp=str(int(time.time() * 1000)))
    headers = {"authorization": signed.authorization, "alipay-request-id": uuid.uuid4().hex,
               "content-type": "application/json"}
    return httpx.request(method, emu.base_url + target, content=body, headers=headers).json()


def test_a_scripted_rejection_is_observed(alipay_emulator):
    alipay_emulator.reject_reviews("the logo is unclear")
    where = {"bundle_id": "com.alipay.alipaywallet", "app_version": "1.0.0"}
    send(alipay_emulator, "POST", "/templated/upload", {**where, "template_id": "t"})
    send(alipay_emulator, "POST", "/audit/submit", {**where, "version_desc": "first"})
    seen = [send(alipay_emulator, "GET", "/info/query", where) for _ in range(2)]
    assert [s["status"] for s in seen] == ["AUDITING", "AUDIT_REJECT"]
    assert seen[1]["reject_reason"] == "the logo is unclear"
    app = alipay_emulator.app_id
    assert alipay_emulator.version(app, "1.0.0").reject_reason == "the logo is unclear"


def test_held_reviews_wait_for_a_decision(alipay_emulator):
    assert alipay_emulator.emulator.review == "approve"  # reset after the previous test
    alipay_emulator.hold_reviews()
    where = {"bundle_id": "com.alipay.alipaywallet", "app_version": "2.0.0"}
    send(alipay_emulator, "POST", "/templated/upload", {**where, "template_id": "t"})
    send(alipay_emulator, "POST", "/audit/submit", {**where, "version_desc": "d"})
    assert send(alipay_emulator, "GET", "/info/query", where)["status"] == "AUDITING"
    alipay_emulator.decide(alipay_emulator.app_id, "2.0.0", "reject", reason="no")
    assert send(alipay_emulator, "GET", "/info/query", where)["status"] == "AUDIT_REJECT"
"""


def test_a_users_tests_pass_with_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "anyio", "-q")
    result.assert_outcomes(passed=5)


def test_review_decisions_are_scriptable(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_reviews=REVIEW_TESTS)
    result = pytester.runpytest_subprocess("-q")
    result.assert_outcomes(passed=2)


def test_emulator_options_can_be_overridden(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
import pytest

@pytest.fixture(scope="session")
def alipay_emulator_options():
    return {"encrypt_key": True, "polls_per_step": 2, "app_id": "2021000000000099"}
"""
    )
    pytester.makepyfile(
        """
def test_options(alipay_emulator, alipay_config):
    assert alipay_config.app_id == "2021000000000099"
    assert alipay_config.encrypt_key is not None
    assert alipay_emulator.emulator.platform.polls_per_step == 2
"""
    )
    pytester.runpytest_subprocess("-q").assert_outcomes(passed=1)


def test_the_plugin_is_registered(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("alipay_innerversion")
