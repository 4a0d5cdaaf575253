"""``alipay-request-id``: a processed request is answered again, never applied again."""

from __future__ import annotations

import httpx
import pytest

from alipay_innerversion import AlipayApiError, AlipayConfig
from alipay_innerversion.emulator import Emulator

from ..conftest import Keys
from ..helpers import request_extensions
from .support import MINI, ONLINE, QUERY, UPGRADE, UPLOAD, build, signed_http, upload_body

UPGRADE_BODY = {"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}


def test_same_request_id_is_answered_again_not_applied_again(
    emu: Emulator, config: AlipayConfig
) -> None:
    rid = request_extensions(request_id="rid-upload-1")
    with signed_http(config) as http:
        first = http.post(UPLOAD, json=upload_body("1.0.0"), extensions=rid)
        second = http.post(UPLOAD, json=upload_body("1.0.0"), extensions=rid)
    assert second.status_code == 200
    assert second.json() == first.json()  # same package id, not BUILD_VERSION_ALREADY_EXIST
    for name in ("alipay-nonce", "alipay-trace-id", "alipay-signature"):
        assert first.headers[name] != second.headers[name]  # signed afresh
    records = emu.accepted()
    assert [(r.request_id, r.replay, r.applied) for r in records] == [
        ("rid-upload-1", False, True),
        ("rid-upload-1", True, False),
    ]
    assert len(emu.mini_app(MINI).versions) == 1


def test_a_stored_error_is_answered_again(emu: Emulator, config: AlipayConfig) -> None:
    body = {"mini_app_id": MINI, "app_online_version": "1.0.0"}
    with signed_http(config) as http:
        rid = request_extensions(request_id="rid-online")
        with pytest.raises(AlipayApiError) as first:
            http.post(ONLINE, json=body, extensions=rid)
        build(http, "1.0.0")  # now it would succeed...
        with pytest.raises(AlipayApiError) as again:
            http.post(
                ONLINE, json=body, extensions=rid
            )  # ...but this request was already processed
        http.post(ONLINE, json=body)  # a new request id is a new request
    assert first.value.code == again.value.code == "MINI_APP_VERSION_NOT_EXISTS"
    assert emu.mini_app(MINI).online_version == "1.0.0"
    assert [r.replay for r in emu.accepted(operation="online")] == [False, True, False]


def test_replayed_query_does_not_advance_the_build(emu: Emulator, config: AlipayConfig) -> None:
    with signed_http(config) as http:
        package_id = http.post(UPLOAD, json=upload_body("1.0.0")).json()["package_id"]
        rid = request_extensions(request_id="rid-poll")
        states = [
            http.get(QUERY, params={"build_package_id": package_id}, extensions=rid).json()[
                "build_status"
            ]
            for _ in range(3)
        ]
    assert states == ["1", "1", "1"]
    assert emu.mini_app(MINI).versions["1.0.0"].polls == 1


@pytest.mark.parametrize(
    ("path", "body", "token"),
    [
        (
            UPGRADE,
            {"mini_app_id": MINI, "template_id": "tpl", "template_version": "2.0.0"},
            None,
        ),  # other body
        (ONLINE, UPGRADE_BODY, None),  # other operation
        (UPGRADE, UPGRADE_BODY, "202501BBmerchant"),  # on behalf of someone else
    ],
)
def test_same_request_id_for_another_request_is_invalid(
    emu: Emulator, config: AlipayConfig, path: str, body: dict[str, str], token: str | None
) -> None:
    with signed_http(config) as http:
        http.post(UPGRADE, json=UPGRADE_BODY, extensions=request_extensions(request_id="rid-1"))
        with pytest.raises(AlipayApiError) as info:
            http.post(
                path,
                json=body,
                extensions=request_extensions(request_id="rid-1", app_auth_token=token),
            )
    assert info.value.code == "invalid-parameter"
    assert info.value.http_status == 400
    assert "rid-1" in info.value.message
    mini = emu.mini_app(MINI)
    assert (mini.template_version, mini.upgrade_count) == ("1.0.0", 1)
    assert emu.accepted()[-1].code == "invalid-parameter"


def test_request_ids_are_per_app(emu: Emulator, keys: Keys) -> None:
    other = emu.add_app("2021000000000444", app_private_key=keys.app_private)
    for app_id in (emu.app_id, other.app_id):
        with signed_http(emu.client_config(app_id=app_id)) as http:
            http.post(
                UPGRADE, json=UPGRADE_BODY, extensions=request_extensions(request_id="rid-shared")
            )
    assert emu.mini_app(MINI).upgrade_count == 1
    assert emu.mini_app(MINI, app_id=other.app_id).upgrade_count == 1
    assert [r.replay for r in emu.accepted()] == [False, False]


def test_without_request_id_every_request_applies(emu: Emulator, keys: Keys) -> None:
    """The header is optional to the gateway: without it there is nothing to deduplicate."""
    from .support import signed_headers

    body = b'{"mini_app_id":"%s","template_id":"tpl","template_version":"1.0.0"}' % MINI.encode()
    with httpx.Client(base_url=emu.base_url) as raw:
        for _ in range(2):
            headers = signed_headers(
                app_id=keys.app_id,
                private_key=keys.app_private,
                method="POST",
                target=UPGRADE,
                body=body,
            )
            del headers["alipay-request-id"]
            assert raw.post(UPGRADE, content=body, headers=headers).status_code == 200
    assert emu.mini_app(MINI).upgrade_count == 2
