"""Issue 13 item 1: every argument of a call is checked before anything is sent.

An upload with a bad wait argument used to upload first and raise after, using up the
version (a retry then got BUILD_VERSION_ALREADY_EXIST); ``poll_interval=nan`` raised an
untyped ValueError after the upload. Here no request may reach the server at all.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import httpx
import pytest

from alipay_innerversion import AsyncInnerVersionClient, InnerVersionClient
from alipay_innerversion.config import AlipayConfig
from alipay_innerversion.errors import InvalidRequestError

BAD_WAITS = [
    pytest.param({"poll_interval": -1}, id="poll_interval=-1"),
    pytest.param({"poll_interval": 0}, id="poll_interval=0"),
    pytest.param({"poll_interval": math.nan}, id="poll_interval=nan"),
    pytest.param({"wait_timeout": 0}, id="wait_timeout=0"),
    pytest.param({"wait_timeout": -5}, id="wait_timeout=-5"),
    pytest.param({"wait_timeout": math.nan}, id="wait_timeout=nan"),
]


class Counting:
    """An ``httpx.MockTransport`` handler that counts requests and answers nothing useful."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, text="must not be called")


def _upload_args(bad: dict[str, Any]) -> dict[str, Any]:
    return {
        "mini_app_id": "2021000000000001",
        "build_version": "1.0.0",
        "package": b"PK\x05\x06" + b"\x00" * 18,  # an empty zip
        "wait": True,
        **bad,
    }


@pytest.mark.parametrize("bad", BAD_WAITS)
def test_sync_upload_with_a_bad_wait_argument_sends_nothing(
    key_config: AlipayConfig, bad: dict[str, Any]
) -> None:
    counting = Counting()
    http = httpx.Client(transport=httpx.MockTransport(counting))
    with (
        InnerVersionClient(key_config, http_client=http, max_retries=0) as client,
        pytest.raises(InvalidRequestError),
    ):
        client.upload(**_upload_args(bad))
    assert counting.requests == []


@pytest.mark.parametrize("bad", BAD_WAITS)
def test_async_upload_with_a_bad_wait_argument_sends_nothing(
    key_config: AlipayConfig, bad: dict[str, Any]
) -> None:
    counting = Counting()

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(counting))
        async with AsyncInnerVersionClient(key_config, http_client=http, max_retries=0) as client:
            with pytest.raises(InvalidRequestError):
                await client.upload(**_upload_args(bad))

    asyncio.run(run())
    assert counting.requests == []


@pytest.mark.parametrize("bad", BAD_WAITS)
def test_release_with_a_bad_wait_argument_sends_nothing(
    key_config: AlipayConfig, bad: dict[str, Any]
) -> None:
    counting = Counting()
    http = httpx.Client(transport=httpx.MockTransport(counting))
    with (
        InnerVersionClient(key_config, http_client=http, max_retries=0) as client,
        pytest.raises(InvalidRequestError),
    ):
        client.release(build_version="1.0.0", package=b"PK\x05\x06" + b"\x00" * 18, **bad)
    assert counting.requests == []
