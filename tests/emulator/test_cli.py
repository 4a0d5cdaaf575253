"""``alipay-mini emulator`` as users run it: a subprocess that prints where it listens,
serves signed requests, writes client settings, and exits 0 on SIGTERM/SIGINT."""

from __future__ import annotations

import json
import os
import selectors
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from alipay_innerversion import (
    AlipayConfig,
    AuthenticationError,
    InnerVersionClient,
    RateLimitError,
    RequestTimeoutError,
    ServerError,
    TransportError,
)
from alipay_innerversion.cli import main
from alipay_innerversion.cli._common import read_env_file
from alipay_innerversion.emulator.pki import private_key_pem, public_key_pem

from ..conftest import Keys
from ..helpers import request_extensions
from .support import MINI, QUERY, UPGRADE, UPLOAD, signed_http, verify_signed

RUN_CLI = "import sys; from alipay_innerversion.cli import main; main(prog_name='alipay-mini')"


@contextmanager
def emulator_process(
    *args: str, env: dict[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start ``alipay-mini emulator ARGS``; yield the process and its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, "emulator", "--host", "127.0.0.1", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    try:
        assert process.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + 30
        line = ""
        while not line.startswith("listening on "):
            if time.monotonic() > deadline or not selector.select(
                timeout=deadline - time.monotonic()
            ):
                raise AssertionError("the emulator did not print its listening line")
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                raise AssertionError(
                    f"the emulator exited: {process.stderr.read() if process.stderr else ''}"
                )
        selector.close()
        yield process, line.removeprefix("listening on ").strip()
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def stop(process: subprocess.Popen[str], sig: int) -> tuple[int, str, str]:
    process.send_signal(sig)
    out, err = process.communicate(timeout=15)
    return process.returncode, out, err


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_generated_keys_env_file_and_clean_exit(tmp_path: Path, sig: int) -> None:
    keys_dir = tmp_path / "keys"
    with emulator_process(
        "--keys-dir",
        str(keys_dir),
        "--app-auth-token",
        "202501BBgood",
        "--app-id",
        "2021000000000042",
    ) as (process, url):
        assert url.startswith("http://127.0.0.1:")
        env = read_env_file(str(keys_dir / "emulator.env"))
        assert env["ALIPAY_BASE_URL"] == url
        assert env["ALIPAY_APP_ID"] == "2021000000000042"
        for name in ("ALIPAY_PRIVATE_KEY_FILE", "ALIPAY_PUBLIC_KEY_FILE"):
            assert Path(env[name]).is_absolute()
            assert Path(env[name]).is_file()
        assert "ALIPAY_PRIVATE_KEY" not in env  # files, not key text
        config = AlipayConfig.from_env(env)
        with signed_http(config) as http:
            response = http.post(
                UPGRADE,
                json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
                extensions=request_extensions(app_auth_token="202501BBgood"),
            )
            verify_signed(response, config.alipay_public_key)
            with pytest.raises(AuthenticationError):
                http.post(
                    UPGRADE,
                    json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
                    extensions=request_extensions(app_auth_token="202501BBforged"),
                )
        code, out, err = stop(process, sig)

    assert code == 0, err
    private_text = Path(env["ALIPAY_PRIVATE_KEY_FILE"]).read_text()
    assert "PRIVATE KEY" in private_text
    for secret in (private_text.splitlines()[1], "202501BBgood"):
        assert secret not in out
        assert secret not in err
    for name in ("app_private_key.pem", "alipay_private_key.pem", "emulator.env"):
        assert stat.S_IMODE((keys_dir / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in keys_dir.iterdir()) == [
        "alipay_private_key.pem",
        "alipay_public_key.pem",
        "app_private_key.pem",
        "app_public_key.pem",
        "emulator.env",
    ]


def test_given_keys_cert_mode_and_encryption(tmp_path: Path, keys: Keys) -> None:
    app_public = tmp_path / "app_public.txt"
    app_public.write_text(
        "".join(public_key_pem(keys.app_public).splitlines()[1:-1])
    )  # bare base64
    alipay_private = tmp_path / "alipay_private.pem"
    alipay_private.write_text(private_key_pem(keys.alipay_private))
    keys_dir = tmp_path / "out"
    with emulator_process(
        "--app-id",
        keys.app_id,
        "--app-public-key",
        str(app_public),
        "--alipay-private-key",
        str(alipay_private),
        "--cert-mode",
        "--polls-per-step",
        "3",
        "--keys-dir",
        str(keys_dir),
        env={"ALIPAY_EMULATOR_ENCRYPT_KEY": keys.encrypt_key_b64},
    ) as (process, _url):
        env = read_env_file(str(keys_dir / "emulator.env"))
        assert "ALIPAY_PRIVATE_KEY_FILE" not in env  # the emulator never had it
        assert env["ALIPAY_ENCRYPT_KEY"] == keys.encrypt_key_b64
        assert Path(env["ALIPAY_ROOT_CERT_FILE"]).name == "alipayRootCert.crt"
        assert Path(env["ALIPAY_APP_CERT_FILE"]).name == f"appCertPublicKey_{keys.app_id}.crt"
        config = AlipayConfig.from_env(env, private_key=keys.app_private_pem)
        assert config.is_cert_mode
        assert config.encrypted
        with signed_http(config) as http:
            response = http.post(
                UPGRADE,
                json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            )
            body = {"mini_app_id": MINI, "build_version": "1.0.0"}
            body["build_source_pkg_url"] = "https://cdn.example.com/demo.amr"
            package_id = http.post(UPLOAD, json=body).json()["package_id"]
            polls = [
                http.get(QUERY, params={"build_package_id": package_id}).json()["build_status"]
                for _ in range(3)
            ]
        assert response.json() == {}
        assert response.headers["alipay-sn"] == next(iter(config.alipay_public_certs))
        assert polls == ["0", "0", "1"]  # --polls-per-step 3
        code, out, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert keys.encrypt_key_b64 not in out + err
    assert not (keys_dir / "alipay_private_key.pem").exists()  # given, not generated
    assert not (keys_dir / "app_private_key.pem").exists()


def test_bad_options_fail_fast(tmp_path: Path, keys: Keys) -> None:
    alipay_private = tmp_path / "alipay_private.pem"
    alipay_private.write_text(private_key_pem(keys.alipay_private))
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["emulator", "--alipay-private-key", str(alipay_private), "--encrypt-key", "not base64!"],
    )
    assert result.exit_code == 2
    assert "encrypt_key is not base64" in result.output

    public_as_private = tmp_path / "public.pem"
    public_as_private.write_text(public_key_pem(keys.app_public))
    result = runner.invoke(main, ["emulator", "--alipay-private-key", str(public_as_private)])
    assert result.exit_code == 2
    assert "alipay_private_key holds a public key" in result.output


def test_help_lists_the_options() -> None:
    result = CliRunner().invoke(main, ["emulator", "--help"])
    assert result.exit_code == 0
    for option in (
        "--host",
        "--port",
        "--app-id",
        "--app-public-key",
        "--alipay-private-key",
        "--encrypt-key",
        "--cert-mode",
        "--app-auth-token",
        "--polls-per-step",
        "--keys-dir",
        "--review",
        "--reject-reason",
        "--require-gray",
        "--no-dedupe",
        "--accept-unknown-fields",
    ):
        assert option in result.output


def test_lifecycle_options_reach_the_platform(tmp_path: Path) -> None:
    """--review reject --reject-reason, --no-dedupe, --require-gray,
    --accept-unknown-fields over real HTTP."""
    import httpx

    from alipay_innerversion.keys import load_private_key, load_public_key

    from .support import Raw

    args = ["--keys-dir", str(tmp_path), "--review", "reject", "--reject-reason", "too broad"]
    options = ("--no-dedupe", "--require-gray", "--accept-unknown-fields")
    with emulator_process(*args, *options) as (process, url):
        env = read_env_file(tmp_path / "emulator.env")
        private = load_private_key(Path(env["ALIPAY_PRIVATE_KEY_FILE"])).key
        public = load_public_key(Path(env["ALIPAY_PUBLIC_KEY_FILE"])).key
        with httpx.Client(base_url=url) as http:
            api = Raw(http, app_id=env["ALIPAY_APP_ID"], private_key=private, alipay_public=public)
            fields = {"app_version": "1.0.0", "template_id": "t", "not_in_the_spec": "x"}
            assert api.send("templated.upload", fields, request_id="r1").status == 200
            again = api.send("templated.upload", fields, request_id="r1")
            assert again.code == "VERSION_HAS_EXISTED"  # --no-dedupe: applied again
            api.call("audit.submit", app_version="1.0.0", version_desc="d")
            seen = [api.call("info.query", app_version="1.0.0") for _ in range(2)]
            assert [s["status"] for s in seen] == ["AUDITING", "AUDIT_REJECT"]
            assert seen[1]["reject_reason"] == "too broad"
        stop(process, signal.SIGTERM)


def test_json_announces_the_url_and_env_file(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "alipay_innerversion",
            "--json",
            "emulator",
            "--port",
            "0",
            "--keys-dir",
            str(tmp_path / "keys"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        announced = json.loads(process.stdout.readline())
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=20)
    assert process.returncode == 0
    assert announced["ok"] is True
    assert announced["base_url"].startswith("http://127.0.0.1:")
    assert Path(announced["env_file"]).name == "emulator.env"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--error-rate", "1", "--error-status", "500"], (ServerError, 500)),
        (["--rate-limit-rate", "1", "--retry-after", "7"], (RateLimitError, 429)),
        (["--drop-before-rate", "1"], (TransportError, None)),
        (["--slow-rate", "1", "--slow-seconds", "2"], (RequestTimeoutError, None)),
    ],
    ids=["error-status", "retry-after", "drop-before", "slow"],
)
def test_fault_options_reach_the_gateway(
    tmp_path: Path, options: list[str], expected: tuple[type[Exception], int | None]
) -> None:
    """Each fault option makes a real call over HTTP fail the way its help says."""
    error_type, status = expected
    with emulator_process("--keys-dir", str(tmp_path), "--seed", "1", *options) as (process, _):
        config = AlipayConfig.from_env(read_env_file(tmp_path / "emulator.env"))
        with (
            InnerVersionClient(config, max_retries=0, timeout=0.5) as client,
            pytest.raises(error_type) as info,
        ):
            client.upgrade(mini_app_id="m1", template_id="t", template_version="1.0.0")
        assert getattr(info.value, "http_status", None) == status
        if error_type is RateLimitError:
            assert info.value.retry_after == 7  # type: ignore[attr-defined]
        stop(process, signal.SIGTERM)


def test_fault_rates_over_one_are_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["emulator", "--port", "0", "--error-rate", "0.6", "--slow-rate", "0.6"]
    )
    assert result.exit_code == 2
    assert "add up to more than 1" in result.output
