"""Settings the CLI cannot use exit 2 naming the flag or variable, never with a traceback.

A proxy (a SOCKS proxy without ``socksio``, a scheme httpx does not know), from
``--proxy`` or the proxy variables, is named by where it came from, never by its URL (it
may hold a password); a ``--timeout`` past a day (``inf``) is refused by the flag. Before:
exit 1 (which means an Alipay business error) and an ``ImportError``/``ValueError``/
``OverflowError`` traceback."""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import Cli

SECRET = "S3cretProxyPw"
STATUS = ("status", "--mini-app-id", "2021004100000001", "--version", "1.0.0")
UNUSABLE = [f"ftp://user:{SECRET}@proxy.example:21"]
if importlib.util.find_spec("socksio") is None:
    UNUSABLE.append(f"socks5://user:{SECRET}@127.0.0.1:1080")


@pytest.mark.parametrize("proxy", UNUSABLE)
@pytest.mark.parametrize("source", ["--proxy", "HTTPS_PROXY"])
def test_an_unusable_proxy_exits_2_naming_where_it_came_from(
    cli: Cli, env: dict[str, str], proxy: str, source: str
) -> None:
    if source == "--proxy":
        result = cli("--proxy", proxy, *STATUS)
    else:
        result = cli(*STATUS, env={**env, "HTTPS_PROXY": proxy, "HTTP_PROXY": proxy})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert source in result.stderr
    assert SECRET not in result.output


@pytest.mark.parametrize("timeout", ["inf", "1e12", "nan"])
def test_a_timeout_past_a_day_exits_2_naming_the_flag(cli: Cli, timeout: str) -> None:
    result = cli("--timeout", timeout, *STATUS)
    assert result.exit_code == 2, result.output
    assert "--timeout" in result.stderr
    assert "Traceback" not in result.output
