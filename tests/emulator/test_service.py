"""The emulator as a service on the developer's machine: a request body is refused past
the size of the largest real request (while it streams in, never buffered whole), and the
control routes answer only to programs on this machine, not to web pages (CSRF, DNS
rebinding). Every attack is counted in the adversarial figures."""

from __future__ import annotations

import io
import json
import os
import socket
import zipfile
from collections.abc import Iterator

import httpx
import pytest

from alipay_innerversion.emulator import Emulator, protocol
from alipay_innerversion.emulator.body import (
    CONTROL_BODY_BYTES,
    MAX_BODY_BYTES,
    MAX_PACKAGE_BYTES,
    base64_size,
    encrypted_size,
)

from ..adversarial.report import REPORT
from ..conftest import Keys
from .conftest import vector_emulator
from .support import MINI, UPLOAD, Raw, upload_body, verify_signed

DECIDE = "/__emulator__/reviews/decide"
PENDING = "/__emulator__/reviews"
MiB = 1024 * 1024


def attack(accepted: bool) -> None:
    REPORT.add("service_attacks")
    if accepted:
        REPORT.add("service_attacks_accepted")


def _read_answer(sock: socket.socket) -> httpx.Response:
    """Read one HTTP/1.1 answer from a raw socket until the server closes it."""
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except ConnectionResetError:  # the server closed with our unread bytes in its buffer
        pass
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = [tuple(line.split(": ", 1)) for line in header_lines]
    return httpx.Response(int(status_line.split()[1]), headers=headers, content=body)


def _assert_too_large(emu: Emulator, response: httpx.Response) -> None:
    assert response.status_code == 413
    assert response.headers["connection"] == "close"
    verify_signed(response, emu.alipay_public_key)
    body = response.json()
    assert body["code"] == "invalid-file-size"  # CommonErrorType's code for it
    assert str(MAX_BODY_BYTES) in body["message"]
    [record] = emu.rejected()
    assert (record.operation, record.status, record.code) == ("upload", 413, "invalid-file-size")
    assert emu.accepted() == []


def test_the_limit_is_an_encrypted_upload_of_a_20_mb_package() -> None:
    assert 20 * MiB == MAX_PACKAGE_BYTES
    assert base64_size(MAX_PACKAGE_BYTES) == 27_962_028
    assert encrypted_size(base64_size(MAX_PACKAGE_BYTES) + MiB) == MAX_BODY_BYTES
    assert MAX_BODY_BYTES == 38_680_812  # the number the documentation gives


def test_a_600_mb_declared_body_is_refused_before_a_byte_of_it_is_read(emu: Emulator) -> None:
    """Before: the emulator read the whole body into memory (600 MB took it to 1.3 GB);
    with no body sent it waited for it, and this raw read timed out."""
    with socket.create_connection((emu.host, emu.port), timeout=10) as sock:
        sock.sendall(
            f"POST {UPLOAD} HTTP/1.1\r\nHost: {emu.host}:{emu.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {600 * MiB}\r\n\r\n".encode()
            + b'{"mini_app_id": "'
        )
        response = _read_answer(sock)
    attack(accepted=response.status_code != 413)
    _assert_too_large(emu, response)
    assert "declares 629145600 bytes" in response.json()["message"]


@pytest.mark.parametrize("declared", ["", "Content-Length: 10\r\n"])
def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(
    emu: Emulator, declared: str
) -> None:
    """No length declared (or a small one beside ``Transfer-Encoding: chunked``, which
    HTTP/1.1 says to ignore): the emulator counts while it reads and answers at the limit,
    while the client is still sending (it never sends the last chunk here)."""
    chunk = b"A" * MiB
    with socket.create_connection((emu.host, emu.port), timeout=10) as sock:
        sock.sendall(
            f"POST {UPLOAD} HTTP/1.1\r\nHost: {emu.host}:{emu.port}\r\n{declared}"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        sent = 0
        try:
            while sent <= MAX_BODY_BYTES + 4 * MiB:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused and closed while we were sending: what should happen
        response = _read_answer(sock)
    attack(accepted=response.status_code != 413)
    _assert_too_large(emu, response)
    assert "grew to" in response.json()["message"]


def test_an_encrypted_upload_of_a_full_20_mb_package_fits(keys: Keys) -> None:
    """The largest legitimate request still passes: the limit is not too tight."""
    filler = os.urandom(MAX_PACKAGE_BYTES - 64 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("app.json", json.dumps({"pages": ["pages/index/index"]}))
        archive.writestr("pages/index/index.axml", "<view/>")
        archive.writestr("assets/filler.bin", filler)
    package = buffer.getvalue()
    assert MAX_PACKAGE_BYTES - 128 * 1024 < len(package) <= MAX_PACKAGE_BYTES
    fields = upload_body("1.0.0", package, build_extra_info="d" * 4000)
    encrypted = protocol.encrypt_body(json.dumps(fields).encode(), keys.encrypt_key)
    assert len(encrypted) > 37_000_000  # over the memory a naive server would mind
    with (
        vector_emulator(keys, encrypt_key=keys.encrypt_key_b64) as emu,
        httpx.Client(base_url=emu.base_url, timeout=60) as http,
    ):
        api = Raw(
            http,
            app_id=keys.app_id,
            private_key=keys.app_private,
            alipay_public=keys.alipay_public,
            aes=keys.encrypt_key,
        )
        answer = api.send("upload", fields)
    assert answer.status == 200, answer.data
    assert answer.encrypted
    assert emu.rejected() == []


# -- control routes ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pending_server(keys: Keys) -> Iterator[Emulator]:
    with vector_emulator(keys, review="pending") as emu:
        yield emu


@pytest.fixture
def pending_emu(pending_server: Emulator, keys: Keys) -> Iterator[Emulator]:
    """An emulator holding one review (1.0.0 of MINI) for a decision."""
    emu = pending_server
    emu.reset()
    with httpx.Client(base_url=emu.base_url) as http:
        api = Raw(
            http,
            app_id=keys.app_id,
            private_key=keys.app_private,
            alipay_public=keys.alipay_public,
        )
        api.call(
            "templated.upload",
            mini_app_id=MINI,
            bundle_id="com.alipay.alipaywallet",
            app_version="1.0.0",
            template_id="t",
        )
        api.call(
            "audit.submit",
            mini_app_id=MINI,
            bundle_id="com.alipay.alipaywallet",
            app_version="1.0.0",
            version_desc="a description long enough for the review",
        )
    assert emu.pending_reviews()
    yield emu
    emu.reset()


DECISION = json.dumps({"mini_app_id": MINI, "app_version": "1.0.0", "decision": "approve"})


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"content-type": "text/plain"}, 415),  # a page's "simple" cross-origin POST
        ({"content-type": "application/x-www-form-urlencoded"}, 415),
        ({}, 415),
        ({"content-type": "application/json", "host": "evil.example"}, 403),  # DNS rebinding
        ({"content-type": "application/json", "host": "evil.example:{port}"}, 403),
        ({"content-type": "application/json", "host": "127.0.0.1.nip.io:{port}"}, 403),
        ({"content-type": "application/json", "host": "gw.localhost:{port}"}, 403),
        ({"content-type": "application/json", "host": "127.0.0.1:1"}, 403),  # another port
        ({"content-type": "application/json", "host": "evil.example@127.0.0.1:{port}"}, 403),
        ({"content-type": "application/json", "origin": "http://evil.example"}, 403),
        ({"content-type": "application/json", "origin": "null"}, 403),
        ({"content-type": "application/json", "origin": "https://127.0.0.1:{port}"}, 403),
        ({"content-type": "application/json", "origin": "http://localhost:1"}, 403),
        ({"content-type": "application/json", "origin": "http://evil.example:{port}"}, 403),
        ({"content-type": "application/json", "origin": "http://evil@127.0.0.1:{port}"}, 403),
        # attacked again (qa of issue 18): names that only look loopback
        ({"content-type": "application/json", "host": "localhost.evil.example:{port}"}, 403),
        ({"content-type": "application/json", "host": "127.1:{port}"}, 403),
        ({"content-type": "application/json", "host": "0.0.0.0:{port}"}, 403),
        # resolved by DNS, not the hosts file: a rebinding resolver may answer them
        ({"content-type": "application/json", "host": "localhost.:{port}"}, 403),
        ({"content-type": "application/json", "host": "127.0.0.1.:{port}"}, 403),
        ({"content-type": "application/json", "origin": "http://localhost.:{port}"}, 403),
        ({"content-type": "application/json", "host": "localhost:{port}, evil.example"}, 403),
        ({"content-type": "application/json", "origin": "http://localhost.evil.example"}, 403),
        ({"content-type": "application/json", "origin": "http://127.0.0.1:{port}/x"}, 403),
    ],
)
def test_a_control_post_a_web_page_could_send_is_refused(
    pending_emu: Emulator, headers: dict[str, str], status: int
) -> None:
    """Before: each of these decided the held review (a web page could drive the emulator)."""
    sent = {k: v.format(port=pending_emu.port) for k, v in headers.items()}
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.post(DECIDE, content=DECISION, headers=sent)
    attack(accepted=response.status_code < 400)
    assert response.status_code == status, response.text
    assert "error" in response.json()
    assert pending_emu.pending_reviews()  # nothing decided


def test_a_control_read_from_a_foreign_host_is_refused(pending_emu: Emulator) -> None:
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.get(PENDING, headers={"host": f"rebound.example:{pending_emu.port}"})
    attack(accepted=response.status_code < 400)
    assert response.status_code == 403


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"host": "localhost:{port}"},
        {"host": "127.0.0.1:{port}", "origin": "http://127.0.0.1:{port}"},
        {"origin": "http://localhost:{port}"},
        {"content-type": "application/json; charset=utf-8"},
        {"host": "LOCALHOST:{port}", "origin": "http://LocalHost:{port}"},  # names are caseless
        {"host": "[::1]:{port}"},
    ],
)
def test_a_control_post_from_this_machine_is_served(
    pending_emu: Emulator, headers: dict[str, str]
) -> None:
    sent = {"content-type": "application/json"}
    sent.update({k: v.format(port=pending_emu.port) for k, v in headers.items()})
    with httpx.Client(base_url=pending_emu.base_url) as http:
        assert http.get(PENDING, headers=sent).json()["pending"]
        response = http.post(DECIDE, content=DECISION, headers=sent)
    assert (response.status_code, response.json()) == (200, {"decided": True})
    assert not pending_emu.pending_reviews()


def test_a_control_body_past_its_limit_is_refused(pending_emu: Emulator) -> None:
    body = json.dumps(
        {"mini_app_id": MINI, "app_version": "1.0.0", "pad": "x" * CONTROL_BODY_BYTES}
    )
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.post(DECIDE, content=body, headers={"content-type": "application/json"})
    attack(accepted=response.status_code < 400)
    assert response.status_code == 413
    assert pending_emu.pending_reviews()


# Every control route, the ones a test in another process inspects and drives the emulator
# with: a web page may neither read the log and the platform's state nor change anything.
CONTROL_READS = [
    "/__emulator__/requests/accepted",
    "/__emulator__/requests/applied",
    "/__emulator__/requests/rejected",
    "/__emulator__/settings",
    "/__emulator__/faults",
    "/__emulator__/mini-apps",
    f"/__emulator__/mini-apps/{MINI}",
    PENDING,
]
CONTROL_WRITES = {
    "/__emulator__/reset": {},
    "/__emulator__/settings": {"review": "reject", "faults": {"slow_seconds": 7}},
    "/__emulator__/faults/inject": {"faults": ["503"]},
    "/__emulator__/build-failures": {"reason": "planted"},
    "/__emulator__/wait-idle": {"timeout": 1},
    DECIDE: json.loads(DECISION),
}
FOREIGN = [
    {"host": "rebound.example:{port}"},
    {"host": "127.0.0.1.nip.io:{port}"},
    {"host": "127.0.0.1:1"},
    {"origin": "http://evil.example"},
    {"origin": "null"},
]


def _snapshot(emu: Emulator) -> object:
    """What a control request could change."""
    return (
        emu.review,
        emu.accept_unknown_fields,
        emu.faults.slow_seconds,
        emu.faults.pending(),
        tuple(emu.platform.build_failures),
        emu.accepted(),
        emu.pending_reviews(),
        emu.mini_apps(),
    )


@pytest.mark.parametrize("headers", FOREIGN, ids=lambda h: next(iter(h.items()))[1])
@pytest.mark.parametrize("path", CONTROL_READS)
def test_a_foreign_page_reads_no_control_route(
    pending_emu: Emulator, path: str, headers: dict[str, str]
) -> None:
    sent = {k: v.format(port=pending_emu.port) for k, v in headers.items()}
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.get(path, headers=sent)
    attack(accepted=response.status_code < 400)
    assert response.status_code == 403, response.text
    assert set(response.json()) == {"error"}


@pytest.mark.parametrize(
    "headers",
    [
        *({"content-type": "application/json", **h} for h in FOREIGN),
        {"content-type": "text/plain"},  # a page's "simple" cross-origin POST
        {"content-type": "application/x-www-form-urlencoded"},
        {},
    ],
    ids=lambda h: "-".join(v for k, v in h.items() if k != "content-type") or str(h),
)
@pytest.mark.parametrize("path", sorted(CONTROL_WRITES))
def test_a_foreign_page_drives_no_control_route(
    pending_emu: Emulator, path: str, headers: dict[str, str]
) -> None:
    before = _snapshot(pending_emu)
    sent = {k: v.format(port=pending_emu.port) for k, v in headers.items()}
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.post(path, content=json.dumps(CONTROL_WRITES[path]), headers=sent)
    attack(accepted=response.status_code < 400)
    assert response.status_code == (
        415 if "host" not in headers and "origin" not in headers else 403
    )
    assert set(response.json()) == {"error"}
    assert _snapshot(pending_emu) == before  # nothing reset, set, injected or scripted


@pytest.mark.parametrize("path", sorted(CONTROL_WRITES))
def test_every_control_post_caps_its_body(pending_emu: Emulator, path: str) -> None:
    before = _snapshot(pending_emu)
    body = json.dumps({**CONTROL_WRITES[path], "pad": "x" * CONTROL_BODY_BYTES})
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.post(path, content=body, headers={"content-type": "application/json"})
    attack(accepted=response.status_code < 400)
    assert response.status_code == 413
    assert _snapshot(pending_emu) == before


@pytest.mark.parametrize("path", sorted(CONTROL_WRITES))
def test_every_control_post_from_this_machine_is_served(pending_emu: Emulator, path: str) -> None:
    with httpx.Client(base_url=pending_emu.base_url) as http:
        response = http.post(
            path,
            content=json.dumps(CONTROL_WRITES[path]),
            headers={"content-type": "application/json", "origin": pending_emu.base_url},
        )
    assert response.status_code == 200, response.text
