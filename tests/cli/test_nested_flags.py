"""Errors inside a nested value name the flag that carries it, and the keys of a nested
object stay keys (issue 19): ``--plugin-refs[0].lazy``, never a bare path, and a key that
shares its name with a field is not turned into a flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from alipay_innerversion.cli import _common
from alipay_innerversion.cli._app import main


def _refused(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 2, result.output
    return result.stderr


def test_a_bad_value_in_a_list_of_objects_names_the_flag_and_the_path() -> None:
    text = _refused("api", "upload", "--build-version", "1.0.0", "--plugin-refs", '[{"lazy": 5}]')
    assert "--plugin-refs[0].lazy must be a boolean" in text


def test_the_keys_of_a_nested_object_are_not_renamed_to_flags() -> None:
    text = _refused(
        "api", "audit.submit", "--app-version", "1.0.0", "--version-desc", "d",
        "--license-info", '{"colour": 5}',
    )  # fmt: skip
    assert "--license-info: unknown key(s) colour" in text
    assert "out_door_pic" in text  # a key of license_info, and a field of audit.submit too
    assert "--out-door-pic" not in text


def test_a_one_word_nested_field_is_named_by_its_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field of one word (``labels``) is renamed only where it is clearly an argument:
    a path into it is one."""
    monkeypatch.setattr(_common, "_NESTED_FIELDS", frozenset({"labels"}))
    names = {"labels": "--labels"}
    assert (
        _common._rename("labels[0].count must be an integer, not str ('two').", names)
        == "--labels[0].count must be an integer, not str ('two')."
    )
    assert _common._rename("labels: unknown key(s) colour.", names) == (
        "--labels: unknown key(s) colour."
    )
    assert _common._rename("the labels.", {"x": "--x"}) == "the labels."


def test_upgrade_batch_requires_the_flags_upgrade_requires(tmp_path: Path) -> None:
    """``upgrade-batch`` takes upgrade's required fields from the spec, checked before the
    apps file or the journal is touched (not by click's own ``required``)."""
    apps = tmp_path / "apps.csv"
    apps.write_text("mini_app_id\n2021\n", encoding="utf-8")
    journal = tmp_path / "batch.sqlite"
    args = ("--apps", str(apps), "--template-id", "T", "--journal", str(journal))
    text = _refused("upgrade-batch", *args)
    assert "--template-version is required" in text
    assert not journal.exists()
