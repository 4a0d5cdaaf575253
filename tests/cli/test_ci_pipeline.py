"""The CLI as a CI pipeline runs it (issues 21 and 18, item 9): the installed
``alipay-mini`` in a subprocess, against the emulator as a real server; no placement of
a flag ends in exit 0 having done nothing, ``--debug`` changes no exit code, global
options work after the command, bad versions stop before anything is sent, profiles,
proxies, help and messages in the CLI's words, and a closed pipe."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from alipay_innerversion import __version__
from alipay_innerversion.flows.waits import DEFAULT_WAIT_TIMEOUT
from alipay_innerversion_api.api import OPERATIONS

from ..conftest import Keys
from ..proxy import counting_proxy
from .conftest import ALIPAY_MINI, Cli, clean_environ, run_cli
from .emulator_process import EmulatorProcess
from .test_commands import make_folder, payload

WHERE = ["--bundle-id", "com.alipay.alipaywallet", "--app-origin", "cli"]
FAST = ["--poll-interval", "0.01"]


def version_pattern() -> str:
    """The spec's pattern of a version (generated table)."""
    (pattern,) = {
        p.pattern
        for operation in OPERATIONS.values()
        for p in operation.parameters
        if p.name == "app_version" and p.pattern
    }
    return pattern


def sent(emu: EmulatorProcess) -> list[str]:
    """The operations the emulator accepted (reads included)."""
    return [record.operation for record in emu.accepted()]


def write_env_file(path: Path, env: dict[str, str]) -> Path:
    path.write_text("".join(f"{key}={value!r}\n" for key, value in env.items()))
    return path


# -- 1. a misplaced flag never ends in exit 0 having done nothing -----------------------------


def test_the_program_version_alone_still_works(cli: Cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"alipay-mini, version {__version__}"


@pytest.mark.parametrize(
    "before",
    [
        ["--version", "9.0.0"],
        ["--env-file", "{env_file}", "--version", "9.0.0"],
        ["--json", "--version"],
        ["--version", "--json"],
    ],
)
def test_a_version_before_the_command_is_an_error_not_a_silent_success(
    cli: Cli, env: dict[str, str], emu: EmulatorProcess, tmp_path: Path, before: list[str]
) -> None:
    env_file = str(write_env_file(tmp_path / "e.env", env))
    folder = make_folder(tmp_path)
    words = [word.format(env_file=env_file) for word in before]
    result = cli(*words, "release", *WHERE, "--package", str(folder), "--version-desc", "x")
    assert result.exit_code == 2, result.output
    assert "alipay-mini, version" not in result.stdout
    assert "after the command" in result.stderr
    assert sent(emu) == []


# -- 2. --debug adds tracebacks and logs, and changes no exit code -----------------------------


def _silent_port() -> socket.socket:
    """A port that accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    return sock


def _error_lines(stderr: str) -> list[str]:
    """The error lines, without the request id (each run sends its own)."""
    lines = [line for line in stderr.splitlines() if line.startswith("error: ")]
    return [re.sub(r"(request|trace) id: \w+", r"\1 id: ...", line) for line in lines]


def test_debug_keeps_every_exit_code(cli: Cli, env: dict[str, str]) -> None:
    with _silent_port() as silent:
        slow = {**env, "ALIPAY_BASE_URL": f"http://127.0.0.1:{silent.getsockname()[1]}"}
        cases = [
            (
                3,
                [
                    "--timeout",
                    "0.3",
                    "--max-retries",
                    "0",
                    "versions",
                    "show",
                    "--version",
                    "1.0.0",
                ],
                slow,
            ),
            (
                2,
                ["versions", "show", "--version", "1.0.0"],
                {**env, "ALIPAY_BASE_URL": "http://openapi.alipay.com"},
            ),
            (2, ["review", "submit", "--version", "1.0.0"], env),
            (1, ["online", "--version", "9.9.9"], env),
        ]
        for code, args, environ in cases:
            plain = cli(*args, env=environ)
            debug = cli("--debug", *args, env=environ)
            after = cli(*args, "--debug", env=environ)
            assert (plain.exit_code, debug.exit_code, after.exit_code) == (code, code, code), (
                args,
                plain.output,
                debug.output,
            )
            assert "Traceback" not in plain.stderr
            assert "Traceback (most recent call last)" in debug.stderr
            assert _error_lines(debug.stderr) == _error_lines(plain.stderr)


# -- 3. global options before or after the command --------------------------------------------


def test_global_options_work_after_the_command(
    cli: Cli, env: dict[str, str], emu: EmulatorProcess, tmp_path: Path
) -> None:
    env_file = write_env_file(tmp_path / "e.env", env)
    listed = cli("versions", "list", *WHERE, "--json", "--env-file", str(env_file), env={})
    assert listed.exit_code == 0, listed.output
    assert payload(listed.stdout) == {"ok": True, "operation": "versions.list", "versions": []}
    debug = cli("versions", "list", *WHERE, "--debug", "--timeout", "5", "--max-retries", "0")
    assert debug.exit_code == 0, debug.output
    assert "DEBUG alipay_innerversion" in debug.stderr
    bad = cli("versions", "list", *WHERE, "--timeout", "0")
    assert bad.exit_code == 2
    assert "--timeout" in bad.stderr


# -- 4. versions: the spec's rule, checked before anything is sent; --version next -------------


@pytest.mark.parametrize("version", ["v5", "4.0", "1.2.3.4", "4.0.0-beta", " 4.0.1", "4.0.1\n"])
def test_a_bad_version_stops_the_release_before_anything_is_sent(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path, version: str
) -> None:
    folder = make_folder(tmp_path)
    result = cli(
        "release", *WHERE, "--version", version, "--package", str(folder), "--version-desc", "x"
    )
    assert result.exit_code == 2, result.output
    assert version_pattern() in result.stderr
    assert sent(emu) == []


@pytest.mark.parametrize(
    "args",
    [
        ["sync", "--version", "1.0.0", *WHERE, "--sync-type", "globl"],
        ["gray", "start", "--version", "1.0.0", *WHERE, "--strategy", "p15"],
        ["publish", "--version", "1.0.0", *WHERE, "--release-type", "hihg"],
        ["release", "--version", "1.0.0", *WHERE, "--source-url", "u", "--sync-type", "globl"],
        ["api", "sync", "--app-version", "1.0.0", *WHERE, "--sync-type", "globl"],
    ],
)
def test_values_the_spec_lists_are_the_flags_choices(
    cli: Cli, emu: EmulatorProcess, args: list[str]
) -> None:
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert "is not one of" in result.stderr
    assert sent(emu) == []
    flag = args[-2]
    command = args[: next(n for n, word in enumerate(args) if word.startswith("-"))]
    shown = cli(*command, "--help")
    choices = {"--sync-type": "[global|recent]", "--strategy": "[p10|p30|p50|"}
    choices["--release-type"] = "[normal|high]"
    assert f"{flag} {choices[flag]}" in shown.stdout, shown.stdout


def test_release_version_next_takes_the_next_patch_version(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path)
    release = ["release", *WHERE, "--package", str(folder), "--version-desc", "x", *FAST]
    first = cli("--json", *release, "--version", "next")
    assert first.exit_code == 0, first.output
    assert payload(first.stdout)["version"] == "0.0.1"
    for version in ("1.9.3", "1.10.0"):
        assert cli(*release, "--version", version).exit_code == 0
    again = cli(*release, "--version", "next")
    assert again.exit_code == 0, again.output
    assert "next is 1.10.1" in again.stderr
    assert again.stdout.startswith("released 1.10.1: upload, review, publish, push")


# -- 6. proxies: the standard variables, and --proxy --------------------------------------------


def test_the_cli_honours_the_proxy_variables_and_proxy(cli: Cli, env: dict[str, str]) -> None:
    show = ["versions", "list", *WHERE]
    with counting_proxy() as proxy:
        assert cli(*show).exit_code == 0
        assert proxy.seen == []
        through = cli(*show, env={**env, "HTTP_PROXY": proxy.url})
        assert through.exit_code == 0, through.output
        assert len(proxy.seen) == 1
        assert proxy.seen[0].startswith("POST http://127.0.0.1:")
        bypass = cli(*show, env={**env, "HTTP_PROXY": proxy.url, "NO_PROXY": "127.0.0.1"})
        assert bypass.exit_code == 0
        assert len(proxy.seen) == 1
        flag = cli(*show, "--proxy", proxy.url)
        assert flag.exit_code == 0, flag.output
        assert len(proxy.seen) == 2


def test_a_proxy_that_cannot_work_is_a_usage_error(cli: Cli, env: dict[str, str]) -> None:
    show = ["versions", "list", *WHERE]
    flag = cli(*show, "--proxy", "ftp://user:secret@127.0.0.1:1")
    assert flag.exit_code == 2, flag.output
    assert flag.stderr.startswith("error: The proxy given with --proxy cannot be used")
    variable = cli(*show, env={**env, "HTTPS_PROXY": "ftp://user:secret@127.0.0.1:1"})
    assert variable.exit_code == 2, variable.output
    assert "HTTPS_PROXY" in variable.stderr
    for result in (flag, variable):
        assert "Traceback" not in result.stderr
        assert "secret" not in result.output


# -- 7. profiles ------------------------------------------------------------------------------


def _project(tmp_path: Path, keys: Keys, base_url: str, *, pyproject: bool = False) -> Path:
    project = tmp_path / "project"
    (project / "keys").mkdir(parents=True)
    (project / "keys" / "app.pem").write_text(keys.app_private_pem)
    (project / "keys" / "alipay.pem").write_text(keys.alipay_public_pem)
    table = "tool.alipay-mini.profiles" if pyproject else "profiles"
    text = (
        f'[{table}.emu]\napp_id = "{keys.app_id}"\nbase_url = "{base_url}"\n'
        'private_key_file = "keys/app.pem"\nalipay_public_key_file = "keys/alipay.pem"\n'
        'bundle_id = "com.alipay.alipaywallet"\napp_origin = "cli"\n'
        f'[{table}.other]\napp_id = "2021000000000999"\n'
    )
    (project / ("pyproject.toml" if pyproject else "alipay-mini.toml")).write_text(text)
    return project


@pytest.mark.parametrize("pyproject", [False, True], ids=["alipay-mini.toml", "pyproject.toml"])
def test_a_profile_gives_the_app_the_keys_and_the_flags(
    cli: Cli, emu: EmulatorProcess, keys: Keys, tmp_path: Path, pyproject: bool
) -> None:
    project = _project(tmp_path, keys, emu.base_url, pyproject=pyproject)
    work = project / "sub"
    work.mkdir()
    encrypt = {"ALIPAY_ENCRYPT_KEY": keys.encrypt_key_b64}
    listed = cli("--profile", "emu", "versions", "list", "--json", env=encrypt, cwd=work)
    assert listed.exit_code == 0, listed.output  # bundle id and app origin from the profile
    checked = cli("keys", "check", "--json", "--profile", "emu", env=encrypt, cwd=work)
    assert checked.exit_code == 0, checked.output
    sources = json.loads(checked.stdout)["sources"]
    where = f"profile emu ({'pyproject.toml' if pyproject else 'alipay-mini.toml'})"
    assert sources["ALIPAY_APP_ID"] == {"value": keys.app_id, "source": where}
    assert sources["ALIPAY_PRIVATE_KEY_FILE"]["source"] == where
    assert sources["--bundle-id"] == {"value": "com.alipay.alipaywallet", "source": where}
    assert sources["ALIPAY_ENCRYPT_KEY"] == {"value": None, "source": "environment"}
    table = cli("keys", "check", "--profile", "emu", env={**encrypt, "COLUMNS": "200"}, cwd=work)
    assert where in table.stdout
    assert keys.encrypt_key_b64 not in checked.stdout + table.stdout
    # A real environment variable wins over the profile.
    wins = cli(
        "--profile",
        "emu",
        "--json",
        "keys",
        "check",
        cwd=work,
        env={**encrypt, "ALIPAY_APP_ID": "2021000000000042"},
    )
    found = json.loads(wins.stdout)["sources"]["ALIPAY_APP_ID"]
    assert found == {"value": "2021000000000042", "source": "environment"}


def test_a_profile_never_holds_a_secret(cli: Cli, keys: Keys, tmp_path: Path) -> None:
    (tmp_path / "alipay-mini.toml").write_text(
        '[profiles.bad]\napp_id = "1"\nencrypt_key = "c2VjcmV0c2VjcmV0c2VjcmV0"\n'
    )
    result = cli("--profile", "bad", "versions", "list", env={}, cwd=tmp_path)
    assert result.exit_code == 2
    assert "encrypt_key" in result.stderr
    assert "ALIPAY_ENCRYPT_KEY" in result.stderr
    assert "c2VjcmV0" not in result.output
    unknown = cli("--profile", "nope", "versions", "list", env={}, cwd=tmp_path)
    assert unknown.exit_code == 2
    assert "Profiles there: bad." in unknown.stderr


# -- 8. --help marks what the spec requires -----------------------------------------------------


@pytest.mark.parametrize(
    ("command", "flags"),
    [
        (["rollback"], ["--app-origin", "--bundle-id", "--pid"]),
        (["delete"], ["--pid", "--bundle-id"]),
        (["versions", "list"], ["--bundle-id", "--app-origin"]),
        (["release"], ["--bundle-id", "--app-origin", "--version-desc"]),
    ],
)
def test_help_marks_the_required_flags(cli: Cli, command: list[str], flags: list[str]) -> None:
    shown = cli(*command, "--help")
    assert shown.exit_code == 0
    options = shown.stdout.split("Options:")[1]
    blocks = {}
    for chunk in options.split("\n  -")[1:]:
        name = "-" + chunk.split()[0]
        blocks[name] = " ".join(chunk.split())
    for flag in flags:
        assert "[required" in blocks[flag], (flag, blocks[flag])
    assert "[required" not in blocks["--mini-app-id"]


def test_a_flag_the_spec_leaves_optional_is_optional(cli: Cli, emu: EmulatorProcess) -> None:
    # --mini-app-id: Alipay takes the calling app; the CLI used to require it.
    result = cli("online", "--version", "9.9.9")
    assert result.exit_code == 1, result.output  # sent: Alipay does not know the version
    assert "Missing option" not in result.stderr
    missing = cli("rollback", "--version", "1.0.0", "--bundle-id", "b", "--app-origin", "a")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("error: --pid is required")


# -- 9. api: Python names too, and descriptions of GET flags ---------------------------------


def test_api_accepts_the_python_method_name(cli: Cli) -> None:
    dotted = cli("--json", "api", "info.query", "--app-version", "1.0.0")
    python = cli("--json", "api", "info_query", "--app-version", "1.0.0")
    assert dotted.exit_code == python.exit_code == 1
    assert payload(dotted.stdout)["code"] == payload(python.stdout)["code"]
    shown = cli("api", "info_query", "--help")
    text = " ".join(shown.stdout.split())
    assert "bundle_id (string). Client identifier" in text
    assert "bundle_id (string). Required." not in text


# -- 10. messages in the CLI's words -------------------------------------------------------------


def test_a_rejected_review_names_the_cli_command_and_its_reason(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path)
    upload = ["upload", "--version", "1.0.0", "--package", str(folder), "--wait", *FAST]
    assert cli(*upload, *WHERE).exit_code == 0
    emu.review = "reject"
    submit = ["review", "submit", "--version", "1.0.0", "--version-desc", "x", "--wait", *FAST]
    rejected = cli(*submit, *WHERE)
    assert rejected.exit_code == 1, rejected.output
    assert "`alipay-mini back-to-dev`" in rejected.stderr
    assert "backdev_publish" not in rejected.stderr
    as_json = cli("--json", "review", "wait", "--version", "1.0.0", *WHERE, *FAST)
    data = payload(as_json.stdout)
    assert data["error"] == "AuditRejectedError"
    assert data["reject_reason"]


def test_argument_errors_do_not_start_with_a_python_name(cli: Cli) -> None:
    result = cli("review", "submit", "--version", "1.0.0")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --version-desc is required")


def test_alipays_private_key_as_the_app_key_is_named(
    cli: Cli, env: dict[str, str], keys: Keys
) -> None:
    swapped = {**env, "ALIPAY_PRIVATE_KEY": keys.raw["alipay_private_pkcs8_pem"]}
    result = cli("versions", "list", *WHERE, env=swapped)
    assert result.exit_code == 2
    assert "ALIPAY_PRIVATE_KEY" in result.stderr.replace("ALIPAY_PRIVATE_KEY_FILE", "")
    assert "Alipay's private key" in result.stderr


# -- 11. quick start: a port in use ---------------------------------------------------------


def test_an_emulator_port_in_use_says_port_0(cli: Cli) -> None:
    with _silent_port() as taken:
        port = taken.getsockname()[1]
        result = cli("emulator", "--port", str(port), env={})
    assert result.exit_code == 2, result.output
    assert "--port 0" in result.stderr
    assert "Traceback" not in result.stderr


# -- 12. consistency -----------------------------------------------------------------------------


def test_one_default_wait(cli: Cli) -> None:
    for command in (["upload"], ["release"], ["review", "wait"], ["review", "submit"]):
        shown = " ".join(cli(*command, "--help").stdout.split())
        assert "--wait-timeout FLOAT RANGE" in shown or "--wait-timeout" in shown
        assert f"[default: {DEFAULT_WAIT_TIMEOUT}]" in shown or (
            f"default: {DEFAULT_WAIT_TIMEOUT}" in shown
        ), (command, shown)


def test_the_emulator_answers_booleans_alike(
    cli: Cli, emu: EmulatorProcess, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path)
    assert (
        cli(
            "upload", "--version", "1.0.0", "--package", str(folder), "--wait", *FAST, *WHERE
        ).exit_code
        == 0
    )
    shown = cli("--json", "api", "info_query", "--app-version", "1.0.0", *WHERE)
    assert payload(shown.stdout)["data"]["scan_result"] == "true"


# -- issue 18, item 9: a closed pipe -----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["keys", "check"], ["--json", "keys", "check"], ["--help"], ["versions", "list", "--help"]],
)
def test_a_closed_pipe_ends_quietly_with_141(env: dict[str, str], args: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader went away (`| head -1` after its line)
    try:
        done = subprocess.run(
            [ALIPAY_MINI, *args],
            stdout=write,
            stderr=subprocess.PIPE,
            env=clean_environ(env),
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert done.returncode == 141
    assert done.stderr == b""


def test_head_one_in_a_shell_pipeline(env: dict[str, str]) -> None:
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {ALIPAY_MINI} --help | head -1"],
        capture_output=True,
        text=True,
        env=clean_environ(env),
        timeout=60,
        check=False,
    )
    assert done.stdout.startswith("Usage: alipay-mini")
    assert done.returncode in (0, 141)  # 0 when all was written before head closed
    assert done.stderr == ""


# -- a whole release as a CI job runs it: the emulator process, the installed CLI ----------------


@pytest.fixture(scope="module")
def emulator_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``alipay-mini emulator`` as its own process, with keys it generates; yields its env
    file (the only thing the pipeline gets)."""
    process = EmulatorProcess(
        [ALIPAY_MINI], tmp_path_factory.mktemp("emulator"), environ=clean_environ({})
    ).start()
    try:
        assert process.base_url.startswith("http://127.0.0.1:"), process.base_url
        yield process.env_file
    finally:
        process.stop()


def test_a_pipeline_releases_against_the_emulator_process(
    emulator_process: Path, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path)
    env_file = ["--env-file", str(emulator_process)]
    release = ["release", *WHERE, "--package", str(folder), "--version-desc", "ci", *FAST]
    first = run_cli(*release, "--version", "next", *env_file, "--json", env={})
    assert first.exit_code == 0, first.output
    done = payload(first.stdout)
    assert (done["version"], done["steps"]) == ("0.0.1", ["upload", "review", "publish", "push"])
    again = run_cli(*env_file, "release", *WHERE, "--version", "0.0.1", *FAST, env={})
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("released 0.0.1: push;")
    listed = run_cli("versions", "list", *WHERE, "--json", *env_file, env={})
    versions = payload(listed.stdout)["versions"]
    assert [(v["app_version"], v["status"]) for v in versions] == [("0.0.1", "RELEASE")]
