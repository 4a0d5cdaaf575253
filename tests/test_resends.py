"""Issue 13 item 10: what a resend does, with the emulator's de-duplication on and off.

Alipay does not promise to de-duplicate by ``alipay-request-id``, so a retried call may be
applied twice. These tests run the client's retries and the upgrade batch against an
emulator that applies every request (``dedupe=False``) and assert the documented worst
case of each operation: an upgrade applied twice leaves the same template version; an
upload retried after its answer was lost is refused with BUILD_VERSION_ALREADY_EXIST, and
the error says to check with upload_status (which finds the build).
"""

from __future__ import annotations

import asyncio
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from alipay_innerversion import AlipayApiError, AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.flows.batch import BatchTarget, Journal, run_upgrade_batch

from .conftest import Keys

pytestmark = pytest.mark.usefixtures("fast_retries")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
        archive.writestr("pages/index/index.js", "Page({})")
    return buffer.getvalue()


@pytest.fixture(scope="module", params=[False, True], ids=["dedupe-off", "dedupe-on"])
def emu(request: pytest.FixtureRequest, keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id, app_private_key=keys.app_private_pem, dedupe=request.param
    ) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def _fresh(emu: Emulator) -> None:
    emu.reset()


def _dedupe(emu: Emulator) -> bool:
    return bool(emu.gateway.dedupe)


def test_an_upgrade_retried_after_its_answer_was_lost_leaves_the_same_state(
    emu: Emulator,
) -> None:
    app = "2021000000000801"
    with InnerVersionClient(emu.client_config()) as client:
        emu.inject("drop-after")
        result = client.upgrade(mini_app_id=app, template_id="tpl", template_version="1.2.3")
    records = emu.accepted(request_id=result.request_id)
    assert [r.fault for r in records] == ["drop-after", None]
    applied = sum(r.applied for r in records)
    assert applied == (1 if _dedupe(emu) else 2)  # dedupe off: upgraded twice ...
    state = emu.mini_app(app)
    assert state.template_version == "1.2.3"  # ... to the same version: the same state
    assert state.upgrade_count == applied


def test_an_upload_retried_after_its_answer_was_lost(emu: Emulator) -> None:
    app = "2021000000000802"
    with InnerVersionClient(emu.client_config()) as client:
        emu.inject("drop-after")
        if _dedupe(emu):
            result = client.upload(mini_app_id=app, build_version="1.0.0", package=_zip())
            assert result.package_id
            return
        with pytest.raises(AlipayApiError) as caught:
            client.upload(mini_app_id=app, build_version="1.0.0", package=_zip())
        assert caught.value.code == "BUILD_VERSION_ALREADY_EXIST"
        assert "upload_status" in str(caught.value)  # what to do: check, not "bump"
        assert "earlier attempt" in str(caught.value)
        # Following the hint finds the build the lost attempt started.
        status = client.upload_status(mini_app_id=app, build_version="1.0.0")
        assert status.build_version == "1.0.0"
        assert status.build_status is not None
    uploads = [r for r in emu.accepted() if r.operation == "upload"]
    assert sum(r.applied for r in uploads) == 1  # nothing was built twice


def test_an_upgrade_batch_with_lost_answers_ends_in_the_same_state(
    emu: Emulator, tmp_path: Path
) -> None:
    targets = [BatchTarget(f"20210000000009{i:02d}") for i in range(12)]
    journal = Journal(tmp_path / "batch.sqlite")
    journal.plan(targets, "tpl", "2.0.0")
    emu.faults.seed = 7
    emu.faults.drop_after_rate = 0.4

    async def go() -> None:
        async with AsyncInnerVersionClient(emu.client_config(), max_retries=6) as client:
            summary = await run_upgrade_batch(
                client, targets, journal, template_id="tpl", template_version="2.0.0"
            )
        assert (summary.done, summary.failed) == (len(targets), 0)

    try:
        asyncio.run(go())
    finally:
        emu.faults.drop_after_rate = 0.0
        journal.close()
    dropped = emu.faults.injected().get("drop-after", 0)
    assert dropped > 0
    applied = sum(r.applied for r in emu.accepted() if r.operation == "upgrade")
    assert applied == (len(targets) if _dedupe(emu) else len(targets) + dropped)
    for target in targets:
        assert emu.mini_app(target.mini_app_id).template_version == "2.0.0"


def test_a_rerun_after_a_kill_mid_upgrade_resends_to_the_same_state(
    emu: Emulator, tmp_path: Path
) -> None:
    """An app marked in flight when the process died is sent again on ``--resume``."""
    target = BatchTarget("2021000000000990")
    path = tmp_path / "batch.sqlite"
    journal = Journal(path)
    journal.plan([target], "tpl", "3.0.0")
    (row,) = journal.rows()
    with InnerVersionClient(emu.client_config()) as client:  # the call that was applied ...
        client.upgrade(
            mini_app_id=target.mini_app_id,
            template_id="tpl",
            template_version="3.0.0",
            request_id=row.request_id,
        )
    journal.mark(target.mini_app_id, "in_flight", attempt=True)  # ... before the kill

    async def go() -> None:
        async with AsyncInnerVersionClient(emu.client_config()) as client:
            summary = await run_upgrade_batch(
                client, [target], journal, template_id="tpl", template_version="3.0.0"
            )
        assert summary.done == 1

    asyncio.run(go())
    journal.close()
    state = emu.mini_app(target.mini_app_id)
    assert state.template_version == "3.0.0"
    assert state.upgrade_count == (1 if _dedupe(emu) else 2)
