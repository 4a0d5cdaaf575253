"""Hostile package folders and files: nothing from outside the folder is ever uploaded.

A mini program folder (or a ``.zip``) is read from wherever the user points, often in CI
with secrets around it. Links out of the folder, links inside it, FIFOs, sockets,
unreadable files, files too big to hold in memory, and packages Alipay cannot build are
each refused with a :class:`PackageError` naming the file, before anything is sent.
Every case counts in the adversarial figures (``hostile_files_tried``/``_accepted``).
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from alipay_innerversion import InnerVersionClient
from alipay_innerversion.config import AlipayConfig
from alipay_innerversion.errors import InvalidRequestError
from alipay_innerversion.flows.packages import (
    MAX_UNPACKED_BYTES,
    PackageError,
    load_package,
    zip_folder,
)

from ..conftest import FIXTURES, Keys
from .report import REPORT

APP_JSON = '{"pages": ["pages/index/index"]}'


def mini_program(root: Path) -> Path:
    """A small valid mini program folder."""
    folder = root / "app"
    (folder / "pages" / "index").mkdir(parents=True)
    (folder / "app.json").write_text(APP_JSON)
    (folder / "pages" / "index" / "index.js").write_text("Page({});")
    return folder


def make_zip(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def refused(package: Any, *, limit: int | None = None) -> PackageError:
    """Load ``package``; it must be refused with a PackageError (counted either way)."""
    REPORT.add("hostile_files_tried")
    try:
        if limit is None:
            load_package(package)
        else:
            load_package(package, limit=limit)
    except PackageError as error:
        return error
    except BaseException:
        REPORT.add("untyped_errors")
        raise
    REPORT.add("hostile_files_accepted")
    pytest.fail(f"{package!r} was accepted")


# -- links ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["key", "/etc/passwd", "/proc/self/environ", "outside-folder"],
)
def test_a_link_out_of_the_folder_refuses_the_package(tmp_path: Path, target: str) -> None:
    folder = mini_program(tmp_path)
    if target == "key":
        secret = tmp_path / "private_key.pem"
        secret.write_text("-----BEGIN PRIVATE KEY-----\nMIIsecret\n-----END PRIVATE KEY-----\n")
        target = str(secret)
    elif target == "outside-folder":  # a linked folder used to be skipped silently
        (tmp_path / "elsewhere").mkdir()
        (tmp_path / "elsewhere" / "id_rsa").write_text("secret")
        target = str(tmp_path / "elsewhere")
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    (folder / "pages" / "config.json").symlink_to(target)
    error = refused(folder)
    assert "app/pages/config.json is a symbolic link to" in error.message
    assert target in error.message
    assert "outside the folder" in error.message
    assert error.path == "app/pages/config.json"
    assert "MIIsecret" not in str(error)


def test_a_link_inside_the_folder_is_refused_too(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    (folder / "copy.js").symlink_to(folder / "pages" / "index" / "index.js")
    error = refused(folder)
    assert "app/copy.js is a symbolic link" in error.message
    assert "inside the folder" in error.message
    assert "links are not followed" in error.message


def test_a_dangling_link_is_refused(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    (folder / "gone.js").symlink_to(tmp_path / "nowhere.js")
    assert "app/gone.js is a symbolic link" in refused(folder).message


def test_a_file_swapped_for_a_link_after_the_walk_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk saw a regular file; by the time it is opened it is a link (O_NOFOLLOW)."""
    import alipay_innerversion.flows.packages as packaging

    folder = mini_program(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("do not upload")
    victim = folder / "pages" / "index" / "index.js"
    real_walk = packaging._walk

    def walk_then_swap(root: Path, here: Path) -> Any:
        found = list(real_walk(root, here))
        if here == root:
            victim.unlink()
            victim.symlink_to(secret)
        return iter(found)

    monkeypatch.setattr(packaging, "_walk", walk_then_swap)
    error = refused(folder)
    assert "app/pages/index/index.js is a symbolic link" in error.message


def test_a_folder_swapped_for_a_link_after_the_walk_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder on the way is a link by the time its file is opened (openat, O_NOFOLLOW
    at every step)."""
    import alipay_innerversion.flows.packages as packaging

    folder = mini_program(tmp_path)
    outside = tmp_path / "outside" / "index"
    outside.mkdir(parents=True)
    (outside / "index.js").write_text("do not upload")
    real_walk = packaging._walk

    def walk_then_swap(root: Path, here: Path) -> Any:
        found = list(real_walk(root, here))
        if here == root:
            pages = folder / "pages"
            (pages / "index" / "index.js").unlink()
            (pages / "index").rmdir()
            pages.rmdir()
            pages.symlink_to(outside.parent)
        return iter(found)

    monkeypatch.setattr(packaging, "_walk", walk_then_swap)
    error = refused(folder)
    assert "app/pages is a symbolic link" in error.message
    assert "outside the folder" in error.message


def test_a_zip_path_that_is_a_link_is_the_users_own_pointing(tmp_path: Path) -> None:
    real = tmp_path / "real.zip"
    real.write_bytes(make_zip({"app.json": APP_JSON}))
    link = tmp_path / "package.zip"
    link.symlink_to(real)
    assert load_package(link).size == real.stat().st_size


# -- special and unreadable files -------------------------------------------------------------


def test_a_fifo_in_the_folder_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    os.mkfifo(folder / "pipe")
    error = refused(folder)
    assert "app/pipe is a FIFO" in error.message


def test_a_fifo_given_as_the_zip_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "package.zip"
    os.mkfifo(fifo)
    error = refused(fifo)
    assert "is a FIFO" in error.message
    assert str(fifo) in error.message


def test_a_socket_in_the_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = mini_program(tmp_path)
    monkeypatch.chdir(folder)  # a short relative name: socket paths are limited to ~100 bytes
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("s.sock")
        error = refused(folder)
    finally:
        server.close()
    assert "app/s.sock is a socket" in error.message


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make ``path`` unreadable: chmod 000, and (root reads everything) an EACCES from
    the OS for it."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real_open, real_scandir = os.open, os.scandir

    def deny_open(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    def deny_scandir(name: Any = ".") -> Any:
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(name))
        return real_scandir(name)

    monkeypatch.setattr(os, "open", deny_open)
    monkeypatch.setattr(os, "scandir", deny_scandir)


def test_an_unreadable_file_is_a_typed_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = mini_program(tmp_path)
    deny_reading(monkeypatch, folder / "pages" / "index" / "index.js")
    error = refused(folder)
    assert "app/pages/index/index.js cannot be read (Permission denied)" in error.message


def test_an_unreadable_subfolder_is_a_typed_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = mini_program(tmp_path)
    deny_reading(monkeypatch, folder / "pages")
    try:
        error = refused(folder)
    finally:
        (folder / "pages").chmod(0o755)
    assert "app/pages cannot be read (Permission denied)" in error.message


def test_an_unreadable_zip_is_a_typed_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "package.zip"
    path.write_bytes(make_zip({"app.json": APP_JSON}))
    deny_reading(monkeypatch, path)
    error = refused(path)
    assert f"{path} cannot be read (Permission denied)" in error.message


# -- sizes, in bounded memory -----------------------------------------------------------------

_CAPPED = textwrap.dedent(
    """
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
    from alipay_innerversion.flows.packages import PackageError, load_package
    try:
        load_package(sys.argv[1])
    except PackageError as error:
        print("refused:", error)
        sys.exit(0)
    print("accepted")
    sys.exit(1)
    """
)
MEMORY_CAP = 400 * 1024 * 1024  # the interpreter and the SDK fit; a 3 GiB read does not


def load_capped(path: Path) -> subprocess.CompletedProcess[str]:
    """``load_package(path)`` in a subprocess whose address space is capped."""
    REPORT.add("hostile_files_tried")
    done = subprocess.run(
        [sys.executable, "-c", _CAPPED.format(cap=MEMORY_CAP), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        REPORT.add("hostile_files_accepted" if "accepted" in done.stdout else "untyped_errors")
    return done


def test_a_3_gib_file_in_the_folder_fails_fast_in_bounded_memory(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    with (folder / "video.bin").open("wb") as handle:  # sparse: costs no disk
        handle.truncate(3 * 1024**3)
    done = load_capped(folder)
    assert done.returncode == 0, done.stdout + done.stderr  # old code: MemoryError
    assert "app/video.bin" in done.stdout
    assert "before compression" in done.stdout


def test_a_file_that_zips_past_20_mb_is_stopped_while_zipping(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    (folder / "noise.bin").write_bytes(os.urandom(24 * 1024 * 1024))  # does not compress
    done = load_capped(folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "passed 20.0 MB once zipped, at app/noise.bin" in done.stdout


def test_the_zip_limit_is_checked_before_the_folder_is_zipped_whole(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    for n in range(8):
        (folder / f"part{n}.bin").write_bytes(os.urandom(512 * 1024))
    error = refused(folder, limit=1024 * 1024)
    # stopped at the file that took the zip past the limit (give or take the compressor's
    # buffer), not after zipping all eight
    assert re.search(r"passed 1\.0 MB once zipped, at app/part[12]\.bin", error.message)


def test_a_3_gib_zip_path_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "package.zip"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(3 * 1024**3)
    done = load_capped(path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Alipay accepts at most 20 MB" in done.stdout


def test_a_zip_that_unpacks_to_a_bomb_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("app.json", APP_JSON)
        with archive.open("zeros.bin", "w", force_zip64=True) as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 1):
                entry.write(chunk)
    error = refused(buffer.getvalue())
    assert "before compression" in error.message


# -- packages Alipay cannot build (issue 21, item 5) ------------------------------------------


def _folder_without_app_json(tmp_path: Path) -> Path:
    folder = mini_program(tmp_path)
    (folder / "app.json").unlink()
    return folder


def _empty_folder(tmp_path: Path) -> Path:
    (tmp_path / "empty").mkdir()
    return tmp_path / "empty"


def _nested_zip(tmp_path: Path) -> bytes:
    return make_zip({"app/app.json": APP_JSON, "app/pages/index/index.js": "Page({});"})


CANNOT_BUILD: dict[str, tuple[Callable[[Path], Any], str]] = {
    "folder-without-app-json": (_folder_without_app_json, "has no app.json at its root"),
    "empty-folder": (_empty_folder, "holds no files"),
    "zip-without-app-json": (
        lambda p: make_zip({"pages/index/index.js": "Page({});"}),
        "has no app.json at its root",
    ),
    "zip-of-the-folder": (_nested_zip, "found app/app.json"),
    "empty-zip": (lambda p: b"PK\x05\x06" + bytes(18), "is empty"),
    "not-a-zip": (lambda p: b"%PDF-1.7 not a zip", "is not a zip archive"),
    "truncated-zip": (
        lambda p: make_zip({"app.json": APP_JSON, "a.js": "x" * 5000})[:-30],
        "damaged or truncated",
    ),
    "app-json-not-json": (lambda p: make_zip({"app.json": "{pages: ["}), "not a JSON object"),
    "app-json-a-list": (lambda p: make_zip({"app.json": "[]"}), "not a JSON object"),
    "entry-outside-root": (
        lambda p: make_zip({"app.json": APP_JSON, "../evil.js": "x"}),
        "entry outside its root: '../evil.js'",
    ),
}


@pytest.mark.parametrize("case", sorted(CANNOT_BUILD))
def test_a_package_alipay_cannot_build_is_refused_locally(tmp_path: Path, case: str) -> None:
    make, expected = CANNOT_BUILD[case]
    error = refused(make(tmp_path))
    assert expected in error.message


def test_a_zipped_folder_hint_says_to_zip_its_contents(tmp_path: Path) -> None:
    error = refused(_nested_zip(tmp_path))
    assert error.hint is not None
    assert "contents of the mini program folder" in error.hint


def test_a_buildable_folder_and_its_zip_are_accepted(tmp_path: Path) -> None:
    folder = mini_program(tmp_path)
    data = zip_folder(folder)
    assert load_package(folder).data == data
    assert json.loads(zipfile.ZipFile(io.BytesIO(data)).read("app.json")) == json.loads(APP_JSON)
    assert load_package(data).md5 == load_package(folder).md5


# -- secrets in the folder ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", [".env", ".env.production", "config/.env.local", "production.env", ".ENV", ".envrc"]
)
def test_an_environment_file_in_the_folder_is_refused(tmp_path: Path, name: str) -> None:
    """Where ALIPAY_PRIVATE_KEY lives in many projects: never zipped into a package."""
    folder = mini_program(tmp_path)
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("ALIPAY_PRIVATE_KEY=MIIEv...\n")
    error = refused(folder)
    assert f"app/{name} is an environment file" in str(error)
    assert "MIIEv" not in str(error)
    assert error.path == f"app/{name}"


@pytest.mark.parametrize("split", [None, 1024 * 1024 - 5])
def test_a_file_holding_a_private_key_is_refused(
    tmp_path: Path, keys: Keys, split: int | None
) -> None:
    """A PEM private key anywhere in a file (a key left in the folder, one pasted into a
    script), also when it straddles the reader's chunks."""
    folder = mini_program(tmp_path)
    pem = keys.app_private_pem.encode()
    content = pem if split is None else b"x" * split + pem
    (folder / "pages" / "index" / "secret.js").write_bytes(content)
    error = refused(folder)
    assert "app/pages/index/secret.js holds a private key" in str(error)
    assert keys.app_private_pem.splitlines()[1] not in str(error)


def test_a_private_key_in_a_script_string_is_refused(tmp_path: Path, keys: Keys) -> None:
    folder = mini_program(tmp_path)
    escaped = keys.app_private_pem.strip().replace("\n", "\\n")
    (folder / "pages" / "index" / "sign.js").write_text(f'const KEY = "{escaped}";\n')
    assert "holds a private key" in str(refused(folder))


@pytest.mark.parametrize("form", ["pkcs8", "pkcs1"])
def test_a_bare_base64_private_key_is_refused(tmp_path: Path, keys: Keys, form: str) -> None:
    """The form Alipay's key tool hands out: one line of base64, no PEM markers."""
    pem = keys.app_private_pem if form == "pkcs8" else keys.raw["app_private_pkcs1_pem"]
    bare = "".join(line for line in pem.splitlines() if "-----" not in line)
    folder = mini_program(tmp_path)
    (folder / "key.txt").write_text(f"app key: {bare}\n")
    error = refused(folder)
    assert "app/key.txt holds a private key" in str(error)
    assert bare[:40] not in str(error)


def test_a_public_key_or_certificate_in_the_folder_is_fine(tmp_path: Path, keys: Keys) -> None:
    folder = mini_program(tmp_path)
    (folder / "alipay_public.pem").write_text(keys.alipay_public_pem)
    bare = "".join(line for line in keys.alipay_public_pem.splitlines() if "-----" not in line)
    (folder / "alipay_public.txt").write_text(bare)
    cert = (FIXTURES / "certs").glob("*.crt")
    for n, path in enumerate(cert):
        (folder / f"cert{n}.crt").write_bytes(path.read_bytes())
    assert load_package(folder).data


def test_a_library_naming_the_marker_and_env_templates_are_fine(tmp_path: Path) -> None:
    """No false alarms: jsencrypt's source names the PEM markers without holding a key, a
    README may mention them, ``.env.example`` is a template, a ``.env`` folder is not an
    environment file."""
    folder = mini_program(tmp_path)
    (folder / "lib").mkdir()
    (folder / "lib" / "jsencrypt.js").write_text(
        'var key = "-----BEGIN RSA PRIVATE KEY-----\\n" + base64 + '
        '"\\n-----END RSA PRIVATE KEY-----";\n'
    )
    (folder / "README.md").write_text("Never commit a -----BEGIN PRIVATE KEY----- block.\n")
    (folder / ".env.example").write_text("ALIPAY_PRIVATE_KEY_FILE=keys/app_private.pem\n")
    (folder / ".env").mkdir()
    (folder / ".env" / "readme.txt").write_text("a folder, not an environment file\n")
    data = load_package(folder).data
    assert "lib/jsencrypt.js" in zipfile.ZipFile(io.BytesIO(data)).namelist()


# -- through the client: nothing is sent ------------------------------------------------------


def test_the_client_sends_nothing_for_a_folder_with_a_link_to_a_key(
    key_config: AlipayConfig, tmp_path: Path
) -> None:
    folder = mini_program(tmp_path)
    (folder / "env").symlink_to("/proc/self/environ")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    REPORT.add("hostile_files_tried")
    with (
        InnerVersionClient(key_config, http_client=http, max_retries=0) as client,
        pytest.raises(InvalidRequestError, match="app/env is a symbolic link"),
    ):
        client.upload(mini_app_id="2021000000000001", build_version="1.0.0", package=folder)
    assert seen == []


def test_the_current_folder_given_as_dot_names_files_relative_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = mini_program(tmp_path)
    (folder / "pw").symlink_to("/etc/passwd")
    monkeypatch.chdir(folder)
    error = refused(".")
    assert error.message.startswith("package file ./pw is a symbolic link")


# -- attacked again after the fixes (qa of issue 18) -------------------------------------------


def _zip_with(name: str, mode: int, content: bytes) -> bytes:
    """A buildable zip plus one entry ``name`` whose unix mode is ``mode`` (as ``zip -y``
    stores a symbolic link: the entry's data is the link's target)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("app.json", APP_JSON)
        info = zipfile.ZipInfo(name)
        info.create_system = 3
        info.external_attr = mode << 16
        archive.writestr(info, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "mode", "content", "expected"),
    [
        ("key.pem", 0o120777, b"/home/ci/.alipay/app_private_key.pem", "a symbolic link"),
        ("pages", 0o120777, b"/etc", "a symbolic link"),
        ("pipe", 0o010644, b"", "a FIFO"),
        ("C:/Windows/evil.js", 0o100644, b"x", "entry outside its root"),
        ("c:evil.js", 0o100644, b"x", "entry outside its root"),
    ],
)
def test_a_zip_with_link_special_or_drive_entries_is_refused(
    name: str, mode: int, content: bytes, expected: str
) -> None:
    """A zip made with ``zip -y`` keeps links as links: Alipay's build would unpack a link
    to its own files (or the path of a key), and a drive-letter name is outside the root
    on Windows. The same rule as for a folder: regular files only, under the root."""
    error = refused(_zip_with(name, mode, content))
    assert expected in error.message
    assert error.path == name


def test_a_zip_with_two_entries_of_one_name_is_refused() -> None:
    """Which of two ``app.json`` wins depends on the unzipper: the package checked here
    would not be the one Alipay builds."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.json", APP_JSON)
        archive.writestr("pages/a.js", "a")
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("pages/a.js", "b")
    error = refused(buffer.getvalue())
    assert "twice" in error.message
    assert error.path == "pages/a.js"


def test_a_very_deep_folder_is_a_typed_error_not_a_recursion_error(tmp_path: Path) -> None:
    """Before: a folder nested 1,500 deep (git stores one happily) ended in a raw
    ``RecursionError`` from the walk."""
    folder = mini_program(tmp_path)
    at = os.open(folder, os.O_RDONLY)
    try:
        for _ in range(1500):
            os.mkdir("d", dir_fd=at)
            inner = os.open("d", os.O_RDONLY, dir_fd=at)
            os.close(at)
            at = inner
        os.close(os.open("deep.js", os.O_CREAT | os.O_WRONLY, 0o644, dir_fd=at))
    finally:
        os.close(at)
    try:
        error = refused(folder)
    finally:
        _remove_deep(folder / "d")
    assert "deep" in error.message
    assert error.path is not None
    assert error.path.startswith("app/d/d/")


def _remove_deep(top: Path) -> None:
    """Remove a folder nested deeper than ``shutil.rmtree`` (and pytest's clean-up of its
    temporary folders) can recurse: one level at a time, from the top."""
    spare = top.with_name(top.name + ".next")
    while (top / "d").exists():
        os.rename(top / "d", spare)
        shutil.rmtree(top)
        os.rename(spare, top)
    shutil.rmtree(top)


def test_a_link_target_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    """A link's target (and a file's name) comes from the folder, maybe a hostile
    checkout: printed raw, it could write fake lines into a CI log."""
    folder = mini_program(tmp_path)
    (folder / "x.js").symlink_to("/etc/passwd\n\x1b[32mupload done\x1b[0m")
    error = refused(folder)
    assert "\n" not in error.message
    assert "\x1b" not in error.message
    assert "\\x1b[32m" in error.message


def test_a_hard_link_is_the_file_itself_and_is_zipped(tmp_path: Path) -> None:
    """A hard link is not a pointer: it is the file, with one more name, inside the folder.
    Nothing is followed to read it, git cannot store one, and tools (pnpm, ``cp -al``,
    build caches) make them in ordinary folders, so it is zipped like any file (README,
    Package files). Pinned here so a change of that decision is deliberate."""
    folder = mini_program(tmp_path)
    elsewhere = tmp_path / "shared.js"
    elsewhere.write_text("shared();")
    os.link(elsewhere, folder / "shared.js")
    package = load_package(folder)
    assert zipfile.ZipFile(io.BytesIO(package.data)).read("shared.js") == b"shared();"


def test_a_package_folder_that_is_itself_a_link_is_the_users_own_pointing(
    tmp_path: Path,
) -> None:
    """Like a ``.zip`` path: the folder the user names may be a link; links inside it are
    still refused."""
    folder = mini_program(tmp_path)
    named = tmp_path / "named"
    named.symlink_to(folder, target_is_directory=True)
    assert load_package(named).md5 == load_package(folder).md5
    (folder / "key.pem").symlink_to(tmp_path / "outside.pem")
    error = refused(named)
    assert error.path == "named/key.pem"


@pytest.mark.parametrize("given", ["", "app\x00.zip"])
def test_an_empty_or_impossible_path_is_refused_not_read_from_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """Before: ``package=""`` (an unset variable read with a default of ``""``, or
    ``--package ""``) zipped the current folder, say a repository root with its ``.env``,
    and uploaded it if it had an ``app.json``; a path with a NUL was a raw ValueError."""
    folder = mini_program(tmp_path)
    (folder / ".env").write_text("ALIPAY_PRIVATE_KEY=...")
    monkeypatch.chdir(folder)
    error = refused(given)
    assert "path" in error.message


def test_a_zip_entry_name_with_control_characters_is_shown_escaped() -> None:
    """The hint names a nested ``app.json`` as found in the zip: a hostile name must not
    write into the terminal or CI log it is printed to."""
    error = refused(make_zip({"x\n\x1b[2Jok/app.json": APP_JSON}))
    assert "\x1b" not in error.message
    assert "\n" not in error.message
    assert "found x\\n\\x1b[2Jok/app.json" in error.message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc: Linux only")
@pytest.mark.parametrize("given", ["/proc/self/environ", "/proc/self/mem", "/dev/zero"])
def test_a_zip_path_to_proc_or_a_device_is_refused_and_nothing_of_it_shown(given: str) -> None:
    """The path the user names is followed, but only a regular file that is a zip passes;
    ``/proc`` files are regular files of size 0, read (bounded) and refused, and the
    message shows none of what was read (the environment this process started with)."""
    error = refused(given)
    started_with = Path("/proc/self/environ").read_bytes().split(b"\0")
    values = [v.partition(b"=")[2].decode(errors="replace") for v in started_with]
    assert not [v for v in values if len(v) >= 8 and v in str(error) + repr(error)]
