"""The generated client parses every error body: unknown codes, links as a string or a list."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

import alipay_innerversion_api
from alipay_innerversion_api import models as m
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_sync as sync_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_uploadstatus_query as status_api,
)
from tools.spec_report import load_structure

from ..conftest import ROOT

LINK = "https://open.alipay.com/api/errCheck?traceId=0b0d9c2e17000000000000001"


def _client(status: int, body: dict[str, Any]) -> alipay_innerversion_api.Client:
    client = alipay_innerversion_api.Client(base_url="https://openapi.alipay.com")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://openapi.alipay.com",
            transport=httpx.MockTransport(lambda _request: httpx.Response(status, json=body)),
        )
    )
    return client


def test_unknown_code_parses() -> None:
    body = {"code": "code-alipay-invents-tomorrow", "message": "new"}
    parsed = status_api.sync(client=_client(400, body), build_package_id="1")
    assert isinstance(parsed, m.CommonErrorType)
    assert parsed.code == "code-alipay-invents-tomorrow"
    assert parsed.message == "new"
    assert isinstance(parsed.links, alipay_innerversion_api.types.Unset)


def test_operation_code_parses_and_keeps_extras() -> None:
    body = {"code": "SYNC_TYPE_NOT_EXIST", "message": "bad sync_type", "sub": "x"}
    parsed = sync_api.sync(
        client=_client(400, body),
        body=m.AlipayOpenMiniInnerversionSyncModel(
            app_origin="o", bundle_id="b", sync_type="global"
        ),
    )
    assert isinstance(
        parsed, m.CommonErrorType | m.AlipayOpenMiniInnerversionSyncErrorResponseModel
    )
    assert parsed.code == "SYNC_TYPE_NOT_EXIST"
    assert parsed.additional_properties == {"sub": "x"}
    assert parsed.to_dict() == body


def test_links_as_a_string() -> None:
    body = {"code": "invalid-timestamp", "message": "stale", "links": LINK}
    parsed = status_api.sync(client=_client(401, body), build_package_id="1")
    assert isinstance(parsed, m.CommonErrorType)
    assert parsed.links == LINK
    assert parsed.to_dict() == body


def test_links_as_a_list() -> None:
    body = {
        "code": "POLLING_BUILD_VERSION_NOT_EXIST",
        "message": "no such build",
        "links": [{"link": LINK, "desc": "Solution"}],
    }
    parsed = status_api.sync(client=_client(400, body), build_package_id="1")
    assert isinstance(parsed, m.CommonErrorType)
    assert isinstance(parsed.links, list)
    assert isinstance(parsed.links[0], m.ErrorLink)
    assert (parsed.links[0].link, parsed.links[0].desc) == (LINK, "Solution")
    assert parsed.to_dict() == body


@pytest.mark.parametrize("links", [LINK, [{"link": LINK, "desc": "Solution"}], [], ""])
def test_every_error_model_parses_unknown_codes_and_both_link_forms(links: Any) -> None:
    names = {"CommonErrorType"} | {
        name for name in m.__all__ if name.endswith("ErrorResponseModel")
    }
    operations = load_structure(ROOT / "openapi.yaml").operations.values()
    own = {op.models["error"] for op in operations if "error" in op.models}
    assert len(own) > 1  # no count kept by hand: every operation's own error model
    assert names == {"CommonErrorType"} | own
    body = {"code": "NOT_A_KNOWN_CODE", "message": "m", "links": links}
    for name in names:
        parsed = getattr(m, name).from_dict(body)
        assert parsed.code == "NOT_A_KNOWN_CODE", name
        assert parsed.to_dict() == body, name


def test_every_operation_returns_the_error_union() -> None:
    """Each operation module parses a default answer as CommonErrorType (tried first)."""
    for op_id in load_structure(ROOT / "openapi.yaml").operations:
        module = importlib.import_module(
            "alipay_innerversion_api.api.alipay_open_mini_innerversion." + op_id.replace(".", "_")
        )
        response = httpx.Response(418, json={"code": "whatever", "message": "m", "links": LINK})
        parsed = module._parse_response(client=_client(200, {}), response=response)
        assert isinstance(parsed, m.CommonErrorType), op_id
        assert parsed.links == LINK
