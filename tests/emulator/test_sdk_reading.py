"""The emulator's answers as Alipay's own SDKs read them, over real HTTP: encrypted answers
typed exactly ``text/plain``, injected faults with codes each operation's error model
types, and ``links`` on errors in both forms clients meet (a list of ``{link, desc}`` and a
string), which this SDK's error handling must take."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion import (
    AlipayApiError,
    AsyncInnerVersionClient,
    InnerVersionClient,
    RateLimitError,
    ServerError,
)
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.faults import fault_error
from alipay_innerversion.emulator.gateway import ERROR_LINK_DESC
from alipay_innerversion.emulator.spec import OPERATIONS

from ..conftest import Keys
from .conftest import vector_emulator
from .support import MINI, Raw, assert_code_in_spec

WHERE = {"mini_app_id": MINI, "bundle_id": "com.alipay.alipaywallet"}
LINK_PREFIX = "https://open.alipay.com/api/errCheck?traceId="


@pytest.fixture(scope="module")
def aes_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys, encrypt_key=keys.encrypt_key_b64) as emu:
        yield emu


@pytest.fixture
def aes_emu(aes_server: Emulator) -> Iterator[Emulator]:
    aes_server.reset()
    yield aes_server
    aes_server.reset()


# -- 11: encrypted answers are typed exactly text/plain ----------------------------------------


def test_encrypted_answers_are_typed_exactly_text_plain(aes_emu: Emulator, keys: Keys) -> None:
    """Before: ``text/plain; charset=utf-8``, which Alipay's Java v3 SDK does not read."""
    with httpx.Client(base_url=aes_emu.base_url) as http:
        api = Raw(
            http,
            app_id=keys.app_id,
            private_key=keys.app_private,
            alipay_public=keys.alipay_public,
            aes=keys.encrypt_key,
        )
        answers = [
            api.send("templated.upload", {**WHERE, "app_version": "1.0.0", "template_id": "t"}),
            api.send("info.query", {**WHERE, "app_version": "1.0.0"}),  # GET
            api.send("info.delete", {**WHERE, "app_version": "1.0.0", "pid": "2088"}),  # DELETE
        ]
        error = api.send("info.query", {**WHERE, "app_version": "9.9.9"})
    for answer in answers:
        assert (answer.status, answer.encrypted) == (200, True)
        raw_types = [v for k, v in answer.response.headers.raw if k.lower() == b"content-type"]
        assert raw_types == [b"text/plain"]
    assert error.status == 400  # errors stay plain JSON
    assert error.response.headers["content-type"] == "application/json"


# -- 12: injected faults use codes the operation's error model types -------------------------


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_injected_faults_answer_codes_each_operation_documents(
    emu: Emulator, api: Raw, operation: str
) -> None:
    """Before: 503 answered ``SYSTEM_ERROR`` for every operation, though nine operations'
    codes and CommonErrorType lack it (the Java SDK's typed error was then null)."""
    kinds = ["500", "503", "rate-limit"]
    emu.inject(*kinds)
    for kind in kinds:
        answer = api.send(operation, {})
        expected = fault_error(kind, operation)
        assert expected is not None
        assert (answer.status, answer.code) == expected[:2]
        assert_code_in_spec(operation, answer.code)
    assert [r.fault for r in emu.accepted()] == kinds
    # the rates (the CLI's --error-rate / --error-status) draw the same codes
    emu.faults.error_rate = 1.0
    for status in (500, 503):
        emu.faults.error_status = status
        answer = api.send(operation, {})
        assert answer.status == status
        assert_code_in_spec(operation, answer.code)


def test_system_error_only_where_the_operation_lists_it() -> None:
    with_system_error = {name for name, spec in OPERATIONS.items() if "SYSTEM_ERROR" in spec.codes}
    assert with_system_error  # the spec still has some
    assert len(with_system_error) < len(OPERATIONS)  # and some without
    for name in OPERATIONS:
        answer = fault_error("503", name)
        assert answer is not None
        expected = "SYSTEM_ERROR" if name in with_system_error else "unknow-error"
        assert answer[:2] == (503, expected)


def test_a_503_fault_is_a_typed_server_error_in_the_client(emu: Emulator) -> None:
    emu.inject("503")
    with (
        InnerVersionClient(emu.client_config(), max_retries=0) as client,
        pytest.raises(ServerError) as info,
    ):
        client.audit_submit(**WHERE, app_version="1.0.0", version_desc="a description")
    assert (info.value.http_status, info.value.code) == (503, "unknow-error")


# -- 13: links, as a list and as a string ---------------------------------------------------


def test_business_errors_carry_a_list_and_gateway_errors_a_string(emu: Emulator, api: Raw) -> None:
    """Before: no error had ``links``, so clients' handling of it was never exercised."""
    business = api.send("info.query", {**WHERE, "app_version": "9.9.9"})
    assert business.status == 400
    assert business.code is not None
    assert business.code.isupper()
    trace = business.response.headers["alipay-trace-id"]
    assert business.data["links"] == [{"link": LINK_PREFIX + trace, "desc": ERROR_LINK_DESC}]

    emu.inject("rate-limit")
    gateway = api.send("info.query", {**WHERE, "app_version": "1.0.0"})
    assert (gateway.status, gateway.code) == (429, "app-call-limited")
    assert gateway.data["links"] == LINK_PREFIX + gateway.response.headers["alipay-trace-id"]

    with httpx.Client(base_url=emu.base_url) as http:  # a rejection before verification
        unsigned = http.post("/v3/alipay/open/mini/innerversion/upgrade", json={})
    assert unsigned.json()["code"] == "missing-signature"
    assert unsigned.json()["links"] == LINK_PREFIX + unsigned.headers["alipay-trace-id"]


def _expected_links(error: AlipayApiError, desc: str) -> list[dict[str, str]]:
    return [{"link": f"{LINK_PREFIX}{error.trace_id}", "desc": desc}]


def test_the_client_reads_links_in_both_forms(emu: Emulator) -> None:
    with InnerVersionClient(emu.client_config(), max_retries=0) as client:
        with pytest.raises(AlipayApiError) as listed:
            client.info_query(**WHERE, app_version="9.9.9")
        emu.inject("rate-limit")
        with pytest.raises(RateLimitError) as string:
            client.info_query(**WHERE, app_version="9.9.9")
    assert listed.value.verified
    assert listed.value.links == _expected_links(listed.value, ERROR_LINK_DESC)
    assert string.value.verified
    assert string.value.links == _expected_links(string.value, "")
    assert "errCheck" not in str(string.value)  # the message stays short


@pytest.mark.anyio
async def test_the_async_client_reads_links_in_both_forms(emu: Emulator) -> None:
    async with AsyncInnerVersionClient(emu.client_config(), max_retries=0) as client:
        with pytest.raises(AlipayApiError) as listed:
            await client.info_query(**WHERE, app_version="9.9.9")
        emu.inject("500")
        with pytest.raises(ServerError) as string:
            await client.info_query(**WHERE, app_version="9.9.9")
    assert listed.value.links == _expected_links(listed.value, ERROR_LINK_DESC)
    assert string.value.code == "unknow-error"
    assert string.value.links == _expected_links(string.value, "")
