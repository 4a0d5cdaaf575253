"""Operations that create versions and packages: upload (+ uploadstatus), templated and
nobuild uploads, package/create; and the older ``online`` and ``upgrade``.

``upload`` creates a build; the version exists (status ``INIT``) once a poll of
``uploadstatus/query`` sees the build succeed. ``templated/upload`` and ``nobuild/upload``
create an ``INIT`` version at once. ``online`` (the older publish) puts a built version
straight to ``RELEASE`` whatever its review, as it always did here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

from ..model import (
    BUILD_FAILED,
    BUILD_QUEUED,
    BUILD_RUNNING,
    BUILD_SUCCEEDED,
    INIT,
    MAX_VERSION_LENGTH,
    OFFLINE,
    RELEASE,
    Call,
    _Bundle,
    _Version,
    version_key,
)

__all__ = ["HANDLERS", "release"]

MAX_APP_JSON_BYTES = 1 << 20
PACKAGE_TYPES = ("PRE_ONLINE", "COVERAGE")
_BASE = "https://emulator.invalid"


def _new_version(call: Call, bundle: _Bundle, name: str, source: str, **extra: Any) -> _Version:
    package_id = call.platform.new_id()
    version = _Version(
        build_version=name,
        package_id=package_id,
        source=source,
        bundle_id=bundle.bundle_id,
        created=call.now,
        modified=call.now,
        package_url=f"{_BASE}/build/{package_id}/package.zip",
        **extra,
    )
    bundle.versions[name] = version
    call.platform.register_package(
        call.app_id, package_id, (call.mini_app_id, bundle.bundle_id, name)
    )
    return version


def release(call: Call, bundle: _Bundle, version: _Version) -> None:
    """``version`` becomes the released one; the previously released one goes ``OFFLINE``."""
    current = bundle.released()
    if current is not None and current is not version:
        call.touch(current, OFFLINE)
        current.offline_time = call.now
    call.touch(version, RELEASE)
    version.shelf_time = call.now
    version.offline_time = None
    version.gray_strategy = None
    bundle.releases.append(version.build_version)


# -- upload and its build ------------------------------------------------------------------------


def upload(call: Call) -> dict[str, Any]:
    version = call.required("build_version", "PACKAGE_VERSION_IS_BLANK")
    if len(version) > MAX_VERSION_LENGTH:
        call.fail(
            "VERSION_EXCEEDED_LENGTH",
            f"build_version is longer than {MAX_VERSION_LENGTH} characters",
        )
    stream, url = call.data.get("build_package_stream"), call.data.get("build_source_pkg_url")
    if bool(stream) == bool(url):
        call.fail(
            "BUILD_DATA_ERROR",
            "give exactly one package source: build_package_stream or build_source_pkg_url",
        )
    bundle_id = call.bundle_id()
    mini = call.mini()
    bundle = mini.bundles.get(bundle_id) if mini else None
    if bundle is not None and version in bundle.versions:
        call.fail(
            "BUILD_VERSION_ALREADY_EXIST",
            f"version {version} of mini program {call.mini_app_id} was already uploaded",
        )
    if stream:
        package = _decode_package(call, stream, call.data.get("build_package_md_5"))
        failure, source = _mini_program_problem(package), "stream"
    else:
        failure, source = None, "url"
    failure = failure or call.platform.next_build_failure()
    created = _new_version(
        call,
        call.create_mini().bundle(bundle_id),
        version,
        source,
        outcome=BUILD_FAILED if failure else BUILD_SUCCEEDED,
        failure=failure,
        plugin_refs=tuple(call.data.get("plugin_refs") or ()),
        source_url=url or None,
    )
    return {
        "package_id": created.package_id,
        "build_version": version,
        "build_status": BUILD_QUEUED,
        "build_info": "build task created",
        "need_rotation": "true",
        "version_created": "false",
    }


def uploadstatus_query(call: Call) -> dict[str, Any]:
    package_id = call.text("build_package_id")
    name = call.text("build_version")
    mini = call.mini()
    version: _Version | None = None
    if package_id:
        found = call.platform.package(call.app_id, package_id)
        if found is None:
            call.fail("POLLING_BUILD_VERSION_NOT_EXIST", f"no build with package id {package_id}")
        mini_id, bundle_id, name = found
        mini = call.platform.store(call.app_id).get(mini_id)
        bundle = mini.bundles.get(bundle_id) if mini else None
        version = bundle.versions.get(name) if bundle else None
    elif not name:
        call.fail("invalid-parameter", "give build_package_id, or build_version (and mini_app_id)")
    elif mini is not None:
        wanted = call.text("bundle_id")
        for bundle in mini.bundles.values():
            if (not wanted or bundle.bundle_id == wanted) and name in bundle.versions:
                version = bundle.versions[name]
                break
    if version is None:
        call.fail(
            "POLLING_BUILD_VERSION_NOT_EXIST",
            f"no build of version {name} of mini program {call.mini_app_id}",
        )
    n = call.platform.polls_per_step
    if version.build_status(n) not in (BUILD_SUCCEEDED, BUILD_FAILED):
        version.polls += 1
    status = version.build_status(n)
    if status == BUILD_SUCCEEDED and version.status is None:
        call.touch(version, INIT)  # the build created the version
        version.created = call.now
    final = status in (BUILD_SUCCEEDED, BUILD_FAILED)
    base = f"{_BASE}/build/{version.package_id}"
    answer = {
        "build_status": status,
        "build_info": version.build_info(n),
        "need_rotation": "false" if final else "true",
        "version_created": "true" if status == BUILD_SUCCEEDED else "false",
        "log_url": f"{base}/build.log",
    }
    if status == BUILD_SUCCEEDED:
        answer["build_package_url"] = f"{base}/package.zip"
        answer["result_url"] = f"{base}/result.json"
    return answer


# -- versions without a build ----------------------------------------------------------------------


def templated_upload(call: Call) -> dict[str, Any]:
    version = call.version_name("APP_VERSION_IS_BLANK")
    template_id = call.required("template_id", "TEMPLATE_ID_IS_BLANK")
    # a version that breaks the spec's version rule was refused with INVALID_VERSION
    # before this handler runs (state._check_request)
    template_version = call.text("template_version") or None
    templates = call.platform.templates
    if templates is not None and (
        template_id not in templates
        or (template_version is not None and template_version not in templates[template_id])
    ):
        call.fail(
            "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
            f"template {template_id} {template_version or ''} is neither on nor off the shelf",
        )
    ext = call.data.get("ext")
    if ext:
        try:
            parsed = json.loads(ext)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            call.fail("INVALID_EXT_JSON", "ext is not a JSON object")
    mini = call.mini()
    existing = mini.bundles.get(call.bundle_id()) if mini else None
    names = list(existing.versions) if existing else []
    if version in names:
        call.fail("VERSION_HAS_EXISTED", f"version {version} already exists")
    mine = version_key(version)
    larger = [n for n in names if (k := version_key(n)) and mine and k > mine]
    if larger:
        call.fail(
            "LARGER_VERSION_HAS_EXISTED",
            f"a larger version than {version} exists ({', '.join(sorted(larger))})",
        )
    mini = call.create_mini()
    _new_version(
        call,
        mini.bundle(call.bundle_id()),
        version,
        "template",
        outcome=BUILD_SUCCEEDED,
        failure=None,
        instant=True,
        status=INIT,
        template_id=template_id,
        template_version=template_version,
        ext_json=ext or None,
    )
    mini.template_id, mini.template_version = template_id, template_version
    return {}


def nobuild_upload(call: Call) -> dict[str, Any]:
    version = call.version_name("PACKAGE_VERSION_IS_BLANK", name="build_version")
    url = call.required("builded_package_url", "PACKAGE_URL_IS_BLANK")
    call.required("builded_package_size", "PACKAGE_SIZE_IS_BLANK")
    for sub in call.data.get("sub_packages") or ():
        if not sub or any(value in (None, "") for value in sub.values()):
            call.fail("SUB_PACKAGE_PARAM_EXIST_EMPTY", "a sub_packages entry has an empty field")
    bundle = call.create_mini().bundle(call.bundle_id())
    if version in bundle.versions:
        call.fail("BUILD_VERSION_ALREADY_EXIST", f"version {version} was already uploaded")
    _new_version(
        call,
        bundle,
        version,
        "nobuild",
        outcome=BUILD_SUCCEEDED,
        failure=None,
        instant=True,
        status=INIT,
        plugin_refs=tuple(call.data.get("plugin_refs") or ()),
    ).package_url = url
    return {}


def package_create(call: Call) -> dict[str, Any]:
    call.required("app_origin", "APP_ORIGIN_IS_BLANK")
    bundle_id = call.bundle_id("BUNDLE_ID_IS_BLANK")
    name = call.version_name("PACKAGE_VERSION_IS_BLANK")
    kind = call.text("package_type")
    if kind.upper() not in PACKAGE_TYPES:
        call.fail("PACKAGE_TYPE_NOT_EXIST", f"package_type must be one of {PACKAGE_TYPES}")
    if kind.upper() == "COVERAGE" and bundle_id != "com.alipay.alipaywallet":
        call.fail("NOT_CREATE_COVERAGE_NOT_ALIPAY", "coverage packages exist for Alipay only")
    _, version = call.version(
        bundle_id,
        name,
        missing_app="APP_INFO_NOT_EXIST",
        missing_version="MINI_APP_VERSION_NOT_EXIST",
    )
    if version.source == "template":
        call.fail("APP_IS_BUILD_BY_TEMPLATE", f"version {name} was instantiated from a template")
    if version.status != INIT:
        call.fail("MINI_APP_VERSION_NOT_INIT", f"version {name} is {version.status}, not INIT")
    version.packages.append(kind.upper())
    return {}


# -- the older operations --------------------------------------------------------------------------


def online(call: Call) -> dict[str, Any]:
    name = call.required("app_online_version", "PARAMS_VALID_ERROR")
    mini = call.mini()
    bundle = mini.bundles.get(call.bundle_id()) if mini else None
    version = bundle.versions.get(name) if bundle else None
    if bundle is None or version is None:
        call.fail(
            "MINI_APP_VERSION_NOT_EXISTS",
            f"version {name} of mini program {call.mini_app_id} does not exist",
        )
    n = call.platform.polls_per_step
    if version.build_status(n) != BUILD_SUCCEEDED:
        call.fail(
            "MINI_APP_VERSION_STATUS_ILLEGAL",
            f"version {name} has build status {version.build_status(n)}; "
            "only a successfully built version can go online",
        )
    offline = call.text("app_offline_version")
    if offline and offline not in bundle.versions:
        call.fail(
            "MINI_APP_VERSION_NOT_EXISTS",
            f"version {offline} (app_offline_version) of mini program {call.mini_app_id} "
            "does not exist",
        )
    if version.status != RELEASE:
        release(call, bundle, version)
    if offline and offline != name:
        gone = bundle.versions[offline]
        if gone.status != OFFLINE:
            call.touch(gone, OFFLINE)
            gone.offline_time = call.now
    return {}


def upgrade(call: Call) -> dict[str, Any]:
    target = call.text("template_version")
    if not target:  # a present one that breaks the version rule was refused already
        call.fail("INVALID_PARAMS", "template_version is blank")
    template_id = call.text("template_id")
    if not template_id:
        call.fail("INVALID_PARAMS", "template_id is required")
    templates = call.platform.templates
    if templates is not None:
        if template_id not in templates:
            call.fail("TEMPLATE_NOT_ONLINE_OR_OFFLINE", f"template {template_id} is unknown")
        if target not in templates[template_id]:
            call.fail("TEMPLATE_VERSION_NOT_EXIST", f"template {template_id} has no {target}")
    mini = call.create_mini()
    n = call.platform.polls_per_step
    busy = [
        v.build_version
        for bundle in mini.bundles.values()
        for v in bundle.versions.values()
        if v.build_status(n) in (BUILD_QUEUED, BUILD_RUNNING)
    ]
    if busy:
        call.fail(
            "MINI_APP_AUDITING",
            f"mini program {call.mini_app_id} has a build in progress ({', '.join(busy)})",
        )
    mini.template_version = target
    mini.template_id = template_id or mini.template_id
    mini.upgrade_count += 1
    return {}


HANDLERS: dict[str, Callable[[Call], dict[str, Any]]] = {
    "upload": upload,
    "uploadstatus.query": uploadstatus_query,
    "templated.upload": templated_upload,
    "nobuild.upload": nobuild_upload,
    "package.create": package_create,
    "online": online,
    "upgrade": upgrade,
}


# -- packages ------------------------------------------------------------------------------------


def _decode_package(call: Call, stream: str, md5: str | None) -> bytes:
    try:
        package = base64.b64decode(stream, validate=True)
    except (binascii.Error, ValueError):
        call.fail("BUILD_DATA_ERROR", "build_package_stream is not base64")
    if not zipfile.is_zipfile(io.BytesIO(package)):
        call.fail("BUILD_DATA_ERROR", "build_package_stream is not a zip file")
    if md5:
        actual = hashlib.md5(package).hexdigest()  # noqa: S324 - Alipay's checksum field
        if actual != md5.strip().lower():
            call.fail(
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
