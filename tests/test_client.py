"""InnerVersionClient and AsyncInnerVersionClient against a fake gateway (httpx.MockTransport)
that verifies, decrypts, signs and encrypts like Alipay: every method, sync and async,
key and certificate mode, with and without encryption and app auth tokens."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import io
import logging
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    BuildFailedError,
    BuildState,
    BuildStatus,
    InnerVersionClient,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    WaitTimeoutError,
)
from alipay_innerversion_api.api import OnlineResult, SyncResult, UpgradeResult

from .conftest import Keys, fake_for
from .helpers import FakeAlipay, Seen

UPLOAD = "/v3/alipay/open/mini/innerversion/upload"
STATUS = "/v3/alipay/open/mini/innerversion/uploadstatus/query"
ONLINE = "/v3/alipay/open/mini/innerversion/online"
SYNC = "/v3/alipay/open/mini/innerversion/sync"
UPGRADE = "/v3/alipay/open/mini/innerversion/upgrade"
TOKEN = "202411BBclienttesttoken0001"


def mini_zip(files: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in (files or {"app.json": '{"pages":["pages/index/index"]}'}).items():
            archive.writestr(name, text)
    return buffer.getvalue()


class Driver:
    """Calls a client method the same way in sync and async mode; a new client per call."""

    def __init__(self, mode: str, config: AlipayConfig, fake: FakeAlipay, **options: Any) -> None:
        self.mode = mode
        self.config = config
        self.fake = fake
        self.options = options

    def __call__(self, method: str, **kwargs: Any) -> Any:
        mock = httpx.MockTransport(self.fake)
        if self.mode == "sync":
            with InnerVersionClient(
                self.config, http_client=httpx.Client(transport=mock), **self.options
            ) as client:
                return getattr(client, method)(**kwargs)

        async def run() -> Any:
            async with AsyncInnerVersionClient(
                self.config, http_client=httpx.AsyncClient(transport=mock), **self.options
            ) as client:
                return await getattr(client, method)(**kwargs)

        return asyncio.run(run())


def gateway(status_script: list[dict[str, str]] | None = None) -> Callable[[Seen], tuple[int, Any]]:
    """Business answers per path; uploadstatus answers follow ``status_script``."""
    script = list(status_script or [{"build_status": "2", "need_rotation": "false"}])

    def handle(seen: Seen) -> tuple[int, Any]:
        if seen.path == UPLOAD:
            return 200, {
                "package_id": "20240001",
                "build_version": seen.json["build_version"],
                "build_status": "0",
                "need_rotation": "true",
                "version_created": "false",
                "future_field": "kept",
            }
        if seen.path == STATUS:
            answer = script.pop(0) if len(script) > 1 else script[0]
            return 200, answer
        return 200, {}

    return handle


pytestmark = pytest.mark.usefixtures("fast_retries")


VARIANTS = ["key", "key+aes", "cert", "cert+aes"]


@pytest.fixture(params=VARIANTS)
def variant_config(
    request: pytest.FixtureRequest, key_config: AlipayConfig, cert_config: AlipayConfig, keys: Keys
) -> AlipayConfig:
    config = cert_config if request.param.startswith("cert") else key_config
    if request.param.endswith("aes"):
        config = config.replace(encrypt_key=keys.encrypt_key_b64)
    return config


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=[None, TOKEN], ids=["own-app", "with-token"])
def token(request: pytest.FixtureRequest) -> str | None:
    return request.param  # type: ignore[no-any-return]


def check_wire(seen: Seen, config: AlipayConfig, token: str | None) -> None:
    """What every request must carry on the wire."""
    assert seen.auth.app_id == config.app_id
    assert seen.headers.get("alipay-app-auth-token") == token
    assert len(seen.headers["alipay-request-id"]) == 32
    assert seen.headers["user-agent"].startswith("alipay-innerversion-python/")
    if config.is_cert_mode:
        assert seen.auth.app_cert_sn == config.app_cert_sn
        assert seen.headers["alipay-root-cert-sn"] == config.alipay_root_cert_sn
    # With AES every request declares it, bodiless GETs included (as Alipay's Java SDK does);
    # a body goes encrypted.
    assert (seen.headers.get("alipay-encrypt-type") == "AES") is config.encrypted
    if seen.method == "POST":
        assert seen.wire_body.startswith(b"{") is not config.encrypted
    else:
        assert seen.wire_body == b""


def test_every_operation(
    variant_config: AlipayConfig, mode: str, token: str | None, keys: Keys
) -> None:
    fake = fake_for(variant_config, keys)
    fake.handler = gateway([{"build_status": "1", "need_rotation": "true", "log_url": "https://l"}])
    call = Driver(mode, variant_config, fake)
    package = mini_zip()

    uploaded = call(
        "upload",
        mini_app_id="2021000000000001",
        build_version="1.0.2",
        package=package,
        bundle_id="com.alipay.alipaywallet",
        inst_code="alipay",
        app_origin="测试来源",
        plugin_refs=[{"plugin_id": "p1", "plugin_version": "*", "lazy": True}],
        build_main_url="/index.html#page/index",
        app_auth_token=token,
    )
    status = call(
        "upload_status",
        package_id=uploaded.package_id,
        bundle_id="com.alipay.alipaywallet",
        app_auth_token=token,
    )
    online = call(
        "online",
        mini_app_id="2021000000000001",
        app_online_version="1.0.2",
        app_offline_version="1.0.1",
        bundle_id="com.alipay.alipaywallet",
        app_auth_token=token,
    )
    pushed = call(
        "sync",
        mini_app_id="2021000000000001",
        app_version="1.0.2",
        sync_type="global",
        app_origin="测试来源",
        bundle_id="com.alipay.alipaywallet",
        dev_id="2088",
        app_auth_token=token,
    )
    upgraded = call(
        "upgrade",
        mini_app_id="2021000000000002",
        template_id="2021000000000099",
        template_version="1.2.3",
        app_auth_token=token,
    )

    upload_seen, status_seen, online_seen, sync_seen, upgrade_seen = fake.seen
    for seen in fake.seen:
        check_wire(seen, variant_config, token)
    assert upload_seen.json == {
        "mini_app_id": "2021000000000001",
        "build_version": "1.0.2",
        "build_app_type": "tinyApp",
        "build_package_stream": base64.b64encode(package).decode(),
        "build_package_md_5": hashlib.md5(package).hexdigest(),
        "build_source_pkg_size": str(len(package)),
        "bundle_id": "com.alipay.alipaywallet",
        "inst_code": "alipay",
        "app_origin": "测试来源",
        "plugin_refs": [{"plugin_id": "p1", "plugin_version": "*", "lazy": True}],
        "build_main_url": "/index.html#page/index",
    }
    assert uploaded.package_id == "20240001"
    assert uploaded.state is BuildState.QUEUED
    assert uploaded.rotating is True  # need_rotation "true", read
    assert uploaded.package_md5 == hashlib.md5(package).hexdigest()
    assert uploaded.data["future_field"] == "kept"
    assert uploaded.trace_id == "trace-0001"
    assert uploaded.request_id == upload_seen.headers["alipay-request-id"]

    assert status_seen.method == "GET"
    assert status_seen.query == {
        "build_package_id": "20240001",
        "bundle_id": "com.alipay.alipaywallet",
    }
    assert status.state is BuildState.BUILDING
    assert not status.is_final
    assert status.log_url == "https://l"
    assert status.package_id == "20240001"

    assert online_seen.json == {
        "mini_app_id": "2021000000000001",
        "app_online_version": "1.0.2",
        "app_offline_version": "1.0.1",
        "bundle_id": "com.alipay.alipaywallet",
    }
    assert isinstance(online, OnlineResult)
    assert (online.operation, online.trace_id) == ("online", "trace-0003")
    assert online.request_id == online_seen.headers["alipay-request-id"]
    assert online.data == {}
    assert sync_seen.json == {
        "mini_app_id": "2021000000000001",
        "app_version": "1.0.2",
        "sync_type": "global",
        "app_origin": "测试来源",
        "bundle_id": "com.alipay.alipaywallet",
        "dev_id": "2088",
    }
    assert isinstance(pushed, SyncResult)
    assert (pushed.operation, pushed.trace_id) == ("sync", "trace-0004")
    assert pushed.request_id == sync_seen.headers["alipay-request-id"]
    assert upgrade_seen.json == {
        "mini_app_id": "2021000000000002",
        "template_id": "2021000000000099",
        "template_version": "1.2.3",
    }
    assert isinstance(upgraded, UpgradeResult)
    assert (upgraded.operation, upgraded.trace_id) == ("upgrade", "trace-0005")
    assert upgraded.request_id == upgrade_seen.headers["alipay-request-id"]
    assert len({seen.headers["alipay-request-id"] for seen in fake.seen}) == 5


def test_caller_request_id_is_sent(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    result = Driver(mode, key_config, fake)(
        "upgrade", mini_app_id="1", template_id="2", template_version="0.0.1", request_id="my-id-1"
    )
    assert fake.seen[0].headers["alipay-request-id"] == "my-id-1"
    assert result.request_id == "my-id-1"


def test_source_url_upload(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    fake.handler = gateway()
    Driver(mode, key_config, fake)(
        "upload", mini_app_id="1", build_version="1.0.0", source_url="https://cdn.example.com/p.amr"
    )
    assert fake.seen[0].json == {
        "mini_app_id": "1",
        "build_version": "1.0.0",
        "build_app_type": "tinyApp",
        "build_source_pkg_url": "https://cdn.example.com/p.amr",
    }


# -- packages ------------------------------------------------------------------------------


def make_folder(root: Path) -> Path:
    folder = root / "mini"
    (folder / "pages" / "index").mkdir(parents=True)
    (folder / "app.json").write_text('{"pages":["pages/index/index"]}')
    (folder / "pages" / "index" / "index.axml").write_text("<view>hi</view>")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref")
    return folder


def test_folder_is_zipped_deterministically(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    fake.handler = gateway()
    folder = make_folder(tmp_path)
    call = Driver("sync", key_config, fake)
    first = call("upload", mini_app_id="1", build_version="1.0.0", package=folder)
    os.utime(folder / "app.json", (1_000_000_000, 1_000_000_000))  # mtimes must not matter
    second = call("upload", mini_app_id="1", build_version="1.0.1", package=folder)
    assert first.package_md5 == second.package_md5
    sent = base64.b64decode(fake.seen[0].json["build_package_stream"])
    names = zipfile.ZipFile(io.BytesIO(sent)).namelist()
    assert names == ["app.json", "pages/index/index.axml"]  # sorted, .git skipped
    assert hashlib.md5(sent).hexdigest() == first.package_md5


def test_zip_path_package(key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path) -> None:
    fake.handler = gateway()
    path = tmp_path / "pkg.zip"
    path.write_bytes(mini_zip())
    result = Driver("sync", key_config, fake)(
        "upload", mini_app_id="1", build_version="1.0.0", package=path
    )
    assert result.package_size == len(mini_zip())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"package": b"x" * 100}, "is not a zip archive"),
        ({}, "exactly one of package"),
        (
            {"package": b"PK\x05\x06" + bytes(18), "source_url": "https://x"},
            "Give the package one way",
        ),
        ({"package": "/nonexistent/folder"}, "does not exist"),
        ({"package": b"PK\x05\x06" + bytes(18), "build_package_md_5": "abc"}, "one way"),
        ({"source_url": "https://x", "build_source_pkg_url": "https://y"}, "not both"),
        ({"source_url": "https://x", "plugin_refs": [{"plugin": "x"}]}, "unknown key"),
        ({"source_url": "https://x", "build_version": " "}, "build_version is required"),
    ],
)
def test_bad_upload_arguments_fail_before_sending(
    key_config: AlipayConfig, fake: FakeAlipay, kwargs: dict[str, Any], message: str
) -> None:
    args: dict[str, Any] = {"mini_app_id": "1", "build_version": "1.0.0", **kwargs}
    with pytest.raises(InvalidRequestError, match=message):
        Driver("sync", key_config, fake)("upload", **args)
    assert fake.seen == []


def test_an_unknown_upload_keyword_is_refused_by_the_signature(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """``upload`` has real parameters: a misspelt one is Python's own TypeError."""
    with pytest.raises(TypeError, match="no_such_field"):
        Driver("sync", key_config, fake)(
            "upload", mini_app_id="1", build_version="1.0.0", no_such_field="1"
        )
    assert fake.seen == []


def test_package_over_20_mb_is_rejected_before_sending(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    big = b"PK\x03\x04" + os.urandom(20 * 1024 * 1024)
    with pytest.raises(InvalidRequestError, match=r"20\.0 MB; Alipay accepts at most 20 MB"):
        Driver(mode, key_config, fake)(
            "upload", mini_app_id="1", build_version="1.0.0", package=big
        )
    assert fake.seen == []


@pytest.mark.parametrize("version", ["1.2", "1.2.3.4", "v1.2.3", "1.2.x", ""])
def test_template_version_is_checked_locally(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, version: str
) -> None:
    message = (
        rf"upgrade: template_version is {re.escape(repr(version))}, which does not match"
        if version
        else "upgrade: template_version is required"
    )
    with pytest.raises(InvalidRequestError, match=message):
        Driver(mode, key_config, fake)(
            "upgrade", mini_app_id="1", template_id="2", template_version=version
        )
    assert fake.seen == []


def test_status_needs_an_identifier(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    with pytest.raises(InvalidRequestError, match="Say which build"):
        Driver("sync", key_config, fake)("upload_status", mini_app_id="1")


def test_status_by_app_and_version(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    fake.handler = gateway()
    status = Driver("sync", key_config, fake)(
        "upload_status", mini_app_id="1", build_version="1.0.0"
    )
    assert fake.seen[0].query == {"mini_app_id": "1", "build_version": "1.0.0"}
    assert status.succeeded


# -- waiting for builds ----------------------------------------------------------------------

PROGRESS = [
    {"build_status": "0", "need_rotation": "true"},
    {"build_status": "0", "need_rotation": "true"},
    {"build_status": "1", "need_rotation": "true"},
    {"build_status": "1", "need_rotation": "true", "build_info": "compiling"},
    {"build_status": "2", "need_rotation": "false", "build_package_url": "https://pkg"},
]


def test_wait_for_build_reports_each_change_in_order(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = gateway(PROGRESS)
    seen: list[BuildStatus] = []
    final = Driver(mode, key_config, fake)(
        "wait_for_build", package_id="20240001", poll_interval=0.001, on_progress=seen.append
    )
    assert final.succeeded
    assert final.build_package_url == "https://pkg"
    assert [(s.state, s.build_info or None) for s in seen] == [
        (BuildState.QUEUED, None),
        (BuildState.BUILDING, None),
        (BuildState.BUILDING, "compiling"),
        (BuildState.SUCCEEDED, None),
    ]
    assert len(fake.seen) == 5
    assert len({s.headers["alipay-request-id"] for s in fake.seen}) == 5  # one id per poll


@pytest.mark.parametrize(("code", "reason"), [("3", "failed"), ("5", "timed out on Alipay's side")])
def test_wait_for_build_surfaces_failure(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, code: str, reason: str
) -> None:
    fake.handler = gateway(
        [
            {"build_status": "1", "need_rotation": "true"},
            {
                "build_status": code,
                "need_rotation": "false",
                "build_info": "app.json missing",
                "log_url": "https://log",
            },
        ]
    )
    with pytest.raises(BuildFailedError) as info:
        Driver(mode, key_config, fake)("wait_for_build", package_id="p9", poll_interval=0.001)
    error = info.value
    assert error.build_info == "app.json missing"
    assert error.log_url == "https://log"
    assert error.package_id == "p9"
    assert error.build_status == code
    assert f"Build of package p9 {reason}: app.json missing" in str(error)


def test_unknown_final_status_is_not_success(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    fake.handler = gateway([{"build_status": "9", "need_rotation": "false"}])
    with pytest.raises(BuildFailedError, match="unrecognised build_status '9'"):
        Driver("sync", key_config, fake)("wait_for_build", package_id="p", poll_interval=0.001)


def test_unknown_status_keeps_polling_while_rotation_is_needed(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    fake.handler = gateway(
        [
            {"build_status": "6", "need_rotation": "true"},
            {"build_status": "2", "need_rotation": "false"},
        ]
    )
    final = Driver("sync", key_config, fake)("wait_for_build", package_id="p", poll_interval=0.001)
    assert final.succeeded
    assert len(fake.seen) == 2


def test_wait_deadline_names_package_and_last_state(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = gateway([{"build_status": "1", "need_rotation": "true", "build_info": "slow"}])
    with pytest.raises(WaitTimeoutError) as info:
        Driver(mode, key_config, fake)(
            "wait_for_build", package_id="p7", timeout=0.2, poll_interval=0.05
        )
    assert info.value.package_id == "p7"
    assert info.value.last_state == "building"
    assert "package p7; last state: building (build_status=1): slow" in str(info.value)
    assert 2 <= len(fake.seen) <= 8


def test_upload_and_wait(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    fake.handler = gateway(PROGRESS[2:])
    states: list[BuildState] = []
    result = Driver(mode, key_config, fake)(
        "upload",
        mini_app_id="1",
        build_version="1.0.0",
        package=mini_zip(),
        wait=True,
        poll_interval=0.001,
        on_progress=lambda s: states.append(s.state),
    )
    assert result.build is not None
    assert result.build.succeeded
    assert states == [
        BuildState.QUEUED,
        BuildState.BUILDING,
        BuildState.BUILDING,
        BuildState.SUCCEEDED,
    ]
    assert fake.seen[1].query["build_package_id"] == "20240001"


# -- retries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        httpx.ConnectError("connection reset by peer"),
        httpx.ReadTimeout("timed out"),
        (503, {"code": "SYSTEM_ERROR", "message": "busy"}),
        (429, {"code": "app-call-limited", "message": "slow down"}),
        (400, {"code": "method-call-limited", "message": "slow down"}),
    ],
    ids=["reset", "timeout", "503", "429", "rate-limit-code"],
)
def test_transient_failure_then_success_reuses_request_id(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, first: Any
) -> None:
    fake.script = [first, (200, {})]
    result = Driver(mode, key_config, fake)(
        "online", mini_app_id="1", app_online_version="1.0.0", request_id=None
    )
    attempts = fake.seen
    assert len(attempts) == 2
    assert attempts[0].headers["alipay-request-id"] == attempts[1].headers["alipay-request-id"]
    assert attempts[0].auth.nonce != attempts[1].auth.nonce
    assert attempts[0].auth.sign != attempts[1].auth.sign
    assert result.request_id == attempts[0].headers["alipay-request-id"]


def test_business_error_is_raised_at_once(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str
) -> None:
    fake.handler = lambda seen: (
        400,
        {"code": "MINI_APP_VERSION_NOT_EXISTS", "message": "no such version"},
    )
    with pytest.raises(NotFoundError) as info:
        Driver(mode, key_config, fake)("online", mini_app_id="1", app_online_version="9.9.9")
    assert len(fake.seen) == 1
    assert info.value.request_id == fake.seen[0].headers["alipay-request-id"]
    assert info.value.trace_id == "trace-0001"


def test_retries_are_bounded(key_config: AlipayConfig, fake: FakeAlipay, mode: str) -> None:
    fake.handler = lambda seen: (503, {"code": "SYSTEM_ERROR", "message": "down"})
    with pytest.raises(ServerError):
        Driver(mode, key_config, fake, max_retries=3)(
            "online", mini_app_id="1", app_online_version="1.0.0"
        )
    assert len(fake.seen) == 4


def test_max_retries_zero_disables(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    fake.script = [(429, {"code": "app-call-limited", "message": "x"}), (200, {})]
    with pytest.raises(RateLimitError):
        Driver("sync", key_config, fake, max_retries=0)(
            "online", mini_app_id="1", app_online_version="1.0.0"
        )
    assert len(fake.seen) == 1


# -- client lifecycle and options ----------------------------------------------------------------


def test_with_options_copies_limits_and_shares_connections(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    fake.handler = lambda seen: (503, {"code": "SYSTEM_ERROR", "message": "down"})
    user_http = httpx.Client(transport=httpx.MockTransport(fake))
    with InnerVersionClient(key_config, http_client=user_http, max_retries=2, timeout=30) as client:
        patient = client.with_options(max_retries=0, timeout=5)
        assert (patient.max_retries, patient.timeout.read) == (0, 5)
        assert (client.max_retries, client.timeout.read) == (2, 30)
        with pytest.raises(ServerError):
            patient.online(mini_app_id="1", app_online_version="1.0.0")
        assert len(fake.seen) == 1
        patient.close()
        fake.handler = lambda seen: (200, {})
        client.online(mini_app_id="1", app_online_version="1.0.0")  # still usable
    assert not user_http.is_closed  # the caller's client stays the caller's
    user_http.close()


class _Closing(httpx.MockTransport):
    closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_context_manager_closes_own_connections(key_config: AlipayConfig) -> None:
    transport = _Closing(lambda request: httpx.Response(500))
    with InnerVersionClient(key_config, transport=transport):
        pass
    assert transport.closed


def test_async_context_manager_closes(key_config: AlipayConfig) -> None:
    transport = _Closing(lambda request: httpx.Response(500))

    async def run() -> None:
        async with AsyncInnerVersionClient(key_config, transport=transport):
            pass

    asyncio.run(run())
    assert transport.closed


def test_config_from_environment(keys: Keys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIPAY_APP_ID", keys.app_id)
    monkeypatch.setenv("ALIPAY_PRIVATE_KEY", keys.app_private_pem)
    monkeypatch.setenv("ALIPAY_PUBLIC_KEY", keys.alipay_public_pem)
    monkeypatch.setenv("ALIPAY_ENCRYPT_KEY", keys.encrypt_key_b64)
    with InnerVersionClient() as client:
        assert client.config.app_id == keys.app_id
        assert client.config.encrypted
        assert keys.encrypt_key_b64 not in repr(client)


def test_one_debug_line_per_attempt(
    key_config: AlipayConfig, fake: FakeAlipay, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script = [(503, {"code": "SYSTEM_ERROR", "message": "busy"}), (200, {})]
    with caplog.at_level(logging.DEBUG, logger="alipay_innerversion"):
        Driver("sync", key_config, fake)("online", mini_app_id="1", app_online_version="1.0.0")
    lines = [r.getMessage() for r in caplog.records if r.name == "alipay_innerversion"]
    assert len(lines) == 2
    assert lines[0].startswith(f"POST {ONLINE} -> 503 SYSTEM_ERROR trace_id=trace-0001 ")
    assert "attempt=1/3" in lines[0]
    assert "retry_in=" in lines[0]
    assert lines[1].startswith(f"POST {ONLINE} -> 200 trace_id=trace-0002 ")
    assert "attempt=2/3 duration_ms=" in lines[1]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_concurrent_calls_keep_their_own_tokens(
    key_config: AlipayConfig, fake: FakeAlipay
) -> None:
    """Context-local options: concurrent upgrades for different merchants never mix tokens."""
    import anyio

    fake.handler = lambda seen: (200, {})
    mock = httpx.MockTransport(fake)
    async with (
        AsyncInnerVersionClient(
            key_config, http_client=httpx.AsyncClient(transport=mock)
        ) as client,
        anyio.create_task_group() as group,
    ):
        for n in range(20):
            group.start_soon(
                functools.partial(
                    client.upgrade,
                    mini_app_id=f"app{n}",
                    template_id="t",
                    template_version="1.0.0",
                    app_auth_token=f"token-{n}",
                )
            )
    pairs = {(s.json["mini_app_id"], s.headers["alipay-app-auth-token"]) for s in fake.seen}
    assert pairs == {(f"app{n}", f"token-{n}") for n in range(20)}


def test_transport_argument_does_the_io(key_config: AlipayConfig, fake: FakeAlipay) -> None:
    with InnerVersionClient(key_config, transport=httpx.MockTransport(fake)) as client:
        client.upgrade(mini_app_id="1", template_id="2", template_version="1.0.0")
    assert fake.seen[0].json["mini_app_id"] == "1"
    with pytest.raises(InvalidRequestError, match="not both"):
        InnerVersionClient(
            key_config, transport=httpx.MockTransport(fake), http_client=httpx.Client()
        )


def test_upload_reads_its_answer_once(
    key_config: AlipayConfig, fake: FakeAlipay, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the upload answer becomes the result the caller gets, read into a model
    once (not read as the generated result, then again as the facade's)."""
    from alipay_innerversion_api.api import UploadResult as GeneratedUploadResult

    reads: list[type] = []
    from_dict = GeneratedUploadResult.from_dict.__func__  # type: ignore[attr-defined]

    def counting(cls: type, data: Any) -> Any:
        reads.append(cls)
        return from_dict(cls, data)

    monkeypatch.setattr(GeneratedUploadResult, "from_dict", classmethod(counting))
    fake.handler = gateway(PROGRESS[2:])
    result = Driver(mode, key_config, fake)(
        "upload",
        mini_app_id="1",
        build_version="1.0.0",
        package=mini_zip(),
        wait=True,
        poll_interval=0.001,
    )
    assert result.build is not None
    assert result.build.succeeded
    assert reads == [type(result)]
    assert result.raw is not None
    assert result.raw.status_code == 200
