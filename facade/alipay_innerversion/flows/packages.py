"""Mini program packages: bytes, a zip file, or a folder zipped deterministically.

Deterministic means the same folder always gives the same bytes (sorted entries, fixed
timestamps and permissions), so the MD5 Alipay checks is stable and a re-upload of an
unchanged folder is recognisable.

A package is uploaded to a third party, so the reader takes nothing the user did not
point at and never waits or grows without bound:

* a folder is walked without following any symbolic link: every link in it (to a file
  or a folder, inside the folder or out of it) refuses the package, naming the link and
  where it points, so a link to ``/etc/passwd``, a key file or ``/proc/self/environ``
  can never be zipped and sent. Links inside the folder are refused too (one simple rule,
  the same on every platform): replace a link with the file it points to;
* only regular files are read: a FIFO, socket or device file refuses the package. Each
  file is opened from the folder one component at a time (``openat``) with
  ``O_NOFOLLOW | O_NONBLOCK`` and checked again on the opened descriptor, so a file or
  folder swapped for a link or a FIFO after the walk is refused, not followed, and a
  FIFO never blocks;
* sizes are checked while reading: the zip may not pass Alipay's 20 MB, and the files
  may not add up to more than :data:`MAX_UNPACKED_BYTES` (a package that unpacks to more
  is refused before a byte of it is read), so memory stays bounded whatever the folder
  holds. A ``.zip`` path is read the same way: regular files only (a link given as the
  path itself is the user's own pointing and is followed), at most the limit;
* a file that cannot be read (permissions, I/O) refuses the package naming the file.

Every refusal is a :class:`PackageError` (an :class:`InvalidRequestError`), raised before
anything is sent. Then the package must be one Alipay can build: a readable zip with a
JSON object ``app.json`` at its root (a zip whose ``app.json`` sits in one top folder gets
a hint to zip the folder's contents instead), no entry outside the archive's root (``..``,
``/``, a drive letter), only regular files and folders (no link entries, as ``zip -y``
keeps), each name once. Folders nest at most :data:`MAX_FOLDER_DEPTH` deep; an empty path
(which would be the current folder) is refused; names and link targets are shown with
control characters escaped. A hard link is zipped: it is the file itself, inside the
folder, and nothing is followed to read it.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import io
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.exceptions import UnsupportedAlgorithm

from ..errors import InvalidRequestError

__all__ = [
    "MAX_PACKAGE_BYTES",
    "MAX_UNPACKED_BYTES",
    "Package",
    "PackageError",
    "check_mini_program",
    "load_package",
    "zip_folder",
]

MAX_PACKAGE_BYTES = 20 * 1024 * 1024
"""Alipay's limit on a source package."""

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""The most a package's files may add up to before compression (a zip of 20 MB holding
more than 256 MB is a compression bomb, not a mini program's source)."""

MAX_APP_JSON_BYTES = 1024 * 1024
"""The most of ``app.json`` that is read to check it."""

MAX_FOLDER_DEPTH = 100
"""The deepest a package's folders may nest (a mini program's are a few levels deep; a
folder nested thousands deep, which git stores happily, is refused by name instead of
walking into path-length or recursion limits)."""

_SKIP_NAMES = frozenset({".git", ".svn", ".hg", ".DS_Store", "Thumbs.db", "__MACOSX"})
# A secret must not ship inside the mini program: an environment file (``.env``,
# ``.env.production``, ``production.env``, ``.envrc``: where ALIPAY_PRIVATE_KEY and friends
# live; templates such as ``.env.example`` are fine) or a file holding a PEM private key
# (the BEGIN line and key material after it: a library that merely names the marker, as
# jsencrypt does, is fine) refuses a folder package, naming the file.
_PRIVATE_KEY = re.compile(
    rb"-----BEGIN [A-Z ]*PRIVATE KEY-----[^A-Za-z0-9+/]{0,16}[A-Za-z0-9+/]{64}"
)
# A bare base64 DER key, as Alipay's key tool hands them out ("MII..."): a long base64 run
# that decodes to a private key (public keys and certificates decode, but not as one).
_BARE_KEY = re.compile(rb"MII[A-Za-z0-9+/]{1000,}={0,2}")
_KEY_OVERLAP = 4096  # bytes of the previous chunk searched again: a key across two reads
_ENV_TEMPLATES = (".example", ".sample", ".template", ".dist")
_KEEP_OUT_HINT = (
    "Move it out of the package folder (keys and environment files belong outside what "
    "Alipay publishes), or zip the folder yourself and pass the zip."
)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_DRIVE = re.compile(r"[A-Za-z]:")  # C:\\x, c:x: outside the root where Alipay's unzipper is Windows
_SIZE_HINT = "Move large assets to a CDN, or host the zip and pass source_url."

PackageInput = bytes | str | os.PathLike[str]


class PackageError(InvalidRequestError):
    """A package was refused before anything was sent; ``path`` names the file at fault
    (a link, a special or unreadable file, the zip itself), when there is one."""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path


@dataclass(frozen=True, repr=False)
class Package:
    """A package ready to upload: zip bytes, their MD5 (hex) and size."""

    data: bytes
    md5: str
    size: int
    source: str

    def __repr__(self) -> str:
        return f"Package(source={self.source!r}, size={self.size}, md5={self.md5!r})"


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f} MB"


def _kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _unreadable(shown: str, error: OSError) -> PackageError:
    reason = error.strerror or type(error).__name__
    return PackageError(
        f"package file {shown} cannot be read ({reason}); the package was not sent.",
        path=shown,
        hint="Make it readable, or remove it from the package.",
    )


def _printable(text: str) -> str:
    """``text`` with control characters escaped: names and link targets come from the
    folder (maybe a hostile checkout) and must not write fake lines into a CI log."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _link_error(folder: Path, path: Path, shown: str) -> PackageError:
    try:
        target = _printable(os.readlink(path))
    except OSError:
        target = "?"
    resolved = Path(os.path.realpath(path))
    inside = resolved.is_relative_to(Path(os.path.realpath(folder)))
    where = "inside the folder" if inside else "outside the folder"
    return PackageError(
        f"package file {shown} is a symbolic link to {target} ({where}); links are not "
        "followed in a package, so it was refused and nothing was sent.",
        path=shown,
        hint="Replace the link with a copy of the file you mean to ship, or remove it: "
        "nothing outside the folder may go into the package.",
    )


def _walk(folder: Path, here: Path) -> Iterator[tuple[Path, int]]:
    """Regular files under ``here`` (and their size), links and special files refused."""
    if len(here.relative_to(folder).parts) > MAX_FOLDER_DEPTH:
        shown = _shown(folder, here)
        raise PackageError(
            f"package folder {shown} is nested more than {MAX_FOLDER_DEPTH} folders deep; "
            "it was refused and nothing was sent.",
            path=shown,
            hint="A mini program's folders are a few levels deep: remove that folder.",
        )
    try:
        entries = sorted(os.scandir(here), key=lambda entry: entry.name)
    except OSError as error:
        raise _unreadable(_shown(folder, here), error) from None
    for entry in entries:
        if entry.name in _SKIP_NAMES:
            continue
        path = Path(entry.path)
        shown = _shown(folder, path)
        if _is_environment_file(entry.name) and not entry.is_dir(follow_symlinks=False):
            raise PackageError(
                f"package file {shown} is an environment file, which holds secrets; it was "
                "refused and nothing was sent.",
                path=shown,
                hint=_KEEP_OUT_HINT,
            )
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError as error:
            raise _unreadable(shown, error) from None
        if stat.S_ISLNK(info.st_mode):
            raise _link_error(folder, path, shown)
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(folder, path)
            continue
        kind = _kind(info.st_mode)
        if kind is not None:
            raise PackageError(
                f"package file {shown} is {kind}, not a regular file; it was refused and "
                "nothing was sent.",
                path=shown,
                hint="Remove it from the folder: a package holds regular files only.",
            )
        yield path, info.st_size


def _holds_private_key(data: bytes) -> bool:
    """Whether ``data`` holds a PEM private key or a bare base64 DER one."""
    if _PRIVATE_KEY.search(data):
        return True
    for run in _BARE_KEY.finditer(data):
        from cryptography.hazmat.primitives.serialization import load_der_private_key

        try:
            load_der_private_key(
                base64.b64decode(run.group() + b"=" * (-len(run.group()) % 4)), None
            )
        except TypeError:  # an encrypted private key: still one
            return True
        except (ValueError, binascii.Error, UnsupportedAlgorithm):
            continue
        return True
    return False


def _is_environment_file(name: str) -> bool:
    """``.env``, ``.env.production``, ``production.env``, ``.envrc`` (any case), but not a
    template such as ``.env.example``."""
    lower = name.lower()
    if lower.endswith(_ENV_TEMPLATES):
        return False
    return lower in (".env", ".envrc") or lower.startswith(".env.") or lower.endswith(".env")


def _shown(folder: Path, path: Path) -> str:
    """A file's name as the user knows it: the folder's name and the path inside it."""
    base = folder.name or str(folder)  # "." has no name
    relative = path.relative_to(folder).as_posix()
    shown = f"{base}/{relative}" if relative != "." else base
    return _printable(shown)


_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_NOT_FOLLOWED = frozenset({errno.ELOOP, errno.EMLINK, errno.ENOTDIR})


def _open_beneath(folder: Path, path: Path) -> int:
    """Open ``path`` (inside ``folder``) one component at a time from ``folder``, with
    ``O_NOFOLLOW`` at every step: a folder or file swapped for a link after the walk is
    not followed (where the OS has ``openat``; elsewhere only the last step is checked)."""
    if os.open not in os.supports_dir_fd:  # pragma: no cover - not POSIX
        return os.open(path, _OPEN_FLAGS)
    *folders, name = path.relative_to(folder).parts
    at = os.open(folder, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))  # the folder given
    try:
        for part in folders:
            inner = os.open(part, _DIR_FLAGS, dir_fd=at)
            os.close(at)
            at = inner
        return os.open(name, _OPEN_FLAGS, dir_fd=at)
    finally:
        os.close(at)


def _open_regular(path: Path, shown: str, folder: Path | None) -> int:
    """An fd of ``path``, without blocking; inside ``folder`` (when given) no link on the
    way is followed. Refused unless it is a regular file."""
    try:
        if folder is None:
            fd = os.open(path, _OPEN_FLAGS & ~getattr(os, "O_NOFOLLOW", 0))
        else:
            fd = _open_beneath(folder, path)
    except OSError as error:
        if folder is not None and error.errno in _NOT_FOLLOWED:
            parts = path.relative_to(folder).parts
            steps = [folder.joinpath(*parts[: n + 1]) for n in range(len(parts))]
            link = next((step for step in steps if step.is_symlink()), path)
            raise _link_error(folder, link, _shown(folder, link)) from None  # swapped since
        raise _unreadable(shown, error) from None
    try:
        kind = _kind(os.fstat(fd).st_mode)
    except OSError as error:
        os.close(fd)
        raise _unreadable(shown, error) from None
    if kind is not None:
        os.close(fd)
        raise PackageError(
            f"package {shown} is {kind}, not a regular file; it was refused and nothing was sent.",
            path=shown,
            hint="A package is a folder of regular files or a .zip file.",
        )
    return fd


def _chunks(fd: int, shown: str) -> Iterator[bytes]:
    while True:
        try:
            chunk = os.read(fd, _CHUNK)
        except OSError as error:
            raise _unreadable(shown, error) from None
        if not chunk:
            return
        yield chunk


def _too_unpacked(source: str, total: int, largest: str | None = None) -> PackageError:
    what = f" (largest: {largest})" if largest else ""
    return PackageError(
        f"package ({source}) holds more than {_mb(MAX_UNPACKED_BYTES)} of files before "
        f"compression ({_mb(total)} at least{what}); it was refused and nothing was sent.",
        path=largest,
        hint=_SIZE_HINT,
    )


def zip_folder(folder: Path, *, limit: int = MAX_PACKAGE_BYTES) -> bytes:
    """Zip a folder's regular files, paths relative to it, in a reproducible way.

    Raises :class:`PackageError` for a link, a special or unreadable file, an environment
    file (``.env``, ``.env.*``) or a file holding a PEM private key, files adding up to
    more than :data:`MAX_UNPACKED_BYTES`, or a zip growing past ``limit`` bytes (the
    zipping stops there: memory stays bounded by the limit).
    """
    source = f"folder {folder.name or folder}"
    files = list(_walk(folder, folder))
    files.sort(key=lambda item: item[0].relative_to(folder).as_posix())
    declared = sum(size for _, size in files)
    if declared > MAX_UNPACKED_BYTES:
        largest = max(files, key=lambda item: item[1])[0]
        raise _too_unpacked(source, declared, _shown(folder, largest))
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path, _ in files:
            name = path.relative_to(folder).as_posix()
            shown = _shown(folder, path)
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3  # unix, so the attributes above mean the same everywhere
            fd = _open_regular(path, shown, folder)
            try:
                with archive.open(info, "w") as entry:
                    tail = b""
                    for chunk in _chunks(fd, shown):
                        if _holds_private_key(tail + chunk):
                            raise PackageError(
                                f"package file {shown} holds a private key; it was "
                                "refused and nothing was sent.",
                                path=shown,
                                hint=_KEEP_OUT_HINT,
                            )
                        tail = chunk[-_KEY_OVERLAP:]
                        total += len(chunk)
                        if total > MAX_UNPACKED_BYTES:
                            raise _too_unpacked(source, total, shown)
                        entry.write(chunk)
                        if buffer.tell() > limit:
                            raise _too_big(source, buffer.tell(), limit, growing=shown)
            finally:
                os.close(fd)
    return buffer.getvalue()


def _too_big(source: str, size: int, limit: int, *, growing: str | None = None) -> PackageError:
    if growing is not None:
        head = f"package ({source}) passed {_mb(limit)} once zipped, at {growing}"
    else:
        head = f"package ({source}) is {_mb(size)}"
    return PackageError(
        f"{head}; Alipay accepts at most {limit / 1048576:.0f} MB.",
        path=growing,
        hint=_SIZE_HINT,
    )


def _read_zip_file(path: Path, limit: int) -> bytes:
    """A ``.zip`` the user named (a link given as the path is followed: the user pointed
    at it), read only if it is a regular file and at most ``limit`` bytes."""
    shown = str(path)
    fd = _open_regular(path, shown, None)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise _too_big(f"file {path.name}", size, limit)
        data = bytearray()
        for chunk in _chunks(fd, shown):
            data += chunk
            if len(data) > limit:
                raise _too_big(f"file {path.name}", len(data), limit)
        return bytes(data)
    finally:
        os.close(fd)


def check_mini_program(data: bytes, source: str) -> None:
    """Raise :class:`PackageError` unless ``data`` is a zip Alipay can build: readable,
    not a compression bomb, no entry outside its root, a JSON object ``app.json`` at the
    root."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            _check_entries(entries, source)
            try:
                info = archive.getinfo("app.json")
            except KeyError:
                raise _no_app_json(entries, source) from None
            if info.is_dir() or info.file_size > MAX_APP_JSON_BYTES:
                raise PackageError(
                    f"package ({source}): app.json is not a file of at most "
                    f"{MAX_APP_JSON_BYTES // 1024} KB.",
                    path="app.json",
                    hint="app.json is the mini program's configuration: pages, window, tabBar.",
                )
            with archive.open(info) as handle:
                raw = handle.read(MAX_APP_JSON_BYTES + 1)
    except zipfile.BadZipFile as error:
        raise PackageError(
            f"package ({source}) is not a readable zip archive ({error}): it looks damaged "
            "or truncated.",
            hint="Zip the mini program folder again, or pass the folder to have it zipped.",
        ) from None
    except (OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error) as error:
        if isinstance(error, PackageError):
            raise
        raise PackageError(
            f"package ({source}) cannot be read as a zip archive ({type(error).__name__}: "
            f"{error}).",
            hint="Zip the mini program folder again (plain deflate, no encryption), or pass "
            "the folder to have it zipped.",
        ) from None
    try:
        config = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        config = None
    if not isinstance(config, dict):
        raise PackageError(
            f"package ({source}): app.json is not a JSON object, so Alipay cannot build it.",
            path="app.json",
            hint="Fix app.json (it must be valid UTF-8 JSON, an object with pages, ...).",
        )


def _check_entries(entries: list[zipfile.ZipInfo], source: str) -> None:
    """Every entry a regular file or folder under the root, each name once, and the whole
    not a compression bomb: the package checked here is the one Alipay builds."""
    unpacked = 0
    names: set[str] = set()
    for info in entries:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or _DRIVE.match(name):
            raise PackageError(
                f"package ({source}) holds an entry outside its root: {name!r}.",
                path=name,
                hint="Zip the mini program folder again with paths relative to it.",
            )
        # The unix file type, when the zip has one (many zippers store permissions only).
        mode = info.external_attr >> 16 if info.create_system == 3 else 0
        kind = _kind(mode) if stat.S_IFMT(mode) and not stat.S_ISDIR(mode) else None
        if kind is not None:
            raise PackageError(
                f"package ({source}) holds {name!r}, which is {kind} (a zip made with links "
                "kept, such as zip -y), not a regular file; it was refused and nothing was "
                "sent.",
                path=name,
                hint="Zip the folder again without keeping links (replace each link with the "
                "file it points to), or pass the folder to have it zipped.",
            )
        if name in names:
            raise PackageError(
                f"package ({source}) holds {name!r} twice: which one Alipay builds depends "
                "on its unzipper, so it was refused and nothing was sent.",
                path=name,
                hint="Zip the mini program folder again, or pass the folder to have it zipped.",
            )
        names.add(name)
        unpacked += info.file_size
    if unpacked > MAX_UNPACKED_BYTES:
        raise _too_unpacked(source, unpacked)


def _no_app_json(entries: list[zipfile.ZipInfo], source: str) -> PackageError:
    nested = sorted(
        info.filename
        for info in entries
        if PurePosixPath(info.filename).name == "app.json" and not info.is_dir()
    )
    if not entries:
        detail, hint = "is empty", "Zip the mini program folder, app.json at its root."
    elif nested:
        detail = f"has no app.json at its root (found {_printable(nested[0])})"
        hint = (
            "Zip the contents of the mini program folder, not the folder itself, or pass "
            "the folder to have it zipped for you."
        )
    else:
        detail = "has no app.json at its root"
        hint = "A mini program's folder has app.json at its root: check the folder you gave."
    return PackageError(
        f"package ({source}) {detail}, so Alipay cannot build it; nothing was sent.",
        hint=hint,
    )


def load_package(package: PackageInput, *, limit: int = MAX_PACKAGE_BYTES) -> Package:
    """Read a package and check it before anything is sent (see the module docstring)."""
    if isinstance(package, bytes | bytearray):
        data, source = bytes(package), "bytes"
    else:
        if not os.fspath(package) or "\x00" in os.fspath(package):
            # Path("") is the current folder: an unset variable must not upload the cwd
            raise PackageError(
                f"package path {os.fspath(package)!r} is empty or not a path; nothing was "
                "read or sent.",
                hint="Give the mini program's folder, a .zip of it, or the zip's bytes.",
            )
        path = Path(package)
        try:
            mode = path.stat().st_mode  # the path the user gave is followed
        except FileNotFoundError:
            raise PackageError(
                f"package {path} does not exist.",
                path=str(path),
                hint="Give the mini program's folder, a .zip of it, or the zip's bytes.",
            ) from None
        except OSError as error:
            raise _unreadable(str(path), error) from None
        if stat.S_ISDIR(mode):
            data, source = zip_folder(path, limit=limit), f"folder {path.name or path}"
            if len(data) <= 22:
                raise PackageError(
                    f"package folder {path} holds no files.",
                    path=str(path),
                    hint="Give the mini program's folder, with app.json at its root.",
                )
        else:
            data, source = _read_zip_file(path, limit), f"file {path.name}"
    if not data.startswith(_ZIP_MAGIC):
        raise PackageError(
            f"package ({source}) is not a zip archive.",
            hint="Alipay builds from a zip of the mini program folder; pass the folder to have "
            "it zipped for you.",
        )
    if len(data) > limit:
        raise _too_big(source, len(data), limit)
    check_mini_program(data, source)
    return Package(data=data, md5=hashlib.md5(data).hexdigest(), size=len(data), source=source)  # noqa: S324
