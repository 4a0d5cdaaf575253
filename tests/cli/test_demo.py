"""alipay-mini demo: the whole flow against an embedded emulator, as a newcomer sees it."""

from __future__ import annotations

import json

import pytest

from .conftest import run_cli


@pytest.mark.parametrize("options", [[], ["--cert-mode", "--no-encrypt"]], ids=["key+aes", "cert"])
def test_demo_runs_the_release_flow(options: list[str]) -> None:
    result = run_cli("demo", "--merchants", "3", *options, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    for step in (
        "1/7 upload 1.0.0",
        "2/7 review 1.0.0",
        "review of 1.0.0: WAIT_RELEASE",
        "3/7 gray release 1.0.0",
        "status GRAY, strategy p10",
        "4/7 publish 1.0.0",
        "5/7 push 1.0.0",
        "6/7 release 1.1.0",
        "the rollback made 1.0.0 current",
        "7/7 upgrade 3 merchants",
    ):
        assert step in out
    assert "succeeded (build_status=2)" in out
    assert "2 attempts, one request id" in out  # the injected 503 was retried
    assert "Release summary" in out
    assert "Version 1.0.0 of 2021000000000001 is online" in out
    assert "PRIVATE KEY" not in out


def test_demo_json() -> None:
    result = run_cli("--json", "demo", "--merchants", "2", env={})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["ok"] is True
    assert data["online_version"] == "1.0.0"
    assert [step["attempts"] for step in data["steps"]] == [1, 1, 1, 1, 2, 1, 2]
