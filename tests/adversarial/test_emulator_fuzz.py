"""Bad input to the emulator: whatever arrives over HTTP, the gateway never answers 5xx.

Two emulators run as real uvicorn servers on loopback, with faults off: key mode and
certificate mode, both with AES content encryption and a fixed set of valid app auth
tokens. Hypothesis sends them raw HTTP — arbitrary methods, paths, queries, content types,
``Authorization`` headers (garbage, or correctly signed over the exact bytes sent and then
perhaps broken), encryption headers, tokens, request ids, root cert SNs, and bodies (bytes,
JSON of any shape, deep nesting, AES ciphertext under the right or a wrong key). Signing a
good share of the requests correctly gets them past verification, so decryption, JSON
parsing and the platform's business rules are fuzzed too, not just the front door.

The existing schemathesis test (tests/emulator/test_schemathesis.py) drives the plain
key-mode ASGI app in process; here schemathesis also drives the certificate-mode, AES,
app-auth-token emulator over real HTTP, positive and negative (fuzzed-data) modes, with
every request body encrypted and signed the way Alipay expects.

Every answer must be a non-5xx, carry a valid Alipay signature over its exact body, and
(errors) be a JSON ``{code, message}``. Every example run counts as ``inputs_fuzzed``.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from alipay_innerversion.crypto import aes_encrypt
from alipay_innerversion.emulator import Emulator
from alipay_innerversion.emulator.pki import CertificateSet
from alipay_innerversion.signing import sign_request

from ..conftest import ROOT, Keys
from ..emulator.support import make_zip, mini_program_zip
from .report import REPORT

PREFIX = "/v3/alipay/open/mini/innerversion"
OPERATION_PATHS = {
    "upload": ("POST", f"{PREFIX}/upload"),
    "uploadstatus.query": ("GET", f"{PREFIX}/uploadstatus/query"),
    "online": ("POST", f"{PREFIX}/online"),
    "sync": ("POST", f"{PREFIX}/sync"),
    "upgrade": ("POST", f"{PREFIX}/upgrade"),
}
TOKEN = "202411BBfuzz-valid-app-auth-token"
FIELDS = [
    "mini_app_id",
    "build_version",
    "build_package_stream",
    "build_package_md_5",
    "build_source_pkg_url",
    "build_app_type",
    "bundle_id",
    "app_origin",
    "inst_code",
    "plugin_refs",
    "app_online_version",
    "app_offline_version",
    "app_version",
    "sync_type",
    "dev_id",
    "template_id",
    "template_version",
    "build_package_id",
]


@st.composite
def often(draw: st.DrawFn, value: Any, otherwise: st.SearchStrategy[Any], *, times: int) -> Any:
    """``value``, ``times`` times as often as a draw from ``otherwise``."""
    if draw(st.sampled_from([True] * times + [False])):
        return value
    return draw(otherwise)


def fuzz_settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture(scope="module")
def emulators(keys: Keys, cert_set: CertificateSet) -> Iterator[dict[str, Emulator]]:
    common: dict[str, Any] = {
        "app_id": keys.app_id,
        "app_private_key": keys.app_private,
        "alipay_private_key": keys.alipay_private,
        "encrypt_key": keys.encrypt_key_b64,
        "app_auth_tokens": [TOKEN],
    }
    with Emulator(**common) as key_mode, Emulator(**common, certificates=cert_set) as cert_mode:
        yield {"key": key_mode, "cert": cert_mode}


def _header(response: Any, name: str) -> str:
    value = response.headers[name]
    return str(value[0] if isinstance(value, list) else value)  # schemathesis: lists


def assert_signed(response: Any, alipay: rsa.RSAPublicKey) -> None:
    """A valid Alipay signature over the exact body received."""
    content = b"\n".join(
        (
            _header(response, "alipay-timestamp").encode(),
            _header(response, "alipay-nonce").encode(),
            response.content,
            b"",
        )
    )
    signature = base64.b64decode(_header(response, "alipay-signature"))
    alipay.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    assert _header(response, "alipay-trace-id")


def assert_gateway_answer(response: Any, emu: Emulator, method: str) -> None:
    """Not a server error; signed; an error is a JSON ``{code, message}``."""
    assert response.status_code < 500, (response.status_code, response.content[:300])
    if method == "HEAD":
        return  # no body on the wire: the signature covers the body a GET would have had
    assert_signed(response, emu.alipay_public_key)
    if response.status_code >= 300:
        error = json.loads(response.content)
        assert isinstance(error.get("code"), str)
        assert error["code"]
        assert isinstance(error.get("message"), str)


# -- raw HTTP, Hypothesis -------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
_HEADER_TEXT = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_categories=["Cc"]),
    max_size=60,
).map(str.strip)
_JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    _TEXT,
    st.sampled_from(["2021004100000001", "1.0.0", "1.2.3", "20240001", "global", "tinyApp", ""]),
)
_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=10,
)


BROKEN_VALUES = ["", "9" * 320, "-1", "1e3", "1" * 5000, "0x10", "a,b=c", "\u00e9", " 1 "]
_MINI_IDS = ["2021004100000001", "2021004100000002", ""]
_VERSIONS = ["1.0.0", "1.0.1", "2.0.0", "", " ", "x" * 40]
_PACKAGES = [
    mini_program_zip(),
    mini_program_zip(app_json=[1, 2]),
    make_zip({"readme.txt": "no app.json"}),
    make_zip({"app.json": b"\xff{not json"}),
    b"not a zip at all",
]


@st.composite
def near_valid_objects(draw: st.DrawFn, operation: str) -> dict[str, Any]:
    """A request object shaped like the operation's, with some fields broken."""
    pick = functools.partial(_pick, draw)
    if operation == "upload":
        package = draw(st.sampled_from(_PACKAGES))
        body: dict[str, Any] = {
            "mini_app_id": pick(_MINI_IDS),
            "build_version": pick(_VERSIONS),
            "build_app_type": "tinyApp",
            "bundle_id": "com.alipay.alipaywallet",
            "app_origin": "o",
        }
        if draw(st.booleans()):
            body["build_package_stream"] = base64.b64encode(package).decode()
            if draw(st.booleans()):
                body["build_package_md_5"] = pick([hashlib.md5(package).hexdigest(), "00"])
        else:
            body["build_source_pkg_url"] = "https://example.invalid/p.zip"
        if draw(st.booleans()):
            body["plugin_refs"] = draw(st.lists(st.dictionaries(_TEXT, _JSON, max_size=3)))
    elif operation == "uploadstatus.query":
        body = {"build_package_id": pick(["20240001", "20240002", "1"])}
    elif operation == "online":
        body = {"mini_app_id": pick(_MINI_IDS), "app_online_version": pick(_VERSIONS)}
        if draw(st.booleans()):
            body["app_offline_version"] = pick(_VERSIONS)
    elif operation == "sync":
        body = {
            "mini_app_id": pick(_MINI_IDS),
            "app_version": pick(_VERSIONS),
            "sync_type": pick(["global", ""]),
            "bundle_id": pick(["com.alipay.alipaywallet", ""]),
            "app_origin": pick(["o", ""]),
        }
    else:
        body = {
            "mini_app_id": pick(_MINI_IDS),
            "template_id": pick(["2021000000000099", ""]),
            "template_version": pick(["1.2.3", "1.2", "v1", ""]),
        }
    for name in draw(st.lists(st.sampled_from(sorted(body)), unique=True, max_size=2)):
        if draw(st.booleans()):
            del body[name]
        else:
            body[name] = draw(_JSON)
    body.update(draw(st.dictionaries(st.sampled_from(FIELDS) | _TEXT, _JSON, max_size=2)))
    return body


def _pick(draw: st.DrawFn, choices: list[str]) -> Any:
    return draw(often(choices[0], st.sampled_from(choices) | _TEXT, times=2))


@st.composite
def bodies(draw: st.DrawFn, operation: str) -> bytes:
    kind = draw(
        often("near-valid", st.sampled_from(["json", "bytes", "deep", "empty", "b64"]), times=5)
    )
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "empty":
        return b""
    if kind == "b64":
        return base64.b64encode(draw(st.binary(max_size=64)))
    if kind == "deep":
        depth = draw(st.sampled_from([64, 900, 3000, 100_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        return (opener * depth + "1" + closer * depth).encode()
    value = draw(near_valid_objects(operation) if kind == "near-valid" else _JSON)
    return json.dumps(value, ensure_ascii=draw(st.booleans())).encode()


_METHODS = st.one_of(
    st.sampled_from(["GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    st.from_regex(r"[A-Z]{1,12}", fullmatch=True),
)
_PATH_CHARS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789/._-~%!$&'()*+,;=:@"))


@st.composite
def targets(draw: st.DrawFn, operation: str) -> bytes:
    """The raw request target (path and query), as it goes on the wire."""
    method_path = OPERATION_PATHS[operation][1]
    kind = draw(often("real", st.sampled_from(["suffix", "random", "encoded"]), times=5))
    if kind == "real":
        path = method_path
    elif kind == "suffix":
        path = method_path + draw(st.text(_PATH_CHARS, max_size=12))
    elif kind == "encoded":  # the same path, spelled differently
        at = draw(st.integers(1, len(method_path) - 1))
        char = method_path[at]
        spelled = draw(st.sampled_from([f"%{ord(char):02X}", f"%{ord(char):02x}", char * 2]))
        path = method_path[:at] + spelled + method_path[at + 1 :]
    else:
        path = "/" + draw(st.text(_PATH_CHARS, max_size=40))
    query = ""
    kind = draw(st.sampled_from(["none", "near-valid", "near-valid", "near-valid", "raw"]))
    if kind == "near-valid":
        params = {
            key: value if isinstance(value, str) else json.dumps(value)
            for key, value in draw(near_valid_objects("uploadstatus.query")).items()
        }
        query = str(httpx.QueryParams(params))
    elif kind == "raw":
        query = draw(st.text(_PATH_CHARS, max_size=20))
    target = path + (f"?{query}" if query else "")
    return target.encode("ascii")


@st.composite
def requests_for(draw: st.DrawFn, keys: Keys, emu: Emulator) -> httpx.Request:
    operation = draw(st.sampled_from(sorted(OPERATION_PATHS)))
    method = draw(often(OPERATION_PATHS[operation][0], _METHODS, times=6))
    target = draw(targets(operation))
    body = draw(bodies(operation)) if method not in ("GET", "HEAD") or draw(st.booleans()) else b""
    headers: dict[str, str] = {}

    encryption = draw(
        st.sampled_from(["none", "right-key", "right-key", "right-key", "wrong-key", "header-only"])
    )
    if encryption in ("right-key", "wrong-key") and body:
        key = keys.encrypt_key if encryption == "right-key" else bytes(16)
        body = aes_encrypt(body, key).encode("ascii")
    if encryption != "none":
        headers["alipay-encrypt-type"] = draw(
            often("AES", st.sampled_from(["aes", " AES ", "DES", ""]) | _HEADER_TEXT, times=4)
        )
    if draw(st.booleans()):
        headers["content-type"] = draw(
            st.sampled_from(["application/json", "text/plain", "multipart/form-data"])
            | _HEADER_TEXT
        )
    bad_tokens = st.sampled_from([None, "202411BBnot-a-valid-token", ""]) | _HEADER_TEXT
    token = draw(often(TOKEN, bad_tokens, times=4))
    if token is not None:
        headers["alipay-app-auth-token"] = token
    odd_ids = st.sampled_from(["fixed-request-id", ""]) | _HEADER_TEXT
    request_id = draw(often(None, odd_ids, times=6))
    if request_id is None:
        request_id = uuid.uuid4().hex
    headers["alipay-request-id"] = request_id
    if emu.cert_mode:
        root_sn = draw(often(emu.root_cert_sn, st.none() | _HEADER_TEXT, times=6))
        if root_sn is not None:
            headers["alipay-root-cert-sn"] = root_sn

    auth = draw(often("signed", st.sampled_from(["broken", "broken", "garbage", "none"]), times=6))
    if auth in ("signed", "broken"):
        timestamp = str(int(time.time() * 1000))
        nonce = uuid.uuid4().hex
        app_cert_sn = emu.credentials().app_cert_sn
        if auth == "broken":
            part = draw(st.sampled_from(["timestamp", "nonce", "app_id", "app_cert_sn", "sign"]))
            value = draw(
                st.sampled_from([*BROKEN_VALUES, "text"]).flatmap(
                    lambda v: _HEADER_TEXT if v == "text" else st.just(v)
                )
            )
            timestamp = value if part == "timestamp" else timestamp
            nonce = value if part == "nonce" else nonce
            app_cert_sn = value if part == "app_cert_sn" else app_cert_sn
        else:
            part = None
        signed = sign_request(
            app_id=keys.app_id if part != "app_id" else value,
            private_key=keys.app_private,
            method=method,
            path_with_query=target,
            body=body,
            app_auth_token=token or None,
            app_cert_sn=app_cert_sn,
            nonce=nonce,
            timestamp=timestamp,
        )
        authorization = signed.authorization
        if part == "sign":
            authorization = authorization.rsplit("sign=", 1)[0] + "sign=" + value
        headers["authorization"] = authorization
    elif auth == "garbage":
        headers["authorization"] = draw(
            _HEADER_TEXT
            | st.from_regex(
                r"ALIPAY-SHA256withRSA ([a-z_]{0,12}=[^,]{0,12},){0,5}sign=[A-Za-z0-9+/=]{0,20}",
                fullmatch=True,
            )
        )
    url = httpx.URL(emu.base_url).copy_with(raw_path=target)
    encoded = [(name.encode(), value.encode("utf-8")) for name, value in headers.items()]
    return httpx.Request(method, url, headers=encoded, content=body)


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


@fuzz_settings(max_examples=350)
@given(data=st.data())
def test_raw_http_never_gets_a_server_error(
    keys: Keys, emulators: dict[str, Emulator], http: httpx.Client, data: st.DataObject
) -> None:
    emu = emulators[data.draw(st.sampled_from(["key", "cert"]), label="emulator")]
    request = data.draw(requests_for(keys, emu), label="request")
    REPORT.add("inputs_fuzzed")
    try:
        response = http.send(request)
    except httpx.LocalProtocolError:
        return  # h11 refused to send it (an illegal header value): nothing reached the server
    assert_gateway_answer(response, emu, request.method)


def test_raw_http_fuzz_reaches_the_business_rules(
    keys: Keys, emulators: dict[str, Emulator]
) -> None:
    """The fuzzed requests are not all turned away at the door: a correctly signed,
    encrypted, near-valid one gets a business answer (this guards the strategy itself)."""
    emu = emulators["key"]
    body = json.dumps({"mini_app_id": "2021004100000001", "app_online_version": "9.9.9"})
    ciphertext = aes_encrypt(body, keys.encrypt_key).encode()
    target = f"{PREFIX}/online"
    signed = sign_request(
        app_id=keys.app_id,
        private_key=keys.app_private,
        method="POST",
        path_with_query=target,
        body=ciphertext,
        app_auth_token=TOKEN,
    )
    response = httpx.post(
        emu.base_url + target,
        content=ciphertext,
        headers={
            "authorization": signed.authorization,
            "alipay-encrypt-type": "AES",
            "content-type": "text/plain",
            "alipay-app-auth-token": TOKEN,
            "alipay-request-id": uuid.uuid4().hex,
        },
    )
    assert_gateway_answer(response, emu, "POST")
    assert response.json()["code"] == "MINI_APP_VERSION_NOT_EXISTS"


# -- schemathesis over loopback: certificate mode, AES, app auth token ----------------------

SCHEMA_EXAMPLES = 6


class EncryptingSigner(requests.auth.AuthBase):
    """Encrypts a JSON body with the app's AES key and signs the exact bytes sent, in
    certificate mode, with an app auth token — what a correct client does.

    A request schemathesis sends without ``Authorization`` (negative mode drops it on
    purpose) is left unsigned and unencrypted: the gateway must refuse it.
    """

    def __init__(self, keys: Keys, emu: Emulator) -> None:
        self.keys = keys
        self.emu = emu

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if "Authorization" not in request.headers:
            return request
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        assert isinstance(body, bytes)
        if body:
            body = aes_encrypt(body, self.keys.encrypt_key).encode("ascii")
            request.headers["alipay-encrypt-type"] = "AES"
            request.headers["Content-Type"] = "text/plain"
            request.prepare_body(body, None)
        signed = sign_request(
            app_id=self.keys.app_id,
            private_key=self.keys.app_private,
            method=str(request.method),
            path_with_query=request.path_url,
            body=body,
            app_auth_token=TOKEN,
            app_cert_sn=self.emu.credentials().app_cert_sn,
        )
        request.headers["Authorization"] = signed.authorization
        request.headers["alipay-app-auth-token"] = TOKEN
        request.headers["alipay-root-cert-sn"] = str(self.emu.root_cert_sn)
        request.headers["alipay-request-id"] = uuid.uuid4().hex
        return request


@pytest.fixture(scope="module")
def schema() -> Any:
    return schemathesis.openapi.from_path(ROOT / "openapi.yaml")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("operation", sorted(OPERATION_PATHS))
def test_schemathesis_cert_mode_encrypted_over_loopback(
    schema: Any,
    keys: Keys,
    emulators: dict[str, Emulator],
    operation: str,
    mode: GenerationMode,
) -> None:
    emu = emulators["cert"]
    method, path = OPERATION_PATHS[operation]
    signer = EncryptingSigner(keys, emu)
    statuses: list[int] = []

    @given(case=schema[path][method].as_strategy(generation_mode=mode))
    @fuzz_settings(max_examples=SCHEMA_EXAMPLES)
    def each(case: Any) -> None:
        REPORT.add("inputs_fuzzed")
        response = case.call(base_url=emu.base_url, auth=signer, timeout=10)
        case.validate_response(response, checks=[not_a_server_error])
        assert_gateway_answer(response, emu, method)
        statuses.append(response.status_code)
        if response.status_code < 300 and method == "POST":
            # the answer to an encrypted request is encrypted: it must decrypt to an object
            from alipay_innerversion.crypto import aes_decrypt

            assert isinstance(json.loads(aes_decrypt(response.content, keys.encrypt_key)), dict)

    each()
    assert statuses
    if mode is GenerationMode.POSITIVE:
        assert set(statuses) <= {200, 400}, statuses  # every request verified


@pytest.mark.parametrize("timestamp", ["9" * 320, "1" * 5000])
def test_found_huge_timestamp_is_illegal_timestamp_not_a_crash(
    keys: Keys, emulators: dict[str, Emulator], http: httpx.Client, timestamp: str
) -> None:
    """``int(timestamp) / 1000.0`` raised OverflowError: a signed 500 ``unknow-error``."""
    emu = emulators["key"]
    target = f"{PREFIX}/uploadstatus/query?build_package_id=1"
    signed = sign_request(
        app_id=keys.app_id,
        private_key=keys.app_private,
        method="GET",
        path_with_query=target,
        timestamp=timestamp,
    )
    response = http.get(emu.base_url + target, headers={"authorization": signed.authorization})
    assert_gateway_answer(response, emu, "GET")
    assert response.status_code == 401
    assert response.json()["code"] == "illegal-timestamp"
