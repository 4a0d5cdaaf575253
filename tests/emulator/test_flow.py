"""The release flow end to end over real HTTP: upload a real zip, poll the build, publish,
push, upgrade — with the generated client (sync and async) over AlipayTransport."""

from __future__ import annotations

import base64
import hashlib

import pytest

from alipay_innerversion import AlipayConfig
from alipay_innerversion.emulator import Emulator
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_online as online_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_sync as sync_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_upgrade as upgrade_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_upload as upload_api,
)
from alipay_innerversion_api.api.alipay_open_mini_innerversion import (
    alipay_open_mini_innerversion_uploadstatus_query as query_api,
)
from alipay_innerversion_api.models import (
    AlipayOpenMiniInnerversionOnlineModel,
    AlipayOpenMiniInnerversionOnlineResponseModel,
    AlipayOpenMiniInnerversionSyncModel,
    AlipayOpenMiniInnerversionUpgradeModel,
    AlipayOpenMiniInnerversionUploadModel,
    AlipayOpenMiniInnerversionUploadResponseModel,
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
)

from ..conftest import Keys
from .conftest import vector_emulator
from .support import (
    MINI,
    QUERY,
    UPLOAD,
    api_client,
    make_zip,
    mini_program_zip,
    signed_http,
    upload_body,
)


def _upload_model(version: str) -> AlipayOpenMiniInnerversionUploadModel:
    package = mini_program_zip()
    return AlipayOpenMiniInnerversionUploadModel(
        mini_app_id=MINI,
        build_version=version,
        build_package_stream=base64.b64encode(package).decode("ascii"),
        build_package_md_5=hashlib.md5(package).hexdigest(),
        build_app_type="tinyApp",
        bundle_id="com.alipay.alipaywallet",
        inst_code="alipay",
        app_origin="alipay_innerapp",
    )


def test_full_flow_sync(emu: Emulator, config: AlipayConfig) -> None:
    with api_client(config) as client:
        uploaded = upload_api.sync(client=client, body=_upload_model("1.0.0"))
        assert isinstance(uploaded, AlipayOpenMiniInnerversionUploadResponseModel)
        assert uploaded.build_status == "0"
        assert uploaded.need_rotation == "true"
        assert uploaded.build_version == "1.0.0"
        assert isinstance(uploaded.package_id, str)
        assert uploaded.version_created == "false"

        statuses = []
        while True:
            state = query_api.sync(client=client, build_package_id=uploaded.package_id)
            assert isinstance(state, AlipayOpenMiniInnerversionUploadstatusQueryResponseModel)
            statuses.append(state.build_status)
            if state.need_rotation == "false":
                break
        assert statuses == ["1", "2"]
        assert state.version_created == "true"
        assert state.build_package_url
        assert state.log_url

        done = online_api.sync(
            client=client,
            body=AlipayOpenMiniInnerversionOnlineModel(
                mini_app_id=MINI, app_online_version="1.0.0", inst_code="alipay"
            ),
        )
        assert isinstance(done, AlipayOpenMiniInnerversionOnlineResponseModel)
        sync_api.sync(
            client=client,
            body=AlipayOpenMiniInnerversionSyncModel(
                mini_app_id=MINI,
                app_version="1.0.0",
                app_origin="alipay_innerapp",
                bundle_id="com.alipay.alipaywallet",
                sync_type="global",
            ),
        )
        upgrade_api.sync(
            client=client,
            body=AlipayOpenMiniInnerversionUpgradeModel(
                mini_app_id=MINI, template_id="tpl-1", template_version="1.2.3"
            ),
        )

    mini = emu.mini_app(MINI)
    assert mini.versions["1.0.0"].build_status == "2"
    assert mini.online_version == "1.0.0"
    assert mini.sync_count == 1
    assert mini.last_sync is not None
    assert mini.last_sync["sync_type"] == "global"
    assert (mini.template_id, mini.template_version, mini.upgrade_count) == ("tpl-1", "1.2.3", 1)
    operations = [r.operation for r in emu.accepted()]
    assert operations == [
        "upload",
        "uploadstatus.query",
        "uploadstatus.query",
        "online",
        "sync",
        "upgrade",
    ]
    assert all(r.status == 200 and r.applied and not r.replay for r in emu.accepted())
    assert emu.rejected() == []


@pytest.mark.anyio
async def test_full_flow_async(emu: Emulator, config: AlipayConfig) -> None:
    with api_client(config) as client:  # the async httpx client is created on first use
        async with client:
            uploaded = await upload_api.asyncio(client=client, body=_upload_model("2.0.0"))
            assert isinstance(uploaded, AlipayOpenMiniInnerversionUploadResponseModel)
            first = await query_api.asyncio(client=client, mini_app_id=MINI, build_version="2.0.0")
            second = await query_api.asyncio(client=client, mini_app_id=MINI, build_version="2.0.0")
            assert isinstance(first, AlipayOpenMiniInnerversionUploadstatusQueryResponseModel)
            assert isinstance(second, AlipayOpenMiniInnerversionUploadstatusQueryResponseModel)
            assert (first.build_status, second.build_status) == ("1", "2")
            await online_api.asyncio(
                client=client,
                body=AlipayOpenMiniInnerversionOnlineModel(
                    mini_app_id=MINI, app_online_version="2.0.0"
                ),
            )
    assert emu.mini_app(MINI).online_version == "2.0.0"
    assert [r.query.get("build_version") for r in emu.accepted(operation="uploadstatus.query")] == [
        "2.0.0",
        "2.0.0",
    ]


def test_polls_per_step_slows_the_build(keys: Keys) -> None:
    with vector_emulator(keys, polls_per_step=2) as emu, signed_http(emu.client_config()) as http:
        package_id = http.post(UPLOAD, json=upload_body("1.0.0")).json()["package_id"]
        seen = [
            http.get(QUERY, params={"build_package_id": package_id}).json()["build_status"]
            for _ in range(5)
        ]
        assert seen == ["0", "1", "1", "2", "2"]
        assert emu.mini_app(MINI).versions["1.0.0"].polls == 4  # final builds stop counting


@pytest.mark.parametrize(
    ("package", "reason"),
    [
        (make_zip({"index.js": "Page({})"}), "app.json is missing"),
        (make_zip({"app.json": "{not json"}), "app.json is not valid JSON"),
        (make_zip({"app.json": "[1, 2]"}), "app.json is not a JSON object"),
        (make_zip({"sub/app.json": "{}"}), "app.json is missing"),
    ],
)
def test_invalid_mini_program_fails_the_build(
    emu: Emulator, config: AlipayConfig, package: bytes, reason: str
) -> None:
    with signed_http(config) as http:
        uploaded = http.post(UPLOAD, json=upload_body("1.0.0", package)).json()
        assert uploaded["build_status"] == "0"
        states = [
            http.get(QUERY, params={"build_package_id": uploaded["package_id"]}).json()
            for _ in range(3)
        ]
    assert [s["build_status"] for s in states] == ["1", "3", "3"]
    final = states[-1]
    assert final["need_rotation"] == "false"
    assert reason in final["build_info"]
    assert final["log_url"].startswith("https://")
    assert final["version_created"] == "false"
    assert emu.mini_app(MINI).versions["1.0.0"].build_status == "3"


def test_package_by_url_builds(emu: Emulator, config: AlipayConfig) -> None:
    body = upload_body("3.1.0", build_package_stream=None, build_package_md_5=None)
    body["build_source_pkg_url"] = "https://cdn.example.com/demo-3.1.0.amr"
    with signed_http(config) as http:
        uploaded = http.post(UPLOAD, json=body).json()
        for _ in range(2):
            state = http.get(QUERY, params={"build_package_id": uploaded["package_id"]}).json()
    assert state["build_status"] == "2"
    assert emu.mini_app(MINI).versions["3.1.0"].source == "url"
