"""The mini-program platform behind the gateway: versions, builds, what is online, templates.

In memory, per app id and mini program, guarded by one lock (the server thread writes,
tests read from theirs). Each operation validates like the real platform and raises
:class:`BusinessError` with a code from the operation's documented error list.

Builds are driven by polls, not by a clock, so tests are deterministic: every
``uploadstatus/query`` of a build moves it one poll forward, and every
``polls_per_step`` polls it advances a step: ``0`` queued, ``1`` building, then ``2``
succeeded (or ``3`` failed: the package is not a valid mini program). A package given by
URL cannot be fetched by the emulator and builds successfully.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import threading
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "BUILD_FAILED",
    "BUILD_QUEUED",
    "BUILD_RUNNING",
    "BUILD_SUCCEEDED",
    "BusinessError",
    "MiniAppState",
    "Platform",
    "VersionState",
]

BUILD_QUEUED, BUILD_RUNNING, BUILD_SUCCEEDED, BUILD_FAILED = "0", "1", "2", "3"
MAX_VERSION_LENGTH = 32
MAX_APP_JSON_BYTES = 1 << 20
_TEMPLATE_VERSION = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
_FIRST_PACKAGE_ID = 20240001

# Fields of each request model (openapi.yaml) that must be strings when present.
_STRING_FIELDS: Mapping[str, tuple[str, ...]] = {
    "upload": (
        "app_origin",
        "build_app_type",
        "build_extra_info",
        "build_extra_mini_project_config",
        "build_js_permission",
        "build_main_url",
        "build_max_android_client_version",
        "build_max_ios_client_version",
        "build_min_android_client_version",
        "build_min_ios_client_version",
        "build_package_md_5",
        "build_package_name",
        "build_package_stream",
        "build_qcloud_info",
        "build_signed_pkg_url",
        "build_source_pkg_size",
        "build_source_pkg_url",
        "build_sub_url",
        "build_version",
        "builded_package_size",
        "builded_package_url",
        "bundle_id",
        "client_type",
        "inst_code",
        "mini_app_id",
    ),
    "online": (
        "app_offline_version",
        "app_online_version",
        "app_origin",
        "bundle_id",
        "inst_code",
        "mini_app_id",
    ),
    "sync": (
        "app_origin",
        "app_version",
        "bundle_id",
        "dev_id",
        "mini_app_id",
        "sync_type",
    ),
    "upgrade": (
        "app_origin",
        "bundle_id",
        "mini_app_id",
        "template_id",
        "template_version",
    ),
}
_PLUGIN_FIELDS: Mapping[str, type] = {
    "plugin_id": str,
    "plugin_version": str,
    "lazy": bool,
    "plugin_lazy": bool,
}


class BusinessError(Exception):
    """A documented per-operation (or common) error: HTTP ``status``, ``code``, ``message``."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True)
class VersionState:
    """One uploaded version of a mini program, as the platform sees it now."""

    build_version: str
    package_id: str
    build_status: str
    build_info: str
    polls: int
    source: str  # "stream" or "url"


@dataclass(frozen=True)
class MiniAppState:
    """A snapshot of one mini program of one app."""

    app_id: str
    mini_app_id: str
    versions: Mapping[str, VersionState]
    online_version: str | None
    offline_versions: tuple[str, ...]
    template_id: str | None
    template_version: str | None
    upgrade_count: int
    sync_count: int
    last_sync: Mapping[str, str] | None


@dataclass
class _Version:
    build_version: str
    package_id: str
    source: str
    outcome: str  # BUILD_SUCCEEDED or BUILD_FAILED, decided when the package arrives
    failure: str | None
    polls: int = 0

    def status(self, polls_per_step: int) -> str:
        step = self.polls // polls_per_step
        if step <= 0:
            return BUILD_QUEUED
        if step == 1:
            return BUILD_RUNNING
        return self.outcome

    def info(self, polls_per_step: int) -> str:
        status = self.status(polls_per_step)
        if status == BUILD_QUEUED:
            return "build task queued"
        if status == BUILD_RUNNING:
            return "building"
        if status == BUILD_SUCCEEDED:
            return "build succeeded"
        return f"build failed: {self.failure}"


@dataclass
class _MiniApp:
    mini_app_id: str
    versions: dict[str, _Version] = field(default_factory=dict)
    online_version: str | None = None
    offline_versions: list[str] = field(default_factory=list)
    template_id: str | None = None
    template_version: str | None = None
    upgrade_count: int = 0
    sync_count: int = 0
    last_sync: dict[str, str] | None = None


class Platform:
    """Business state and rules of the five operations. Thread-safe: :meth:`handle` and the
    inspection methods hold the lock; the operation methods expect it held."""

    def __init__(self, *, polls_per_step: int = 1) -> None:
        if polls_per_step < 1:
            raise ValueError("polls_per_step must be 1 or more")
        self.polls_per_step = polls_per_step
        self._lock = threading.RLock()
        self._apps: dict[str, dict[str, _MiniApp]] = {}
        self._packages: dict[tuple[str, str], tuple[str, str]] = {}  # (app, pkg) -> (mini, ver)
        self._next_package = _FIRST_PACKAGE_ID

    def reset(self) -> None:
        with self._lock:
            self._apps.clear()
            self._packages.clear()
            self._next_package = _FIRST_PACKAGE_ID

    # -- inspection ----------------------------------------------------------------------
    def mini_apps(self, app_id: str) -> dict[str, MiniAppState]:
        with self._lock:
            return {
                mini_id: self._snapshot(app_id, mini)
                for mini_id, mini in self._apps.get(app_id, {}).items()
            }

    def _snapshot(self, app_id: str, mini: _MiniApp) -> MiniAppState:
        n = self.polls_per_step
        versions = {
            name: VersionState(
                build_version=v.build_version,
                package_id=v.package_id,
                build_status=v.status(n),
                build_info=v.info(n),
                polls=v.polls,
                source=v.source,
            )
            for name, v in mini.versions.items()
        }
        return MiniAppState(
            app_id=app_id,
            mini_app_id=mini.mini_app_id,
            versions=MappingProxyType(versions),
            online_version=mini.online_version,
            offline_versions=tuple(mini.offline_versions),
            template_id=mini.template_id,
            template_version=mini.template_version,
            upgrade_count=mini.upgrade_count,
            sync_count=mini.sync_count,
            last_sync=MappingProxyType(dict(mini.last_sync)) if mini.last_sync else None,
        )

    # -- dispatch ------------------------------------------------------------------------
    def handle(self, operation: str, app_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        """Run one operation; ``data`` is the JSON body (or, for the query, its parameters)."""
        handlers = {
            "upload": self.upload,
            "uploadstatus.query": self.query,
            "online": self.online,
            "sync": self.sync,
            "upgrade": self.upgrade,
        }
        if operation in _STRING_FIELDS:
            _check_types(operation, data)
        with self._lock:
            return handlers[operation](app_id, data)

    # -- operations ------------------------------------------------------------------------
    def upload(self, app_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        mini_id = _required_mini_app_id(data)
        version = (data.get("build_version") or "").strip()
        if not version:
            raise BusinessError("PACKAGE_VERSION_IS_BLANK", "build_version is blank")
        if len(version) > MAX_VERSION_LENGTH:
            raise BusinessError(
                "VERSION_EXCEEDED_LENGTH",
                f"build_version is longer than {MAX_VERSION_LENGTH} characters",
            )
        stream, url = data.get("build_package_stream"), data.get("build_source_pkg_url")
        if bool(stream) == bool(url):
            raise BusinessError(
                "BUILD_DATA_ERROR",
                "give exactly one package source: build_package_stream or build_source_pkg_url",
            )
        mini = self._apps.get(app_id, {}).get(mini_id)
        if mini is not None and version in mini.versions:
            raise BusinessError(
                "BUILD_VERSION_ALREADY_EXIST",
                f"version {version} of mini program {mini_id} was already uploaded",
            )
        if stream:
            package = _decode_package(stream, data.get("build_package_md_5"))
            failure = _mini_program_problem(package)
            source = "stream"
        else:
            failure, source = None, "url"
        mini = self._mini_app(app_id, mini_id)
        package_id = str(self._next_package)
        self._next_package += 1
        mini.versions[version] = _Version(
            build_version=version,
            package_id=package_id,
            source=source,
            outcome=BUILD_FAILED if failure else BUILD_SUCCEEDED,
            failure=failure,
        )
        self._packages[(app_id, package_id)] = (mini_id, version)
        return {
            "package_id": package_id,
            "build_version": version,
            "build_status": BUILD_QUEUED,
            "build_info": "build task created",
            "need_rotation": "true",
            "version_created": "false",
        }

    def query(self, app_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
        package_id = params.get("build_package_id") or ""
        mini_id = params.get("mini_app_id") or ""
        version_name = params.get("build_version") or ""
        if package_id:
            found = self._packages.get((app_id, package_id))
            if found is None:
                raise BusinessError(
                    "POLLING_BUILD_VERSION_NOT_EXIST", f"no build with package id {package_id}"
                )
            mini_id, version_name = found
        elif not (mini_id and version_name):
            raise BusinessError(
                "invalid-parameter", "give build_package_id, or mini_app_id and build_version"
            )
        mini = self._apps.get(app_id, {}).get(mini_id)
        version = mini.versions.get(version_name) if mini else None
        if version is None:
            raise BusinessError(
                "POLLING_BUILD_VERSION_NOT_EXIST",
                f"no build of version {version_name} of mini program {mini_id}",
            )
        n = self.polls_per_step
        if version.status(n) not in (BUILD_SUCCEEDED, BUILD_FAILED):
            version.polls += 1
        status = version.status(n)
        final = status in (BUILD_SUCCEEDED, BUILD_FAILED)
        base = f"https://emulator.invalid/build/{version.package_id}"
        answer = {
            "build_status": status,
            "build_info": version.info(n),
            "need_rotation": "false" if final else "true",
            "version_created": "true" if status == BUILD_SUCCEEDED else "false",
            "log_url": f"{base}/build.log",
        }
        if status == BUILD_SUCCEEDED:
            answer["build_package_url"] = f"{base}/package.zip"
            answer["result_url"] = f"{base}/result.json"
        return answer

    def online(self, app_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        mini_id = _required_mini_app_id(data)
        version_name = data.get("app_online_version") or ""
        if not version_name:
            raise BusinessError("PARAMS_VALID_ERROR", "app_online_version is required")
        mini = self._apps.get(app_id, {}).get(mini_id)
        version = mini.versions.get(version_name) if mini else None
        if mini is None or version is None:
            raise BusinessError(
                "MINI_APP_VERSION_NOT_EXISTS",
                f"version {version_name} of mini program {mini_id} does not exist",
            )
        if version.status(self.polls_per_step) != BUILD_SUCCEEDED:
            raise BusinessError(
                "MINI_APP_VERSION_STATUS_ILLEGAL",
                f"version {version_name} has build status {version.status(self.polls_per_step)}; "
                "only a successfully built version can go online",
            )
        offline = data.get("app_offline_version") or ""
        if offline and offline not in mini.versions:
            raise BusinessError(
                "MINI_APP_VERSION_NOT_EXISTS",
                f"version {offline} (app_offline_version) of mini program {mini_id} does not exist",
            )
        mini.online_version = version_name
        if offline and offline != version_name and offline not in mini.offline_versions:
            mini.offline_versions.append(offline)
        if version_name in mini.offline_versions:
            mini.offline_versions.remove(version_name)
        return {}

    def sync(self, app_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        mini_id = _required_mini_app_id(data)
        for name, code in (
            ("app_origin", "APP_ORIGIN_IS_BLANK"),
            ("bundle_id", "BUNDLE_ID_IS_BLANK"),
            ("sync_type", "SYNC_TYPE_IS_BLANK"),
        ):
            if not (data.get(name) or "").strip():
                raise BusinessError(code, f"{name} is blank")
        mini = self._apps.get(app_id, {}).get(mini_id)
        if mini is None:
            raise BusinessError("APP_INFO_NOT_EXIST", f"mini program {mini_id} does not exist")
        version = data.get("app_version") or ""
        if not version or version != mini.online_version:
            online = mini.online_version or "none"
            raise BusinessError(
                "SYNC_WITHOUT_ONLINE_ERROR",
                f"version {version or '(blank)'} is not the online version (online: {online})",
            )
        mini.sync_count += 1
        mini.last_sync = {
            key: data[key] for key in ("app_version", "app_origin", "bundle_id", "sync_type")
        }
        return {}

    def upgrade(self, app_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        mini_id = _required_mini_app_id(data)
        target = data.get("template_version") or ""
        if not _TEMPLATE_VERSION.match(target):
            raise BusinessError("INVALID_PARAMS", "template_version must be x.y.z (digits only)")
        mini = self._mini_app(app_id, mini_id)
        busy = [
            v.build_version
            for v in mini.versions.values()
            if v.status(self.polls_per_step) in (BUILD_QUEUED, BUILD_RUNNING)
        ]
        if busy:
            raise BusinessError(
                "MINI_APP_AUDITING",
                f"mini program {mini_id} has a build in progress ({', '.join(busy)})",
            )
        mini.template_version = target
        mini.template_id = data.get("template_id") or mini.template_id
        mini.upgrade_count += 1
        return {}

    def _mini_app(self, app_id: str, mini_id: str) -> _MiniApp:
        minis = self._apps.setdefault(app_id, {})
        if mini_id not in minis:
            minis[mini_id] = _MiniApp(mini_id)
        return minis[mini_id]


# -- validation helpers ------------------------------------------------------------------------


def _check_types(operation: str, data: Mapping[str, Any]) -> None:
    for name in _STRING_FIELDS[operation]:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise BusinessError("invalid-parameter", f"{name} must be a string")
    if operation == "upload" and data.get("plugin_refs") is not None:
        refs = data["plugin_refs"]
        if not isinstance(refs, list) or not all(isinstance(ref, dict) for ref in refs):
            raise BusinessError("invalid-parameter", "plugin_refs must be an array of objects")
        for ref in refs:
            for name, kind in _PLUGIN_FIELDS.items():
                value = ref.get(name)
                if value is not None and not isinstance(value, kind):
                    raise BusinessError(
                        "invalid-parameter", f"plugin_refs[].{name} must be a {kind.__name__}"
                    )


def _required_mini_app_id(data: Mapping[str, Any]) -> str:
    mini_id = (data.get("mini_app_id") or "").strip()
    if not mini_id:
        raise BusinessError("invalid-parameter", "mini_app_id is required")
    return mini_id


def _decode_package(stream: str, md5: str | None) -> bytes:
    try:
        package = base64.b64decode(stream, validate=True)
    except (binascii.Error, ValueError):
        raise BusinessError("BUILD_DATA_ERROR", "build_package_stream is not base64") from None
    if not zipfile.is_zipfile(io.BytesIO(package)):
        raise BusinessError("BUILD_DATA_ERROR", "build_package_stream is not a zip file")
    if md5:
        actual = hashlib.md5(package).hexdigest()  # noqa: S324 - Alipay's checksum field
        if actual != md5.strip().lower():
            raise BusinessError(
                "BUILD_DATA_ERROR",
                f"build_package_md_5 {md5} does not match the package (MD5 {actual})",
            )
    return package


def _mini_program_problem(package: bytes) -> str | None:
    """Why a zip is not a buildable mini program, or None when it is."""
    try:
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            try:
                info = archive.getinfo("app.json")
            except KeyError:
                return "app.json is missing at the root of the package"
            if info.file_size > MAX_APP_JSON_BYTES:
                return "app.json is too large"
            raw = archive.read(info)
    except Exception as exc:  # noqa: BLE001 - zlib, unsupported compression, encryption, ...
        return f"the package cannot be read ({type(exc).__name__})"
    try:
        config = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "app.json is not valid JSON"
    if not isinstance(config, dict):
        return "app.json is not a JSON object"
    return None
