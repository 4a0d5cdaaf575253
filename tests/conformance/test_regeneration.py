"""The maintainer's probe: on a copy of the repository, add an optional field to a request
model and a whole new operation to ``openapi.yaml``, regenerate as ``make gen`` does, and
with no edit in ``facade/`` both reach the wire from both clients and mypy checks them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from .spec import ROOT

VENV_BIN = Path(sys.executable).parent
GENERATOR = VENV_BIN / "openapi-python-client"
MYPY = VENV_BIN / "mypy"
PROBE_PATH = "/v3/alipay/open/mini/innerversion/probe/query"

pytestmark = pytest.mark.skipif(
    not GENERATOR.exists() or not MYPY.exists() or shutil.which("git") is None,
    reason="needs git, and openapi-python-client and mypy next to the running python",
)


def copy_repo(target: Path) -> None:
    """The tracked files, and the untracked ones git does not ignore, as they are now."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in filter(None, listed):
        source = ROOT / os.fsdecode(raw)
        if source.is_file():
            destination = target / os.fsdecode(raw)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


def add_probe(spec_path: Path) -> None:
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["AlipayOpenMiniInnerversionGrayPublishModel"]["properties"]["probe_note"] = {
        "type": "string",
        "description": "A field added by the regeneration probe.",
    }
    error_model = json.loads(
        json.dumps(schemas["AlipayOpenMiniInnerversionInfoQueryErrorResponseModel"])
    )
    error_model["description"] = "Business errors of the probe."
    error_model["properties"]["code"]["x-known-codes"] = ["PROBE_NOT_FOUND"]
    schemas["AlipayOpenMiniInnerversionProbeQueryErrorResponseModel"] = error_model
    schemas["AlipayOpenMiniInnerversionProbeQueryResponseModel"] = {
        "type": "object",
        "description": "Response of the probe.",
        "properties": {"probe_state": {"type": "string", "description": "The probe's state."}},
    }
    schemas["alipay_open_mini_innerversion_probe_query_default_response"] = {
        "description": "Error answer of the probe.",
        "anyOf": [
            {"$ref": "#/components/schemas/CommonErrorType"},
            {"$ref": "#/components/schemas/AlipayOpenMiniInnerversionProbeQueryErrorResponseModel"},
        ],
    }
    info_query = spec["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"]
    error_response = json.loads(json.dumps(info_query["responses"]["default"]))
    error_response["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/alipay_open_mini_innerversion_probe_query_default_response"
    }
    ok = json.loads(
        json.dumps(spec["paths"]["/v3/alipay/open/mini/innerversion/info/query"]["get"])
    )["responses"]["200"]
    ok["content"]["application/json"] = {
        "schema": {"$ref": "#/components/schemas/AlipayOpenMiniInnerversionProbeQueryResponseModel"}
    }
    spec["paths"][PROBE_PATH] = {
        "get": {
            "tags": ["alipay.open.mini.innerversion"],
            "operationId": "alipay.open.mini.innerversion.probe.query",
            "summary": "Query a probe",
            "parameters": [
                {
                    "name": "probe_id",
                    "in": "query",
                    "required": False,
                    "description": "The probe.",
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": ok,
                "default": error_response,
            },
        }
    }
    spec_path.write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )


def regenerate(copy: Path) -> None:
    """What the Makefile's ``gen`` target runs, with the venv's tools."""
    output = copy / "generated" / "alipay_innerversion_api"
    shutil.rmtree(output)
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            "openapi.yaml",
            "--config",
            "openapi-python-client.yaml",
            "--custom-template-path",
            "templates",
            "--meta",
            "none",
            "--overwrite",
            "--fail-on-warning",
            "--output-path",
            str(output),
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (output / "api" / "__init__.py").is_file()


PROBE_SCRIPT = """
import asyncio, json, sys
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization

import alipay_innerversion, alipay_innerversion_api
from alipay_innerversion import AlipayConfig, AsyncInnerVersionClient, InnerVersionClient
from tests.helpers import FakeAlipay

raw = json.loads(Path("tests/fixtures/vectors.json").read_text(encoding="utf-8"))["keys"]
app = serialization.load_pem_private_key(raw["app_private_pkcs8_pem"].encode(), None)
alipay = serialization.load_pem_private_key(raw["alipay_private_pkcs8_pem"].encode(), None)
config = AlipayConfig(
    app_id=raw["app_id"],
    private_key=raw["app_private_pkcs8_pem"],
    alipay_public_key=raw["alipay_public_pem"],
    base_url="https://openapi.alipay.com",
)
fake = FakeAlipay(
    app_id=raw["app_id"],
    app_public_key=app.public_key(),
    alipay_private_key=alipay,
    handler=lambda seen: (200, {"probe_state": "ok"}),
)
out = {
    "files": [alipay_innerversion.__file__, alipay_innerversion_api.__file__],
    "calls": [],
}

def record(mode, name, result):
    seen = fake.seen[-1]
    out["calls"].append({
        "mode": mode, "name": name, "method": seen.method, "path": seen.path,
        "query": seen.query, "json": seen.json, "probe_state": getattr(result, "probe_state", None),
    })

with InnerVersionClient(config, transport=httpx.MockTransport(fake)) as client:
    gray = client.gray_publish(app_version="1.0.0", gray_strategy="p10", probe_note="x")
    record("sync", "gray_publish", gray)
    record("sync", "probe_query", client.probe_query(probe_id="7"))

async def main():
    async with AsyncInnerVersionClient(config, transport=httpx.MockTransport(fake)) as client:
        gray = await client.gray_publish(app_version="1.0.0", gray_strategy="p10", probe_note="x")
        record("async", "gray_publish", gray)
        record("async", "probe_query", await client.probe_query(probe_id="7"))

asyncio.run(main())
print(json.dumps(out))
"""

GOOD_SCRIPT = """
from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient


def sync_call(client: InnerVersionClient) -> str | None:
    result = client.probe_query(probe_id="7")
    client.gray_publish(app_version="1.0.0", gray_strategy="p10", probe_note="x")
    state = result.probe_state
    return None if not isinstance(state, str) else state


async def async_call(client: AsyncInnerVersionClient) -> None:
    await client.probe_query(probe_id="7")
"""

BAD_SCRIPT = """
from alipay_innerversion import InnerVersionClient


def sync_call(client: InnerVersionClient) -> None:
    client.probe_query(probe_idd="7")
"""


def test_new_field_and_new_operation_after_regeneration(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    copy_repo(copy)
    add_probe(copy / "openapi.yaml")
    regenerate(copy)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "MYPYPATH", "PYTHONHOME"}
    }
    env["PYTHONPATH"] = os.pathsep.join(str(copy / part) for part in ("facade", "generated", "."))
    env["PYTHONDONTWRITEBYTECODE"] = "1"

    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE_SCRIPT)],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    for file in out["files"]:
        assert Path(file).resolve().is_relative_to(tmp_path.resolve()), file
    calls = {(c["mode"], c["name"]): c for c in out["calls"]}
    for mode in ("sync", "async"):
        gray = calls[mode, "gray_publish"]
        assert gray["json"] == {"app_version": "1.0.0", "gray_strategy": "p10", "probe_note": "x"}
        probe = calls[mode, "probe_query"]
        assert (probe["method"], probe["path"]) == ("GET", PROBE_PATH)
        assert probe["query"] == {"probe_id": "7"}
        assert probe["json"] is None
        assert probe["probe_state"] == "ok"

    (copy / "probe_good.py").write_text(textwrap.dedent(GOOD_SCRIPT), encoding="utf-8")
    (copy / "probe_bad.py").write_text(textwrap.dedent(BAD_SCRIPT), encoding="utf-8")
    env["MYPYPATH"] = os.pathsep.join(str(copy / part) for part in ("facade", "generated"))
    checked = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "--no-error-summary",
            "--hide-error-context",
            "probe_good.py",
            "probe_bad.py",
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, checked.stdout + checked.stderr
    assert errors[0].startswith("probe_bad.py:6:"), errors
    assert '"probe_idd"' in errors[0], errors
