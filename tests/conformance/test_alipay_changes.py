"""Proof against change (issue 19 items 3 and 4), on a copy of the repository.

Alipay changes its description the way it does (as the committed digest holds it,
:func:`tests.upstream.alipay_shaped`, changed here): a new operation whose request has a
nested object holding an array of objects and an enum, an enum in an answer, a new error
code, a new field of upload (a keyword of ``upload()``, issue 20). And a maintainer adds
to the overlay a version status, a code's exception class, a field and a whole operation.
Then ``make spec`` and ``make gen`` only (no facade edit), once for the whole module, and
each change is seen in both clients, the CLI and the emulator (a real HTTP server), with
bad nested values refused before anything is sent.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..upstream import alipay_shaped
from .test_regeneration import GENERATOR, copy_repo

PREFIX = "AlipayOpenMiniInnerversion"
GROUP = "/v3/alipay/open/mini/innerversion"
SCHEMAS = "#/components/schemas/"

pytestmark = pytest.mark.skipif(
    not GENERATOR.exists(), reason="needs openapi-python-client next to the running python"
)


def _ok_and_error(name: str, codes: list[str]) -> dict[str, Any]:
    """An operation's answers and error model, in Alipay's shape."""
    return {
        f"{PREFIX}{name}ErrorResponseModel": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string", "enum": codes},
                "message": {"type": "string"},
                "links": {"type": "string"},
            },
        },
        f"alipay_open_mini_innerversion_{name.lower()}_default_response": {
            "anyOf": [
                {"$ref": f"{SCHEMAS}CommonErrorType"},
                {"$ref": f"{SCHEMAS}{PREFIX}{name}ErrorResponseModel"},
            ]
        },
    }


def alipay_changes(upstream: dict[str, Any]) -> dict[str, Any]:
    """What Alipay does to its description: new nested models, enums, a code, an operation."""
    doc = copy.deepcopy(upstream)
    schemas = doc["components"]["schemas"]
    schemas["AudienceRule"] = {
        "type": "object",
        "properties": {"tag": {"type": "string"}, "share": {"type": "integer"}},
    }
    schemas["AudienceInfo"] = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "rules": {"type": "array", "items": {"$ref": f"{SCHEMAS}AudienceRule"}},
        },
    }
    schemas[f"{PREFIX}AudiencePublishModel"] = {
        "type": "object",
        "properties": {
            "app_version": {"type": "string"},
            "channel": {"type": "string", "enum": ["app", "web"]},
            "audience": {"$ref": f"{SCHEMAS}AudienceInfo"},
        },
    }
    schemas[f"{PREFIX}AudiencePublishResponseModel"] = {
        "type": "object",
        "properties": {
            "audience_id": {"type": "string"},
            "state": {"type": "string", "enum": ["ACCEPTED", "QUEUED"]},
        },
    }
    schemas.update(_ok_and_error("AudiencePublish", ["AUDIENCE_TOO_LARGE"]))
    doc["paths"][f"{GROUP}/audience/publish"] = {
        "post": {
            "operationId": "alipay.open.mini.innerversion.audience.publish",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {"$ref": f"{SCHEMAS}{PREFIX}AudiencePublishModel"}
                    }
                }
            },
            "responses": {
                "200": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"{SCHEMAS}{PREFIX}AudiencePublishResponseModel"}
                        }
                    }
                },
                "default": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": f"{SCHEMAS}alipay_open_mini_innerversion_"
                                "audiencepublish_default_response"
                            }
                        }
                    }
                },
            },
        }
    }
    # a field added to the operation that carries a package: upload() takes it (issue 20)
    upload = schemas[f"{PREFIX}UploadModel"]["properties"]
    upload["build_cdn_region"] = {"type": "string"}
    # an enum in an answer that does not list what the platform answers (INIT)
    info = schemas[f"{PREFIX}InfoQueryResponseModel"]["properties"]["status"]
    info["enum"] = ["RELEASE", "OFFLINE"]
    schemas[f"{PREFIX}SyncErrorResponseModel"]["properties"]["code"]["enum"].append(
        "SYNC_TOO_OFTEN"
    )
    return doc


OVERLAY_ADDITIONS = f"""
# -- added by the conformance test --
- target: $.components.schemas.{PREFIX}InfoQueryResponseModel.properties.status
  update:
    x-version-statuses:
      FROZEN: {{final: true, description: Frozen by the platform.}}
- target: $.components.schemas.CommonErrorType.properties.code
  update:
    x-code-facts:
      AUDIENCE_TOO_LARGE: {{exception: RateLimitError, hint: Publish to a smaller audience.}}
- target: $.components.schemas.{PREFIX}GrayPublishModel
  update:
    properties:
      probe_note: {{type: string, description: A note the probe adds.}}
- target: $.paths
  update:
    {GROUP}/probe/query:
      get:
        tags: [alipay.open.mini.innerversion]
        operationId: alipay.open.mini.innerversion.probe.query
        summary: Query a probe
        parameters:
        - name: probe_id
          in: query
          required: true
          description: The probe.
          schema: {{type: string}}
        - {{name: page, in: query, description: Page., schema: {{type: integer}}}}
        - {{name: verbose, in: query, description: More., schema: {{type: boolean}}}}
        - name: tags
          in: query
          description: Tags.
          schema: {{type: array, items: {{type: string}}}}
        responses:
          '200':
            description: The probe.
            content:
              application/json:
                schema: {{$ref: '{SCHEMAS}{PREFIX}ProbeQueryResponseModel'}}
          default:
            description: Error.
            content:
              application/json:
                schema: {{$ref: '{SCHEMAS}CommonErrorType'}}
- target: $.components.schemas
  update:
    {PREFIX}ProbeQueryResponseModel:
      type: object
      properties:
        probe_state: {{type: string, description: The probe's state.}}
"""

SCRIPT = r"""
import asyncio, inspect, io, json, sys, zipfile
from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient, VersionStatus
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.model import STATUSES, BusinessError
from alipay_innerversion.emulator.spec import OPERATIONS as SERVED
from alipay_innerversion.errors import AlipayApiError, InvalidRequestError, RateLimitError
from alipay_innerversion_api.api import OPERATIONS
from alipay_innerversion_api.models import AudienceInfo, AudienceRule

out = {"refused": [], "calls": []}
WHERE = {"mini_app_id": "2021000000000002", "bundle_id": "com.alipay.alipaywallet",
         "app_origin": "alipay_innerapp"}
BAD = [
    {"name": "a", "rules": [{"tag": "t", "share": "ten"}]},
    {"name": "a", "rules": [{"tag": "t", "colour": "red"}]},
    {"name": "a", "rules": "t"},
    {"name": 5},
]

with Emulator() as emu:
    config = emu.client_config()
    with InnerVersionClient(config, max_retries=0) as client:
        good = {"name": "a", "rules": [{"tag": "t", "share": 10}]}
        answer = client.audience_publish(app_version="1.0.0", channel="web", audience=good)
        out["calls"].append(["sync", answer.trace_id is not None])
        model = AudienceInfo(name="a", rules=[AudienceRule(tag="t", share=1)])
        client.audience_publish(app_version="1.0.0", channel="app", audience=model)
        before = len(emu.applied())
        for bad in BAD:
            try:
                client.audience_publish(app_version="1.0.0", channel="web", audience=bad)
            except InvalidRequestError as exc:
                out["refused"].append(exc.message)
        try:
            client.audience_publish(app_version="1.0.0", channel="tv")
        except InvalidRequestError as exc:
            out["refused"].append(exc.message)
        out["sent_after_refusals"] = len(emu.applied()) - before
        client.templated_upload(app_version="1.0.0", template_id="tpl", **WHERE)
        out["upload_params"] = [
            sorted(inspect.signature(c.upload).parameters)
            for c in (InnerVersionClient, AsyncInnerVersionClient)
        ]
        package = io.BytesIO()
        with zipfile.ZipFile(package, "w") as archive:
            archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
        try:
            client.upload(
                build_version="7.0.0", package=package.getvalue(), build_cdn_region="east", **WHERE
            )
            sent = emu.accepted(operation="upload")[-1].body
            out["upload_field_sent"] = sent["build_cdn_region"]
        except TypeError as exc:  # a hand-written upload() that does not know the field
            out["upload_field_sent"] = str(exc)
        info = client.info_query(app_version="1.0.0", **WHERE)
        listed = type(info.status).__members__.values()
        out["answer_enum"] = [str(info.status), info.status in listed]
        emu.platform.script_error("audience.publish", "AUDIENCE_TOO_LARGE", "too many")
        try:
            client.audience_publish(app_version="1.0.0", channel="web")
        except RateLimitError as exc:
            out["new_code"] = [type(exc).__name__, exc.code, exc.hint]
        emu.platform.script_error("sync", "SYNC_TOO_OFTEN", "slow down")
        try:
            client.sync(app_version="1.0.0", sync_type="global", **WHERE)
        except AlipayApiError as exc:
            out["sync_code"] = exc.code
        probe = client.probe_query(probe_id="7", page=2, verbose=True, tags=["a", "b"])
        out["probe"] = probe.trace_id is not None
        try:
            client.probe_query(probe_id="7", page="two")
        except InvalidRequestError as exc:
            out["refused_query"] = exc.message
        try:
            emu.platform.handle("probe.query", config.app_id, {"probe_id": "7", "page": "x"})
        except BusinessError as exc:
            out["emulator_query"] = exc.code
        try:  # the overlay's field is a keyword, sent, and checked by the emulator
            client.gray_publish(app_version="1.0.0", gray_strategy="p10", probe_note="x", **WHERE)
        except AlipayApiError as exc:
            out["gray_with_field"] = exc.code  # the version is not approved: the platform's turn
        try:
            emu.platform.handle("gray.publish", config.app_id, {"probe_note": 5})
        except BusinessError as exc:
            out["emulator_field"] = [exc.code, exc.message]
        try:
            emu.platform.handle(
                "audience.publish", config.app_id, {"audience": {"rules": [{"share": "x"}]}}
            )
        except BusinessError as exc:
            out["emulator_nested"] = [exc.code, exc.message]

    async def main():
        async with AsyncInnerVersionClient(config, max_retries=0) as client:
            answer = await client.audience_publish(
                app_version="1.0.0", channel="web", audience={"name": "a", "rules": []}
            )
            out["calls"].append(["async", answer.trace_id is not None])
            try:
                await client.audience_publish(app_version="1.0.0", audience=BAD[0])
            except InvalidRequestError as exc:
                out["refused_async"] = exc.message
            out["probe_async"] = (await client.probe_query(probe_id="7")).trace_id is not None

    asyncio.run(main())
    out["served"] = sorted(n for n in SERVED if n in ("audience.publish", "probe.query"))
    out["statuses"] = [str(s) for s in STATUSES]
    out["client_status"] = VersionStatus.parse("frozen") is VersionStatus.FROZEN
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One copy of the repository after make spec (changed upstream, overlay additions) and
    make gen; what the maintainer's commands printed, and the environment to run it."""
    repo = tmp_path_factory.mktemp("alipay-changed") / "repo"
    copy_repo(repo)
    upstream = alipay_changes(alipay_shaped())
    (repo / "upstream.yaml").write_text(yaml.safe_dump(upstream, sort_keys=False))
    overlay = repo / "spec" / "overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8") + OVERLAY_ADDITIONS, encoding="utf-8")
    venv_bin = Path(sys.executable).parent
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PATH"] = f"{venv_bin}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    spec = subprocess.run(
        [sys.executable, "tools/spec.py", "--upstream", "upstream.yaml"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert spec.returncode == 0, spec.stdout + spec.stderr
    # make gen with this venv's tools; a stamp so that make does not install anything
    (repo / ".venv").mkdir()
    (repo / ".venv" / ".installed").touch()
    gen = subprocess.run(
        ["make", "--no-print-directory", "gen", f"PY={sys.executable}", f"BIN={venv_bin}"],
        cwd=repo,
        env={**env, "MAKEFLAGS": ""},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert gen.returncode == 0, gen.stdout + gen.stderr
    env["PYTHONPATH"] = os.pathsep.join(str(repo / p) for p in ("facade", "generated", "."))
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    return {
        "repo": repo,
        "env": env,
        "spec": spec.stdout,
        "out": json.loads(run.stdout.strip().splitlines()[-1]),
    }


def _cli(changed: dict[str, Any], *args: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from alipay_innerversion.cli import main; main(prog_name='alipay-mini')",
            *args,
        ],
        cwd=changed["repo"],
        env={**changed["env"], "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_make_spec_reports_the_changes_and_the_fields_without_our_words(
    changed: dict[str, Any],
) -> None:
    report = changed["spec"]
    assert (
        "changed upstream: operation-added alipay.open.mini.innerversion.audience.publish" in report
    )
    assert (
        "changed upstream: code-added alipay.open.mini.innerversion.sync SYNC_TOO_OFTEN" in report
    )
    assert f"no words of ours: field {PREFIX}AudiencePublishModel.channel" in report
    assert "no words of ours: field AudienceRule.share" in report
    assert "0 overlay targets not found" in report


def test_new_operation_with_nested_objects_through_both_clients_and_the_emulator(
    changed: dict[str, Any],
) -> None:
    out = changed["out"]
    assert out["calls"] == [["sync", True], ["async", True]]
    assert out["served"] == ["audience.publish", "probe.query"]


def test_bad_nested_values_and_enums_are_refused_before_sending(changed: dict[str, Any]) -> None:
    out = changed["out"]
    assert out["refused"] == [
        "audience_publish: audience.rules[0].share must be an integer, not str ('ten').",
        "audience_publish: audience.rules[0]: unknown key(s) colour.",
        "audience_publish: audience.rules must be a list, not str.",
        "audience_publish: audience.name must be a string, not int (5).",
        "audience_publish: channel is 'tv', which is not one of the values the spec lists.",
    ]
    assert out["sent_after_refusals"] == 0
    assert out["refused_async"] == out["refused"][0]
    assert out["emulator_nested"] == [
        "invalid-parameter",
        "audience.rules[0].share must be an integer, not str ('x').",
    ]


def test_an_answer_enum_parses_a_value_it_does_not_list(changed: dict[str, Any]) -> None:
    assert changed["out"]["answer_enum"] == ["INIT", False]


def test_new_codes_reach_the_client_with_the_overlays_exception_class(
    changed: dict[str, Any],
) -> None:
    out = changed["out"]
    assert out["new_code"] == [
        "RateLimitError",
        "AUDIENCE_TOO_LARGE",
        "Publish to a smaller audience.",
    ]
    assert out["sync_code"] == "SYNC_TOO_OFTEN"


def test_overlay_status_field_and_operation_reach_client_cli_and_emulator(
    changed: dict[str, Any],
) -> None:
    out = changed["out"]
    assert out["client_status"] is True
    assert "FROZEN" in out["statuses"]
    assert out["probe"] is True
    assert out["refused_query"] == "probe_query: page must be an integer, not str ('two')."
    assert out["emulator_query"] == "invalid-parameter"
    assert out["gray_with_field"] == "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS"
    assert out["probe_async"] is True
    assert out["emulator_field"] == [
        "invalid-parameter",
        "probe_note must be a string, not int (5).",
    ]
    assert "--probe-note" in _cli(changed, "api", "gray.publish", "--help")
    assert "--probe-id" in _cli(changed, "api", "probe.query", "--help")


def test_a_field_alipay_adds_to_upload_is_a_keyword_of_upload_and_reaches_the_wire(
    changed: dict[str, Any],
) -> None:
    """upload's signature is generated (the operation with ``x-package-fields``): a field
    Alipay adds is one of its named keywords on both clients after make gen, next to the
    friendly ones, with no facade edit; the emulator receives it."""
    sync, async_ = changed["out"]["upload_params"]
    assert sync == async_
    assert "build_cdn_region" in sync
    assert {"package", "source_url", "wait", "on_progress", "build_version"} <= set(sync)
    assert changed["out"]["upload_field_sent"] == "east"


def test_alipay_mini_api_new_op_help_names_the_new_flags(changed: dict[str, Any]) -> None:
    text = _cli(changed, "api", "audience.publish", "--help")
    for flag in ("--app-version", "--channel", "--audience"):
        assert flag in text, text
