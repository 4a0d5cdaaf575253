"""The platform's records: versions, bundles, mini programs, plugin betas; and ``Call``.

Mutable records (``_Version`` ...) live behind the platform's lock; tests see frozen
snapshots (:class:`VersionState`, :class:`BundleState`, :class:`MiniAppState`). A
:class:`Call` is one operation being run: its fields, the calling app, helpers that read
fields the way Alipay's error codes imply, and :meth:`Call.fail`, which refuses only with
a code the operation documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, NoReturn, Protocol

from alipay_innerversion_api.api import BUILD_STATUSES, BuildState, VersionStatus

from .spec import OPERATIONS

__all__ = [
    "BUILD_FAILED",
    "BUILD_QUEUED",
    "BUILD_RUNNING",
    "BUILD_SUCCEEDED",
    "DEFAULT_BUNDLE",
    "STATUSES",
    "BundleState",
    "BusinessError",
    "Call",
    "MiniAppState",
    "Platform",
    "VersionState",
]


def _build_code(state: BuildState) -> str:
    return next(code for code, fact in BUILD_STATUSES.items() if fact.state is state)


# The spec's build_status codes and version statuses (x-build-statuses, x-version-statuses).
BUILD_QUEUED, BUILD_RUNNING = _build_code(BuildState.QUEUED), _build_code(BuildState.BUILDING)
BUILD_SUCCEEDED, BUILD_FAILED = _build_code(BuildState.SUCCEEDED), _build_code(BuildState.FAILED)
INIT, AUDITING, AUDIT_REJECT = (
    VersionStatus.INIT,
    VersionStatus.AUDITING,
    VersionStatus.AUDIT_REJECT,
)
WAIT_RELEASE, GRAY = VersionStatus.WAIT_RELEASE, VersionStatus.GRAY
RELEASE, OFFLINE = VersionStatus.RELEASE, VersionStatus.OFFLINE
STATUSES = tuple(VersionStatus)
"""Version statuses, as the spec lists them (``version_status``, ``info/query``'s ``status``)."""
DEFAULT_BUNDLE = "com.alipay.alipaywallet"
MAX_VERSION_LENGTH = 32
_CHINA = timezone(timedelta(hours=8))


class BusinessError(Exception):
    """A documented per-operation (or common) error: HTTP ``status``, ``code``, ``message``."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


def timestamp(seconds: float | None) -> str | None:
    """Alipay's ``yyyy-MM-dd HH:mm:ss``, China time (UTC+8)."""
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, _CHINA).strftime("%Y-%m-%d %H:%M:%S")


def version_key(version: str) -> tuple[int, ...] | None:
    """``x.y.z`` (any number of numeric parts) as a tuple to compare, else None."""
    parts = version.split(".")
    if not all(part.isascii() and part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


# -- records (mutable, behind the platform's lock) ----------------------------------------------


@dataclass
class _Version:
    build_version: str
    package_id: str
    source: str  # "stream", "url" (upload), "template", "nobuild"
    outcome: str  # BUILD_SUCCEEDED or BUILD_FAILED, decided when the package arrives
    failure: str | None
    bundle_id: str = DEFAULT_BUNDLE
    created: float = 0.0
    polls: int = 0
    instant: bool = False  # templated and nobuild versions have no build to poll
    status: str | None = None  # lifecycle status; None until the build succeeded
    modified: float = 0.0
    description: str | None = None
    screen_shots: tuple[str, ...] = ()
    reject_reason: str | None = None
    review: str | None = None  # decision waiting to be seen: "approve", "reject"; None: pending
    review_reason: str | None = None
    review_reads: int = 0
    process_task_id: str | None = None
    gray_strategy: str | None = None
    gray_start_time: float | None = None
    had_gray: bool = False
    shelf_time: float | None = None
    offline_time: float | None = None
    rollback_time: float | None = None
    template_id: str | None = None
    template_version: str | None = None
    ext_json: str | None = None
    plugin_refs: tuple[Mapping[str, Any], ...] = ()
    package_url: str | None = None
    source_url: str | None = None
    packages: list[str] = field(default_factory=list)  # package/create types, in order

    def build_status(self, polls_per_step: int) -> str:
        if self.instant:
            return self.outcome
        step = self.polls // polls_per_step
        if step <= 0:
            return BUILD_QUEUED
        if step == 1:
            return BUILD_RUNNING
        return self.outcome

    def build_info(self, polls_per_step: int) -> str:
        status = self.build_status(polls_per_step)
        if status == BUILD_QUEUED:
            return "build task queued"
        if status == BUILD_RUNNING:
            return "building"
        if status == BUILD_SUCCEEDED:
            return "build succeeded"
        return f"build failed: {self.failure}"


@dataclass
class _Bundle:
    bundle_id: str
    versions: dict[str, _Version] = field(default_factory=dict)
    releases: list[str] = field(default_factory=list)  # versions released, oldest first
    sync_count: int = 0
    last_sync: dict[str, str] | None = None
    syncs: dict[str, str] = field(default_factory=dict)  # version -> its last sync id

    def released(self) -> _Version | None:
        return next((v for v in self.versions.values() if v.status == RELEASE), None)


@dataclass
class _MiniApp:
    mini_app_id: str
    bundles: dict[str, _Bundle] = field(default_factory=dict)
    template_id: str | None = None
    template_version: str | None = None
    upgrade_count: int = 0
    info: dict[str, str] = field(default_factory=dict)  # basic info from audit/submit

    def bundle(self, bundle_id: str) -> _Bundle:
        if bundle_id not in self.bundles:
            self.bundles[bundle_id] = _Bundle(bundle_id)
        return self.bundles[bundle_id]

    def primary(self) -> _Bundle | None:
        """The default bundle when it exists, else the first one created."""
        if DEFAULT_BUNDLE in self.bundles:
            return self.bundles[DEFAULT_BUNDLE]
        return next(iter(self.bundles.values()), None)


@dataclass
class _Beta:
    plugin_id: str
    plugin_version: str
    mini_app_id: str
    bundle_id: str
    app_name: str | None
    beta_status: str = "WAITCHECK"  # CHECKED, REJECT
    memo: str | None = None


# -- snapshots ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionState:
    """One version of a mini program in one bundle, as the platform sees it now.

    ``build_status``/``build_info``/``polls`` describe the build (``source``: ``stream`` or
    ``url`` for upload, ``template``, ``nobuild``); ``status`` is the lifecycle status
    (one of :data:`STATUSES`; None while an upload's build has not succeeded). Times are
    ``yyyy-MM-dd HH:mm:ss`` (UTC+8), None until they happen.
    """

    build_version: str
    package_id: str
    build_status: str
    build_info: str
    polls: int
    source: str
    bundle_id: str = DEFAULT_BUNDLE
    status: str | None = None
    review_pending: bool = False
    reject_reason: str | None = None
    gray_strategy: str | None = None
    create_time: str | None = None
    gray_start_time: str | None = None
    shelf_time: str | None = None
    offline_time: str | None = None
    rollback_time: str | None = None
    template_id: str | None = None
    template_version: str | None = None
    packages: tuple[str, ...] = ()


@dataclass(frozen=True)
class BundleState:
    """One mini program in one bundle: its versions and what is released and pushed."""

    bundle_id: str
    versions: Mapping[str, VersionState]
    online_version: str | None  # the RELEASE version
    offline_versions: tuple[str, ...]  # the OFFLINE versions
    releases: tuple[str, ...]  # release history, oldest first (what rollback walks back)
    sync_count: int
    last_sync: Mapping[str, str] | None


@dataclass(frozen=True)
class MiniAppState:
    """A snapshot of one mini program of one app.

    ``bundles`` holds every bundle; the top-level ``versions``, ``online_version``,
    ``offline_versions``, ``sync_count`` and ``last_sync`` are those of the primary bundle
    (``com.alipay.alipaywallet`` when it exists, else the first one used).
    """

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
    bundles: Mapping[str, BundleState] = field(default_factory=dict)


# -- one operation being run -------------------------------------------------------------------


class Platform(Protocol):
    """What an operation sees of the platform (:class:`.state.Platform` implements it).

    A protocol, so that this module and the operations stay below the platform that
    dispatches to them: ``model`` <- ``operations`` <- ``state``, with no import back.
    """

    polls_per_step: int
    require_gray: bool
    templates: dict[str, set[str]] | None
    betas: list[_Beta]

    def store(self, app_id: str) -> dict[str, _MiniApp]: ...

    def new_id(self) -> str: ...

    def register_package(self, app_id: str, package_id: str, key: tuple[str, str, str]) -> None: ...

    def package(self, app_id: str, package_id: str) -> tuple[str, str, str] | None: ...

    def next_review(self) -> tuple[str, str | None]: ...

    def next_build_failure(self) -> str | None: ...

    def invite_beta(
        self,
        plugin_id: str,
        plugin_version: str,
        mini_app_id: str,
        *,
        bundle_id: str = ...,
        app_name: str | None = None,
    ) -> None: ...


@dataclass
class Call:
    """An operation applied to the platform (the platform's lock is held)."""

    platform: Platform
    operation: str
    app_id: str
    data: Mapping[str, Any]
    now: float

    def fail(self, code: str, message: str) -> NoReturn:
        if not OPERATIONS[self.operation].allows(code):  # a bug here, never the client's
            raise RuntimeError(f"{code} is not an error code of {self.operation}")
        raise BusinessError(code, message)

    def text(self, name: str) -> str:
        value = self.data.get(name)
        return value.strip() if isinstance(value, str) else ""

    def required(self, name: str, code: str) -> str:
        value = self.text(name)
        if not value:
            self.fail(code, f"{name} is blank")
        return value

    def version_name(self, code_blank: str, *, name: str = "app_version") -> str:
        version = self.required(name, code_blank)
        if len(version) > MAX_VERSION_LENGTH and OPERATIONS[self.operation].allows(
            "VERSION_EXCEEDED_LENGTH"
        ):
            self.fail(
                "VERSION_EXCEEDED_LENGTH",
                f"{name} is longer than {MAX_VERSION_LENGTH} characters",
            )
        return version

    @property
    def mini_app_id(self) -> str:
        """The mini program: ``mini_app_id``, or the calling app itself when none is given."""
        return self.text("mini_app_id") or self.app_id

    def bundle_id(self, code_blank: str | None = None) -> str:
        """``bundle_id``; blank is ``code_blank`` when given, else the default bundle."""
        if code_blank is not None:
            return self.required("bundle_id", code_blank)
        return self.text("bundle_id") or DEFAULT_BUNDLE

    def mini(self) -> _MiniApp | None:
        return self.platform.store(self.app_id).get(self.mini_app_id)

    def create_mini(self) -> _MiniApp:
        minis = self.platform.store(self.app_id)
        mini_id = self.mini_app_id
        if mini_id not in minis:
            minis[mini_id] = _MiniApp(mini_id)
        return minis[mini_id]

    def version(
        self, bundle_id: str, name: str, *, missing_app: str, missing_version: str
    ) -> tuple[_Bundle, _Version]:
        """The lifecycle version ``name``: unknown mini program and unknown version codes."""
        mini = self.mini()
        if mini is None:
            self.fail(missing_app, f"mini program {self.mini_app_id} does not exist")
        bundle = mini.bundles.get(bundle_id)
        found = bundle.versions.get(name) if bundle else None
        if bundle is None or found is None or found.status is None:
            self.fail(
                missing_version,
                f"version {name} of mini program {self.mini_app_id} in {bundle_id} does not "
                "exist (an upload becomes a version once its build succeeded)",
            )
        return bundle, found

    def touch(self, version: _Version, status: str) -> None:
        version.status = status
        version.modified = self.now
