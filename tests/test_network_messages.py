"""Issue 13 item 6: network messages say which server, and whether it was Alipay at all.

(a) a refused connection names host *and port*; (b) an unsigned non-JSON answer (an HTML
page from something that is not Alipay) is not blamed on Alipay ("retry later") but said
not to come from its gateway, with base_url to check; (c) plain http is refused except to
a loopback host, by AlipayConfig and by ``keys check``.
"""

from __future__ import annotations

import socket

import httpx
import pytest

from alipay_innerversion import InnerVersionClient
from alipay_innerversion.cli.diagnostics import diagnose_env
from alipay_innerversion.config import AlipayConfig, normalize_base_url
from alipay_innerversion.errors import AlipayApiError, ConfigError, SignatureError, TransportError

from .conftest import Keys

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_refused_connection_names_the_port(key_config: AlipayConfig) -> None:
    port = _free_port()  # closed again: nothing listens there
    config = key_config.replace(base_url=f"http://127.0.0.1:{port}")
    with (
        InnerVersionClient(config, max_retries=0) as client,
        pytest.raises(TransportError) as caught,
    ):
        client.upload_status(package_id="1")
    assert f"POST http://127.0.0.1:{port}/v3/" in str(caught.value) or (
        f"GET http://127.0.0.1:{port}/v3/" in str(caught.value)
    )
    assert "base_url" in str(caught.value)


@pytest.mark.parametrize("status", [200, 502, 404])
def test_an_unsigned_html_answer_is_not_blamed_on_alipay(
    key_config: AlipayConfig, status: int
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=HTML, headers={"content-type": "text/html"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        InnerVersionClient(key_config, http_client=http, max_retries=0) as client,
        pytest.raises((AlipayApiError, SignatureError)) as caught,
    ):
        client.upload_status(package_id="1")
    text = str(caught.value)
    assert "base_url" in text, text
    assert "retry later" not in text.lower(), text
    if status != 200:
        assert "did not come from Alipay's gateway" in text, text
        assert isinstance(caught.value, AlipayApiError)
        assert not caught.value.verified


def test_a_signed_alipay_error_keeps_its_own_hint() -> None:
    from alipay_innerversion.errors import error_from_response

    error = error_from_response(
        http_status=503,
        body=b'{"code": "SYSTEM_ERROR", "message": "busy"}',
        trace_id="t",
        request_id="r",
        verified=True,
    )
    assert "retry later" in str(error)
    assert "did not come from" not in str(error)


@pytest.mark.parametrize(
    "url",
    [
        "http://openapi.alipay.com",
        "http://openapi.sandbox.dl.alipaydev.com",
        "http://10.0.0.5:8080",
        "http://gw.localhost",  # loopback by name only: decided by the literal names
        "http://localhost.example.com:8080",
        "http://127.0.0.1.nip.io",
        # not the literal names: the resolver is asked (hosts files hold "localhost", not
        # "localhost."), and DNS may answer them with any address
        "http://localhost.:8900",
        "http://127.0.0.1.:8900",
        "http://localhost..",
    ],
)
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        normalize_base_url(url)
    assert "https" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.10.0.3:1",
        "http://localhost:7000",
        "http://LOCALHOST",
        "http://[::1]:9000",
        "https://openapi.alipay.com",
        "https://10.0.0.5:8443",
    ],
)
def test_https_and_plain_http_to_loopback_are_accepted(url: str) -> None:
    assert normalize_base_url(url) == url.rstrip("/")


def test_alipay_config_refuses_plain_http_to_production(key_config: AlipayConfig) -> None:
    with pytest.raises(ConfigError, match="https"):
        key_config.replace(base_url="http://openapi.alipay.com")


def test_keys_check_reports_plain_http_as_a_problem(keys: Keys) -> None:
    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.raw["app_private_pkcs8_base64"],
        "ALIPAY_PUBLIC_KEY": keys.raw["alipay_public_base64"],
        "ALIPAY_BASE_URL": "http://openapi.alipay.com",
    }
    found = {finding.check: finding for finding in diagnose_env(env)}
    assert not found["base_url"].ok
    assert "https" in (found["base_url"].fix or "")
    env["ALIPAY_BASE_URL"] = "http://127.0.0.1:9"
    assert {finding.check: finding for finding in diagnose_env(env)}["base_url"].ok


def test_keys_check_command_exits_non_zero_for_plain_http(keys: Keys) -> None:
    from click.testing import CliRunner

    from alipay_innerversion.cli import main

    env = {
        "ALIPAY_APP_ID": keys.app_id,
        "ALIPAY_PRIVATE_KEY": keys.raw["app_private_pkcs8_base64"],
        "ALIPAY_PUBLIC_KEY": keys.raw["alipay_public_base64"],
        "ALIPAY_BASE_URL": "http://openapi.alipay.com",
    }
    result = CliRunner().invoke(main, ["keys", "check"], env=env)
    assert result.exit_code != 0, result.output
    assert "https" in result.output
