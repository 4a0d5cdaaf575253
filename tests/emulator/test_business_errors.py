"""Business rules and their documented error codes, each checked against openapi.yaml."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from alipay_innerversion import AlipayApiError, AlipayConfig, NotFoundError
from alipay_innerversion.emulator import Emulator

from .support import (
    MINI,
    ONLINE,
    QUERY,
    SYNC,
    UPGRADE,
    UPLOAD,
    assert_code_in_spec,
    build,
    make_zip,
    mini_program_zip,
    signed_http,
    upload_body,
)

OPERATION = {UPLOAD: "upload", QUERY: "uploadstatus.query", ONLINE: "online"}
OPERATION |= {SYNC: "sync", UPGRADE: "upgrade"}


@pytest.fixture
def http(config: AlipayConfig) -> Iterator[httpx.Client]:
    with signed_http(config) as client:
        yield client


def expect_error(
    http: httpx.Client, path: str, code: str, *, json: Any = None, params: Any = None
) -> AlipayApiError:
    """Send a request that must fail with ``code`` (HTTP 400), documented for the operation."""
    method = "GET" if path == QUERY else "POST"
    with pytest.raises(AlipayApiError) as info:
        http.request(method, path, params=params, json=json)
    error = info.value
    assert error.code == code, error
    assert error.http_status == 400
    assert error.verified is True
    assert error.trace_id
    assert_code_in_spec(OPERATION[path], code)
    return error


def online_body(version: str, **extra: Any) -> dict[str, Any]:
    return {"mini_app_id": MINI, "app_online_version": version, **extra}


def sync_body(version: str, **extra: Any) -> dict[str, Any]:
    body = {
        "mini_app_id": MINI,
        "app_version": version,
        "app_origin": "alipay_innerapp",
        "bundle_id": "com.alipay.alipaywallet",
        "sync_type": "global",
    }
    body.update(extra)
    return body


# -- upload ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"build_version": ""}, "PACKAGE_VERSION_IS_BLANK"),
        ({"build_version": "   "}, "PACKAGE_VERSION_IS_BLANK"),
        ({"build_version": None}, "PACKAGE_VERSION_IS_BLANK"),
        ({"build_version": "1.0." + "1" * 29}, "VERSION_EXCEEDED_LENGTH"),
        ({"build_package_stream": None}, "BUILD_DATA_ERROR"),  # no package source
        ({"build_source_pkg_url": "https://cdn.example.com/a.amr"}, "BUILD_DATA_ERROR"),  # two
        ({"build_package_stream": "not base64!"}, "BUILD_DATA_ERROR"),
        (
            {"build_package_stream": base64.b64encode(b"plain text").decode()},
            "BUILD_DATA_ERROR",
        ),
        ({"build_package_md_5": "0" * 32}, "BUILD_DATA_ERROR"),
        ({"build_version": 105}, "invalid-parameter"),
        ({"plugin_refs": [{"plugin_id": 7}]}, "invalid-parameter"),
        ({"plugin_refs": "p1"}, "invalid-parameter"),
    ],
)
def test_upload_rejections(
    emu: Emulator, http: httpx.Client, changes: dict[str, Any], code: str
) -> None:
    body = upload_body("1.0.0")
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    expect_error(http, UPLOAD, code, json=body)
    assert emu.mini_apps() == {}
    assert emu.applied() == []


def test_version_of_32_characters_is_accepted(emu: Emulator, http: httpx.Client) -> None:
    version = "1.0." + "1" * 28
    assert http.post(UPLOAD, json=upload_body(version)).json()["build_version"] == version


def test_plugin_refs_and_md5_in_upper_case_are_accepted(http: httpx.Client) -> None:
    body = upload_body("1.0.0")
    body["build_package_md_5"] = body["build_package_md_5"].upper()
    body["plugin_refs"] = [
        {"plugin_id": "2021002100000001", "plugin_version": "*", "lazy": True, "plugin_lazy": False}
    ]
    assert http.post(UPLOAD, json=body).json()["build_status"] == "0"


def test_same_version_twice(emu: Emulator, http: httpx.Client) -> None:
    first = http.post(UPLOAD, json=upload_body("1.0.0")).json()
    error = expect_error(http, UPLOAD, "BUILD_VERSION_ALREADY_EXIST", json=upload_body("1.0.0"))
    assert "1.0.0" in error.message
    assert list(emu.mini_app(MINI).versions) == ["1.0.0"]
    other = http.post(UPLOAD, json=upload_body("1.0.0", mini_app_id="2021004100000002")).json()
    assert other["package_id"] != first["package_id"]  # versions are per mini program


def test_an_empty_zip_uploads_but_fails_to_build(http: httpx.Client) -> None:
    empty = make_zip({})
    package_id = http.post(UPLOAD, json=upload_body("1.0.0", empty)).json()["package_id"]
    for _ in range(2):
        state = http.get(QUERY, params={"build_package_id": package_id}).json()
    assert state["build_status"] == "3"


# -- uploadstatus ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"build_package_id": "99999999"}, "POLLING_BUILD_VERSION_NOT_EXIST"),
        ({"mini_app_id": MINI, "build_version": "9.9.9"}, "POLLING_BUILD_VERSION_NOT_EXIST"),
        ({"mini_app_id": MINI}, "invalid-parameter"),
        ({}, "invalid-parameter"),
    ],
)
def test_query_rejections(http: httpx.Client, params: dict[str, str], code: str) -> None:
    http.post(UPLOAD, json=upload_body("1.0.0"))
    error = expect_error(http, QUERY, code, params=params)
    if code == "POLLING_BUILD_VERSION_NOT_EXIST":
        assert isinstance(error, NotFoundError)


def test_packages_are_private_to_their_app(emu: Emulator, http: httpx.Client) -> None:
    package_id = http.post(UPLOAD, json=upload_body("1.0.0")).json()["package_id"]
    other = emu.add_app("2021000000000777", app_public_key=emu.credentials().app_public_key)
    config = emu.client_config(app_id=other.app_id, private_key=emu.credentials().app_private_key)
    with signed_http(config) as other_http:
        expect_error(
            other_http,
            QUERY,
            "POLLING_BUILD_VERSION_NOT_EXIST",
            params={"build_package_id": package_id},
        )


# -- online ----------------------------------------------------------------------------------


def test_online_rejections_and_offline_version(emu: Emulator, http: httpx.Client) -> None:
    expect_error(http, ONLINE, "MINI_APP_VERSION_NOT_EXISTS", json=online_body("1.0.0"))
    expect_error(http, ONLINE, "PARAMS_VALID_ERROR", json={"mini_app_id": MINI})
    build(http, "1.0.0")
    http.post(UPLOAD, json=upload_body("1.1.0"))  # uploaded, not built yet
    expect_error(http, ONLINE, "MINI_APP_VERSION_STATUS_ILLEGAL", json=online_body("1.1.0"))
    expect_error(http, ONLINE, "MINI_APP_VERSION_NOT_EXISTS", json=online_body("1.2.0"))
    http.post(ONLINE, json=online_body("1.0.0"))
    assert emu.mini_app(MINI).online_version == "1.0.0"
    expect_error(
        http,
        ONLINE,
        "MINI_APP_VERSION_NOT_EXISTS",
        json=online_body("1.0.0", app_offline_version="0.9.0"),
    )

    for _ in range(2):
        http.get(QUERY, params={"mini_app_id": MINI, "build_version": "1.1.0"})
    http.post(ONLINE, json=online_body("1.1.0", app_offline_version="1.0.0"))
    mini = emu.mini_app(MINI)
    assert mini.online_version == "1.1.0"
    assert mini.offline_versions == ("1.0.0",)


def test_failed_build_cannot_go_online(http: httpx.Client) -> None:
    broken = make_zip({"README": "no app.json"})
    package_id = http.post(UPLOAD, json=upload_body("1.0.0", broken)).json()["package_id"]
    for _ in range(2):
        http.get(QUERY, params={"build_package_id": package_id})
    expect_error(http, ONLINE, "MINI_APP_VERSION_STATUS_ILLEGAL", json=online_body("1.0.0"))


# -- sync ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("app_origin", "APP_ORIGIN_IS_BLANK"),
        ("bundle_id", "BUNDLE_ID_IS_BLANK"),
        ("sync_type", "SYNC_TYPE_IS_BLANK"),
    ],
)
def test_sync_required_fields(http: httpx.Client, field: str, code: str) -> None:
    build(http, "1.0.0")
    http.post(ONLINE, json=online_body("1.0.0"))
    expect_error(http, SYNC, code, json=sync_body("1.0.0", **{field: ""}))
    body = sync_body("1.0.0")
    del body[field]
    expect_error(http, SYNC, code, json=body)


def test_sync_only_the_online_version(emu: Emulator, http: httpx.Client) -> None:
    expect_error(http, SYNC, "APP_INFO_NOT_EXIST", json=sync_body("1.0.0"))
    build(http, "1.0.0")
    expect_error(http, SYNC, "SYNC_WITHOUT_ONLINE_ERROR", json=sync_body("1.0.0"))
    http.post(ONLINE, json=online_body("1.0.0"))
    expect_error(http, SYNC, "SYNC_WITHOUT_ONLINE_ERROR", json=sync_body("0.9.0"))
    http.post(SYNC, json=sync_body("1.0.0"))
    assert emu.mini_app(MINI).sync_count == 1


# -- upgrade ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "version", ["", "1.2", "1.2.3.4", "v1.2.3", "1.2.x", "1.2.3-beta", "\uff11.2.3"]
)
def test_upgrade_needs_x_y_z(emu: Emulator, http: httpx.Client, version: str) -> None:
    body = {"mini_app_id": MINI, "template_id": "tpl", "template_version": version}
    expect_error(http, UPGRADE, "INVALID_PARAMS", json=body)
    assert emu.mini_apps() == {}


def test_upgrade_waits_for_builds_in_progress(emu: Emulator, http: httpx.Client) -> None:
    package_id = http.post(UPLOAD, json=upload_body("1.0.0")).json()["package_id"]
    body = {"mini_app_id": MINI, "template_id": "tpl", "template_version": "2.0.0"}
    expect_error(http, UPGRADE, "MINI_APP_AUDITING", json=body)  # queued
    http.get(QUERY, params={"build_package_id": package_id})
    expect_error(http, UPGRADE, "MINI_APP_AUDITING", json=body)  # building
    http.get(QUERY, params={"build_package_id": package_id})
    http.post(UPGRADE, json=body)
    mini = emu.mini_app(MINI)
    assert (mini.template_version, mini.upgrade_count) == ("2.0.0", 1)


def test_upgrade_creates_unknown_mini_programs_and_counts(
    emu: Emulator, http: httpx.Client
) -> None:
    for version in ("1.0.0", "1.0.1", "10.20.30"):
        http.post(
            UPGRADE,
            json={
                "mini_app_id": "2021009900000001",
                "template_id": "tpl",
                "template_version": version,
            },
        )
    mini = emu.mini_app("2021009900000001")
    assert mini.template_version == "10.20.30"
    assert mini.upgrade_count == 3
    assert mini.versions == {}


def test_unknown_mini_program_is_a_key_error(emu: Emulator) -> None:
    with pytest.raises(KeyError, match="2021009900000009"):
        emu.mini_app("2021009900000009")


def test_a_real_package_round_trips_through_the_zip_check(http: httpx.Client) -> None:
    package = mini_program_zip({"pages": ["a", "b"], "subPackages": []})
    uploaded = http.post(UPLOAD, json=upload_body("1.0.0", package)).json()
    assert uploaded["package_id"]
