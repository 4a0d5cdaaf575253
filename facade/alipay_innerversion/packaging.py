"""Mini program packages: bytes, a zip file, or a folder zipped deterministically.

Deterministic means the same folder always gives the same bytes (sorted entries, fixed
timestamps and permissions), so the MD5 Alipay checks is stable and a re-upload of an
unchanged folder is recognisable.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InvalidRequestError

__all__ = ["MAX_PACKAGE_BYTES", "Package", "load_package", "zip_folder"]

MAX_PACKAGE_BYTES = 20 * 1024 * 1024
"""Alipay's limit on a source package."""

_SKIP_NAMES = frozenset({".git", ".svn", ".hg", ".DS_Store", "Thumbs.db", "__MACOSX"})
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

PackageInput = bytes | str | os.PathLike[str]


@dataclass(frozen=True, repr=False)
class Package:
    """A package ready to upload: zip bytes, their MD5 (hex) and size."""

    data: bytes
    md5: str
    size: int
    source: str

    def __repr__(self) -> str:
        return f"Package(source={self.source!r}, size={self.size}, md5={self.md5!r})"


def zip_folder(folder: Path) -> bytes:
    """Zip a folder's files, paths relative to it, in a reproducible way."""
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_NAMES)
        for name in names:
            if name in _SKIP_NAMES:
                continue
            path = Path(root) / name
            if path.is_file():
                files.append(path)
    files.sort(key=lambda p: p.relative_to(folder).as_posix())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.create_system = 3  # unix, so the attributes above mean the same everywhere
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def load_package(package: PackageInput, *, limit: int = MAX_PACKAGE_BYTES) -> Package:
    """Read a package and check it before anything is sent."""
    if isinstance(package, bytes | bytearray):
        data, source = bytes(package), "bytes"
    else:
        path = Path(package)
        if path.is_dir():
            data, source = zip_folder(path), f"folder {path.name}"
            if not data or len(data) <= 22:
                raise InvalidRequestError(f"package folder {path} holds no files.")
        elif path.is_file():
            data, source = path.read_bytes(), f"file {path.name}"
        else:
            raise InvalidRequestError(
                f"package {path} does not exist.",
                hint="Give the mini program's folder, a .zip of it, or the zip's bytes.",
            )
    if not data.startswith(_ZIP_MAGIC):
        raise InvalidRequestError(
            f"package ({source}) is not a zip archive.",
            hint="Alipay builds from a zip of the mini program folder; pass the folder to have "
            "it zipped for you.",
        )
    if len(data) > limit:
        raise InvalidRequestError(
            f"package ({source}) is {len(data) / 1048576:.1f} MB; Alipay accepts at most "
            f"{limit / 1048576:.0f} MB.",
            hint="Move large assets to a CDN, or host the zip and pass source_url.",
        )
    return Package(data=data, md5=hashlib.md5(data).hexdigest(), size=len(data), source=source)  # noqa: S324
