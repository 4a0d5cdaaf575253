"""``alipay-mini api OPERATION --extra KEY=VALUE / --extra-json``: fields the spec does not
know yet reach the wire (the emulator refuses them unless it accepts unknown fields, so
the refusal and the record prove they were sent)."""

from __future__ import annotations

import json

from .conftest import Cli
from .emulator_process import EmulatorProcess

BATCH = (
    "api",
    "condition.batchquery",
    "--bundle-id",
    "com.alipay.alipaywallet",
    "--app-origin",
    "alipay",
    "--version-status",
    "INIT",
)
LAST = (
    "api",
    "last.query",
    "--bundle-id",
    "com.alipay.alipaywallet",
    "--app-origin",
    "alipay",
    "--pid",
    "2088000000000001",
)


def test_extra_is_refused_by_a_strict_emulator(cli: Cli, emu: EmulatorProcess) -> None:
    result = cli(*BATCH, "--extra", "new_field=x")
    assert result.exit_code == 1, result.output
    assert "invalid-parameter" in result.output
    assert "new_field" in result.output
    assert emu.applied() == []


def test_extra_reaches_the_body_of_a_post(cli: Cli, emu: EmulatorProcess) -> None:
    emu.accept_unknown_fields = True
    result = cli(
        "--json",
        *BATCH,
        "--extra-json",
        '{"note": "from json", "level": 1}',
        "--extra",
        'new_field={"a": [1, 2]}',
        "--extra",
        "level=2",
        "--extra",
        "note=plain text",
    )
    assert result.exit_code == 0, result.output
    (record,) = emu.applied()
    assert record.body is not None
    assert record.body["new_field"] == {"a": [1, 2]}
    assert (record.body["level"], record.body["note"]) == (2, "plain text")
    shown = json.loads(result.stdout)
    assert shown["http_status"] == 200
    assert shown["trace_id"] == record.trace_id


def test_extra_reaches_the_query_of_a_get(cli: Cli, emu: EmulatorProcess) -> None:
    refused = cli(*LAST, "--extra-json", '{"new_field": 5}')
    assert refused.exit_code == 1, refused.output
    assert "new_field is not a query parameter" in refused.output
    emu.accept_unknown_fields = True
    result = cli(*LAST, "--extra-json", '{"new_field": 5}')
    assert result.exit_code == 0, result.output
    (record,) = emu.applied()
    assert record.query["new_field"] == "5"


def test_extra_refusals_name_the_flags(cli: Cli, emu: EmulatorProcess) -> None:
    emu.accept_unknown_fields = True
    for args, message in (
        (("--extra", "bundle_id=x"), "--bundle-id"),
        (("--extra", "no-equals-sign"), "KEY=VALUE"),
        (("--extra-json", "[1]"), "JSON object"),
    ):
        result = cli(*BATCH, *args)
        assert result.exit_code == 2, result.output
        assert message in result.output
    nested = cli(*LAST, "--extra", 'filter={"a": 1}')
    assert nested.exit_code == 2, nested.output
    assert "query parameters" in nested.output
    assert emu.accepted() == []
    shown = cli("api", "condition.batchquery", "--help")
    assert "--extra KEY=VALUE" in shown.stdout
    assert "--extra-json JSON" in shown.stdout
