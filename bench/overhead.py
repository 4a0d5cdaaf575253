"""1. Per-call overhead: what ``InnerVersionClient.online(...)`` costs beyond a bare httpx
call, in units of the cryptographic floor (one RSA-2048 PKCS#1 v1.5 SHA-256 sign + one
verify with ``cryptography``), all in this process's CPU time, interleaved, medians.

The gateway is an in-process ``httpx.MockTransport`` answering from responses signed
before timing starts, each with its own nonce (the client rejects a replayed nonce), so
the figure is the client's own work: models, signing, verification, decryption, httpx.
The bare call posts the same JSON with ``httpx.Client`` and parses the answer: no
signing, no models.

The floor is the two RSA operations timed back to back. With AES on, it also has the raw
AES-CBC encryption of the request and decryption of the answer (PKCS#7, base64) that
the protocol requires; the ratio against the RSA-only floor is reported too. So is the
floor as paid inside a call (the bare call with one sign before it and one verify after
it, minus the bare call): between the Python work of a request the RSA operations can
cost more than back to back, with colder caches.

Each ratio is paired by round: every round times all the calls back to back, the ratio
is taken within the round, and the figure is the median over the rounds (the "ours" and
"baseline" columns are the plain medians): a ratio of a difference of medians swung by
more than its target's margin between runs on a shared machine.

The same figure is given for a bodiless GET (``uploadstatus_query(...)``, the build poll)
and for the DELETE operation (``info_delete(...)``), each over a bare httpx request with
the same method, path and query.
"""

from __future__ import annotations

import base64
import itertools
import json
import time
import uuid
from collections.abc import Callable

import httpx
from _common import Figure, Material, cpu_per_call, interleaved, paired_ratio
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from alipay_innerversion import InnerVersionClient
from alipay_innerversion.emulator import protocol

PATH = "/v3/alipay/open/mini/innerversion/online"
MINI_APP_ID = "2021000000000002"
VERSION = "1.2.3"
PAYLOAD = {"mini_app_id": MINI_APP_ID, "app_online_version": VERSION}
BUNDLE_ID = "com.alipay.alipaywallet"
STATUS_PATH = "/v3/alipay/open/mini/innerversion/uploadstatus/query"
STATUS_QUERY = {"build_package_id": "20240001", "bundle_id": BUNDLE_ID}
STATUS_BODY = b'{"build_status":"2","need_rotation":"false","package_id":"20240001"}'
DELETE_PATH = "/v3/alipay/open/mini/innerversion/info/delete"
DELETE_QUERY = {"bundle_id": BUNDLE_ID, "app_version": VERSION, "pid": "2088000000000001"}
TARGET = 1.10
AES_TARGET = 1.15
HAND_ROLLED_TARGET = 1.08


def _signed_responses(
    m: Material, body: bytes, count: int, content_type: str
) -> list[dict[str, str]]:
    """Header sets of ``count`` gateway answers with ``body``, each signed with its own nonce."""
    return [
        {
            "content-type": content_type,
            **protocol.response_headers(body, m.alipay_private, trace_id=f"bench{n}"),
        }
        for n in range(count)
    ]


def _mock(pool: list[dict[str, str]], body: bytes) -> httpx.MockTransport:
    """A gateway answering with the next pre-signed response (a fresh nonce every call)."""
    answers = iter(pool)
    return httpx.MockTransport(
        lambda request: httpx.Response(200, headers=next(answers), content=body)
    )


def run(m: Material, *, rounds: int = 61, number: int = 12) -> list[Figure]:
    calls = (rounds + 2) * number  # timed calls plus the warm-up, per client
    plain_body = b"{}"
    encrypted_body = protocol.encrypt_body(plain_body, m.encrypt_key)
    sdk = InnerVersionClient(
        m.config,
        transport=_mock(_signed_responses(m, plain_body, calls, "application/json"), plain_body),
    )
    sdk_aes = InnerVersionClient(
        m.encrypted_config,
        transport=_mock(_signed_responses(m, encrypted_body, calls, "text/plain"), encrypted_body),
    )
    sdk_get = InnerVersionClient(
        m.config,
        transport=_mock(_signed_responses(m, STATUS_BODY, calls, "application/json"), STATUS_BODY),
    )
    sdk_delete = InnerVersionClient(
        m.config,
        transport=_mock(_signed_responses(m, plain_body, calls, "application/json"), plain_body),
    )
    # The other clients get a gateway of the same cost (a pre-built header set per
    # answer); they keep no nonce record, so a cycled pool is enough.
    pool = _signed_responses(m, plain_body, 64, "application/json")
    cycled = itertools.cycle(pool)
    gateway = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=next(cycled), content=plain_body)
    )
    status_cycled = itertools.cycle(_signed_responses(m, STATUS_BODY, 64, "application/json"))
    status_gateway = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=next(status_cycled), content=STATUS_BODY)
    )
    bare = httpx.Client(base_url=m.config.base_url, transport=gateway)
    bare_get = httpx.Client(base_url=m.config.base_url, transport=status_gateway)
    hand = httpx.Client(base_url=m.config.base_url, transport=gateway)

    payload_json = json.dumps(PAYLOAD, separators=(",", ":")).encode()
    request_content = (
        f"app_id={m.app_id},nonce={uuid.uuid4()},timestamp={int(time.time() * 1000)}\n"
        f"POST\n{PATH}\n"
    ).encode() + payload_json
    response_content = b"1700000000000\nnonce\n{}\n"
    response_signature = m.alipay_private.sign(
        response_content, padding.PKCS1v15(), hashes.SHA256()
    )

    def sign() -> None:
        m.app_private.sign(request_content, padding.PKCS1v15(), hashes.SHA256())

    def verify() -> None:
        m.alipay_public.verify(
            response_signature, response_content, padding.PKCS1v15(), hashes.SHA256()
        )

    def aes_encrypt(data: bytes) -> bytes:
        padder = sym_padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(m.encrypt_key), modes.CBC(bytes(16))).encryptor()
        return base64.b64encode(encryptor.update(padded) + encryptor.finalize())

    def aes_decrypt(text: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(m.encrypt_key), modes.CBC(bytes(16))).decryptor()
        raw = decryptor.update(base64.b64decode(text)) + decryptor.finalize()
        unpadder = sym_padding.PKCS7(128).unpadder()
        return unpadder.update(raw) + unpadder.finalize()

    def call_sdk() -> object:
        return sdk.online(mini_app_id=MINI_APP_ID, app_online_version=VERSION)

    def call_sdk_aes() -> object:
        return sdk_aes.online(mini_app_id=MINI_APP_ID, app_online_version=VERSION)

    def call_bare() -> object:
        return bare.post(PATH, json=PAYLOAD).json()

    def call_sdk_get() -> object:
        return sdk_get.uploadstatus_query(**STATUS_QUERY)

    def call_bare_get() -> object:
        return bare_get.get(STATUS_PATH, params=STATUS_QUERY).json()

    def call_sdk_delete() -> object:
        return sdk_delete.info_delete(**DELETE_QUERY)

    def call_bare_delete() -> object:
        return bare.delete(DELETE_PATH, params=DELETE_QUERY).json()

    def call_with_floor() -> object:
        sign()
        result = bare.post(PATH, json=PAYLOAD).json()
        verify()
        return result

    def floor() -> object:
        sign()
        verify()
        return None

    def aes_ops() -> object:
        aes_encrypt(payload_json)
        return aes_decrypt(encrypted_body)

    def call_hand_rolled() -> object:
        body = json.dumps(PAYLOAD).encode()
        nonce, timestamp = str(uuid.uuid4()), str(int(time.time() * 1000))
        auth = f"app_id={m.app_id},nonce={nonce},timestamp={timestamp}"
        content = f"{auth}\nPOST\n{PATH}\n".encode() + body + b"\n"
        signature = base64.b64encode(
            m.app_private.sign(content, padding.PKCS1v15(), hashes.SHA256())
        ).decode()
        response = hand.post(
            PATH,
            content=body,
            headers={
                "authorization": f"ALIPAY-SHA256withRSA {auth},sign={signature}",
                "content-type": "application/json",
                "alipay-request-id": uuid.uuid4().hex,
            },
        )
        h = response.headers
        check = (
            f"{h['alipay-timestamp']}\n{h['alipay-nonce']}\n".encode() + response.content + b"\n"
        )
        m.alipay_public.verify(
            base64.b64decode(h["alipay-signature"]), check, padding.PKCS1v15(), hashes.SHA256()
        )
        return response.json()

    fns: dict[str, Callable[[], object]] = {
        "sdk": call_sdk,
        "bare": call_bare,
        "floor": floor,
        "sdk_aes": call_sdk_aes,
        "aes_ops": aes_ops,
        "with_floor": call_with_floor,
        "hand_rolled": call_hand_rolled,
        "sdk_get": call_sdk_get,
        "bare_get": call_bare_get,
        "sdk_delete": call_sdk_delete,
        "bare_delete": call_bare_delete,
    }
    samples: dict[str, list[float]] = {}
    t = interleaved(fns, number=number, rounds=rounds, timer=cpu_per_call, samples=samples)
    for client in (sdk, sdk_aes, sdk_get, sdk_delete):
        client.close()
    for http in (bare, bare_get, hand):
        http.close()

    us = {name: value * 1e6 for name, value in t.items()}
    floor_in_call = us["with_floor"] - us["bare"]
    floor_aes = us["floor"] + us["aes_ops"]
    hand_ratio = (us["hand_rolled"] - us["bare"]) / us["floor"]
    over = us["sdk"] - us["bare"]
    over_aes = us["sdk_aes"] - us["bare"]
    over_get = us["sdk_get"] - us["bare_get"]
    over_delete = us["sdk_delete"] - us["bare_delete"]
    return [
        Figure(
            key="overhead_vs_floor",
            name="1. online() CPU over bare httpx / RSA sign+verify floor",
            ours=over,
            baseline=us["floor"],
            ratio=paired_ratio(samples, "sdk", "bare", ["floor"]),
            target=TARGET,
            unit="µs CPU/call",
            extra={
                "sdk_call_us": us["sdk"],
                "bare_httpx_us": us["bare"],
                "floor_us": us["floor"],
                "floor_in_call_us": floor_in_call,
                "ratio_vs_floor_in_call": over / floor_in_call,
                "hand_rolled_call_us": us["hand_rolled"],
                "hand_rolled_ratio": hand_ratio,
            },
            note=(
                f"same scale: a hand-rolled signed call {hand_ratio:.2f}; against the floor "
                f"as paid inside a call {over / floor_in_call:.2f}"
            ),
        ),
        Figure(
            key="overhead_vs_floor_aes",
            name="1. same with AES on / floor incl. AES encrypt+decrypt",
            ours=over_aes,
            baseline=floor_aes,
            ratio=paired_ratio(samples, "sdk_aes", "bare", ["floor", "aes_ops"]),
            target=AES_TARGET,
            unit="µs CPU/call",
            extra={
                "sdk_call_us": us["sdk_aes"],
                "bare_httpx_us": us["bare"],
                "floor_us": floor_aes,
                "aes_encrypt_decrypt_us": us["aes_ops"],
                "ratio_vs_rsa_only_floor": over_aes / us["floor"],
            },
        ),
        Figure(
            key="call_vs_hand_rolled",
            name="   online() vs a hand-rolled signed+verified httpx call",
            ours=us["sdk"],
            baseline=us["hand_rolled"],
            ratio=us["sdk"] / us["hand_rolled"],
            target=HAND_ROLLED_TARGET,
            unit="µs CPU/call",
        ),
        Figure(
            key="get_overhead_vs_floor",
            name="1. uploadstatus_query() (GET) CPU over bare httpx GET / RSA floor",
            ours=over_get,
            baseline=us["floor"],
            ratio=paired_ratio(samples, "sdk_get", "bare_get", ["floor"]),
            target=TARGET,
            unit="µs CPU/call",
            extra={"sdk_call_us": us["sdk_get"], "bare_httpx_us": us["bare_get"]},
        ),
        Figure(
            key="delete_overhead_vs_floor",
            name="1. info_delete() (DELETE) CPU over bare httpx DELETE / RSA floor",
            ours=over_delete,
            baseline=us["floor"],
            ratio=paired_ratio(samples, "sdk_delete", "bare_delete", ["floor"]),
            target=TARGET,
            unit="µs CPU/call",
            extra={"sdk_call_us": us["sdk_delete"], "bare_httpx_us": us["bare_delete"]},
        ),
    ]
