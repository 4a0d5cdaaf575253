"""One version through every status of the release lifecycle, over real HTTP, with the
SDK's own methods (sync and async), and every refusal on the way with its exact code."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from alipay_innerversion import (
    AlipayApiError,
    AsyncInnerVersionClient,
    AuditRejectedError,
    InnerVersionClient,
    InvalidRequestError,
    VersionStatus,
)
from alipay_innerversion.emulator import Emulator

from .conftest import Keys
from .test_client_e2e import real_zip

APP = "2021000000000001"
WHERE = {"mini_app_id": APP, "bundle_id": "com.alipay.alipaywallet", "app_origin": "e2e"}

pytestmark = pytest.mark.usefixtures("fast_retries")

Run = Callable[..., Awaitable[Any]]


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    ) as emulator:
        yield emulator


def _runner(kind: str, emu: Emulator) -> tuple[Callable[[Callable[[Run], Awaitable[None]]], None]]:
    def run(scenario: Callable[[Run], Awaitable[None]]) -> None:
        async def main() -> None:
            if kind == "sync":
                with InnerVersionClient(emu.client_config()) as client:

                    async def call(name: str, **kwargs: Any) -> Any:
                        return getattr(client, name)(**kwargs)

                    await scenario(call)
            else:
                async with AsyncInnerVersionClient(emu.client_config()) as aclient:

                    async def acall(name: str, **kwargs: Any) -> Any:
                        return await getattr(aclient, name)(**kwargs)

                    await scenario(acall)

        asyncio.run(main())

    return (run,)


async def refused(call: Run, code: str, name: str, **kwargs: Any) -> None:
    with pytest.raises(AlipayApiError) as caught:
        await call(name, **kwargs)
    assert caught.value.code == code, caught.value


async def status_of(call: Run, version: str) -> VersionStatus | None:
    info = await call("info_query", app_version=version, **WHERE)
    return VersionStatus.parse(info.status)


async def built(call: Run, version: str) -> None:
    uploaded = await call(
        "upload",
        build_version=version,
        package=real_zip(),
        wait=True,
        poll_interval=0.01,
        **WHERE,
    )
    assert uploaded.build.succeeded


async def approved(call: Run, version: str) -> None:
    await call("audit_submit", app_version=version, version_desc="notes", **WHERE)
    info = await call("wait_for_audit", app_version=version, poll_interval=0.01, **WHERE)
    assert VersionStatus.parse(info.status) is VersionStatus.WAIT_RELEASE


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_one_version_through_every_status(emu: Emulator, kind: str) -> None:
    emu.reset()

    async def scenario(call: Run) -> None:
        await built(call, "1.0.0")
        assert await status_of(call, "1.0.0") is VersionStatus.INIT
        await refused(
            call, "CAN_NOT_ONLINE_WITHOUT_AUDIT", "online_publish", app_version="1.0.0", **WHERE
        )
        await refused(
            call,
            "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS",
            "gray_publish",
            app_version="1.0.0",
            gray_strategy="p10",
            **WHERE,
        )
        await refused(
            call, "CAN_NOT_BACK_DEV_WITHOUT_AUDIT", "backdev_publish", app_version="1.0.0", **WHERE
        )

        await call("audit_submit", app_version="1.0.0", version_desc="notes", **WHERE)
        await refused(
            call,
            "CAN_NOT_SUBMIT_WITH_AUDIT",
            "audit_submit",
            app_version="1.0.0",
            version_desc="notes",
            **WHERE,
        )
        assert await status_of(call, "1.0.0") is VersionStatus.AUDITING  # first read after submit
        assert await status_of(call, "1.0.0") is VersionStatus.WAIT_RELEASE  # the reviewer approved
        await refused(
            call,
            "CAN_NOT_SUBMIT_WITHOUT_INIT",
            "audit_submit",
            app_version="1.0.0",
            version_desc="notes",
            **WHERE,
        )
        await refused(
            call, "CAN_NOT_END_GRAY_WITHOUT_GRAY", "gray_finish", app_version="1.0.0", **WHERE
        )

        await call("gray_publish", app_version="1.0.0", gray_strategy="p10", **WHERE)
        info = await call("info_query", app_version="1.0.0", **WHERE)
        assert (info.status, info.gray_strategy) == ("GRAY", "p10")
        assert info.gray_start_time
        await call("gray_finish", app_version="1.0.0", **WHERE)
        assert await status_of(call, "1.0.0") is VersionStatus.WAIT_RELEASE
        await call("gray_publish", app_version="1.0.0", gray_strategy="p50", **WHERE)

        await call("online_publish", app_version="1.0.0", **WHERE)
        info = await call("info_query", app_version="1.0.0", **WHERE)
        assert info.status == "RELEASE"
        assert info.shelf_time
        await call("sync", app_version="1.0.0", sync_type="global", **WHERE)
        await refused(
            call,
            "CAN_NOT_DELETE_WITHOUT_DEV",
            "info_delete",
            app_version="1.0.0",
            pid="2088000000000001",
            **WHERE,
        )

        listed = await call("list_versions", version_status="RELEASE", **WHERE)
        assert [v.app_version for v in listed] == ["1.0.0"]

        await call("offline_publish", app_version="1.0.0", **WHERE)
        info = await call("info_query", app_version="1.0.0", **WHERE)
        assert info.status == "OFFLINE"
        assert info.offline_time
        await refused(call, "MINI_APP_NOT_ONLINE", "offline_publish", app_version="1.0.0", **WHERE)

    _runner(kind, emu)[0](scenario)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_cancel_back_to_development_delete_and_rollback(emu: Emulator, kind: str) -> None:
    emu.reset()

    async def scenario(call: Run) -> None:
        await built(call, "2.0.0")
        await call("audit_submit", app_version="2.0.0", version_desc="notes", **WHERE)
        await call("audit_cancel", app_version="2.0.0", **WHERE)
        assert await status_of(call, "2.0.0") is VersionStatus.INIT
        await approved(call, "2.0.0")
        await call("backdev_publish", app_version="2.0.0", **WHERE)
        assert await status_of(call, "2.0.0") is VersionStatus.INIT
        await call("info_delete", app_version="2.0.0", pid="2088000000000001", **WHERE)

        for version in ("2.1.0", "2.2.0"):
            await built(call, version)
            await approved(call, version)
            await call("online_publish", app_version=version, **WHERE)
        assert await status_of(call, "2.1.0") is VersionStatus.OFFLINE
        await call("content_rollback", app_version="2.2.0", pid="2088000000000001", **WHERE)
        assert await status_of(call, "2.1.0") is VersionStatus.RELEASE
        info = await call("info_query", app_version="2.2.0", **WHERE)
        assert info.status != "RELEASE"
        assert info.rollback_time

    _runner(kind, emu)[0](scenario)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_rejected_review_raises_with_its_reason(keys: Keys, kind: str) -> None:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        review="reject",
        reject_reason="screenshots are blurry",
    ) as emulator:

        async def scenario(call: Run) -> None:
            await built(call, "3.0.0")
            await call("audit_submit", app_version="3.0.0", version_desc="notes", **WHERE)
            with pytest.raises(AuditRejectedError) as caught:
                await call("wait_for_audit", app_version="3.0.0", poll_interval=0.01, **WHERE)
            assert caught.value.reject_reason == "screenshots are blurry"
            await call("backdev_publish", app_version="3.0.0", **WHERE)
            assert await status_of(call, "3.0.0") is VersionStatus.INIT

        _runner(kind, emulator)[0](scenario)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_templates_queries_and_pushes_refuse_what_alipay_refuses(keys: Keys, kind: str) -> None:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
        require_gray=True,
    ) as emulator:
        emulator.add_template("tpl-1", "0.0.3")

        async def scenario(call: Run) -> None:
            tpl = {"template_id": "tpl-1", "template_version": "0.0.3", **WHERE}
            await call("templated_upload", app_version="1.1.0", ext='{"k": "v"}', **tpl)
            found = await call("instantiation_query", app_version="1.1.0", **WHERE)
            assert (found.template_id, found.template_version) == ("tpl-1", "0.0.3")
            assert await status_of(call, "1.1.0") is VersionStatus.INIT
            await refused(
                call, "VERSION_HAS_EXISTED", "templated_upload", app_version="1.1.0", **tpl
            )
            await refused(
                call, "LARGER_VERSION_HAS_EXISTED", "templated_upload", app_version="1.0.9", **tpl
            )
            await refused(
                call, "INVALID_EXT_JSON", "templated_upload", app_version="1.2.0", ext="{", **tpl
            )
            await refused(
                call,
                "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
                "templated_upload",
                app_version="1.3.0",
                template_id="tpl-unknown",
                template_version="0.0.3",
                **WHERE,
            )
            with pytest.raises(InvalidRequestError, match="does not match"):
                await call("templated_upload", app_version="1.4", **tpl)  # never sent

            await approved(call, "1.1.0")
            await refused(
                call, "CAN_NOT_ONLINE_WITHOUT_GRAY", "online_publish", app_version="1.1.0", **WHERE
            )
            await refused(
                call,
                "SYNC_WITHOUT_ONLINE_ERROR",
                "sync",
                app_version="1.1.0",
                sync_type="global",
                **WHERE,
            )
            await call("gray_publish", app_version="1.1.0", gray_strategy="p10", **WHERE)
            await call("online_publish", app_version="1.1.0", **WHERE)
            with pytest.raises(InvalidRequestError, match="not one of the values"):
                await call("sync", app_version="1.1.0", sync_type="PUSH", **WHERE)  # never sent
            await call("sync", app_version="1.1.0", sync_type="recent", **WHERE)

            query = {"version_status": "RELEASE", **WHERE}
            await refused(
                call, "PAGE_SIZE_MORE_TEN", "condition_batchquery", page_size="11", **query
            )
            await refused(call, "PAGE_NUM_LESS_ONE", "condition_batchquery", page_num="0", **query)
            await refused(call, "INVALID_PAGE_NUM", "condition_batchquery", page_num="x", **query)
            page = await call("condition_batchquery", page_num="1", page_size="10", **query)
            assert [v.app_version for v in page.mini_version_base_info_list] == ["1.1.0"]
            last = await call("last_query", pid="2088000000000001", **WHERE)
            assert last.data

        _runner(kind, emulator)[0](scenario)
