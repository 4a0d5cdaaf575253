"""alipay-mini against a running emulator: every subcommand, --json, exit codes, one-line
errors, and no secret in any output."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from alipay_innerversion.emulator.pki import generate_rsa_key, public_key_pem

from ..conftest import Keys
from .conftest import Cli
from .emulator_process import EmulatorProcess

APP = "2021000000000001"


def make_folder(root: Path, *, with_app_json: bool = True) -> Path:
    folder = root / "mini"
    (folder / "pages" / "index").mkdir(parents=True)
    if with_app_json:
        (folder / "app.json").write_text('{"pages": ["pages/index/index"]}')
    (folder / "pages" / "index" / "index.axml").write_text("<view/>")
    return folder


def payload(output: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return data


def test_upload_wait_status_online_sync_upgrade(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path)
    result = cli(
        "upload",
        "--mini-app-id",
        APP,
        "--version",
        "1.0.0",
        "--package",
        str(folder),
        "--wait",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 0, result.output
    assert "state=succeeded" in result.stdout
    assert "building" in result.stderr  # live progress goes to stderr

    result = cli("--json", "status", "--mini-app-id", APP, "--version", "1.0.0")
    assert result.exit_code == 0, result.output
    status = payload(result.stdout)
    assert (status["ok"], status["state"], status["is_final"]) == (True, "succeeded", True)

    result = cli("--json", "online", "--mini-app-id", APP, "--version", "1.0.0")
    assert result.exit_code == 0, result.output
    assert payload(result.stdout)["operation"] == "online"
    assert emu.mini_app(APP).online_version == "1.0.0"

    result = cli(
        "sync",
        "--mini-app-id",
        APP,
        "--version",
        "1.0.0",
        "--bundle-id",
        "com.alipay.alipaywallet",  # the bundle the upload defaulted to
        "--app-origin",
        "o",
    )
    assert result.exit_code == 0, result.output
    assert "pushed" in result.stdout

    result = cli(
        "--json",
        "upgrade",
        "--mini-app-id",
        "2021000000000777",
        "--template-id",
        "t",
        "--template-version",
        "1.2.3",
    )
    assert result.exit_code == 0, result.output
    upgraded = payload(result.stdout)
    assert upgraded["version"] == "1.2.3"
    assert emu.mini_app("2021000000000777").template_version == "1.2.3"
    assert upgraded["trace_id"]


def test_release_in_one_go(cli: Cli, emu: EmulatorProcess, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    result = cli(
        "--json",
        "release",
        "--mini-app-id",
        APP,
        "--bundle-id",
        "com.x",
        "--app-origin",
        "o",
        "--package",
        str(folder),
        "--version",
        "2.0.0",
        "--version-desc",
        "first release",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 0, result.output
    data = payload(result.stdout)
    assert data["steps"] == ["upload", "review", "publish", "push"]
    assert [r.operation for r in emu.applied()][-2:] == ["online.publish", "sync"]


def test_release_without_a_version_desc_sends_nothing(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    result = cli(
        "release",
        "--bundle-id",
        "com.x",
        "--app-origin",
        "o",
        "--package",
        str(make_folder(tmp_path)),
        "--version",
        "2.0.1",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 2, result.output
    assert "--version-desc" in result.output
    assert {r.operation for r in emu.accepted()} <= {"info.query"}
    missing = cli("release", "--package", str(make_folder(tmp_path / "b")), "--version", "2.0.2")
    assert missing.exit_code == 2, missing.output  # the push's fields, before anything is sent
    assert "--app-origin" in missing.output
    assert "--bundle-id" in missing.output
    assert {r.operation for r in emu.accepted()} <= {"info.query"}


def test_upload_without_wait_and_json(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "--json",
        "upload",
        "--mini-app-id",
        APP,
        "--version",
        "3.0.0",
        "--package",
        str(make_folder(tmp_path)),
    )
    data = payload(result.stdout)
    assert data["state"] == "queued"
    assert data["package_md5"]
    assert "build" not in data


@pytest.mark.usefixtures("unbuildable_upload")
def test_failed_build_is_a_business_error(cli: Cli, emu: EmulatorProcess, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    emu.script_build_failure("app.json: pages is empty")
    result = cli(
        "upload",
        "--mini-app-id",
        APP,
        "--version",
        "4.0.0",
        "--package",
        str(folder),
        "--wait",
        "--poll-interval",
        "0.01",
    )
    assert result.exit_code == 1
    assert "app.json" in result.stderr
    assert "Traceback" not in result.output


def test_business_error_is_one_line_with_code_trace_and_hint(cli: Cli) -> None:
    result = cli("online", "--mini-app-id", APP, "--version", "9.9.9")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: [MINI_APP_VERSION_NOT_EXISTS]")
    assert "trace id: " in lines[0]
    assert "Upload and build that version" in lines[0]
    assert "Traceback" not in result.output


def test_business_error_as_json(cli: Cli) -> None:
    result = cli("--json", "online", "--mini-app-id", APP, "--version", "9.9.9")
    assert result.exit_code == 1
    data = payload(result.stdout)
    assert (data["ok"], data["code"], data["http_status"]) == (
        False,
        "MINI_APP_VERSION_NOT_EXISTS",
        400,
    )
    assert data["trace_id"]


def test_local_validation_is_a_usage_error(cli: Cli) -> None:
    result = cli("upgrade", "--mini-app-id", "1", "--template-id", "t", "--template-version", "1.2")
    assert result.exit_code == 2
    assert "x.y.z" in result.stderr  # the spec's own words for the field
    assert "--template-version" in result.stderr  # the flag, not the Python argument
    assert "template_version" not in result.stderr


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("upload", "--mini-app-id", APP, "--version", "1.0.0").exit_code == 2
    assert cli("sync", "--mini-app-id", APP, "--version", "1.0.0").exit_code == 2  # no --bundle-id
    assert cli("no-such-command").exit_code == 2


def test_config_errors_exit_2(cli: Cli, env: dict[str, str], keys: Keys) -> None:
    result = cli(
        "online",
        "--mini-app-id",
        APP,
        "--version",
        "1",
        env={k: v for k, v in env.items() if k != "ALIPAY_APP_ID"},
    )
    assert result.exit_code == 2
    assert "ALIPAY_APP_ID is not set" in result.stderr
    swapped = {**env, "ALIPAY_PRIVATE_KEY": keys.alipay_public_pem}
    result = cli("online", "--mini-app-id", APP, "--version", "1.0.0", env=swapped)
    assert result.exit_code == 2
    assert "ALIPAY_PRIVATE_KEY holds a public key" in result.stderr
    assert "Traceback" not in result.output


def test_network_error_exits_3(cli: Cli, env: dict[str, str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli(
        "--max-retries",
        "0",
        "online",
        "--mini-app-id",
        APP,
        "--version",
        "1.0.0",
        env={**env, "ALIPAY_BASE_URL": f"http://127.0.0.1:{port}"},
    )
    assert result.exit_code == 3
    assert result.stderr.startswith("error: Network error calling POST ")
    assert "127.0.0.1" in result.stderr.splitlines()[0]


def test_unverifiable_response_exits_3(cli: Cli, env: dict[str, str]) -> None:
    other = public_key_pem(generate_rsa_key())
    result = cli(
        "online",
        "--mini-app-id",
        APP,
        "--version",
        "1.0.0",
        env={**env, "ALIPAY_PUBLIC_KEY": other},
    )
    assert result.exit_code == 3
    assert "signature does not verify" in result.stderr


def test_debug_shows_the_traceback(cli: Cli) -> None:
    result = cli("--debug", "online", "--mini-app-id", APP, "--version", "9.9.9")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "NotFoundError" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("error: ")


def test_env_file(cli: Cli, env: dict[str, str], tmp_path: Path, keys: Keys) -> None:
    key_file = tmp_path / "app.pem"
    key_file.write_text(keys.app_private_pem)
    env_file = tmp_path / "alipay.env"
    env_file.write_text(
        "# emulator settings\n"
        f"export ALIPAY_APP_ID={keys.app_id}\n"
        f"ALIPAY_PRIVATE_KEY_FILE='{key_file}'\n"
        f'ALIPAY_PUBLIC_KEY="{keys.raw["alipay_public_base64"]}"\n'
        f"ALIPAY_ENCRYPT_KEY={keys.encrypt_key_b64}\n"
        f"ALIPAY_BASE_URL={env['ALIPAY_BASE_URL']}\n"
    )
    result = cli(
        "--env-file",
        str(env_file),
        "upgrade",
        "--mini-app-id",
        "9",
        "--template-id",
        "t",
        "--template-version",
        "1.0.0",
        env={},
    )
    assert result.exit_code == 0, result.output


def test_no_secret_in_any_output(cli: Cli, env: dict[str, str], keys: Keys, tmp_path: Path) -> None:
    token = "202411BBcli-secret-token-abcdef"
    outputs = []
    for args in (
        (
            "--debug",
            "upgrade",
            "--mini-app-id",
            "5",
            "--template-id",
            "t",
            "--template-version",
            "1.0.0",
        ),
        ("--debug", "--json", "online", "--mini-app-id", APP, "--version", "9.9.9"),
        ("keys", "check"),
        ("--json", "keys", "check"),
    ):
        result = cli(*args, env={**env, "ALIPAY_APP_AUTH_TOKEN": token})
        outputs.append(result.output)
    swapped = cli(
        "online",
        "--mini-app-id",
        "1",
        "--version",
        "1",
        env={**env, "ALIPAY_PUBLIC_KEY": keys.app_private_pem},
    )
    outputs.append(swapped.output)
    text = "\n".join(outputs)
    assert token not in text
    assert keys.encrypt_key_b64 not in text
    for line in keys.app_private_pem.splitlines()[1:-1]:
        assert line not in text
