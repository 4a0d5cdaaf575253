"""Encryption follows the request (GETs included), and de-duplication as an option."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion.emulator import Emulator

from ..conftest import Keys
from .conftest import vector_emulator
from .support import MINI, Raw

WHERE = {"mini_app_id": MINI, "bundle_id": "com.alipay.alipaywallet"}


@pytest.fixture(scope="module")
def aes_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys, encrypt_key=keys.encrypt_key_b64) as emu:
        yield emu


@pytest.fixture
def aes_emu(aes_server: Emulator) -> Iterator[Emulator]:
    aes_server.reset()
    yield aes_server
    aes_server.reset()


def raw(emu: Emulator, keys: Keys, http: httpx.Client, *, aes: bool) -> Raw:
    return Raw(
        http,
        app_id=keys.app_id,
        private_key=keys.app_private,
        alipay_public=keys.alipay_public,
        aes=keys.encrypt_key if aes else None,
    )


@pytest.mark.parametrize("declared", [True, False], ids=["declared-aes", "declared-nothing"])
def test_get_answers_follow_the_request(aes_emu: Emulator, keys: Keys, declared: bool) -> None:
    with httpx.Client(base_url=aes_emu.base_url) as http:
        api = raw(aes_emu, keys, http, aes=declared)
        api.call("templated.upload", **WHERE, app_version="1.0.0", template_id="t")
        answer = api.send("info.query", {**WHERE, "app_version": "1.0.0"})
        assert answer.status == 200
        assert answer.encrypted is declared
        assert answer.data["status"] == "INIT"
        errors = api.send("info.query", {**WHERE, "app_version": "9.9.9"})
        assert (errors.status, errors.encrypted) == (400, False)  # errors are never encrypted
        deleted = api.send("info.delete", {**WHERE, "app_version": "1.0.0", "pid": "2088"})
        assert (deleted.status, deleted.encrypted, deleted.data) == (200, declared, {})
    records = aes_emu.accepted(operation="info.query")
    assert [r.encrypted for r in records] == [declared, declared]


def test_declaring_aes_without_encryption_is_refused(emu: Emulator, keys: Keys) -> None:
    with httpx.Client(base_url=emu.base_url) as http:
        answer = raw(emu, keys, http, aes=True).send("info.query", {"app_version": "1.0.0"})
    assert (answer.status, answer.code) == (400, "invalid-encrypt")


@pytest.mark.parametrize("dedupe", [True, False])
def test_dedupe_is_an_option(emu: Emulator, api: Raw, dedupe: bool) -> None:
    assert emu.dedupe is True  # the default
    emu.dedupe = dedupe
    fields = {**WHERE, "app_version": "1.0.0", "template_id": "t"}
    first = api.send("templated.upload", fields, request_id="same-id")
    again = api.send("templated.upload", fields, request_id="same-id")
    assert first.status == 200
    if dedupe:
        assert (again.status, again.data) == (200, {})
        assert [r.replay for r in emu.accepted()] == [False, True]
    else:  # applied again: the operation's own rule answers
        assert (again.status, again.code) == (400, "VERSION_HAS_EXISTED")
    emu.reset()
    assert emu.dedupe is True


def test_options_from_the_constructor(keys: Keys) -> None:
    emu = vector_emulator(
        keys,
        review="pending",
        reject_reason="no",
        require_gray=True,
        dedupe=False,
        templates={"t": ["1.0.0"]},
        accept_unknown_fields=True,
    )
    assert (emu.review, emu.reject_reason, emu.require_gray, emu.dedupe) == (
        "pending",
        "no",
        True,
        False,
    )
    emu.review, emu.accept_unknown_fields = "reject", False
    emu.reset()
    assert (emu.review, emu.accept_unknown_fields) == ("pending", True)
    with pytest.raises(ValueError, match="review must be one of"):
        vector_emulator(keys, review="maybe")
