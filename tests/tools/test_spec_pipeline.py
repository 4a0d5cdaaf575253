"""tools/spec.py (``make spec``): openapi.yaml is Alipay's structure (a digest) plus our overlay.

The tests start from Alipay's description of the group as the committed digest holds it
(:func:`tests.upstream.alipay_shaped`, prose stripped, same structure as the real file);
every test that changes it works on a copy in a temporary directory and never touches the
committed files.
"""

from __future__ import annotations

import copy
import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from alipay_innerversion_api.api import OPERATIONS, SyncOperations
from tools import spec, spec_report

from ..conftest import ROOT
from ..upstream import alipay_shaped

REAL_UPSTREAM = ROOT.parent / "shared" / "reference" / "alipay-openapi-innerversion.yaml"
PREFIX = "AlipayOpenMiniInnerversion"


@pytest.fixture(scope="module")
def upstream_doc() -> dict[str, Any]:
    return alipay_shaped()


def _run(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    upstream: dict[str, Any] | Path | None = None,
    overlay: dict[str, Any] | None = None,
    *extra: str,
) -> tuple[int, list[str], list[str]]:
    """tools/spec.py on copies of the committed digest and overlay in ``tmp_path``."""
    digest, out, over = tmp_path / "digest.yaml", tmp_path / "openapi.yaml", tmp_path / "ov.yaml"
    if not digest.exists():
        shutil.copy(spec.DIGEST, digest)
    if overlay is not None:
        over.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    elif not over.exists():
        shutil.copy(spec.OVERLAY, over)
    args = ["--digest", str(digest), "--overlay", str(over), "--output", str(out), *extra]
    if isinstance(upstream, dict):
        path = tmp_path / "upstream.yaml"
        path.write_text(yaml.safe_dump(upstream, sort_keys=False), encoding="utf-8")
        args += ["--upstream", str(path)]
    elif upstream is not None:
        args += ["--upstream", str(upstream)]
    code = spec.main(args)
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err.splitlines()


def _changes(lines: list[str]) -> list[str]:
    return [line.removeprefix("changed upstream: ") for line in lines if "changed upstream" in line]


def test_digest_has_no_prose() -> None:
    text = spec.DIGEST.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert body.isascii()  # Alipay's prose is Chinese; names, types and codes are ASCII
    doc = yaml.safe_load(text)

    def keywords(node: Any, names: bool = False) -> set[str]:
        if isinstance(node, dict):
            found = set() if names else set(node)
            for key, value in node.items():
                found |= keywords(value, names=(key == "properties" and not names))
            return found
        if isinstance(node, list):
            return set().union(*(keywords(v) for v in node)) if node else set()
        return set()

    found = keywords(doc)
    assert not found & {"summary", "description", "example", "examples", "title", "tags", "info"}


def test_alipays_description_reproduces_the_committed_files_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "digest.yaml").write_text("openapi: 3.0.3\npaths: {}\n", encoding="utf-8")
    code, lines, err = _run(tmp_path, capsys, alipay_shaped())
    assert (code, err) == (0, [])
    assert (tmp_path / "digest.yaml").read_bytes() == spec.DIGEST.read_bytes()
    assert (tmp_path / "openapi.yaml").read_bytes() == spec.OUTPUT.read_bytes()
    # fields Alipay adds may lack our words for a while (listed, not refused): not checked here
    assert lines[-1].endswith(", 0 overlay targets not found")


@pytest.mark.skipif(not REAL_UPSTREAM.exists(), reason="Alipay's description is not beside us")
def test_alipays_own_file_reproduces_openapi_yaml_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines, err = _run(tmp_path, capsys, REAL_UPSTREAM)
    assert (code, err, _changes(lines)) == (0, [], [])
    assert (tmp_path / "openapi.yaml").read_bytes() == spec.OUTPUT.read_bytes()
    assert (tmp_path / "digest.yaml").read_bytes() == spec.DIGEST.read_bytes()


def test_check_passes_on_the_committed_files_and_fails_on_a_hand_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert spec.main(["--check"]) == 0
    capsys.readouterr()
    shutil.copy(spec.OUTPUT, tmp_path / "openapi.yaml")
    edited = (tmp_path / "openapi.yaml").read_text(encoding="utf-8")
    (tmp_path / "openapi.yaml").write_text(edited.replace("Withdraw a version", "Withdraw"))
    code, _, err = _run(tmp_path, capsys, None, None, "--check")
    assert code == 1
    assert "run 'make spec' and commit" in err[-1]


def test_a_field_alipay_removed_is_reported_not_dropped(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    del schemas[f"{PREFIX}UploadModel"]["properties"]["build_sub_url"]
    query = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    query["parameters"] = [p for p in query["parameters"] if p["name"] != "app_origin"]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert code == 1
    assert _changes(lines) == [
        "param-removed alipay.open.mini.innerversion.info.query query:app_origin (string)",
        "field-removed alipay.open.mini.innerversion.upload request.build_sub_url (string)",
    ]
    stale = [line for line in err if "overlay target not found" in line]
    assert len(stale) == 2
    assert "info/query'].get.parameters[?@.name=='app_origin']" in stale[0]
    assert f"{PREFIX}UploadModel.properties.build_sub_url (a field with no type)" in stale[1]


def test_new_fields_and_operations_get_alipays_name_and_type_and_are_listed(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}SyncModel"]["properties"]["region"] = {"type": "string"}
    schemas[f"{PREFIX}SyncErrorResponseModel"]["properties"]["code"]["enum"].append("SYNC_LIMIT")
    paths = doc["paths"]
    new_op = copy.deepcopy(paths["/v3/alipay/open/mini/innerversion/info/query"]["get"])
    new_op["operationId"] = "alipay.open.mini.innerversion.history.query"
    paths["/v3/alipay/open/mini/innerversion/history/query"] = {"get": new_op}
    paths["/v3/alipay/open/mini/other/thing"] = {"get": copy.deepcopy(new_op)}  # not ours
    code, lines, err = _run(tmp_path, capsys, doc)
    assert (code, err) == (0, [])
    assert _changes(lines) == [
        "operation-added alipay.open.mini.innerversion.history.query"
        " (GET /v3/alipay/open/mini/innerversion/history/query)",
        "field-added alipay.open.mini.innerversion.sync request.region (string)",
        "code-added alipay.open.mini.innerversion.sync SYNC_LIMIT",
    ]
    undescribed = [line for line in lines if line.startswith("no words of ours")]
    assert f"no words of ours: field {PREFIX}SyncModel.region" in undescribed
    assert any("history.query" in line and "no summary" in line for line in undescribed)
    built = yaml.safe_load((tmp_path / "openapi.yaml").read_text(encoding="utf-8"))
    assert built["components"]["schemas"][f"{PREFIX}SyncModel"]["properties"]["region"] == {
        "type": "string"
    }
    sync_error = built["components"]["schemas"][f"{PREFIX}SyncErrorResponseModel"]
    assert "SYNC_LIMIT" in sync_error["properties"]["code"]["x-known-codes"]
    assert "enum" not in sync_error["properties"]["code"]
    assert "/v3/alipay/open/mini/other/thing" not in built["paths"]


def test_retyped_moved_and_renamed_are_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    doc = copy.deepcopy(upstream_doc)
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}OnlinePublishModel"]["properties"]["downgrade"] = {"type": "string"}
    paths = doc["paths"]
    item = paths.pop("/v3/alipay/open/mini/innerversion/info/delete")
    paths["/v3/alipay/open/mini/innerversion/info/delete"] = {"post": item["delete"]}
    _, lines, _ = _run(tmp_path, capsys, doc)
    assert _changes(lines) == [
        "operation-moved alipay.open.mini.innerversion.info.delete"
        " DELETE /v3/alipay/open/mini/innerversion/info/delete"
        " -> POST /v3/alipay/open/mini/innerversion/info/delete",
        "field-retyped alipay.open.mini.innerversion.online.publish request.downgrade"
        " boolean -> string",
    ]


def test_overlay_semantics() -> None:
    doc: dict[str, Any] = {
        "a": {"list": [1], "n": 1, "keep": True},
        "b": [{"id": "x"}, {"id": "y"}],
    }
    shared = {"deep": {"k": 1}}
    unmatched = spec.apply_overlay(
        doc,
        {
            "overlay": "1.0.0",
            "actions": [
                {"target": "$.a", "update": {"list": [2], "n": 2, "new": shared}},
                {"target": "$.b[*]", "update": shared},
                {"target": "$.a.keep", "remove": False},
                {"target": "$.b[?@.id=='x']", "remove": True},
                {"target": "$.missing", "update": {"x": 1}},
            ],
        },
    )
    assert doc == {
        "a": {"list": [1, 2], "n": 2, "keep": True, "new": {"deep": {"k": 1}}},
        "b": [{"id": "y", "deep": {"k": 1}}],
    }
    doc["b"][0]["deep"]["k"] = 5
    assert doc["a"]["new"]["deep"]["k"] == 1  # every match gets its own copy
    assert unmatched == ["action 5: $.missing"]
    with pytest.raises(ValueError, match="Overlay"):
        spec.apply_overlay({}, {"actions": []})


def test_unrelated_document_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(tmp_path, capsys, {"openapi": "3.0.3", "paths": {}})
    assert code == 2
    assert "no path under /v3/alipay/open/mini/innerversion/" in err[0]


def test_structure_sees_every_kind_of_fact() -> None:
    ours = spec_report.load_structure(ROOT / "openapi.yaml")
    upload = ours.operations["alipay.open.mini.innerversion.upload"]
    assert (upload.method, upload.path) == ("post", "/v3/alipay/open/mini/innerversion/upload")
    assert upload.fields["request.plugin_refs"] == "array"
    assert upload.fields["request.plugin_refs[]"] == "object<MiniAppPluginReference>"
    assert upload.fields["request.plugin_refs[].lazy"] == "boolean"
    assert upload.models == {
        "request": f"{PREFIX}UploadModel",
        "response": f"{PREFIX}UploadResponseModel",
        "error": f"{PREFIX}UploadErrorResponseModel",
    }
    assert "APP_NOT_EXSIT" in upload.error_codes
    status = ours.operations["alipay.open.mini.innerversion.uploadstatus.query"]
    assert status.params["query:build_package_id"] == "string"
    assert status.error_codes == {"SYSTEM_ERROR", "POLLING_BUILD_VERSION_NOT_EXIST"}
    assert ours.common_error_fields["links"] == "array|string"
    assert "invalid-timestamp" in ours.common_error_codes


def test_make_gen_stops_on_what_the_sdk_cannot_serve(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = yaml.safe_load(spec.OUTPUT.read_text(encoding="utf-8"))
    assert spec.unsupported(doc) == []
    info = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]
    info["get"]["parameters"].append({"name": "x-tenant", "in": "header", "schema": {}})
    doc["paths"]["/v3/alipay/open/mini/innerversion/item/{id}"] = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
        "put": {"operationId": "alipay.open.mini.innerversion.item.put", "responses": {}},
    }
    upload = doc["paths"]["/v3/alipay/open/mini/innerversion/upload"]["post"]
    upload["requestBody"]["content"] = {"multipart/form-data": {"schema": {"type": "object"}}}
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    assert spec.main(["--constructs", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "make gen: the SDK cannot serve alipay.open.mini.innerversion.info.query"
        " (GET /v3/alipay/open/mini/innerversion/info/query): header parameter 'x-tenant'",
        "make gen: the SDK cannot serve alipay.open.mini.innerversion.item.put"
        " (PUT /v3/alipay/open/mini/innerversion/item/{id}): path parameter 'id'",
        "make gen: the SDK cannot serve alipay.open.mini.innerversion.upload"
        " (POST /v3/alipay/open/mini/innerversion/upload): request body of type"
        " multipart/form-data",
        "make gen: stopped; no client was generated (see the maintainer's guide,"
        " 'Alipay changed its description')",
    ]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "CONSTRUCTS = $(PY) tools/spec.py --constructs $(SPEC)" in makefile
    assert "GENERATE = $(CONSTRUCTS) &&" in makefile  # check-gen checks too


def test_parameters_alipay_declares_for_a_whole_path_reach_the_digest_and_make_gen(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """OpenAPI lets a path declare parameters for all its operations. The digest used to
    keep operations only, so a header parameter declared there vanished: make spec did not
    report it and make gen generated a call without the header, which Alipay would refuse."""
    doc = copy.deepcopy(upstream_doc)
    info = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]
    info["parameters"] = [
        {"name": "x-tenant", "in": "header", "required": True, "schema": {"type": "string"}},
        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
        # an operation's own parameter of the same name and place wins over the path's
        {"name": "app_version", "in": "query", "schema": {"type": "integer"}},
    ]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert (code, err) == (0, [])
    assert _changes(lines) == [
        "param-added alipay.open.mini.innerversion.info.query header:x-tenant (string)",
        "param-added alipay.open.mini.innerversion.info.query query:page_size (integer)",
    ]
    built = yaml.safe_load((tmp_path / "openapi.yaml").read_text(encoding="utf-8"))
    get = built["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    params = {p["name"]: p for p in get["parameters"]}
    assert params["page_size"]["schema"] == {"type": "integer"}
    assert params["app_version"]["schema"]["type"] == "string"
    assert spec.unsupported(built) == [
        "alipay.open.mini.innerversion.info.query"
        " (GET /v3/alipay/open/mini/innerversion/info/query): header parameter 'x-tenant'"
    ]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("header", "header parameter 'x-tenant'"),  # refused by tools/spec.py --constructs
        ("template", "Incorrect path templating"),  # refused by the generator itself
    ],
)
def test_a_refused_make_gen_leaves_the_generated_package_in_place(
    tmp_path: Path, change: str, said: str
) -> None:
    """make gen used to delete generated/ first, so a refusal ("no client was generated")
    left the repository with no client at all (or half of one): the facade, the CLI and the
    tests could not import it until generated/ was restored from git."""
    for name in (
        "Makefile",
        "pyproject.toml",
        "requirements-dev.txt",
        "openapi-python-client.yaml",
    ):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("tools", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    doc = yaml.safe_load(spec.OUTPUT.read_text(encoding="utf-8"))
    info = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]
    if change == "header":
        info["get"]["parameters"].append({"name": "x-tenant", "in": "header", "schema": {}})
    else:  # a templated path that declares no parameter: invalid, no SDK construct to check
        doc["paths"]["/v3/alipay/open/mini/innerversion/info/{id}"] = doc["paths"].pop(
            "/v3/alipay/open/mini/innerversion/info/query"
        )
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    kept = tmp_path / "generated" / "alipay_innerversion_api" / "__init__.py"
    kept.parent.mkdir(parents=True)
    kept.write_text("# the committed client\n", encoding="utf-8")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / ".installed").touch()  # so that make installs nothing
    venv_bin = Path(sys.executable).parent
    done = subprocess.run(
        ["make", "--no-print-directory", "gen", f"PY={sys.executable}", f"BIN={venv_bin}"],
        cwd=tmp_path,
        env={**os.environ, "MAKEFLAGS": "", "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert said in done.stdout + done.stderr
    assert sorted(p.name for p in kept.parent.iterdir()) == ["__init__.py"]
    assert kept.read_text(encoding="utf-8") == "# the committed client\n"


def test_a_removed_field_the_overlay_gives_values_to_is_reported(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """The overlay lists the documented values of sync_type (an ``enum``). When Alipay
    removed the field, the merge re-created it from the overlay alone (values, no type) and
    the orphan check took the ``enum`` for structure: the SDK kept sending a field Alipay
    no longer has, and make spec said nothing."""
    doc = copy.deepcopy(upstream_doc)
    del doc["components"]["schemas"][f"{PREFIX}SyncModel"]["properties"]["sync_type"]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert code == 1
    assert _changes(lines) == [
        "field-removed alipay.open.mini.innerversion.sync request.sync_type (string)"
    ]
    stale = [line for line in err if "overlay target not found" in line]
    assert len(stale) == 1, err
    assert f"{PREFIX}SyncModel.properties.sync_type (a field with no type)" in stale[0]


def test_fields_inside_an_inline_object_are_listed_and_checked_like_any_other(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """A field of an object (or of the items of an array) written in place, not as a named
    schema, was neither listed as lacking our words nor reported when Alipay removed it."""
    doc = copy.deepcopy(upstream_doc)
    model = doc["components"]["schemas"][f"{PREFIX}GrayPublishModel"]
    model["properties"]["delivery"] = {
        "type": "object",
        "properties": {
            "channel": {"type": "string"},
            "targets": {
                "type": "array",
                "items": {"type": "object", "properties": {"region": {"type": "string"}}},
            },
        },
    }
    code, lines, err = _run(tmp_path, capsys, doc)
    assert (code, err) == (0, [])
    undescribed = [line for line in lines if line.startswith("no words of ours: field")]
    where = f"no words of ours: field {PREFIX}GrayPublishModel.delivery"
    assert undescribed == [
        where,
        f"{where}.channel",
        f"{where}.targets",
        f"{where}.targets[].region",
    ]

    base = f"$.components.schemas.{PREFIX}GrayPublishModel.properties.delivery"
    words = [
        {"target": f"{base}.properties.channel", "update": {"description": "Where."}},
        {"target": f"{base}.properties.targets", "update": {"description": "To whom."}},
        {
            "target": f"{base}.properties.targets.items.properties",
            "update": {"region": {"description": "Which region."}},
        },
    ]
    overlay = yaml.safe_load(spec.OVERLAY.read_text(encoding="utf-8"))
    overlay["actions"] += words
    code, lines, err = _run(tmp_path, capsys, None, overlay)
    assert code == 0, err
    assert [line for line in lines if "delivery." in line and "no words" in line] == []
    del model["properties"]["delivery"]["properties"]["targets"]["items"]["properties"]["region"]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert code == 1
    assert any(f"{base}.properties.targets.items.properties.region" in line for line in err), err


def test_values_alipay_lists_are_reported_and_merged_with_ours_without_repeats(
    tmp_path: Path, upstream_doc: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """Alipay starts listing a field's values (sync_type, whose values the overlay lists
    too) and adds one to a query parameter's list. The merge appended the overlay's values
    to Alipay's, so each appeared twice and make gen failed on the duplicate enum members;
    and make spec reported no change at all."""
    doc = copy.deepcopy(upstream_doc)
    sync = doc["components"]["schemas"][f"{PREFIX}SyncModel"]["properties"]["sync_type"]
    sync["enum"] = ["global", "recent", "smart"]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert (code, err) == (0, [])
    assert _changes(lines) == [
        "values-changed alipay.open.mini.innerversion.sync request.sync_type"
        " (none) -> global|recent|smart"
    ]
    built = yaml.safe_load((tmp_path / "openapi.yaml").read_text(encoding="utf-8"))
    model = built["components"]["schemas"][f"{PREFIX}SyncModel"]
    assert model["properties"]["sync_type"]["enum"] == ["global", "recent", "smart"]
    assert len(model["required"]) == len(set(model["required"]))

    query = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    origin = next(p for p in query["parameters"] if p["name"] == "app_origin")
    origin["schema"]["enum"] = ["a", "b"]
    sync["enum"] = ["global"]
    code, lines, err = _run(tmp_path, capsys, doc)
    assert _changes(lines) == [
        "values-changed alipay.open.mini.innerversion.info.query query:app_origin (none) -> a|b",
        "values-changed alipay.open.mini.innerversion.sync request.sync_type"
        " global|recent|smart -> global",
    ]


def test_make_gen_stops_on_a_field_named_like_a_per_call_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every generated method takes the fields as keywords and then app_auth_token,
    request_id, timeout and max_retries. A field Alipay names request_id (or requestId)
    made a method with a duplicate argument: make gen passed and the package no longer
    imported (SyntaxError), taking the clients, the CLI and the emulator with it."""
    doc = yaml.safe_load(spec.OUTPUT.read_text(encoding="utf-8"))
    model = doc["components"]["schemas"][f"{PREFIX}GrayPublishModel"]["properties"]
    model["requestId"] = {"type": "string"}
    query = doc["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    query["parameters"].append({"name": "timeout", "in": "query", "schema": {"type": "integer"}})
    assert spec.unsupported(doc) == [
        "alipay.open.mini.innerversion.gray.publish"
        " (POST /v3/alipay/open/mini/innerversion/gray/publish): field 'requestId'"
        " takes the name of the per-call option request_id",
        "alipay.open.mini.innerversion.info.query"
        " (GET /v3/alipay/open/mini/innerversion/info/query): field 'timeout'"
        " takes the name of the per-call option timeout",
    ]


def test_the_per_call_options_tools_spec_knows_are_the_generated_methods() -> None:
    """tools/spec.py refuses fields named like the per-call options: the same names the
    template gives every generated method after its fields."""
    for name, operation in OPERATIONS.items():
        fields = {p.python_name for p in operation.parameters}
        method = inspect.signature(getattr(SyncOperations, name))
        rest = [p for p in method.parameters if p != "self" and p not in fields]
        friendly = spec.PACKAGE_KEYWORDS if operation.package_fields else ()
        assert tuple(rest) == friendly + spec.PER_CALL_OPTIONS, name


def test_make_gen_stops_on_a_field_named_like_a_package_keyword() -> None:
    """The method of the operation that carries a package (upload) takes ``package``,
    ``wait``, ...: a field Alipay names so would be a duplicate argument there (and only
    there)."""
    doc = yaml.safe_load(spec.OUTPUT.read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    schemas[f"{PREFIX}UploadModel"]["properties"]["wait"] = {"type": "string"}
    schemas[f"{PREFIX}GrayPublishModel"]["properties"]["package"] = {"type": "string"}
    assert spec.unsupported(doc) == [
        "alipay.open.mini.innerversion.upload"
        " (POST /v3/alipay/open/mini/innerversion/upload): field 'wait'"
        " takes the name of the package keyword wait",
    ]
