"""The upgrade batch engine: apps files, the journal, exactly-once resumption."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    InvalidRequestError,
)
from alipay_innerversion.flows.batch import (
    BatchEvent,
    BatchSummary,
    BatchTarget,
    Journal,
    read_targets,
    run_upgrade_batch,
    token_fingerprint,
)

from .helpers import FakeAlipay, Seen

pytestmark = pytest.mark.usefixtures("fast_retries")


def test_read_csv_and_jsonl(tmp_path: Path) -> None:
    csv_file = tmp_path / "apps.csv"
    csv_file.write_text("mini_app_id,app_auth_token,bundle_id\n1001,tok-a,com.x\n1002,,\n")
    jsonl = tmp_path / "apps.jsonl"
    jsonl.write_text(
        '{"mini_app_id": "1001", "app_auth_token": "tok-a", "bundle_id": "com.x"}\n'
        '\n{"mini_app_id": "1002"}\n'
    )
    expected = [BatchTarget("1001", "tok-a", "com.x"), BatchTarget("1002")]
    assert read_targets(csv_file) == expected
    assert read_targets(jsonl) == expected
    assert "tok-a" not in repr(expected)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("app,token\n1,2\n", "header names a mini_app_id column"),
        ("mini_app_id\n1\n1\n", "appears twice"),
        ("mini_app_id\n\n", "lists no mini programs"),
        ('{"mini_app_id": ""}\n', "mini_app_id is empty"),
        ('{"mini_app_id": "1", "token": "x"}\n', "unknown field"),
        ('{"mini_app_id": "1"}\nnot json\n', ":2: not a JSON object"),
    ],
)
def test_bad_apps_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "apps.txt"
    path.write_text(content)
    with pytest.raises(InvalidRequestError, match=message):
        read_targets(path)


def targets(n: int) -> list[BatchTarget]:
    return [BatchTarget(f"app{i:03d}", f"secret-token-{i:03d}") for i in range(n)]


def run(
    config: AlipayConfig,
    fake: FakeAlipay,
    journal: Journal,
    items: list[BatchTarget],
    events: list[BatchEvent] | None = None,
    **options: object,
) -> BatchSummary:
    async def go() -> BatchSummary:
        mock = httpx.MockTransport(fake)
        async with AsyncInnerVersionClient(
            config, http_client=httpx.AsyncClient(transport=mock)
        ) as client:
            return await run_upgrade_batch(
                client,
                items,
                journal,
                template_id="tpl",
                template_version="1.2.3",
                on_event=events.append if events is not None else None,
                **options,  # type: ignore[arg-type]
            )

    return asyncio.run(go())


def test_batch_upgrades_every_app_once(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(30)
    journal.plan(items, "tpl", "1.2.3")
    summary = run(key_config, fake, journal, items, concurrency=5)
    assert (summary.total, summary.done, summary.failed, summary.skipped) == (30, 30, 0, 0)
    sent = sorted((s.json["mini_app_id"], s.headers["alipay-app-auth-token"]) for s in fake.seen)
    assert sent == [(t.mini_app_id, t.app_auth_token) for t in items]
    recorded = {row.mini_app_id: row.request_id for row in journal.rows()}
    assert {s.json["mini_app_id"]: s.headers["alipay-request-id"] for s in fake.seen} == recorded
    journal.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("j.sqlite*"))
    assert b"secret-token" not in raw
    with sqlite3.connect(tmp_path / "j.sqlite") as db:
        stored = {row[0] for row in db.execute("SELECT token_fingerprint FROM upgrade")}
    assert stored == {token_fingerprint(t.app_auth_token) for t in items}


def test_business_errors_fail_the_app_and_others_go_on(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    def handler(seen: Seen) -> tuple[int, object]:
        if seen.json["mini_app_id"] == "app003":
            return 400, {"code": "MINI_APP_AUDITING", "message": "build in progress"}
        return 200, {}

    fake.handler = handler
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(6)
    journal.plan(items, "tpl", "1.2.3")
    summary = run(key_config, fake, journal, items)
    assert (summary.done, summary.failed) == (5, 1)
    [failure] = summary.failures
    assert (failure.mini_app_id, failure.code) == ("app003", "MINI_APP_AUDITING")
    assert failure.trace_id is not None
    assert len(fake.seen) == 6  # not retried


def test_rate_limiting_pauses_and_requeues(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    limited = {"count": 0}

    def handler(seen: Seen) -> tuple[int, object]:
        if seen.json["mini_app_id"] == "app001" and limited["count"] < 4:
            limited["count"] += 1  # the client's own 2 retries fail too, then the batch requeues
            return 429, {"code": "app-call-limited", "message": "slow down"}
        return 200, {}

    fake.handler = handler
    fake.extra_headers = {"retry-after": "0.05"}
    events: list[BatchEvent] = []
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(3)
    journal.plan(items, "tpl", "1.2.3")
    summary = run(key_config, fake, journal, items, events)
    assert summary.done == 3
    kinds = [e.kind for e in events if e.mini_app_id == "app001"]
    assert kinds == ["paused", "retry", "done"]
    ids = {s.headers["alipay-request-id"] for s in fake.seen if s.json["mini_app_id"] == "app001"}
    assert len(ids) == 1  # every resend is the same logical request


def test_resume_skips_finished_and_resends_in_flight_with_same_id(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    path = tmp_path / "j.sqlite"
    journal = Journal(path)
    items = targets(10)
    journal.plan(items, "tpl", "1.2.3")
    rows = journal.rows()
    for row in rows[:4]:
        journal.mark(row.mini_app_id, "done")
    journal.mark(rows[4].mini_app_id, "in_flight", attempt=True)  # killed while sending
    journal.close()

    journal = Journal(path)
    summary = run(key_config, fake, journal, items)
    assert (summary.done, summary.skipped) == (10, 4)
    sent = {s.json["mini_app_id"]: s.headers["alipay-request-id"] for s in fake.seen}
    assert set(sent) == {row.mini_app_id for row in rows[4:]}
    assert sent[rows[4].mini_app_id] == rows[4].request_id


def test_failed_apps_can_be_retried_on_purpose(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(2)
    journal.plan(items, "tpl", "1.2.3")
    fake.handler = lambda seen: (400, {"code": "TEMPLATE_VERSION_NOT_EXIST", "message": "x"})
    assert run(key_config, fake, journal, items).failed == 2
    assert journal.reset_failed() == 2  # answered failures: new request ids
    fake.handler = lambda seen: (200, {})
    assert run(key_config, fake, journal, items).done == 2
    assert json.dumps(journal.counts()) == json.dumps(
        {"pending": 0, "in_flight": 0, "done": 2, "failed": 0}
    )


def test_retrying_failed_apps_keeps_ids_only_when_the_outcome_is_unknown(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(3)
    journal.plan(items, "tpl", "1.2.3")
    before = {row.mini_app_id: row.request_id for row in journal.rows()}

    def handler(seen: Seen) -> tuple[int, object]:
        if seen.json["mini_app_id"] == "app000":  # answered: a definitive business error
            return 400, {"code": "TEMPLATE_NOT_ONLINE_OR_OFFLINE", "message": "x"}
        if seen.json["mini_app_id"] == "app002":  # signed, but not a documented answer
            return 202, {}
        raise httpx.ConnectError("unreachable")  # unknown: the request may have arrived

    fake.handler = handler
    summary = run(key_config, fake, journal, items, max_attempts=1)
    assert summary.failed == 3
    assert journal.reset_failed() == 3
    after = {row.mini_app_id: row.request_id for row in journal.rows()}
    assert after["app000"] != before["app000"]
    assert after["app001"] == before["app001"]
    assert after["app002"] == before["app002"]


# -- issue 13: apps files in every form, and run_upgrade_batch refusing what was not planned


def test_read_json_array_and_csv_with_spaces(tmp_path: Path) -> None:
    array = tmp_path / "apps.json"
    array.write_text(
        '[{"mini_app_id": "1001", "app_auth_token": "tok-a", "bundle_id": "com.x"},\n'
        ' {"mini_app_id": 1002}]\n'
    )
    spaced = tmp_path / "apps.csv"
    spaced.write_text(
        "mini_app_id , app_auth_token,  bundle_id\n 1001 , tok-a , com.x\n1002 ,  ,\n"
    )
    expected = [BatchTarget("1001", "tok-a", "com.x"), BatchTarget("1002")]
    assert read_targets(array) == expected
    assert read_targets(spaced) == expected


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("apps.json", '{\n  "apps": ["1"]\n}\n', ":1: not a JSON object"),
        ("apps.json", "mini_app_id\n1\n", "neither a JSON array of objects nor JSON lines"),
        ("apps.json", '[{"mini_app_id": "1"},]', r"apps.json:1: not valid JSON"),
        ("apps.json", '[{"mini_app_id": "1"}, "2"]', "item 2 is not a JSON object"),
        ("apps.json", '[{"mini_app_id": "1", "token": "x"}]', "item 1: unknown field"),
        ("apps.txt", "hello world\n", "nor a JSON array or JSON lines"),
        ("apps.csv", "mini_app_id\n1,2\n", ":2: more values than header names"),
    ],
)
def test_apps_file_in_no_known_form(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(InvalidRequestError, match=message) as raised:
        read_targets(path)
    if "neither" in message or "nor" in message:
        assert "CSV" in str(raised.value)
        assert "JSON array" in str(raised.value)


def test_running_a_journal_nobody_planned_is_an_error(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    with pytest.raises(InvalidRequestError, match="holds no planned batch") as raised:
        run(key_config, fake, journal, targets(3))
    assert "journal.plan(" in str(raised.value)
    assert fake.seen == []


def test_running_with_another_template_version_than_planned_is_an_error(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(3)
    journal.plan(items, "tpl", "1.0.0")
    with pytest.raises(InvalidRequestError) as raised:
        run(key_config, fake, journal, items)  # runs template tpl 1.2.3
    assert "plans template tpl version 1.0.0, not template tpl version 1.2.3" in str(raised.value)
    assert fake.seen == []


def test_targets_missing_from_the_plan_are_an_error(
    key_config: AlipayConfig, fake: FakeAlipay, tmp_path: Path
) -> None:
    journal = Journal(tmp_path / "j.sqlite")
    items = targets(3)
    journal.plan(items[:2], "tpl", "1.2.3")
    with pytest.raises(InvalidRequestError, match=r"1 target\(s\) are not in .*first: app002"):
        run(key_config, fake, journal, items)
    assert fake.seen == []
    journal.add_missing(items)
    assert run(key_config, fake, journal, items).done == 3


def test_docstrings_name_no_resume_parameter() -> None:
    import inspect

    import alipay_innerversion.flows.batch as batch_module

    assert "resume" not in inspect.signature(run_upgrade_batch).parameters
    for text in (batch_module.__doc__, run_upgrade_batch.__doc__):
        assert text is not None
        assert "resume=True" not in text
