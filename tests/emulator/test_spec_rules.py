"""The spec's rules, checked from the one generated table by the SDK (before sending, both
clients) and by the emulator (for any client, over real HTTP): the version rule (issue 21
item 4), the values the spec lists (enums), nested objects at every depth."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.config import AlipayConfig
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.model import BusinessError, Call
from alipay_innerversion.emulator.operations import accept
from alipay_innerversion.errors import InvalidRequestError
from alipay_innerversion_api.api import OPERATIONS
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy as GrayStrategy,
)
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionSyncModel,
    AlipayOpenMiniInnerversionSyncModelSyncType,
    MiniAppPluginReference,
)

from .support import MINI, Raw, upload_body

WHERE = {"mini_app_id": MINI, "bundle_id": "com.alipay.alipaywallet", "app_origin": "a"}
BAD_VERSIONS = ["v5", "4.0", "1.2.3.4", "4.0.0-beta", " 4.0.1", "4.0.1 ", "01.2.3", "1..2"]
GOOD_VERSIONS = ["0.0.1", "4.0.1", "10.20.300"]


class Counting:
    """Counts the requests a client sends (it must send none)."""

    def __init__(self) -> None:
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return httpx.Response(500, text="must not be called")


def _both(config: AlipayConfig, name: str, **arguments: Any) -> list[InvalidRequestError]:
    """Call ``name`` with both clients over a transport that counts; the errors raised."""
    counting, errors = Counting(), []
    transport = httpx.MockTransport(counting)
    with InnerVersionClient(config, transport=transport, max_retries=0) as client:
        with pytest.raises(InvalidRequestError) as caught:
            getattr(client, name)(**arguments)
        errors.append(caught.value)

    async def run() -> None:
        async with AsyncInnerVersionClient(config, transport=transport, max_retries=0) as client:
            with pytest.raises(InvalidRequestError) as caught:
                await getattr(client, name)(**arguments)
            errors.append(caught.value)

    asyncio.run(run())
    assert counting.sent == 0
    return errors


@pytest.mark.parametrize("bad", BAD_VERSIONS)
def test_sdk_refuses_a_bad_version_before_sending(key_config: AlipayConfig, bad: str) -> None:
    for name, field in (
        ("audit_submit", "app_version"),
        ("info_query", "app_version"),  # a query parameter
        ("templated_upload", "template_version"),
        ("online", "app_online_version"),
    ):
        arguments = {field: bad, "app_version": "1.0.0", "version_desc": "d", "template_id": "t"}
        arguments = {k: v for k, v in arguments.items() if k in _keywords(name)} | {field: bad}
        for error in _both(key_config, name, **arguments):
            assert f"{name}: {field} is {bad!r}" in error.message
            assert "three numbers separated by dots" in (error.hint or "")


def _keywords(name: str) -> set[str]:
    return {p.python_name for p in OPERATIONS[name].parameters}


@pytest.mark.parametrize("bad", BAD_VERSIONS)
def test_emulator_refuses_a_bad_version_from_any_client(api: Raw, bad: str) -> None:
    answer = api.send("templated.upload", {**WHERE, "app_version": bad, "template_id": "t"})
    assert (answer.status, answer.data["code"]) == (400, "INVALID_VERSION")
    answer = api.send("upload", upload_body(bad))
    assert answer.data["code"] == "invalid-parameter"  # upload documents no version code
    answer = api.send("info.query", {**WHERE, "app_version": bad})
    assert answer.data["code"] == "invalid-parameter"


def test_good_versions_pass_both(api: Raw, emu: Emulator) -> None:
    for good in GOOD_VERSIONS:
        answer = api.send("templated.upload", {**WHERE, "app_version": good, "template_id": "t"})
        assert answer.status == 200, answer.data


def test_listed_values_are_checked_and_enum_members_or_strings_accepted(
    key_config: AlipayConfig, api: Raw
) -> None:
    for error in _both(key_config, "gray_publish", app_version="1.0.0", gray_strategy="p15"):
        assert "gray_strategy is 'p15'" in error.message
        assert error.hint == "Use one of: p10, p30, p50, gray_mayi_rule, gray_alibaba_rule."
    _both(key_config, "sync", app_version="1.0.0", sync_type="globl", **WHERE)
    _both(key_config, "online_publish", app_version="1.0.0", release_type="hihg")
    answer = api.send("sync", {**WHERE, "app_version": "1.0.0", "sync_type": "globl"})
    assert answer.data["code"] == "SYNC_TYPE_NOT_EXIST"
    answer = api.send("gray.publish", {**WHERE, "app_version": "1.0.0", "gray_strategy": "p15"})
    assert answer.data["code"] == "PARAMS_VALID_ERROR"
    # the enum member and its plain string both go out as the string
    sync_type = OPERATIONS["sync"].parameters
    (field,) = [p for p in sync_type if p.name == "sync_type"]
    assert field.enum_class is AlipayOpenMiniInnerversionSyncModelSyncType
    from alipay_innerversion.arguments import check_wire

    assert check_wire(OPERATIONS["sync"], field, field.enum_class.RECENT) == "recent"
    assert check_wire(OPERATIONS["gray_publish"], _field("gray_publish", "gray_strategy"), "p10")
    assert check_wire(
        OPERATIONS["gray_publish"], _field("gray_publish", "gray_strategy"), GrayStrategy.P30
    ) == ("p30")


def _field(operation: str, name: str) -> Any:
    return next(p for p in OPERATIONS[operation].parameters if p.name == name)


def test_an_answer_with_a_value_the_spec_does_not_list_still_parses() -> None:
    model = AlipayOpenMiniInnerversionSyncModel.from_dict(
        {"app_version": "1.0.0", "sync_type": "everyone", **WHERE}
    )
    assert model.sync_type == "everyone"
    assert model.sync_type not in list(AlipayOpenMiniInnerversionSyncModelSyncType)
    assert model.to_dict()["sync_type"] == "everyone"
    plain = {"app_version": "1.0.0", "bundle_id": "b", "app_origin": "a", "sync_type": "recent"}
    assert AlipayOpenMiniInnerversionSyncModel(**plain).to_dict()["sync_type"] == "recent"


@pytest.mark.parametrize(
    ("refs", "says"),
    [
        ([{"plugin_id": 7}], "upload: plugin_refs[0].plugin_id must be a string"),
        ([{"plugin_id": "p", "lazy": "yes"}], "upload: plugin_refs[0].lazy must be a boolean"),
        ([{"plugin_id": "p", "colour": "red"}], "upload: plugin_refs[0]: unknown key(s) colour"),
        ([MiniAppPluginReference(plugin_id=7)], "plugin_refs[0].plugin_id must be a string"),  # type: ignore[arg-type]
        (["p1"], "upload: plugin_refs[0] must be an object"),
        ("p1", "upload: plugin_refs must be a list"),
    ],
)
def test_bad_nested_values_are_refused_before_sending(
    key_config: AlipayConfig, refs: Any, says: str
) -> None:
    for error in _both(
        key_config,
        "upload",
        mini_app_id=MINI,
        build_version="1.0.0",
        package=b"PK\x05\x06" + b"\x00" * 18,
        plugin_refs=refs,
    ):
        assert says in error.message


def test_emulator_refuses_bad_nested_values_at_any_depth(api: Raw) -> None:
    body = upload_body("1.0.0")
    body["plugin_refs"] = [{"plugin_id": "p", "colour": "red"}]
    answer = api.send("upload", body)
    assert answer.data["code"] == "invalid-parameter"
    assert "plugin_refs[0]: unknown key(s) colour" in answer.data["message"]


def test_an_operation_with_no_behaviour_of_its_own_refuses_a_missing_required_field(
    emu: Emulator,
) -> None:
    """An operation Alipay adds is served by the generic handler until someone writes one.
    It checked the kinds and values of what came, but answered a success to a request that
    left out a field the spec requires, so a test against the emulator passed where Alipay
    refuses. Here the generic handler serves sync, whose spec requires three fields."""

    def generic(data: dict[str, Any]) -> dict[str, Any]:
        return accept(Call(emu.platform, "sync", "2021000000000001", data, 0.0))

    given = {"app_origin": "a", "bundle_id": "com.alipay.alipaywallet", "sync_type": "global"}
    assert generic(given) == {}
    for missing, value in [("sync_type", None), ("bundle_id", " ")]:
        with pytest.raises(BusinessError) as caught:
            generic({**given, missing: value})
        assert (caught.value.code, caught.value.message) == (
            "invalid-parameter",
            f"{missing} is required",
        )


def test_a_null_field_is_refused_not_taken_as_absent(api: Raw) -> None:
    """No field of the spec is nullable and the SDK leaves unset fields out, so a JSON
    ``null`` is a client's mistake; the emulator used to take it as absent and answer a
    success (schemathesis's negative mode found it with ``upgrade``'s ``app_origin``)."""
    answer = api.send(
        "upgrade",
        {"mini_app_id": MINI, "template_id": "1", "template_version": "1.0.0", "app_origin": None},
    )
    assert (answer.status, answer.code) == (400, "invalid-parameter")
    assert "app_origin is null" in answer.data["message"]
