"""The emulator's inspection and control API: what it saw, what the platform holds now,
and the lifecycle's knobs (reviewer, gray requirement, de-duplication, templates, betas).

A mixin of :class:`.emulator.Emulator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import RejectedRequest, RequestLog, RequestRecord
from .state import MiniAppState, Platform, VersionState, check_review_mode

if TYPE_CHECKING:
    from .gateway import Gateway

__all__ = ["Inspection"]


class Inspection:
    """Inspection and lifecycle control, over ``log``, ``platform`` and ``gateway``."""

    app_id: str
    log: RequestLog
    platform: Platform
    gateway: Gateway

    # -- what it saw, what it holds ---------------------------------------------------------
    def accepted(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RequestRecord]:
        """Requests that passed verification, in arrival order (optionally filtered)."""
        return [
            record
            for record in self.log.accepted()
            if (app_id is None or record.app_id == app_id)
            and (operation is None or record.operation == operation)
            and (request_id is None or record.request_id == request_id)
        ]

    def applied(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RequestRecord]:
        """Accepted requests whose operation ran successfully (not replays, not faults)."""
        accepted = self.accepted(app_id=app_id, operation=operation, request_id=request_id)
        return [record for record in accepted if record.applied]

    def rejected(
        self,
        *,
        app_id: str | None = None,
        operation: str | None = None,
        request_id: str | None = None,
    ) -> list[RejectedRequest]:
        """Requests refused during verification, in arrival order (optionally filtered;
        ``app_id`` is the one the request claimed)."""
        return [
            record
            for record in self.log.rejected()
            if (app_id is None or record.app_id == app_id)
            and (operation is None or record.operation == operation)
            and (request_id is None or record.request_id == request_id)
        ]

    def wait_idle(self, timeout: float = 10.0, *, settle: float = 0.05) -> bool:
        """Wait until no request has been handled for ``settle`` seconds (False on timeout).

        A client that timed out has moved on while its request is still processed here
        (a ``slow`` fault, ``latency``): wait for this before asserting on the log.
        """
        return self.log.wait_idle(timeout, settle=settle)

    def mini_apps(self, *, app_id: str | None = None) -> dict[str, MiniAppState]:
        """Snapshots of every mini program of an app (default: the first app)."""
        return self.platform.mini_apps(app_id or self.app_id)

    def mini_app(self, mini_app_id: str, *, app_id: str | None = None) -> MiniAppState:
        """A snapshot of one mini program; ``KeyError`` when the platform has none such."""
        minis = self.mini_apps(app_id=app_id)
        if mini_app_id not in minis:
            raise KeyError(f"mini program {mini_app_id} is unknown to app {app_id or self.app_id}")
        return minis[mini_app_id]

    def version(
        self,
        mini_app_id: str,
        app_version: str,
        *,
        bundle_id: str | None = None,
        app_id: str | None = None,
    ) -> VersionState:
        """One version's snapshot (default bundle: the primary one); ``KeyError`` if none."""
        mini = self.mini_app(mini_app_id, app_id=app_id)
        versions = mini.bundles[bundle_id].versions if bundle_id else mini.versions
        if app_version not in versions:
            raise KeyError(f"version {app_version} of {mini_app_id} is unknown")
        return versions[app_version]

    # -- the reviewer -----------------------------------------------------------------------
    @property
    def review(self) -> str:
        """What the reviewer does with submitted versions: ``approve``, ``reject``, ``pending``."""
        return self.platform.review

    @review.setter
    def review(self, mode: str) -> None:
        self.platform.review = check_review_mode(mode)

    @property
    def reject_reason(self) -> str:
        """The ``reject_reason`` of rejections (the ``reject`` mode's)."""
        return self.platform.reject_reason

    @reject_reason.setter
    def reject_reason(self, reason: str) -> None:
        self.platform.reject_reason = reason

    def script_review(self, decision: str, reason: str | None = None) -> None:
        """The decision for the next submitted version (queued; then back to ``review``).

        ``approve``, ``reject`` (with ``reason``, default :attr:`reject_reason`) or
        ``pending``.
        """
        self.platform.script_review(decision, reason)

    def script_build_failure(self, reason: str = "scripted build failure") -> None:
        """The build of the next uploaded package fails with ``reason`` (queued), for a
        package the SDK's local checks pass but Alipay's build refuses: what a test of a
        failed build needs, since the SDK refuses an unbuildable package before sending."""
        self.platform.script_build_failure(reason)

    def pending_reviews(self, *, app_id: str | None = None) -> list[tuple[str, str, str]]:
        """``(mini_app_id, bundle_id, app_version)`` of the reviews awaiting a decision."""
        return self.platform.pending_reviews(app_id or self.app_id)

    def decide_review(
        self,
        mini_app_id: str,
        app_version: str,
        decision: str = "approve",
        *,
        reason: str | None = None,
        bundle_id: str | None = None,
        app_id: str | None = None,
    ) -> None:
        """Decide a version in review now: ``approve`` (``WAIT_RELEASE``) or ``reject``
        (``AUDIT_REJECT`` with ``reason``); ``ValueError`` if it is not ``AUDITING``."""
        self.platform.decide_review(
            app_id or self.app_id,
            mini_app_id,
            app_version,
            decision,
            reason=reason,
            bundle_id=bundle_id,
        )

    # -- other options ----------------------------------------------------------------------
    @property
    def require_gray(self) -> bool:
        """``online/publish`` needs a gray stage first (else ``CAN_NOT_ONLINE_WITHOUT_GRAY``)."""
        return self.platform.require_gray

    @require_gray.setter
    def require_gray(self, value: bool) -> None:
        self.platform.require_gray = bool(value)

    @property
    def accept_unknown_fields(self) -> bool:
        """Let a top-level body field or query parameter the spec does not know through
        (default False: ``invalid-parameter`` naming it). On, the applied request's
        ``body``/``query`` (:meth:`applied`) shows the field arrived."""
        return self.platform.accept_unknown_fields

    @accept_unknown_fields.setter
    def accept_unknown_fields(self, value: bool) -> None:
        self.platform.accept_unknown_fields = bool(value)

    @property
    def dedupe(self) -> bool:
        """De-duplicate requests by ``alipay-request-id`` (on by default)."""
        return self.gateway.dedupe

    @dedupe.setter
    def dedupe(self, value: bool) -> None:
        self.gateway.dedupe = bool(value)

    def add_template(self, template_id: str, *versions: str) -> None:
        """Declare a template (and its versions) on or off the shelf.

        Until the first one is declared (or ``templates=`` is given) any template exists;
        from then on ``templated/upload`` of another template, or another version, is
        ``TEMPLATE_NOT_ONLINE_OR_OFFLINE``.
        """
        self.platform.add_template(template_id, versions)

    def invite_beta(
        self,
        plugin_id: str,
        plugin_version: str,
        mini_app_id: str,
        *,
        bundle_id: str = "com.alipay.alipaywallet",
        app_name: str | None = None,
    ) -> None:
        """Invite a mini program to beta-test a plugin version (``WAITCHECK``), as a
        ``gray/publish`` with ``beta_app_id_list`` does."""
        self.platform.invite_beta(
            plugin_id, plugin_version, mini_app_id, bundle_id=bundle_id, app_name=app_name
        )

    def beta_relations(self) -> list[dict[str, str | None]]:
        """Every plugin beta invitation and its ``beta_status``."""
        return self.platform.beta_relations()
