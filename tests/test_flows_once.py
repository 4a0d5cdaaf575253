"""Issue 20: the friendly layer costs only the protocol's calls. Against the emulator over
loopback, ``upload(package=..., wait=True)`` and a ``release`` that goes the whole way
turn each request's arguments into wire fields at most once (a poll sends the same
arguments every time: once for all of them; a stage checked before the release's first
call is not converted again when sent), and read each answer into its typed result once,
the generated one (``BuildStatus`` *is* the uploadstatus/query result, not a copy of it).
"""

from __future__ import annotations

import asyncio
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from alipay_innerversion import (
    AlipayConfig,
    AsyncInnerVersionClient,
    BuildStatus,
    InnerVersionClient,
    VersionStatus,
    arguments,
)
from alipay_innerversion.emulator import Emulator
from alipay_innerversion_api.api import OPERATIONS, Operation, UploadstatusQueryResult

from .conftest import Keys

WHERE = {
    "mini_app_id": "2021000000000001",
    "bundle_id": "com.alipay.alipaywallet",
    "app_origin": "once",
}

pytestmark = pytest.mark.usefixtures("fast_retries")


def real_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("app.json", '{"pages": ["pages/index/index"]}')
        archive.writestr("pages/index/index.js", "Page({});")
    return buffer.getvalue()


class Tally:
    """Requests sent (and answered with success), argument conversions and answer reads,
    by operation."""

    def __init__(self) -> None:
        self.sent: Counter[str] = Counter()
        self.succeeded: Counter[str] = Counter()
        self.converted: Counter[str] = Counter()
        self.read: Counter[str] = Counter()
        self.by_path = {op.path: name for name, op in OPERATIONS.items()}

    def count(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        name = self.by_path[request.url.path]
        self.sent[name] += 1
        self.succeeded[name] += response.status_code == 200
        return response

    def check(self) -> None:
        """Every conversion and read belongs to a request; none is repeated."""
        assert self.sent, "nothing was sent"
        for name, count in self.converted.items():
            assert count <= self.sent[name], (name, self.converted, self.sent)
        assert self.read == self.succeeded, (self.read, self.succeeded)


class _Counting(httpx.BaseTransport):
    def __init__(self, tally: Tally) -> None:
        self._tally, self._inner = tally, httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._tally.count(request, self._inner.handle_request(request))

    def close(self) -> None:
        self._inner.close()


class _AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, tally: Tally) -> None:
        self._tally, self._inner = tally, httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._tally.count(request, await self._inner.handle_async_request(request))

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture(scope="module")
def emu(keys: Keys) -> Iterator[Emulator]:
    with Emulator(
        app_id=keys.app_id,
        app_private_key=keys.app_private_pem,
        alipay_private_key=keys.raw["alipay_private_pkcs8_pem"],
    ) as emulator:
        yield emulator


@pytest.fixture
def tally(monkeypatch: pytest.MonkeyPatch) -> Tally:
    """Counts ``arguments._convert`` (what ``wire_fields`` and ``prepared`` run to turn
    arguments into wire fields) and the generated ``from_dict`` of every operation's
    answer model (inherited by its result and the facade's subclasses of it)."""
    tally = Tally()
    convert = arguments._convert

    def counting_convert(operation: Operation, given: Any) -> Any:
        tally.converted[operation.name] += 1
        return convert(operation, given)

    monkeypatch.setattr(arguments, "_convert", counting_convert)
    for name, operation in OPERATIONS.items():
        model = operation.result_class.__mro__[1]  # the response model: from_dict is its
        from_dict = model.__dict__["from_dict"].__func__

        def counting_read(cls: type, data: Any, _f: Any = from_dict, _n: str = name) -> Any:
            tally.read[_n] += 1
            return _f(cls, data)

        monkeypatch.setattr(model, "from_dict", classmethod(counting_read))
    return tally


def run(mode: str, config: AlipayConfig, tally: Tally, method: str, **kwargs: Any) -> Any:
    if mode == "sync":
        with InnerVersionClient(config, transport=_Counting(tally), max_retries=0) as client:
            return getattr(client, method)(**kwargs)

    async def main() -> Any:
        async with AsyncInnerVersionClient(
            config, transport=_AsyncCounting(tally), max_retries=0
        ) as client:
            return await getattr(client, method)(**kwargs)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_upload_and_wait_convert_and_read_each_call_once(
    emu: Emulator, tally: Tally, mode: str
) -> None:
    emu.reset()
    seen: list[Any] = []
    result = run(
        mode,
        emu.client_config(),
        tally,
        "upload",
        build_version="1.0.0",
        package=real_zip(),
        wait=True,
        poll_interval=0.01,
        on_progress=seen.append,
        **WHERE,
    )
    assert result.build is not None
    assert result.build.succeeded
    assert tally.sent["upload"] == 1
    assert tally.sent["uploadstatus_query"] >= 1
    assert set(tally.sent) == {"upload", "uploadstatus_query"}
    tally.check()
    assert tally.converted == {"upload": 1, "uploadstatus_query": 1}  # every poll: one query
    # What on_progress saw is what was read: the upload's answer, then the typed statuses.
    assert seen[0] is result
    assert all(isinstance(s, BuildStatus | UploadstatusQueryResult) for s in seen[1:])
    assert result.build is seen[-1]
    assert result.build.package_id == result.package_id


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_whole_release_converts_and_reads_each_call_once(
    emu: Emulator, tally: Tally, mode: str
) -> None:
    emu.reset()
    done = run(
        mode,
        emu.client_config(),
        tally,
        "release",
        build_version="2.0.0",
        package=real_zip(),
        version_desc="once",
        gray_strategies=["p10", "p50"],
        poll_interval=0.01,
        **WHERE,
    )
    assert done.status == VersionStatus.RELEASE
    assert done.steps == ("upload", "review", "gray", "gray", "publish", "push")
    assert {"upload", "audit_submit", "gray_finish", "online_publish", "sync"} <= set(tally.sent)
    assert tally.sent["gray_publish"] == 2
    tally.check()
    for name in ("upload", "audit_submit", "gray_finish", "gray_publish", "online_publish"):
        assert tally.converted[name] == tally.sent[name], name  # checked first, sent as made
    assert tally.converted["sync"] == 1
    assert tally.converted["uploadstatus_query"] == 1  # every build poll: one query
