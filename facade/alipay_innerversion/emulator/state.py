"""The mini-program platform behind the gateway: versions, builds, reviews, releases.

In memory, per app id, mini program and bundle, guarded by one lock (the server thread
writes, tests read from theirs). Each operation (:mod:`.operations`) validates like the
real platform and raises :class:`BusinessError` with a code from the operation's
documented error list (:mod:`.spec`). The release lifecycle is described in the package
docstring (:mod:`alipay_innerversion.emulator`).

Layers, with no import back up: :mod:`.model` (records, snapshots, ``Call`` and the
``Platform`` protocol it needs), :mod:`.operations` (every handler, over the operation
table the generated package holds), then this module's :class:`Platform`, which holds the
state and dispatches to the handlers.

Builds are driven by polls, not by a clock, so tests are deterministic: every
``uploadstatus/query`` of a build moves it one poll forward, and every
``polls_per_step`` polls it advances a step: ``0`` queued, ``1`` building, then ``2``
succeeded (or ``3`` failed: the package is not a valid mini program). A package given by
URL cannot be fetched by the emulator and builds successfully. Reviews advance the same
way, by reads (see :mod:`.operations.lifecycle`).
"""

from __future__ import annotations

import functools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from alipay_innerversion_api.api import OPERATIONS as GENERATED
from alipay_innerversion_api.api import Parameter

from ..arguments import check_wire
from ..errors import InvalidRequestError
from .model import (
    AUDITING,
    BUILD_FAILED,
    BUILD_QUEUED,
    BUILD_RUNNING,
    BUILD_SUCCEEDED,
    DEFAULT_BUNDLE,
    OFFLINE,
    STATUSES,
    BundleState,
    BusinessError,
    Call,
    MiniAppState,
    VersionState,
    _Beta,
    _Bundle,
    _MiniApp,
    _Version,
    timestamp,
)
from .operations import HANDLERS
from .operations.lifecycle import apply_review
from .spec import OPERATIONS

__all__ = [
    "BUILD_FAILED",
    "BUILD_QUEUED",
    "BUILD_RUNNING",
    "BUILD_SUCCEEDED",
    "REVIEW_MODES",
    "STATUSES",
    "BundleState",
    "BusinessError",
    "MiniAppState",
    "Platform",
    "VersionState",
]

REVIEW_MODES = ("approve", "reject", "pending")
DEFAULT_REJECT_REASON = "rejected by the emulator's reviewer"
_FIRST_PACKAGE_ID = 20240001


def check_review_mode(mode: str) -> str:
    if mode not in REVIEW_MODES:
        raise ValueError(f"review must be one of {', '.join(REVIEW_MODES)}, not {mode!r}")
    return mode


class Platform:
    """Business state and rules of every operation. Thread-safe: :meth:`handle` and the
    inspection methods hold the lock; the operations run with it held.

    Options (attributes, changeable at run time): ``review`` (``approve``, ``reject`` or
    ``pending``: what the reviewer does with a submitted version), ``reject_reason``,
    ``require_gray`` (``online/publish`` needs a gray stage first), ``templates`` (None:
    any template exists; else template id -> its versions on or off the shelf),
    ``accept_unknown_fields`` (let a top-level body field or query parameter the spec does
    not know through instead of answering ``invalid-parameter``).
    """

    def __init__(
        self,
        *,
        polls_per_step: int = 1,
        review: str = "approve",
        reject_reason: str = DEFAULT_REJECT_REASON,
        require_gray: bool = False,
        templates: Mapping[str, Iterable[str]] | None = None,
        accept_unknown_fields: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if polls_per_step < 1:
            raise ValueError("polls_per_step must be 1 or more")
        self.polls_per_step = polls_per_step
        self.review = check_review_mode(review)
        self.reject_reason = reject_reason
        self.require_gray = require_gray
        self.accept_unknown_fields = accept_unknown_fields
        self._templates = (
            None if templates is None else {tid: frozenset(vs) for tid, vs in templates.items()}
        )
        self.templates: dict[str, set[str]] | None = None
        self._restore_templates()
        self._defaults = (
            self.review,
            self.reject_reason,
            self.require_gray,
            self.accept_unknown_fields,
        )
        self._clock = clock
        self._lock = threading.RLock()
        self._apps: dict[str, dict[str, _MiniApp]] = {}
        self._packages: dict[tuple[str, str], tuple[str, str, str]] = {}
        self._next_id = _FIRST_PACKAGE_ID
        self.betas: list[_Beta] = []
        self.review_script: deque[tuple[str, str | None]] = deque()
        self.scripted_errors: dict[str, deque[tuple[str, str]]] = {}
        self.build_failures: deque[str] = deque()

    def reset(self) -> None:
        """Forget all state and scripted reviews; options and templates go back to their
        initial values."""
        with self._lock:
            self._apps.clear()
            self._packages.clear()
            self._next_id = _FIRST_PACKAGE_ID
            self.betas.clear()
            self.review_script.clear()
            self.scripted_errors.clear()
            self.build_failures.clear()
            (
                self.review,
                self.reject_reason,
                self.require_gray,
                self.accept_unknown_fields,
            ) = self._defaults
            self._restore_templates()

    def _restore_templates(self) -> None:
        given = self._templates
        self.templates = None if given is None else {tid: set(vs) for tid, vs in given.items()}

    # -- used by the operations (lock held) ----------------------------------------------------
    def store(self, app_id: str) -> dict[str, _MiniApp]:
        return self._apps.setdefault(app_id, {})

    def new_id(self) -> str:
        value = str(self._next_id)
        self._next_id += 1
        return value

    def register_package(self, app_id: str, package_id: str, key: tuple[str, str, str]) -> None:
        self._packages[(app_id, package_id)] = key  # (mini, bundle, version)

    def package(self, app_id: str, package_id: str) -> tuple[str, str, str] | None:
        return self._packages.get((app_id, package_id))

    def next_review(self) -> tuple[str, str | None]:
        """The reviewer's decision for the next submitted version: scripted, else the option."""
        if self.review_script:
            return self.review_script.popleft()
        return self.review, self.reject_reason if self.review == "reject" else None

    # -- dispatch ------------------------------------------------------------------------------
    def handle(
        self,
        operation: str,
        app_id: str,
        data: Mapping[str, Any],
        *,
        query: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Run one operation; ``data`` is the JSON body (or, for GET/DELETE, the query);
        ``query`` the query string of a POST (the spec knows no parameter there)."""
        if not self.accept_unknown_fields:
            _refuse_unknown(operation, data, query or {})
        _check_request(operation, data)
        with self._lock:
            call = Call(self, operation, app_id, data, self._clock())
            scripted = self.scripted_errors.get(operation)
            if scripted:
                call.fail(*scripted.popleft())
            return HANDLERS[operation](call)

    # -- inspection and control ----------------------------------------------------------------
    def mini_apps(self, app_id: str) -> dict[str, MiniAppState]:
        with self._lock:
            return {
                mini_id: self._snapshot(app_id, mini)
                for mini_id, mini in self._apps.get(app_id, {}).items()
            }

    def script_error(self, operation: str, code: str, message: str = "scripted") -> None:
        """The next valid request of ``operation`` (``sync``, or one Alipay added) is
        refused with ``code``, which must be one of the operation's (or a common) codes:
        what a test needs to see an error code reach a client, for any operation."""
        if operation not in OPERATIONS or not OPERATIONS[operation].allows(code):
            raise ValueError(f"{code} is not an error code of {operation}")
        with self._lock:
            self.scripted_errors.setdefault(operation, deque()).append((code, message))

    def script_build_failure(self, reason: str) -> None:
        """The next uploaded package's build fails with ``reason`` (queued)."""
        with self._lock:
            self.build_failures.append(reason)

    def next_build_failure(self) -> str | None:
        """The reason the build of the package arriving now fails, if one was scripted."""
        with self._lock:
            return self.build_failures.popleft() if self.build_failures else None

    def script_review(self, decision: str, reason: str | None = None) -> None:
        if check_review_mode(decision) == "reject" and reason is None:
            reason = self.reject_reason
        with self._lock:
            self.review_script.append((decision, reason))

    def pending_reviews(self, app_id: str) -> list[tuple[str, str, str]]:
        """(mini program, bundle, version) of every version whose review awaits a decision."""
        with self._lock:
            return [
                (mini.mini_app_id, bundle.bundle_id, name)
                for mini in self._apps.get(app_id, {}).values()
                for bundle in mini.bundles.values()
                for name, v in bundle.versions.items()
                if v.status == AUDITING and v.review is None
            ]

    def decide_review(
        self,
        app_id: str,
        mini_app_id: str,
        app_version: str,
        decision: str,
        *,
        reason: str | None = None,
        bundle_id: str | None = None,
    ) -> None:
        """Approve (``WAIT_RELEASE``) or reject (``AUDIT_REJECT``) a version in review, now."""
        if decision not in ("approve", "reject"):
            raise ValueError(f"decision must be 'approve' or 'reject', not {decision!r}")
        with self._lock:
            mini = self._apps.get(app_id, {}).get(mini_app_id)
            bundle = mini.bundles.get(bundle_id or DEFAULT_BUNDLE) if mini else None
            if mini is not None and bundle_id is None and bundle is None:
                bundle = next((b for b in mini.bundles.values() if app_version in b.versions), None)
            version = bundle.versions.get(app_version) if bundle else None
            if version is None or version.status != AUDITING:
                state = version.status if version else "unknown"
                raise ValueError(
                    f"version {app_version} of {mini_app_id} is not in review (status: {state})"
                )
            apply_review(version, decision, reason or self.reject_reason, self._clock())

    def add_template(self, template_id: str, versions: Iterable[str]) -> None:
        with self._lock:
            if self.templates is None:
                self.templates = {}
            self.templates.setdefault(template_id, set()).update(versions)

    def invite_beta(
        self,
        plugin_id: str,
        plugin_version: str,
        mini_app_id: str,
        *,
        bundle_id: str = DEFAULT_BUNDLE,
        app_name: str | None = None,
    ) -> None:
        with self._lock:
            self.betas.append(_Beta(plugin_id, plugin_version, mini_app_id, bundle_id, app_name))

    def beta_relations(self) -> list[dict[str, str | None]]:
        with self._lock:
            return [dict(vars(beta)) for beta in self.betas]

    # -- snapshots -----------------------------------------------------------------------------
    def _snapshot(self, app_id: str, mini: _MiniApp) -> MiniAppState:
        bundles = {bid: self._bundle_snapshot(b) for bid, b in mini.bundles.items()}
        primary = mini.primary()
        main = bundles[primary.bundle_id] if primary is not None else None
        return MiniAppState(
            app_id=app_id,
            mini_app_id=mini.mini_app_id,
            versions=main.versions if main else MappingProxyType({}),
            online_version=main.online_version if main else None,
            offline_versions=main.offline_versions if main else (),
            template_id=mini.template_id,
            template_version=mini.template_version,
            upgrade_count=mini.upgrade_count,
            sync_count=main.sync_count if main else 0,
            last_sync=main.last_sync if main else None,
            bundles=MappingProxyType(bundles),
        )

    def _bundle_snapshot(self, bundle: _Bundle) -> BundleState:
        versions = {name: self._version_snapshot(v) for name, v in bundle.versions.items()}
        released = bundle.released()
        return BundleState(
            bundle_id=bundle.bundle_id,
            versions=MappingProxyType(versions),
            online_version=released.build_version if released else None,
            offline_versions=tuple(n for n, v in bundle.versions.items() if v.status == OFFLINE),
            releases=tuple(bundle.releases),
            sync_count=bundle.sync_count,
            last_sync=MappingProxyType(dict(bundle.last_sync)) if bundle.last_sync else None,
        )

    def _version_snapshot(self, v: _Version) -> VersionState:
        n = self.polls_per_step
        return VersionState(
            build_version=v.build_version,
            package_id=v.package_id,
            build_status=v.build_status(n),
            build_info=v.build_info(n),
            polls=v.polls,
            source=v.source,
            bundle_id=v.bundle_id,
            status=v.status,
            review_pending=v.status == AUDITING and v.review is None,
            reject_reason=v.reject_reason,
            gray_strategy=v.gray_strategy,
            create_time=timestamp(v.created) if v.status is not None else None,
            gray_start_time=timestamp(v.gray_start_time),
            shelf_time=timestamp(v.shelf_time),
            offline_time=timestamp(v.offline_time),
            rollback_time=timestamp(v.rollback_time),
            template_id=v.template_id,
            template_version=v.template_version,
            packages=tuple(v.packages),
        )


def _from_query(parameter: Parameter, value: object) -> object:
    """A query parameter arrives as text: read it as the kind the spec gives it."""
    if not isinstance(value, str):
        return value
    if parameter.kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if parameter.kind == "integer" and value.lstrip("-").isdigit():
        return int(value)
    if parameter.kind == "array":
        return value.split(",") if value else []
    return value


@functools.cache
def _known_names(operation: str) -> tuple[frozenset[str], frozenset[str]]:
    """The wire names of an operation's query parameters, and of its body fields."""
    parameters = GENERATED[operation.replace(".", "_")].parameters
    return (
        frozenset(p.name for p in parameters if p.location == "query"),
        frozenset(p.name for p in parameters if p.location != "query"),
    )


def _refuse_unknown(operation: str, data: Mapping[str, Any], query: Mapping[str, str]) -> None:
    """A top-level body field or query parameter the spec does not know is refused
    (``invalid-parameter``, naming it) unless the emulator accepts unknown fields.

    Alipay's docs do not say what its gateway does with a field it does not know; the
    emulator is strict so that a typo, or an ``extra_body``/``extra_query`` field, fails a
    test instead of vanishing, and a test that turns ``accept_unknown_fields`` on proves
    the field reached the wire (the applied request's ``body``/``query`` holds it).
    """
    in_query, in_body = _known_names(operation)
    if OPERATIONS[operation].in_query:  # GET, DELETE: ``data`` is the query
        data, query = {}, {**query, **data}
    unknown = [("field", name) for name in data if name not in in_body]
    unknown += [("query parameter", name) for name in query if name not in in_query]
    if unknown:
        kind, name = unknown[0]
        raise BusinessError(
            "invalid-parameter",
            f"{name:.80} is not a {kind} of {operation}; the emulator refuses fields its spec "
            "does not know unless started with accept_unknown_fields "
            "(alipay-mini emulator --accept-unknown-fields)",
        )


def _check_request(operation: str, data: Mapping[str, Any]) -> None:
    """Every field checked against the generated table the SDK checks with
    (:func:`alipay_innerversion.arguments.check_wire`: kinds, listed values, the version
    rule and other patterns, nested objects at any depth and their unknown keys), so that
    tests against the emulator catch what the real platform refuses. Unknown top-level
    fields were refused before (:func:`_refuse_unknown`) or are let through."""
    spec = OPERATIONS[operation]
    table = GENERATED[operation.replace(".", "_")]
    for parameter in table.parameters:
        value = data.get(parameter.name)
        if value is None and parameter.name in data and parameter.location == "body":
            # JSON null is not a value of any field of the spec (none is nullable); the SDK
            # leaves an unset field out, so a null is a client's mistake worth refusing
            raise BusinessError(
                "invalid-parameter",
                f"{parameter.name} is null: leave the field out or give a {parameter.kind}",
            )
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # blank: the handler answers with the operation's *_IS_BLANK code
        if parameter.location == "query":
            value = _from_query(parameter, value)
        try:
            check_wire(table, parameter, value)
        except InvalidRequestError as exc:
            own = parameter.refused_with
            code = own if own is not None and own in spec.codes else "invalid-parameter"
            message = exc.message.removeprefix(f"{table.name}: ")
            raise BusinessError(code, message) from None
