"""The ``Emulator`` object itself: keys it generates or is given, client configurations,
lifecycle, inspection, reset, secrecy, logging, and importing without the extra."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import time

import httpx
import pytest

from alipay_innerversion import AlipayConfig, AuthenticationError, ServerError, TransportError
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.pki import public_key_pem

from ..conftest import Keys
from .conftest import vector_emulator
from .support import MINI, UPGRADE, UPLOAD, signed_http, upload_body


def test_importable_without_the_extra() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["starlette"] = None  # as if the extra were not installed
        sys.modules["uvicorn"] = None
        import alipay_innerversion.emulator as emulator
        from alipay_innerversion.emulator import protocol, pki, Faults
        try:
            emulator.Emulator
        except ImportError as exc:
            print(exc)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "pip install 'alipay-innerversion[emulator]'" in result.stdout


def test_generates_keys_and_serves_them() -> None:
    emu = Emulator()
    assert emu.app_private_key_pem is not None
    assert emu.alipay_private_key_pem is not None
    assert "BEGIN PUBLIC KEY" in emu.alipay_public_key_pem
    assert emu.encrypt_key is None
    assert not emu.cert_mode
    with emu:
        config = emu.client_config()
        assert config.app_id == "2021000000000001"
        with signed_http(config) as http:
            assert (
                http.post(
                    UPGRADE,
                    json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
                ).json()
                == {}
            )
    assert not emu.running


def test_only_a_public_key_means_the_client_brings_the_private_key(keys: Keys) -> None:
    emu = Emulator(
        app_id=keys.app_id,
        app_public_key=public_key_pem(keys.app_public),
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    )
    assert emu.app_private_key_pem is None
    assert emu.alipay_private_key_pem is None  # given, not generated
    with emu:
        with pytest.raises(ValueError, match="private_key="):
            emu.client_config()
        config = emu.client_config(private_key=keys.app_private_pem)
        with signed_http(config) as http:
            http.post(
                UPGRADE,
                json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            )
    assert emu.mini_app(MINI).upgrade_count == 1


def test_lifecycle_errors(keys: Keys) -> None:
    emu = vector_emulator(keys)
    with pytest.raises(RuntimeError, match="not running"):
        _ = emu.base_url
    with emu:
        with pytest.raises(RuntimeError, match="already started"):
            emu.start()
        assert emu.base_url == f"http://127.0.0.1:{emu.port}"
        assert emu.port > 0
    emu.stop()  # idempotent


def test_client_config_overrides(emu: Emulator, keys: Keys) -> None:
    config = emu.client_config(timestamp_window=60)
    assert config.timestamp_window == 60
    assert config.base_url == emu.base_url
    assert config.alipay_public_key.public_numbers() == keys.alipay_public.public_numbers()
    other = emu.client_config(app_id="2021000000000999", private_key=keys.app_private_pem)
    assert other.app_id == "2021000000000999"  # an app the emulator does not know
    with signed_http(other) as http, pytest.raises(AuthenticationError) as info:
        http.post(
            UPGRADE, json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}
        )
    assert info.value.code == "invalid-app-id"


def test_add_app_checks_its_keys(emu: Emulator, keys: Keys) -> None:
    with pytest.raises(ValueError, match="not a key pair"):
        emu.add_app(
            "2021000000000900", app_private_key=keys.app_private, app_public_key=keys.alipay_public
        )
    with pytest.raises(ValueError, match="empty"):
        emu.add_app(" ", app_private_key=keys.app_private)
    with pytest.raises(ValueError, match="16, 24 or 32"):
        emu.add_app("2021000000000901", app_private_key=keys.app_private, encrypt_key="AAAA")


def test_reset_forgets_everything_but_apps(emu: Emulator, config: AlipayConfig, keys: Keys) -> None:
    emu.add_app("2021000000000902", app_private_key=keys.app_private)
    emu.faults.latency = 0.01
    emu.inject("503")
    with signed_http(config) as http:
        with pytest.raises(ServerError):
            http.post(UPLOAD, json=upload_body("1.0.0"))
        http.post(UPLOAD, json=upload_body("1.0.0"))
    with httpx.Client(base_url=emu.base_url) as raw:
        raw.post(UPGRADE, json={})
    assert emu.accepted()
    assert emu.rejected()
    assert emu.mini_apps()
    emu.reset()
    assert (emu.accepted(), emu.rejected(), emu.mini_apps()) == ([], [], {})
    assert (emu.faults.latency, emu.faults.pending()) == (0.0, ())
    assert emu.credentials("2021000000000902").app_id == "2021000000000902"
    with signed_http(config) as http:
        assert http.post(UPLOAD, json=upload_body("1.0.0")).json()["package_id"] == "20240001"


def test_inspection_filters(emu: Emulator, config: AlipayConfig) -> None:
    with signed_http(config) as http:
        http.post(UPLOAD, json=upload_body("1.0.0"))
        http.post(
            UPGRADE,
            json={
                "mini_app_id": "2021000000000777",
                "template_id": "tpl",
                "template_version": "1.0.0",
            },
        )
    assert [r.operation for r in emu.accepted(operation="upgrade")] == ["upgrade"]
    assert emu.accepted(app_id="nobody") == []
    [upload] = emu.accepted(operation="upload")
    assert emu.accepted(request_id=upload.request_id) == [upload]
    assert upload.method == "POST"
    assert upload.path == UPLOAD
    assert upload.seq < emu.accepted(operation="upgrade")[0].seq
    assert set(emu.mini_apps()) == {MINI, "2021000000000777"}
    version = emu.mini_app(MINI).versions["1.0.0"]
    assert (version.build_status, version.polls, version.source) == ("0", 0, "stream")


def test_repr_holds_no_secrets(keys: Keys) -> None:
    emu = vector_emulator(
        keys, encrypt_key=keys.encrypt_key_b64, app_auth_tokens={"202501BBsecret"}
    )
    text = repr(emu) + repr(emu.credentials()) + repr(emu.gateway.app(keys.app_id))
    for secret in (keys.encrypt_key_b64, "202501BBsecret", "PRIVATE KEY"):
        assert secret not in text


def test_drops_do_not_log_but_real_failures_do(
    emu: Emulator,
    config: AlipayConfig,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG, logger="uvicorn.error")
    body = {"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("emulator bug")

    emu.inject("drop")
    with signed_http(config) as http:
        with pytest.raises(TransportError, match="peer closed"):
            http.post(UPGRADE, json=body)  # uvicorn logs before it closes: no race here
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
        monkeypatch.setattr(emu.platform, "handle", broken)
        with pytest.raises(ServerError) as info:
            http.post(UPGRADE, json=body)
    assert info.value.code == "unknow-error"
    assert info.value.verified is True

    def logged() -> list[logging.LogRecord]:
        return [r for r in caplog.records if "Exception in ASGI application" in r.getMessage()]

    deadline = time.monotonic() + 5  # logged by the server thread after the answer went out
    while not logged():
        assert time.monotonic() < deadline, "the emulator's own failure was not logged"
        time.sleep(0.01)
    [record] = logged()
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)


def test_one_token_given_as_a_string(keys: Keys) -> None:
    emu = vector_emulator(keys, app_auth_tokens="202501BBone")
    assert emu.credentials().app_auth_tokens == frozenset({"202501BBone"})


def test_the_emulator_never_imports_the_clients_protocol_code() -> None:
    """Verification must stay independent: a client bug must not be mirrored here."""
    import ast
    from pathlib import Path

    import alipay_innerversion.emulator as package

    forbidden = {"signing", "crypto", "transport"}
    for source in Path(package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = {(node.module or "").rsplit(".", 1)[-1]} | {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                names = {a.name.rsplit(".", 1)[-1] for a in node.names}
            else:
                continue
            assert not names & forbidden, f"{source.name} imports {names & forbidden}"
