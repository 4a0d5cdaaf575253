"""Content encryption, certificate mode and app auth tokens, through the client's transport
over real HTTP, and the raw bytes on the wire."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion import (
    AlipayApiError,
    AlipayConfig,
    AuthenticationError,
    RetryPolicy,
)
from alipay_innerversion.certs import cert_sn, root_cert_sn
from alipay_innerversion.emulator import Emulator, protocol, token_fingerprint
from alipay_innerversion.emulator.pki import CertificateSet
from alipay_innerversion.transport import AlipayTransport

from ..conftest import Keys
from ..helpers import request_extensions
from .conftest import vector_emulator
from .support import (
    MINI,
    ONLINE,
    UPGRADE,
    UPLOAD,
    build,
    signed_headers,
    signed_http,
    upload_body,
    verify_signed,
)

# -- encryption ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def aes_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys, encrypt_key=keys.encrypt_key_b64) as emu:
        yield emu


@pytest.fixture
def aes_emu(aes_server: Emulator) -> Emulator:
    aes_server.reset()
    return aes_server


class Wiretap(httpx.HTTPTransport):
    """Keeps what went over the wire (below AlipayTransport)."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        # a copy: the SDK hands a decrypted answer on in the response it was given
        wire = httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )
        self.exchanges.append((request, wire))
        return response


def test_encrypted_flow(aes_emu: Emulator, keys: Keys) -> None:
    config = aes_emu.client_config()
    assert config.encrypt_key == keys.encrypt_key
    tap = Wiretap()
    transport = AlipayTransport(config, transport=tap, retry=RetryPolicy(max_retries=0))
    with httpx.Client(base_url=config.base_url, transport=transport) as http:
        package_id = build(http, "1.0.0")
        assert (
            http.post(ONLINE, json={"mini_app_id": MINI, "app_online_version": "1.0.0"}).json()
            == {}
        )
        with pytest.raises(AlipayApiError) as info:  # errors stay plain JSON, still verified
            http.post(UPLOAD, json=upload_body("1.0.0"))
        assert info.value.verified

    upload_request, upload_response = tap.exchanges[0]
    assert upload_request.headers["alipay-encrypt-type"] == "AES"
    assert not upload_request.content.startswith(b"{")
    assert not upload_response.content.startswith(b"{")
    # exactly: Alipay's Java v3 SDK refuses "text/plain; charset=utf-8"
    assert upload_response.headers["content-type"] == "text/plain"
    verify_signed(upload_response, aes_emu.alipay_public_key)
    answer = json.loads(protocol.decrypt_body(upload_response.content, keys.encrypt_key))
    assert answer["package_id"] == package_id

    query_request, query_response = tap.exchanges[1]
    assert query_request.method == "GET"
    declared = "alipay-encrypt-type" in query_request.headers
    if declared:  # a GET that declares AES gets an encrypted answer
        assert query_response.headers["content-type"] == "text/plain"
        state = json.loads(protocol.decrypt_body(query_response.content, keys.encrypt_key))
    else:  # one that declares nothing, a plain one
        state = query_response.json()
    assert state["build_status"] == "1"

    error_response = tap.exchanges[-1][1]
    assert error_response.status_code == 400
    assert error_response.json()["code"] == "BUILD_VERSION_ALREADY_EXIST"
    verify_signed(error_response, aes_emu.alipay_public_key)

    records = aes_emu.accepted()
    assert [r.encrypted for r in records] == [True, declared, declared, True, True]
    assert records[0].body is not None
    assert records[0].body["build_version"] == "1.0.0"


def test_encrypted_app_still_accepts_plain_requests(aes_emu: Emulator) -> None:
    config = aes_emu.client_config(encrypt_key=None)
    with signed_http(config) as http:
        assert (
            http.post(
                UPGRADE,
                json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            ).json()
            == {}
        )
    assert [r.encrypted for r in aes_emu.accepted()] == [False]


def test_generated_encrypt_key(keys: Keys) -> None:
    emu = vector_emulator(keys, encrypt_key=True)
    assert emu.encrypt_key is not None
    key = emu.gateway.app(keys.app_id).encrypt_key
    assert key is not None
    assert len(key) == 16
    assert emu.client_config(base_url="http://127.0.0.1:1").encrypt_key == key
    assert emu.encrypt_key not in repr(emu)
    assert emu.encrypt_key not in repr(emu.credentials())


# -- certificate mode --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cert_server(keys: Keys, cert_set: CertificateSet) -> Iterator[Emulator]:
    with vector_emulator(keys, certificates=cert_set) as emu:
        yield emu


@pytest.fixture
def cert_emu(cert_server: Emulator) -> Emulator:
    cert_server.reset()
    return cert_server


def test_cert_mode_flow(cert_emu: Emulator, cert_set: CertificateSet) -> None:
    config = cert_emu.client_config()
    assert config.is_cert_mode
    assert cert_emu.alipay_cert_sn == cert_sn(cert_set.alipay_cert_pem)
    assert cert_emu.root_cert_sn == root_cert_sn(cert_set.root_bundle_pem)
    assert "_" not in cert_emu.root_cert_sn  # the ECDSA root of the bundle is skipped
    with signed_http(config) as http:
        response = http.post(
            UPGRADE, json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}
        )
    assert response.headers["alipay-sn"] == cert_sn(cert_set.alipay_cert_pem)
    assert cert_emu.mini_app(MINI).upgrade_count == 1


def _cert_request(
    emu: Emulator, keys: Keys, *, app_cert_sn: str | None, root_sn: str | None
) -> httpx.Response:
    body = json.dumps(
        {"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"}
    ).encode()
    headers = signed_headers(
        app_id=keys.app_id,
        private_key=keys.app_private,
        method="POST",
        target=UPGRADE,
        body=body,
        app_cert_sn=app_cert_sn,
    )
    if root_sn is not None:
        headers["alipay-root-cert-sn"] = root_sn
    with httpx.Client(base_url=emu.base_url) as raw:
        return raw.post(UPGRADE, content=body, headers=headers)


@pytest.mark.parametrize(
    ("app_sn", "root_sn", "code"),
    [
        ("right", None, "missing-alipay-root-cert-sn"),  # what PHP's v3 SDK sends
        ("right", "", "missing-alipay-root-cert-sn"),
        ("right", "687b59193f3f462dd5336e5abf83c5d8", "invalid-alipay-root-cert-sn"),
        (None, "right", "missing-app-cert-sn"),
        ("866efef280dec9137a87d047ac446315", "right", "app-cert-not-exist"),
        ("right", "right", None),
    ],
)
def test_cert_sn_checks(
    cert_emu: Emulator, keys: Keys, app_sn: str | None, root_sn: str | None, code: str | None
) -> None:
    right_app = cert_emu.credentials().app_cert_sn
    response = _cert_request(
        cert_emu,
        keys,
        app_cert_sn=right_app if app_sn == "right" else app_sn,
        root_sn=cert_emu.root_cert_sn if root_sn == "right" else root_sn,
    )
    verify_signed(response, cert_emu.alipay_public_key)
    assert response.headers["alipay-sn"] == cert_emu.alipay_cert_sn
    if code is None:
        assert response.status_code == 200
        return
    assert response.status_code == 401
    assert response.json()["code"] == code
    assert [r.code for r in cert_emu.rejected()] == [code]


def test_generated_certificates_and_added_apps(keys: Keys) -> None:
    emu = vector_emulator(keys, cert_mode=True)
    other = emu.add_app("2021000000000055", app_private_key=keys.app_private)
    assert other.app_cert_pem is not None
    assert other.app_cert_sn == cert_sn(other.app_cert_pem)
    assert other.app_cert_sn != emu.credentials().app_cert_sn  # another certificate
    with emu:
        config = emu.client_config(app_id=other.app_id)
        assert config.app_cert_sn == other.app_cert_sn
        with signed_http(config) as http:
            http.post(
                UPGRADE,
                json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            )
    assert emu.mini_app(MINI, app_id=other.app_id).upgrade_count == 1
    assert emu.mini_apps() == {}  # state is per app id


def test_given_certificates_need_app_cert_for_more_apps(
    cert_emu: Emulator, keys: Keys, cert_set: CertificateSet
) -> None:
    with pytest.raises(ValueError, match="app_cert"):
        cert_emu.add_app("2021000000000056", app_private_key=keys.app_private)
    creds = cert_emu.add_app(
        "2021000000000057", app_private_key=keys.app_private, app_cert=cert_set.app_cert_pem
    )
    assert creds.app_cert_sn == cert_sn(cert_set.app_cert_pem)


def test_certificates_must_match_the_alipay_key(keys: Keys, cert_set: CertificateSet) -> None:
    with pytest.raises(ValueError, match="alipay_cert_pem"):
        Emulator(
            app_private_key=keys.app_private,
            alipay_private_key=keys.app_private,
            certificates=cert_set,
        )


# -- app auth tokens --------------------------------------------------------------------------

GOOD, OTHER = "202501BB4a1f0c9e8d7b6a5f4e3d2c1b0a", "202501BBffffeeee"


@pytest.fixture(scope="module")
def token_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys, app_auth_tokens=[GOOD, OTHER]) as emu:
        yield emu


@pytest.fixture
def token_emu(token_server: Emulator) -> Emulator:
    token_server.reset()
    return token_server


def test_tokens_accepted_fingerprinted_and_never_logged(token_emu: Emulator) -> None:
    with signed_http(token_emu.client_config()) as http:
        for token, mini in ((GOOD, "2021000000000101"), (OTHER, "2021000000000102")):
            http.post(
                UPGRADE,
                json={"mini_app_id": mini, "template_id": "tpl", "template_version": "1.0.0"},
                extensions=request_extensions(app_auth_token=token),
            )
        http.post(
            UPGRADE,
            json={
                "mini_app_id": "2021000000000103",
                "template_id": "tpl",
                "template_version": "1.0.0",
            },
        )
    records = token_emu.accepted()
    assert [r.token_fingerprint for r in records] == [
        token_fingerprint(GOOD),
        token_fingerprint(OTHER),
        None,
    ]
    assert token_fingerprint(GOOD) != token_fingerprint(OTHER)
    for record in records:
        assert GOOD not in repr(record)
        assert OTHER not in repr(record)
    assert GOOD not in repr(token_emu.gateway.app(token_emu.app_id))


def test_unknown_token_rejected(token_emu: Emulator) -> None:
    with (
        signed_http(token_emu.client_config()) as http,
        pytest.raises(AuthenticationError) as info,
    ):
        http.post(
            UPGRADE,
            json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            extensions=request_extensions(app_auth_token="202501BBforged"),
        )
    assert info.value.code == "invalid-app-auth-token"
    assert info.value.http_status == 401
    assert token_emu.accepted() == []
    [rejected] = token_emu.rejected()
    assert "202501BBforged" not in repr(rejected)


def test_any_token_accepted_without_a_token_list(emu: Emulator, config: AlipayConfig) -> None:
    with signed_http(config) as http:
        http.post(
            UPGRADE,
            json={"mini_app_id": MINI, "template_id": "tpl", "template_version": "1.0.0"},
            extensions=request_extensions(app_auth_token="202501BBwhatever"),
        )
    assert emu.accepted()[0].token_fingerprint == token_fingerprint("202501BBwhatever")
