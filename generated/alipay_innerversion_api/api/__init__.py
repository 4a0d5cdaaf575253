"""Every operation of the spec as data and as typed methods; generated, do not edit.

Produced by ``make gen`` from ``openapi.yaml`` with the project's ``templates/``:

- ``OPERATIONS``: one :class:`Operation` per operation (method, path, parameters with
  their wire names, whether each is required, its JSON kind and pattern), keyed by the
  method name (the operation id without the group prefix, dots as underscores);
- one ``...Arguments`` ``TypedDict`` and one ``...Result`` class per operation: the
  response model plus ``trace_id``, ``request_id`` and ``data`` (the verified response
  object as received, unknown fields included);
- ``SyncOperations`` / ``AsyncOperations``: a typed keyword method per operation that
  hands its arguments to ``_call`` (implemented by the ``alipay_innerversion`` clients).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import (
    AlipayOpenMiniInnerversionAuditCancelErrorResponseModel,
    AlipayOpenMiniInnerversionAuditCancelModel,
    AlipayOpenMiniInnerversionAuditCancelResponseModel,
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel,
    AlipayOpenMiniInnerversionAuditSubmitModel,
    AlipayOpenMiniInnerversionAuditSubmitResponseModel,
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel,
    AlipayOpenMiniInnerversionBackdevPublishModel,
    AlipayOpenMiniInnerversionBackdevPublishResponseModel,
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel,
    AlipayOpenMiniInnerversionBetaConfirmModel,
    AlipayOpenMiniInnerversionBetaConfirmModelOperate,
    AlipayOpenMiniInnerversionBetaConfirmResponseModel,
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel,
    AlipayOpenMiniInnerversionBetainfoQueryResponseModel,
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel,
    AlipayOpenMiniInnerversionConditionBatchqueryModel,
    AlipayOpenMiniInnerversionConditionBatchqueryResponseModel,
    AlipayOpenMiniInnerversionContentRollbackErrorResponseModel,
    AlipayOpenMiniInnerversionContentRollbackModel,
    AlipayOpenMiniInnerversionContentRollbackResponseModel,
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel,
    AlipayOpenMiniInnerversionGrayFinishModel,
    AlipayOpenMiniInnerversionGrayFinishResponseModel,
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel,
    AlipayOpenMiniInnerversionGrayPublishModel,
    AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy,
    AlipayOpenMiniInnerversionGrayPublishResponseModel,
    AlipayOpenMiniInnerversionInfoDeleteErrorResponseModel,
    AlipayOpenMiniInnerversionInfoDeleteResponseModel,
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel,
    AlipayOpenMiniInnerversionInfoQueryResponseModel,
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel,
    AlipayOpenMiniInnerversionInstantiationQueryResponseModel,
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel,
    AlipayOpenMiniInnerversionLastQueryResponseModel,
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel,
    AlipayOpenMiniInnerversionModelforofflineQueryResponseModel,
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel,
    AlipayOpenMiniInnerversionNobuildUploadModel,
    AlipayOpenMiniInnerversionNobuildUploadResponseModel,
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel,
    AlipayOpenMiniInnerversionOfflinePublishModel,
    AlipayOpenMiniInnerversionOfflinePublishResponseModel,
    AlipayOpenMiniInnerversionOnlineErrorResponseModel,
    AlipayOpenMiniInnerversionOnlineModel,
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel,
    AlipayOpenMiniInnerversionOnlinePublishModel,
    AlipayOpenMiniInnerversionOnlinePublishModelReleaseType,
    AlipayOpenMiniInnerversionOnlinePublishResponseModel,
    AlipayOpenMiniInnerversionOnlineResponseModel,
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel,
    AlipayOpenMiniInnerversionPackageCreateModel,
    AlipayOpenMiniInnerversionPackageCreateResponseModel,
    AlipayOpenMiniInnerversionSyncErrorResponseModel,
    AlipayOpenMiniInnerversionSyncModel,
    AlipayOpenMiniInnerversionSyncModelSyncType,
    AlipayOpenMiniInnerversionSyncResponseModel,
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel,
    AlipayOpenMiniInnerversionTemplatedUploadModel,
    AlipayOpenMiniInnerversionTemplatedUploadResponseModel,
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel,
    AlipayOpenMiniInnerversionUpgradeModel,
    AlipayOpenMiniInnerversionUpgradeResponseModel,
    AlipayOpenMiniInnerversionUploadErrorResponseModel,
    AlipayOpenMiniInnerversionUploadModel,
    AlipayOpenMiniInnerversionUploadResponseModel,
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel,
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
    AuditLicenseInfo,
    CommonErrorType,
    ErrorLink,
    MiniAppPluginInfo,
    MiniAppPluginReference,
    MiniVersionBaseInfo,
    PluginBetaItemInfo,
    SubPackageInfo,
)
from ..types import UNSET, Unset

__all__ = [
    "BUILD_STATUSES",
    "COMMON_ERROR_CODES",
    "ERROR_CODE_FACTS",
    "FINAL_VERSION_STATUSES",
    "BuildState",
    "BuildStatusFact",
    "CodeFact",
    "VersionStatus",
    "OPERATIONS",
    "AsyncOperations",
    "CallOptions",
    "Operation",
    "PackageFields",
    "Parameter",
    "SyncOperations",
    "AuditCancelResult",
    "AuditCancelArguments",
    "AuditSubmitResult",
    "AuditSubmitArguments",
    "BackdevPublishResult",
    "BackdevPublishArguments",
    "BetaConfirmResult",
    "BetaConfirmArguments",
    "BetainfoQueryResult",
    "BetainfoQueryArguments",
    "ConditionBatchqueryResult",
    "ConditionBatchqueryArguments",
    "ContentRollbackResult",
    "ContentRollbackArguments",
    "GrayFinishResult",
    "GrayFinishArguments",
    "GrayPublishResult",
    "GrayPublishArguments",
    "InfoDeleteResult",
    "InfoDeleteArguments",
    "InfoQueryResult",
    "InfoQueryArguments",
    "InstantiationQueryResult",
    "InstantiationQueryArguments",
    "LastQueryResult",
    "LastQueryArguments",
    "ModelforofflineQueryResult",
    "ModelforofflineQueryArguments",
    "NobuildUploadResult",
    "NobuildUploadArguments",
    "OfflinePublishResult",
    "OfflinePublishArguments",
    "OnlineResult",
    "OnlineArguments",
    "OnlinePublishResult",
    "OnlinePublishArguments",
    "PackageCreateResult",
    "PackageCreateArguments",
    "SyncResult",
    "SyncArguments",
    "TemplatedUploadResult",
    "TemplatedUploadArguments",
    "UpgradeResult",
    "UpgradeArguments",
    "UploadResult",
    "UploadArguments",
    "UploadstatusQueryResult",
    "UploadstatusQueryArguments",
]

GROUP = "alipay_open_mini_innerversion"
"""The python name of the spec's tag: the prefix dropped from operation ids."""

COMMON_ERROR_CODES: frozenset[str] = frozenset(
    (
        "invalid-parameter",
        "upload-fail",
        "invalid-file-extension",
        "invalid-file-size",
        "file-check-fail",
        "app-call-limited",
        "method-call-limited",
        "insufficient-isv-permissions",
        "illegal-client-ip",
        "insufficient-user-permissions",
        "self-invoke-forbidden",
        "app-auth-invoke-limit",
        "app-api-punished",
        "missing-method",
        "missing-platform",
        "invalid-platform",
        "invalid-method",
        "forbidden-api",
        "invalid-format",
        "missing-signature",
        "missing-app-access-token",
        "missing-signature-type",
        "missing-default-signature-type",
        "missing-signature-key",
        "invalid-signature-type",
        "invalid-signature-type-said-interface",
        "invalid-signature",
        "unsupported-expired-app-key-sign",
        "app-key-security-risk, app-cert-expired",
        "app-cert-not-exist",
        "alipay-cert-not-exist",
        "missing-app-cert-sn",
        "missing-alipay-cert-sn",
        "missing-alipay-root-cert-sn",
        "invalid-alipay-root-cert-sn",
        "invalid-request-data",
        "invalid-response-data",
        "missing-encrypt-type",
        "missing-encrypt-key",
        "invalid-encrypt-type",
        "invalid-encrypt",
        "missing-session",
        "missing-app-id",
        "invalid-app-id",
        "missing-timestamp",
        "invalid-timestamp",
        "illegal-timestamp",
        "missing-version",
        "invalid-version",
        "unsupported-version",
        "invalid-encoding",
        "invalid-charset",
        "invalid-digest-type",
        "invalid-digest",
        "invalid-app-state",
        "invalid-subscribe-relations",
        "invalid-auth-token",
        "auth-token-time-out",
        "invalid-app-auth-token",
        "invalid-app-auth-token-no-api",
        "app-auth-token-time-out",
        "not-support-app-auth",
        "access-data-time-out",
        "unsupport-operation",
        "openid-error",
        "unknow-error",
        "invalid-app-method",
        "missing-app-uid",
        "illegal-json",
        "illegal-card-no",
        "invalid-partnerid",
        "no-product-reg-by-partner",
        "decryption-error",
        "decryption-error-missing-encrypt-type",
        "decryption-error-not-valid-encrypt-type",
        "decryption-error-not-valid-encrypt-key",
        "decryption-error-unknown",
        "missing-signature-config",
        "sevice-not-been-subscribed-to",
        "unknown-sub-code",
        "suspected-attack",
        "invalid-auth-relations",
        "invalid-product",
        "method-forbidden-batch-invoke",
        "exist-blank-sub-request-id",
        "exist-repeated-sub-request-id",
        "invalid-app-auth-relations",
        "app-unbind-partner",
        "app-invalid-oid",
        "exceed-api-balance",
        "inner-app-no-access",
        "invalid-inner-invoke-scene",
        "invalid-app-api-field-config",
    )
)
"""The gateway's codes any operation may answer (``CommonErrorType``'s ``x-known-codes``)."""


class VersionStatus(enum.StrEnum):
    """Where a version stands, as Alipay lists the statuses (the spec's ``x-version-statuses``)."""

    INIT = "INIT"
    """In development: built, not submitted for review."""
    AUDITING = "AUDITING"
    """In review."""
    AUDIT_REJECT = "AUDIT_REJECT"
    """Rejected by the review."""
    WAIT_RELEASE = "WAIT_RELEASE"
    """Approved, waiting to be released."""
    GRAY = "GRAY"
    """Released to a share of users."""
    RELEASE = "RELEASE"
    """Released to all users."""
    OFFLINE = "OFFLINE"
    """Taken down."""

    @classmethod
    def parse(cls, value: object) -> VersionStatus | None:
        """The status named by ``value`` (any case), or None for one the spec does not list."""
        try:
            return cls(str(value).strip().upper())
        except ValueError:
            return None


FINAL_VERSION_STATUSES: frozenset[VersionStatus] = frozenset(
    (
        VersionStatus.INIT,
        VersionStatus.AUDIT_REJECT,
        VersionStatus.WAIT_RELEASE,
        VersionStatus.GRAY,
        VersionStatus.RELEASE,
        VersionStatus.OFFLINE,
    )
)
"""Statuses Alipay does not move a version out of by itself: a wait for review ends there."""


class BuildState(enum.StrEnum):
    """Where a package build stands (the spec's ``x-build-statuses``), or ``UNKNOWN``."""

    QUEUED = "queued"
    BUILDING = "building"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    UNKNOWN = "unknown"
    """A ``build_status`` the spec does not list (or none at all)."""


@_attrs_define(frozen=True)
class BuildStatusFact:
    """One ``build_status`` code: its state and whether the build has ended."""

    code: str
    state: BuildState
    final: bool


BUILD_STATUSES: dict[str, BuildStatusFact] = {
    "0": BuildStatusFact("0", BuildState.QUEUED, False),
    "1": BuildStatusFact("1", BuildState.BUILDING, False),
    "2": BuildStatusFact("2", BuildState.SUCCEEDED, True),
    "3": BuildStatusFact("3", BuildState.FAILED, True),
    "5": BuildStatusFact("5", BuildState.TIMED_OUT, True),
}
"""``build_status`` code -> :class:`BuildStatusFact`."""


@_attrs_define(frozen=True)
class CodeFact:
    """What the SDK knows of one error code (the spec's ``x-code-facts``)."""

    exception: str | None = None
    """The name of the ``alipay_innerversion.errors`` class it raises (None: the default)."""
    hint: str | None = None
    """What to do about it, in the SDK's terms."""
    already_done: bool = False
    """A resend of a call that succeeded answers it (the first attempt did the work)."""


ERROR_CODE_FACTS: dict[str, CodeFact] = {
    "APP_INFO_NOT_EXIST": CodeFact(
        exception="NotFoundError",
    ),
    "APP_NOT_EXSIT": CodeFact(
        exception="NotFoundError",
    ),
    "BUILD_VERSION_ALREADY_EXIST": CodeFact(
        hint="That build_version was already uploaded, perhaps by an earlier attempt of this same upload whose answer was lost: check it with upload_status(mini_app_id=..., build_version=...) before anything else; to upload a different package, use a new build_version.",
        already_done=True,
    ),
    "CAN_NOT_SUBMIT_WITH_AUDIT": CodeFact(
        hint="That version is already in review, perhaps submitted by an earlier attempt of this same call whose answer was lost: follow it with wait_for_audit (or info_query).",
        already_done=True,
    ),
    "INVALID_PARAMS": CodeFact(
        hint="Check the parameters; template_version must look like 1.2.3.",
    ),
    "MINICORE_INVOKE_ERROR": CodeFact(
        exception="ServerError",
    ),
    "MINI_APP_AUDITING": CodeFact(
        hint="The mini program has a build or review in progress: wait for it to end, then upgrade.",
    ),
    "MINI_APP_VERSION_NOT_EXISTS": CodeFact(
        exception="NotFoundError",
        hint="Upload and build that version before publishing it.",
    ),
    "MINI_APP_VERSION_STATUS_ILLEGAL": CodeFact(
        hint="Only a successfully built version can go online: wait for the build to succeed.",
    ),
    "PKGCORE_INVOKE_ERROR": CodeFact(
        exception="ServerError",
    ),
    "PLUGIN_NOT_EXIST": CodeFact(
        exception="NotFoundError",
    ),
    "PLUGIN_PACKAGE_NOT_FOUND": CodeFact(
        exception="NotFoundError",
    ),
    "POLLING_BUILD_VERSION_NOT_EXIST": CodeFact(
        exception="NotFoundError",
        hint="No build matches: pass the package_id returned by upload.",
    ),
    "SYNC_WITHOUT_ONLINE_ERROR": CodeFact(
        hint="Only the version that is online can be pushed: call online first, then sync that version.",
    ),
    "SYSTEM_ERROR": CodeFact(
        exception="ServerError",
        hint="Alipay had an internal error: retry later with the same request id.",
    ),
    "TEMPLATE_VERSION_NOT_EXIST": CodeFact(
        exception="NotFoundError",
    ),
    "VERSION_HAS_EXISTED": CodeFact(
        hint="That app_version already exists, perhaps created by an earlier attempt of this same call whose answer was lost: check it with info_query.",
        already_done=True,
    ),
    "app-auth-token-time-out": CodeFact(
        exception="AuthenticationError",
        hint="The app auth token has expired; refresh it with alipay.open.auth.token.app.",
    ),
    "app-call-limited": CodeFact(
        exception="RateLimitError",
        hint="The app is being rate limited: slow down or retry later.",
    ),
    "app-cert-not-exist": CodeFact(
        exception="AuthenticationError",
        hint="The app certificate SN is unknown to Alipay: app_cert must be the certificate currently uploaded for this app.",
    ),
    "decryption-error": CodeFact(
        exception="AuthenticationError",
        hint="Alipay could not decrypt the body: encrypt_key must be the app's current content encryption key from the console.",
    ),
    "illegal-timestamp": CodeFact(
        exception="AuthenticationError",
        hint="The local clock is too far from Alipay's: synchronise it (NTP).",
    ),
    "insufficient-isv-permissions": CodeFact(
        exception="AuthenticationError",
        hint="The merchant did not grant this ISV app the permission for this method.",
    ),
    "invalid-alipay-root-cert-sn": CodeFact(
        exception="AuthenticationError",
        hint="alipay_root_cert does not match Alipay's root certificate: download alipayRootCert.crt again from the console.",
    ),
    "invalid-app-auth-token": CodeFact(
        exception="AuthenticationError",
        hint="The app auth token is not valid for this app; obtain a new one through the merchant's authorisation.",
    ),
    "invalid-app-id": CodeFact(
        exception="AuthenticationError",
        hint="Check app_id: it must be the id of an app that exists in this environment (production and sandbox app ids differ).",
    ),
    "invalid-encrypt": CodeFact(
        exception="AuthenticationError",
        hint="Content encryption mismatch: enable it in the console, or remove encrypt_key, so both sides agree.",
    ),
    "invalid-signature": CodeFact(
        exception="AuthenticationError",
        hint="Alipay could not verify the request signature: private_key must be the private key whose public key (or certificate) is uploaded for this app_id in the Alipay console.",
    ),
    "method-call-limited": CodeFact(
        exception="RateLimitError",
        hint="This method is being rate limited: slow down or retry later.",
    ),
    "missing-signature": CodeFact(
        exception="AuthenticationError",
        hint="The request reached Alipay without a usable Authorization header; a proxy may have stripped it.",
    ),
    "missing-timestamp": CodeFact(
        exception="AuthenticationError",
        hint="The Authorization header had no timestamp.",
    ),
    "unknow-error": CodeFact(
        exception="ServerError",
    ),
}
"""Error code -> :class:`CodeFact`, for the codes the spec says more about."""


@_attrs_define(frozen=True)
class Parameter:
    """One request field (``location="body"``) or query parameter (``location="query"``),
    or a field of a nested object (``fields``), at any depth."""

    name: str
    """The wire name."""
    python_name: str
    """The keyword argument."""
    location: str
    required: bool
    kind: str
    """``string``, ``boolean``, ``integer``, ``number``, ``array`` or ``object``."""
    pattern: str | None = None
    item_model: type[Any] | None = None
    """The model of an ``object``, or of the items of an ``array`` of objects."""
    description: str = ""
    """What the spec says of it (for help texts)."""
    item_keys: tuple[str, ...] = ()
    """The wire names of ``item_model``'s fields."""
    item_kind: str | None = None
    """The kind of an ``array``'s items."""
    enum: tuple[str | int, ...] = ()
    """The values the spec lists (of the value, or of an ``array``'s items); empty: any."""
    enum_class: type[Any] | None = None
    """The generated enum of those values."""
    pattern_hint: str | None = None
    """What the pattern means, in words (the spec's ``x-pattern-hint``)."""
    default: str | None = None
    """What the SDK sends when the caller gives nothing (the spec's ``x-sdk-default``)."""
    refused_with: str | None = None
    """The code an operation that documents it answers a value outside the listed values or
    the pattern with (the spec's ``x-refused-with``)."""
    fields: tuple[Parameter, ...] = ()
    """The fields of ``item_model``, each with its own kind, pattern, enum and fields."""


@_attrs_define(frozen=True)
class PackageFields:
    """The wire fields that carry a package (the spec's ``x-package-fields``)."""

    stream: str
    """The package's bytes, base64."""
    md5: str
    size: str
    url: str
    """Where Alipay downloads the package instead."""


@_attrs_define(frozen=True)
class Operation:
    """One operation of the spec, as the clients need it to build and read a call."""

    name: str
    operation_id: str
    method: str
    path: str
    summary: str
    parameters: tuple[Parameter, ...]
    body_model: type[Any] | None
    result_class: type[Any]
    package_fields: PackageFields | None = None
    """For an operation that uploads a package: which fields carry it."""
    error_codes: frozenset[str] = frozenset()
    """The codes the spec lists for this operation's own errors (``x-known-codes``); any
    operation may also answer one of :data:`COMMON_ERROR_CODES`."""

    @property
    def body_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "body")

    @property
    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")


@_attrs_define(frozen=True)
class CallOptions:
    """Per-call settings given to a method, next to its fields; ``None``: the default."""

    app_auth_token: str | None = _attrs_field(default=None, repr=False)
    request_id: str | None = None
    timeout: float | None = None
    max_retries: int | None = None


@_attrs_define
class AuditCancelResult(AlipayOpenMiniInnerversionAuditCancelResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/audit/cancel``: its fields, plus where it came from."""

    operation: ClassVar[str] = "audit_cancel"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class AuditCancelArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/audit/cancel``, by keyword."""

    app_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    mini_app_id: str | None
    pid: str | None


@_attrs_define
class AuditSubmitResult(AlipayOpenMiniInnerversionAuditSubmitResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/audit/submit``: its fields, plus where it came from."""

    operation: ClassVar[str] = "audit_submit"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class AuditSubmitArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/audit/submit``, by keyword."""

    app_version: Required[str]
    version_desc: Required[str]
    app_category_ids: str | None
    app_desc: str | None
    app_english_name: str | None
    app_logo: str | None
    app_name: str | None
    app_origin: str | None
    app_slogan: str | None
    bundle_id: str | None
    license_info: AuditLicenseInfo | Mapping[str, Any] | None
    memo: str | None
    mini_app_id: str | None
    mini_category_ids: str | None
    open_id: str | None
    out_door_pic: str | None
    pid: str | None
    screen_shot_list: list[str] | None
    service_email: str | None
    service_phone: str | None
    special_license_pic_list: str | None


@_attrs_define
class BackdevPublishResult(AlipayOpenMiniInnerversionBackdevPublishResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/backdev/publish``: its fields, plus where it came from."""

    operation: ClassVar[str] = "backdev_publish"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class BackdevPublishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/backdev/publish``, by keyword."""

    app_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    mini_app_id: str | None
    pid: str | None


@_attrs_define
class BetaConfirmResult(AlipayOpenMiniInnerversionBetaConfirmResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/beta/confirm``: its fields, plus where it came from."""

    operation: ClassVar[str] = "beta_confirm"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class BetaConfirmArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/beta/confirm``, by keyword."""

    app_origin: str | None
    memo: str | None
    mini_app_id: str | None
    operate: (
        AlipayOpenMiniInnerversionBetaConfirmModelOperate
        | Literal["pass", "reject"]
        | None
    )
    pid: str | None
    plugin_id: str | None


@_attrs_define
class BetainfoQueryResult(AlipayOpenMiniInnerversionBetainfoQueryResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/betainfo/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "betainfo_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class BetainfoQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/betainfo/query``, by keyword."""

    plugin_id: Required[str]
    bundle_id: str | None
    plugin_version: Required[str]
    app_origin: str | None


@_attrs_define
class ConditionBatchqueryResult(
    AlipayOpenMiniInnerversionConditionBatchqueryResponseModel
):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/condition/batchquery``: its fields, plus where it came from."""

    operation: ClassVar[str] = "condition_batchquery"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class ConditionBatchqueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/condition/batchquery``, by keyword."""

    app_origin: Required[str]
    bundle_id: Required[str]
    version_status: Required[str]
    mini_app_id: str | None
    page_num: str | None
    page_size: str | None


@_attrs_define
class ContentRollbackResult(AlipayOpenMiniInnerversionContentRollbackResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/content/rollback``: its fields, plus where it came from."""

    operation: ClassVar[str] = "content_rollback"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class ContentRollbackArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/content/rollback``, by keyword."""

    app_origin: Required[str]
    bundle_id: Required[str]
    pid: Required[str]
    app_version: str | None
    mini_app_id: str | None


@_attrs_define
class GrayFinishResult(AlipayOpenMiniInnerversionGrayFinishResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/gray/finish``: its fields, plus where it came from."""

    operation: ClassVar[str] = "gray_finish"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class GrayFinishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/gray/finish``, by keyword."""

    app_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    mini_app_id: str | None
    pid: str | None


@_attrs_define
class GrayPublishResult(AlipayOpenMiniInnerversionGrayPublishResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/gray/publish``: its fields, plus where it came from."""

    operation: ClassVar[str] = "gray_publish"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class GrayPublishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/gray/publish``, by keyword."""

    app_version: Required[str]
    gray_strategy: Required[
        AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"]
    ]
    app_origin: str | None
    beta_app_id_list: list[str] | None
    bundle_id: str | None
    mini_app_id: str | None
    pid: str | None


@_attrs_define
class InfoDeleteResult(AlipayOpenMiniInnerversionInfoDeleteResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/info/delete``: its fields, plus where it came from."""

    operation: ClassVar[str] = "info_delete"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class InfoDeleteArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/info/delete``, by keyword."""

    mini_app_id: str | None
    app_origin: str | None
    bundle_id: Required[str]
    app_version: Required[str]
    pid: Required[str]
    inst_code: str | None


@_attrs_define
class InfoQueryResult(AlipayOpenMiniInnerversionInfoQueryResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/info/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "info_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class InfoQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/info/query``, by keyword."""

    bundle_id: str | None
    mini_app_id: str | None
    app_version: Required[str]
    app_origin: str | None


@_attrs_define
class InstantiationQueryResult(
    AlipayOpenMiniInnerversionInstantiationQueryResponseModel
):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/instantiation/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "instantiation_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class InstantiationQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/instantiation/query``, by keyword."""

    app_origin: str | None
    bundle_id: Required[str]
    mini_app_id: str | None
    app_version: Required[str]


@_attrs_define
class LastQueryResult(AlipayOpenMiniInnerversionLastQueryResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/last/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "last_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class LastQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/last/query``, by keyword."""

    mini_app_id: str | None
    bundle_id: Required[str]
    app_origin: Required[str]
    pid: Required[str]


@_attrs_define
class ModelforofflineQueryResult(
    AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/modelforoffline/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "modelforoffline_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class ModelforofflineQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/modelforoffline/query``, by keyword."""

    mini_app_id: str | None
    app_version: str | None
    bundle_id: str | None
    inst_code: str | None


@_attrs_define
class NobuildUploadResult(AlipayOpenMiniInnerversionNobuildUploadResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/nobuild/upload``: its fields, plus where it came from."""

    operation: ClassVar[str] = "nobuild_upload"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class NobuildUploadArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/nobuild/upload``, by keyword."""

    build_version: Required[str]
    build_extra_info: str | None
    build_js_permission: str | None
    build_main_url: str | None
    build_qcloud_info: str | None
    builded_package_size: str | None
    builded_package_url: str | None
    builded_plugin_size: str | None
    builded_plugin_url: str | None
    bundle_id: str | None
    components: str | None
    inst_code: str | None
    mini_app_id: str | None
    new_builded_package_size: str | None
    new_builded_package_url: str | None
    new_builded_plugin_size: str | None
    new_builded_plugin_url: str | None
    no_sign: bool | None
    plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None
    sub_packages: Sequence[SubPackageInfo | Mapping[str, Any]] | None


@_attrs_define
class OfflinePublishResult(AlipayOpenMiniInnerversionOfflinePublishResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/offline/publish``: its fields, plus where it came from."""

    operation: ClassVar[str] = "offline_publish"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class OfflinePublishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/offline/publish``, by keyword."""

    app_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    mini_app_id: str | None
    pid: str | None


@_attrs_define
class OnlineResult(AlipayOpenMiniInnerversionOnlineResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/online``: its fields, plus where it came from."""

    operation: ClassVar[str] = "online"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class OnlineArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/online``, by keyword."""

    app_online_version: Required[str]
    app_offline_version: str | None
    app_origin: str | None
    bundle_id: str | None
    inst_code: str | None
    mini_app_id: str | None


@_attrs_define
class OnlinePublishResult(AlipayOpenMiniInnerversionOnlinePublishResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/online/publish``: its fields, plus where it came from."""

    operation: ClassVar[str] = "online_publish"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class OnlinePublishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/online/publish``, by keyword."""

    app_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    downgrade: bool | None
    mini_app_id: str | None
    pid: str | None
    release_type: (
        AlipayOpenMiniInnerversionOnlinePublishModelReleaseType
        | Literal["normal", "high"]
        | None
    )


@_attrs_define
class PackageCreateResult(AlipayOpenMiniInnerversionPackageCreateResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/package/create``: its fields, plus where it came from."""

    operation: ClassVar[str] = "package_create"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class PackageCreateArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/package/create``, by keyword."""

    app_origin: Required[str]
    app_version: Required[str]
    bundle_id: Required[str]
    mini_app_id: str | None
    package_type: str | None
    pid: str | None


@_attrs_define
class SyncResult(AlipayOpenMiniInnerversionSyncResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/sync``: its fields, plus where it came from."""

    operation: ClassVar[str] = "sync"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class SyncArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/sync``, by keyword."""

    app_origin: Required[str]
    bundle_id: Required[str]
    sync_type: Required[
        AlipayOpenMiniInnerversionSyncModelSyncType | Literal["global", "recent"]
    ]
    app_version: str | None
    dev_id: str | None
    mini_app_id: str | None


@_attrs_define
class TemplatedUploadResult(AlipayOpenMiniInnerversionTemplatedUploadResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/templated/upload``: its fields, plus where it came from."""

    operation: ClassVar[str] = "templated_upload"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class TemplatedUploadArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/templated/upload``, by keyword."""

    app_version: Required[str]
    template_id: Required[str]
    app_origin: str | None
    bundle_id: str | None
    ext: str | None
    mini_app_id: str | None
    template_version: str | None


@_attrs_define
class UpgradeResult(AlipayOpenMiniInnerversionUpgradeResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/upgrade``: its fields, plus where it came from."""

    operation: ClassVar[str] = "upgrade"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class UpgradeArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/upgrade``, by keyword."""

    template_id: Required[str]
    template_version: Required[str]
    app_origin: str | None
    bundle_id: str | None
    mini_app_id: str | None


@_attrs_define
class UploadResult(AlipayOpenMiniInnerversionUploadResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/upload``: its fields, plus where it came from."""

    operation: ClassVar[str] = "upload"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class UploadArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/upload``, by keyword."""

    build_version: Required[str]
    app_origin: str | None
    build_app_type: str | None
    build_extra_info: str | None
    build_extra_mini_project_config: str | None
    build_js_permission: str | None
    build_main_url: str | None
    build_max_android_client_version: str | None
    build_max_ios_client_version: str | None
    build_min_android_client_version: str | None
    build_min_ios_client_version: str | None
    build_package_md_5: str | None
    build_package_name: str | None
    build_package_stream: str | None
    build_qcloud_info: str | None
    build_signed_pkg_url: str | None
    build_source_pkg_size: str | None
    build_source_pkg_url: str | None
    build_sub_url: str | None
    builded_package_size: str | None
    builded_package_url: str | None
    bundle_id: str | None
    client_type: str | None
    inst_code: str | None
    mini_app_id: str | None
    plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None


@_attrs_define
class UploadstatusQueryResult(AlipayOpenMiniInnerversionUploadstatusQueryResponseModel):
    """The verified answer of ``/v3/alipay/open/mini/innerversion/uploadstatus/query``: its fields, plus where it came from."""

    operation: ClassVar[str] = "uploadstatus_query"

    trace_id: str | None = _attrs_field(default=None, kw_only=True)
    """Alipay's id for the call (``alipay-trace-id``): quote it to Alipay's support."""
    request_id: str = _attrs_field(default="", kw_only=True)
    """The ``alipay-request-id`` sent (reused by every retry of the call)."""
    data: dict[str, Any] = _attrs_field(factory=dict, kw_only=True, repr=False)
    """The verified response object as received, unknown fields included."""


class UploadstatusQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/uploadstatus/query``, by keyword."""

    build_package_id: str | None
    mini_app_id: str | None
    build_version: str | None
    inst_code: str | None
    bundle_id: str | None


OPERATIONS: dict[str, Operation] = {
    "audit_cancel": Operation(
        name="audit_cancel",
        operation_id="alipay.open.mini.innerversion.audit.cancel",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/audit/cancel",
        summary="Withdraw a version from review",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionAuditCancelModel,
        result_class=AuditCancelResult,
        error_codes=frozenset(
            (
                "APPID_IS_BLANK",
                "VERSION_IS_BLANK",
                "APP_INFO_NOT_EXIST",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_NOT_ONLINE",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "TINYAPP_STATUS_INVALID",
                "MULTI_CLIENT_NOT_PACKAGED_STATUS",
                "APPSTORE_RPC_INVOKE_ERROR",
                "NO_PERMISSION",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
            )
        ),
    ),
    "audit_submit": Operation(
        name="audit_submit",
        operation_id="alipay.open.mini.innerversion.audit.submit",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/audit/submit",
        summary="Submit a version for review",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Version to submit, `x.y.z`; an app has at most one version in review, approved or rejected.",
            ),
            Parameter(
                name="version_desc",
                python_name="version_desc",
                location="body",
                required=True,
                kind="string",
                description="What changed in this version, 30 to 500 characters (not the app description).",
            ),
            Parameter(
                name="app_category_ids",
                python_name="app_category_ids",
                location="body",
                required=False,
                kind="string",
                description="App categories, `<level1>_<level2>` pairs separated by `;`. Left out: the app's current categories.",
            ),
            Parameter(
                name="app_desc",
                python_name="app_desc",
                location="body",
                required=False,
                kind="string",
                description="App description, 20 to 200 characters. Left out: the current one.",
            ),
            Parameter(
                name="app_english_name",
                python_name="app_english_name",
                location="body",
                required=False,
                kind="string",
                description="English app name, 3 to 30 characters; not for plugins. Left out: the current one.",
            ),
            Parameter(
                name="app_logo",
                python_name="app_logo",
                location="body",
                required=False,
                kind="string",
                description="Logo URL: png, jpeg or jpg, square (180x180 advised), at most 256 KB. Left out: the current logo.",
            ),
            Parameter(
                name="app_name",
                python_name="app_name",
                location="body",
                required=False,
                kind="string",
                description="App name, 3 to 40 characters (a CJK character counts as two). Left out: the current name.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="app_slogan",
                python_name="app_slogan",
                location="body",
                required=False,
                kind="string",
                description="One-line summary of the app, 10 to 32 characters. Left out: the current one.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="license_info",
                python_name="license_info",
                location="body",
                required=False,
                kind="object",
                description="Business licence details submitted for review.",
                item_model=AuditLicenseInfo,
                item_keys=(
                    "license_name",
                    "license_no",
                    "license_pic_list",
                    "license_valid_date",
                    "out_door_pic",
                ),
                fields=(
                    Parameter(
                        name="license_name",
                        python_name="license_name",
                        location="body",
                        required=False,
                        kind="string",
                        description="Name on the business licence.",
                    ),
                    Parameter(
                        name="license_no",
                        python_name="license_no",
                        location="body",
                        required=False,
                        kind="string",
                        description="Business licence number, for categories that require one.",
                    ),
                    Parameter(
                        name="license_pic_list",
                        python_name="license_pic_list",
                        location="body",
                        required=False,
                        kind="array",
                        item_kind="string",
                        description="URLs of the business licence pictures.",
                    ),
                    Parameter(
                        name="license_valid_date",
                        python_name="license_valid_date",
                        location="body",
                        required=False,
                        kind="string",
                        description="Licence expiry, `yyyy-MM-dd`; `9999-12-31` for no expiry.",
                    ),
                    Parameter(
                        name="out_door_pic",
                        python_name="out_door_pic",
                        location="body",
                        required=False,
                        kind="string",
                        description="Shop-front picture URL, for categories that require one.",
                    ),
                ),
            ),
            Parameter(
                name="memo",
                python_name="memo",
                location="body",
                required=False,
                kind="string",
                description="Note for the reviewers.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="mini_category_ids",
                python_name="mini_category_ids",
                location="body",
                required=False,
                kind="string",
                description="Front-end categories (new scheme), `<l1>_<l2>[_<l3>]` groups separated by `;`.",
            ),
            Parameter(
                name="open_id",
                python_name="open_id",
                location="body",
                required=False,
                kind="string",
                description="Owner's open id (instead of `pid`).",
            ),
            Parameter(
                name="out_door_pic",
                python_name="out_door_pic",
                location="body",
                required=False,
                kind="string",
                description="Shop-front picture URL, for categories that require one.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
            Parameter(
                name="screen_shot_list",
                python_name="screen_shot_list",
                location="body",
                required=False,
                kind="array",
                item_kind="string",
                description="Screenshot URLs, 2 to 5 (jpg or png, at most 4 MB each); not needed for template instances.",
            ),
            Parameter(
                name="service_email",
                python_name="service_email",
                location="body",
                required=False,
                kind="string",
                description="Support e-mail; this or `service_phone` is needed. Left out: the current one.",
            ),
            Parameter(
                name="service_phone",
                python_name="service_phone",
                location="body",
                required=False,
                kind="string",
                description="Support phone; this or `service_email` is needed; not for plugins. Left out: the current one.",
            ),
            Parameter(
                name="special_license_pic_list",
                python_name="special_license_pic_list",
                location="body",
                required=False,
                kind="string",
                description="URLs of special qualification pictures, comma-separated (1 to 3), for categories that require them; not for templates or plugins.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionAuditSubmitModel,
        result_class=AuditSubmitResult,
        error_codes=frozenset(
            (
                "INVALID_MINI_APP_NAME_LENGTH",
                "SPECIAL_LICENSE_PICS_ARE_BLANK",
                "INVALID_MINI_APP_NAME",
                "INVALID_MINI_APP_EN_NAME",
                "INVALID_MINI_APP_EN_NAME_LENGTH",
                "INVALID_MINI_APP_SLOGAN",
                "SERVICE_TEL_AND_MAIL_BOTH_BLANK",
                "INVALID_MINI_APP_SERVICE_TEL",
                "INVALID_MINI_APP_SERVICE_MAIL",
                "CATEGORY_NUM_IS_INVALID",
                "CATEGORY_IS_BLANK",
                "APP_DESC_IS_BLANK",
                "INVALID_MINI_APP_DESC_LENGTH",
                "INVALID_MINI_APP_DESC",
                "APP_VERSION_IS_BLANK",
                "VERSION_DESC_IS_BLANK",
                "INVALID_VERSION_DESC_LENGTH",
                "INVALID_MINI_APP_VERSION_DESC",
                "SCREEN_SHOTS_ARE_BLANK",
                "SCREEN_SHOT_NUM_IS_INVALID",
                "INVALID_MINI_APP_MEMO_LENGTH",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "INVALID_MINI_APP_SAFE_DOMAIN",
                "CAN_NOT_SUBMIT_WITH_ALI_CLOUD",
                "MINI_APP_NAME_DUPLICATE",
                "MINI_APP_EN_NAME_DUPLICATE",
                "INVALID_CATEGORY",
                "MINI_APP_NAME_SENSITIVE",
                "MINI_APP_EN_NAME_SENSITIVE",
                "MINI_APP_SLOGAN_SENSITIVE",
                "MINI_APP_MEMO_SENSITIVE",
                "MINI_APP_DESC_SENSITIVE",
                "MINI_APP_SERVICE_MAIL_SENSITIVE",
                "MINI_APP_VERSION_DESC_SENSITIVE",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "CAN_NOT_MODIFY_NAME_ONCE_ONLINE",
                "CAN_NOT_MODIFY_EN_ONCE_ONLINE",
                "MODIFY_SLOGAN_EXCEED_COUNT",
                "MODIFY_CATEGORY_ID_EXCEED_COUNT",
                "MODIFY_DESC_EXCEED_COUNT",
                "CAN_NOT_SUBMIT_WITH_AUDIT",
                "CAN_NOT_SUBMIT_WITHOUT_INIT",
                "CAN_NOT_SUBMIT_WITHOUT_SCAN_PASS",
                "CAN_NOT_SUBMIT_WITH_AUDIT_GRAY",
                "EXIST_LARGER_ONLINED_VERSION",
                "LICENSE_NO_IS_BLANK",
                "LICENSE_VALID_DATE_IS_BLANK",
                "LICENSE_VALID_DATE_IS_INVALID",
                "OUT_DOOR_PIC_IS_BLANK",
                "LICENSE_PICS_ARE_BLANK",
                "LICENSE_PIC_NUM_IS_INVALID",
                "LICENSE_CHECK_FAIL",
                "LOGO_HEIGHT_NOT_EQUAL_WIDTH",
                "INVALID_SCREEN_SHOT_EXT",
                "SCREEN_SHOT_EXCEED_MAX_SIZE",
                "INVALID_LICENSE_PIC_EXT",
                "LICENSE_PIC_EXCEED_MAX_SIZE",
                "INVALID_OUT_DOOR_PIC_EXT",
                "OUT_DOOR_PIC_EXCEED_MAX_SIZE",
                "LOGO_EXCEED_MAX_SIZE",
                "INVALID_LOGO_EXT",
                "INVALID_PARAMS",
                "INVALID_LOGO",
                "INVALID_IMAGE",
                "RISK_DECISION_CHECK_FAIL",
                "TINY_APP_AUDIT_NOT_PERMIT",
                "APP_ORIGIN_NOT_EXIST",
                "DEFAULT_LOGO",
                "SLOGAN_IS_BLANK",
                "INVALID_PARAMETER",
            )
        ),
    ),
    "backdev_publish": Operation(
        name="backdev_publish",
        operation_id="alipay.open.mini.innerversion.backdev.publish",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/backdev/publish",
        summary="Send a reviewed version back to development",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionBackdevPublishModel,
        result_class=BackdevPublishResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "APP_VERSION_IS_BLANK",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "CAN_NOT_BACK_DEV_WITHOUT_AUDIT",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "APP_INFO_NOT_EXIST",
            )
        ),
    ),
    "beta_confirm": Operation(
        name="beta_confirm",
        operation_id="alipay.open.mini.innerversion.beta.confirm",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/beta/confirm",
        summary="Confirm a plugin beta test",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="memo",
                python_name="memo",
                location="body",
                required=False,
                kind="string",
                description="Why the result is rejected.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="operate",
                python_name="operate",
                location="body",
                required=False,
                kind="string",
                enum=(
                    "pass",
                    "reject",
                ),
                enum_class=AlipayOpenMiniInnerversionBetaConfirmModelOperate,
                description="`pass` to accept, `reject` to refuse.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
            Parameter(
                name="plugin_id",
                python_name="plugin_id",
                location="body",
                required=False,
                kind="string",
                description="Plugin whose beta-test result to confirm.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionBetaConfirmModel,
        result_class=BetaConfirmResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "PLUGIN_BETA_RELATION_NOT_EXIST",
            )
        ),
    ),
    "betainfo_query": Operation(
        name="betainfo_query",
        operation_id="alipay.open.mini.innerversion.betainfo.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/betainfo/query",
        summary="Query a plugin's beta-test status",
        parameters=(
            Parameter(
                name="plugin_id",
                python_name="plugin_id",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="plugin_version",
                python_name="plugin_version",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=BetainfoQueryResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "PACKAGE_VERSION_IS_BLANK",
                "PLUGINID_IS_BLANK",
                "APP_ORIGIN_NOT_EXIST",
            )
        ),
    ),
    "condition_batchquery": Operation(
        name="condition_batchquery",
        operation_id="alipay.open.mini.innerversion.condition.batchquery",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/condition/batchquery",
        summary="List versions by status",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=True,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="version_status",
                python_name="version_status",
                location="body",
                required=True,
                kind="string",
                description="Statuses to list, comma-separated: `INIT`, `AUDITING`, `AUDIT_REJECT`, `WAIT_RELEASE`, `GRAY`, `RELEASE`, `OFFLINE`.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="page_num",
                python_name="page_num",
                location="body",
                required=False,
                kind="string",
                description="Page number, from 1.",
            ),
            Parameter(
                name="page_size",
                python_name="page_size",
                location="body",
                required=False,
                kind="string",
                description="Page size, at most 10.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionConditionBatchqueryModel,
        result_class=ConditionBatchqueryResult,
        error_codes=frozenset(
            (
                "APPID_IS_BLANK",
                "VERSION_STATUS_LIST_IS_BLANK",
                "APP_ORIGIN_IS_BLANK",
                "BUNDLE_ID_IS_BLANK",
                "NO_PERMISSION",
                "INVALID_PAGE_NUM",
                "INVALID_PAGE_SIZE",
                "PAGE_NUM_LESS_ONE",
                "PAGE_SIZE_MORE_TEN",
                "PAGE_SIZE_LESS_ZERO",
                "INVALID_VERSION_STATUS",
                "MINICORE_INVOKE_ERROR",
                "PAGE_NUM_LESS_ZERO",
                "BUNDLE_ID_NOT_EXIST",
            )
        ),
    ),
    "content_rollback": Operation(
        name="content_rollback",
        operation_id="alipay.open.mini.innerversion.content.rollback",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/content/rollback",
        summary="Roll the released version back",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=True,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=True,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The currently released version.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionContentRollbackModel,
        result_class=ContentRollbackResult,
        error_codes=frozenset(
            (
                "APP_ORIGIN_IS_BLANK",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "BUNDLE_ID_IS_BLANK",
                "PID_IS_BLANK",
                "APPID_IS_BLANK",
            )
        ),
    ),
    "gray_finish": Operation(
        name="gray_finish",
        operation_id="alipay.open.mini.innerversion.gray.finish",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/gray/finish",
        summary="End a gray release",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionGrayFinishModel,
        result_class=GrayFinishResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "APP_VERSION_IS_BLANK",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "CAN_NOT_END_GRAY_WITHOUT_GRAY",
                "MINI_APP_NOT_ONLINE",
                "NO_PERMISSION",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "APP_INFO_NOT_EXIST",
            )
        ),
    ),
    "gray_publish": Operation(
        name="gray_publish",
        operation_id="alipay.open.mini.innerversion.gray.publish",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/gray/publish",
        summary="Start a gray release",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="gray_strategy",
                python_name="gray_strategy",
                location="body",
                required=True,
                kind="string",
                refused_with="PARAMS_VALID_ERROR",
                enum=(
                    "p10",
                    "p30",
                    "p50",
                    "gray_mayi_rule",
                    "gray_alibaba_rule",
                ),
                enum_class=AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy,
                description="Gray share: `p10`, `p30` or `p50` (10, 30 or 50 percent of users).",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="beta_app_id_list",
                python_name="beta_app_id_list",
                location="body",
                required=False,
                kind="array",
                item_kind="string",
                description="Plugins only: mini programs invited to test this gray version. Leave out unless inviting.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionGrayPublishModel,
        result_class=GrayPublishResult,
        error_codes=frozenset(
            (
                "GRAY_ONLINE_FAILURE",
                "PARAMS_VALID_ERROR",
                "APP_INFO_NOT_EXISTS",
                "APP_VERSION_NOT_EXIST",
                "NO_PERMISSION",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "CAN_NOT_GRAY_ALIBABA_PASS",
                "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS",
                "PLUGIN_NOT_ALLOWED_GRAY",
            )
        ),
    ),
    "info_delete": Operation(
        name="info_delete",
        operation_id="alipay.open.mini.innerversion.info.delete",
        method="DELETE",
        path="/v3/alipay/open/mini/innerversion/info/delete",
        summary="Delete a version",
        parameters=(
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="query",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=InfoDeleteResult,
        error_codes=frozenset(
            (
                "APPID_IS_BLANK",
                "PACKAGE_VERSION_IS_BLANK",
                "BUNDLE_ID_IS_BLANK",
                "PID_IS_BLANK",
                "BUNDLE_ID_NOT_EXIST",
                "VERSION_LENGTH_ERROR",
                "VERSION_EXCEEDED_LENGTH",
                "APP_ORIGIN_NOT_EXIST",
                "APP_INFO_NOT_EXIST",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_NOT_ONLINE",
                "SYSTEM_ERROR",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "CAN_NOT_DELETE_WITH_SCANNING",
                "CAN_NOT_DELETE_WITH_EXPERIENCE",
                "CAN_NOT_DELETE_WITHOUT_DEV",
            )
        ),
    ),
    "info_query": Operation(
        name="info_query",
        operation_id="alipay.open.mini.innerversion.info.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/info/query",
        summary="Query a version",
        parameters=(
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="query",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=InfoQueryResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "PARAMS_VALID_ERROR",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "APP_INFO_NOT_EXIST",
            )
        ),
    ),
    "instantiation_query": Operation(
        name="instantiation_query",
        operation_id="alipay.open.mini.innerversion.instantiation.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/instantiation/query",
        summary="Query the template behind a version",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="query",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
            ),
        ),
        body_model=None,
        result_class=InstantiationQueryResult,
        error_codes=frozenset(
            (
                "APPID_IS_BLANK",
                "BUNDLE_ID_IS_BLANK",
                "MINI_APP_VERSION_IS_BLANK",
                "VERSION_LENGTH_ERROR",
                "VERSION_EXCEEDED_LENGTH",
                "APP_ORIGIN_NOT_EXIST",
                "APP_INFO_NOT_EXIST",
                "SUB_APPLICATION_TYPE_ERROR",
                "APPLICATION_TYPE_NOT_MINIAPP",
            )
        ),
    ),
    "last_query": Operation(
        name="last_query",
        operation_id="alipay.open.mini.innerversion.last.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/last/query",
        summary="Query the latest version",
        parameters=(
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=True,
                kind="string",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="query",
                required=True,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=LastQueryResult,
        error_codes=frozenset(
            (
                "MINICORE_INVOKE_ERROR",
                "OPENCORE_RPC_INVOKE_ERROR",
                "APP_ORIGIN_IS_BLANK",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "BUNDLE_ID_IS_BLANK",
                "PID_IS_BLANK",
                "APPID_IS_BLANK",
            )
        ),
    ),
    "modelforoffline_query": Operation(
        name="modelforoffline_query",
        operation_id="alipay.open.mini.innerversion.modelforoffline.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/modelforoffline/query",
        summary="Query a released version's package data",
        parameters=(
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="query",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=ModelforofflineQueryResult,
        error_codes=frozenset(("SYSTEM_ERROR",)),
    ),
    "nobuild_upload": Operation(
        name="nobuild_upload",
        operation_id="alipay.open.mini.innerversion.nobuild.upload",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/nobuild/upload",
        summary="Register an already built package",
        parameters=(
            Parameter(
                name="build_version",
                python_name="build_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="build_extra_info",
                python_name="build_extra_info",
                location="body",
                required=False,
                kind="string",
                description="Extension info as a JSON string (adaptorName, tinycliVersion, allowPrecompile, extJson, ...).",
            ),
            Parameter(
                name="build_js_permission",
                python_name="build_js_permission",
                location="body",
                required=False,
                kind="string",
                description="JSAPI permission file, a JSON string.",
            ),
            Parameter(
                name="build_main_url",
                python_name="build_main_url",
                location="body",
                required=False,
                kind="string",
                description="Main page entry; must match the page in the extension info.",
            ),
            Parameter(
                name="build_qcloud_info",
                python_name="build_qcloud_info",
                location="body",
                required=False,
                kind="string",
                description="Packaging platform extension info, a JSON string.",
            ),
            Parameter(
                name="builded_package_size",
                python_name="builded_package_size",
                location="body",
                required=False,
                kind="string",
                description="Size in bytes of the package the caller built.",
            ),
            Parameter(
                name="builded_package_url",
                python_name="builded_package_url",
                location="body",
                required=False,
                kind="string",
                description="URL of the package the caller built.",
            ),
            Parameter(
                name="builded_plugin_size",
                python_name="builded_plugin_size",
                location="body",
                required=False,
                kind="string",
                description="Size in bytes of the built plugin package.",
            ),
            Parameter(
                name="builded_plugin_url",
                python_name="builded_plugin_url",
                location="body",
                required=False,
                kind="string",
                description="URL of the built plugin package.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="components",
                python_name="components",
                location="body",
                required=False,
                kind="string",
                description="Component parameters, a JSON string.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="body",
                required=False,
                kind="string",
                description="Tenant code, e.g. `alipay` or `taobao`.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="new_builded_package_size",
                python_name="new_builded_package_size",
                location="body",
                required=False,
                kind="string",
                description="Size in bytes of the caller-built package (2.0 build).",
            ),
            Parameter(
                name="new_builded_package_url",
                python_name="new_builded_package_url",
                location="body",
                required=False,
                kind="string",
                description="URL of the caller-built package (2.0 build).",
            ),
            Parameter(
                name="new_builded_plugin_size",
                python_name="new_builded_plugin_size",
                location="body",
                required=False,
                kind="string",
                description="Size in bytes of the built plugin package (2.0 build).",
            ),
            Parameter(
                name="new_builded_plugin_url",
                python_name="new_builded_plugin_url",
                location="body",
                required=False,
                kind="string",
                description="URL of the built plugin package (2.0 build).",
            ),
            Parameter(
                name="no_sign",
                python_name="no_sign",
                location="body",
                required=False,
                kind="boolean",
                description="`true` when the package URLs point to packages that are already signed.",
            ),
            Parameter(
                name="plugin_refs",
                python_name="plugin_refs",
                location="body",
                required=False,
                kind="array",
                item_kind="object",
                description="The plugins that the package's app.json declares.",
                item_model=MiniAppPluginReference,
                item_keys=(
                    "lazy",
                    "plugin_id",
                    "plugin_lazy",
                    "plugin_version",
                ),
                fields=(
                    Parameter(
                        name="lazy",
                        python_name="lazy",
                        location="body",
                        required=False,
                        kind="boolean",
                        description="Load the plugin lazily.",
                    ),
                    Parameter(
                        name="plugin_id",
                        python_name="plugin_id",
                        location="body",
                        required=False,
                        kind="string",
                        description="Plugin id.",
                    ),
                    Parameter(
                        name="plugin_lazy",
                        python_name="plugin_lazy",
                        location="body",
                        required=False,
                        kind="boolean",
                        description="Plugin-level lazy loading.",
                    ),
                    Parameter(
                        name="plugin_version",
                        python_name="plugin_version",
                        location="body",
                        required=False,
                        kind="string",
                        description="Plugin version, e.g. `1.0.11`, or `*` for the latest.",
                    ),
                ),
            ),
            Parameter(
                name="sub_packages",
                python_name="sub_packages",
                location="body",
                required=False,
                kind="array",
                item_kind="object",
                description="Built sub-packages.",
                item_model=SubPackageInfo,
                item_keys=(
                    "builded_package_url",
                    "new_builded_package_url",
                    "new_size",
                    "path",
                    "size",
                    "source_url",
                    "type",
                ),
                fields=(
                    Parameter(
                        name="builded_package_url",
                        python_name="builded_package_url",
                        location="body",
                        required=False,
                        kind="string",
                        description="URL of the built sub-package.",
                    ),
                    Parameter(
                        name="new_builded_package_url",
                        python_name="new_builded_package_url",
                        location="body",
                        required=False,
                        kind="string",
                        description="URL of the built sub-package (2.0 build).",
                    ),
                    Parameter(
                        name="new_size",
                        python_name="new_size",
                        location="body",
                        required=False,
                        kind="string",
                        description="Sub-package size in bytes (2.0 build).",
                    ),
                    Parameter(
                        name="path",
                        python_name="path",
                        location="body",
                        required=False,
                        kind="string",
                        description="Sub-package path.",
                    ),
                    Parameter(
                        name="size",
                        python_name="size",
                        location="body",
                        required=False,
                        kind="string",
                        description="Sub-package size in bytes.",
                    ),
                    Parameter(
                        name="source_url",
                        python_name="source_url",
                        location="body",
                        required=False,
                        kind="string",
                        description="Source URL of the sub-package.",
                    ),
                    Parameter(
                        name="type",
                        python_name="type_",
                        location="body",
                        required=False,
                        kind="string",
                        description="Sub-package type: `MAIN` or `SUB`.",
                    ),
                ),
            ),
        ),
        body_model=AlipayOpenMiniInnerversionNobuildUploadModel,
        result_class=NobuildUploadResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "DEV_VERSION_EXCEED_MAX_COUNT",
                "APP_NOT_EXSIT",
                "VERSION_EXCEEDED_LENGTH",
                "PACKAGE_VERSION_IS_BLANK",
                "BUILD_VERSION_ALREADY_EXIST",
                "BIZ_ERROR",
                "PLUGIN_REF_OVER_LIMIT",
                "DATA_DUPLICATE_WITH_BUILD",
                "APP_INFO_NOT_EXIST",
                "PLUGIN_NOT_EXIST",
                "PLUGIN_PACKAGE_NOT_FOUND",
                "PACKAGE_SIZE_IS_BLANK",
                "SUB_PACKAGE_PARAM_EXIST_EMPTY",
                "BUILD_VERSION_COMPARE_ERROR",
                "START_BUILD_ERROR",
                "BUNDLE_ID_NOT_EXIST",
                "INVALID_PARAMS",
                "PACKAGE_URL_IS_BLANK",
            )
        ),
    ),
    "offline_publish": Operation(
        name="offline_publish",
        operation_id="alipay.open.mini.innerversion.offline.publish",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/offline/publish",
        summary="Take the released version down",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionOfflinePublishModel,
        result_class=OfflinePublishResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "APP_VERSION_IS_BLANK",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "MINI_APP_NOT_ONLINE",
                "NO_PERMISSION",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
            )
        ),
    ),
    "online": Operation(
        name="online",
        operation_id="alipay.open.mini.innerversion.online",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/online",
        summary="Publish a version",
        parameters=(
            Parameter(
                name="app_online_version",
                python_name="app_online_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The version to publish.",
            ),
            Parameter(
                name="app_offline_version",
                python_name="app_offline_version",
                location="body",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The version taken down.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="body",
                required=False,
                kind="string",
                description="Tenant code, `alipay` or `taobao`.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionOnlineModel,
        result_class=OnlineResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "ONLINE_FAILURE",
                "PARAMS_VALID_ERROR",
                "MINI_APP_VERSION_NOT_EXISTS",
                "MINI_APP_VERSION_STATUS_ILLEGAL",
            )
        ),
    ),
    "online_publish": Operation(
        name="online_publish",
        operation_id="alipay.open.mini.innerversion.online.publish",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/online/publish",
        summary="Release a reviewed version",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="downgrade",
                python_name="downgrade",
                location="body",
                required=False,
                kind="boolean",
                description="Let clients open a cached package while the new one downloads in the background.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id of the mini program.",
            ),
            Parameter(
                name="release_type",
                python_name="release_type",
                location="body",
                required=False,
                kind="string",
                enum=(
                    "normal",
                    "high",
                ),
                enum_class=AlipayOpenMiniInnerversionOnlinePublishModelReleaseType,
                description="`normal` (default) or `high` (high-assurance release).",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionOnlinePublishModel,
        result_class=OnlinePublishResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "APP_VERSION_IS_BLANK",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "CAN_NOT_ONLINE_WITHOUT_GRAY",
                "MINI_APP_NOT_ONLINE",
                "NO_PERMISSION",
                "APP_ORIGIN_NOT_EXIST",
                "BUNDLE_ID_NOT_EXIST",
                "CAN_NOT_ONLINE_WITHOUT_AUDIT",
            )
        ),
    ),
    "package_create": Operation(
        name="package_create",
        operation_id="alipay.open.mini.innerversion.package.create",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/package/create",
        summary="Build a pre-release or coverage package",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=True,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="package_type",
                python_name="package_type",
                location="body",
                required=False,
                kind="string",
                description="Kind of package to build, e.g. `PRE_ONLINE` (pre-release) or a coverage package.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="body",
                required=False,
                kind="string",
                description="Owner (partner) id; needed for partner apps (`app_origin` `HUOBAN`).",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionPackageCreateModel,
        result_class=PackageCreateResult,
        error_codes=frozenset(
            (
                "PACKAGE_TYPE_NOT_EXIST",
                "PARAMS_VALID_ERROR",
                "APP_INFO_NOT_EXIST",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_NOT_ONLINE",
                "NO_PERMISSION",
                "PACKAGE_VERSION_IS_BLANK",
                "VERSION_LENGTH_ERROR",
                "VERSION_EXCEEDED_LENGTH",
                "BUNDLE_ID_NOT_EXIST",
                "INVALID_PARAMS_WARN",
                "MINI_APP_VERSION_NOT_EXIST",
                "APP_ORIGIN_IS_BLANK",
                "APP_ORIGIN_NOT_EXIST",
                "APP_IS_NOT_HUOBAN",
                "APP_IS_BUILD_BY_TEMPLATE",
                "MINI_APP_VERSION_NOT_INIT",
                "BUNDLE_ID_IS_BLANK",
                "NOT_CREATE_COVERAGE_NOT_ALIPAY",
                "APP_IS_NOT_INNER",
            )
        ),
    ),
    "sync": Operation(
        name="sync",
        operation_id="alipay.open.mini.innerversion.sync",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/sync",
        summary="Push a version to clients",
        parameters=(
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=True,
                kind="string",
                description="Business source.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=True,
                kind="string",
                description="Client identifier.",
            ),
            Parameter(
                name="sync_type",
                python_name="sync_type",
                location="body",
                required=True,
                kind="string",
                default="global",
                refused_with="SYNC_TYPE_NOT_EXIST",
                enum=(
                    "global",
                    "recent",
                ),
                enum_class=AlipayOpenMiniInnerversionSyncModelSyncType,
                description="Push mode: `global` (all users) or `recent` (targeted users).",
            ),
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The version to push; must be the online version.",
            ),
            Parameter(
                name="dev_id",
                python_name="dev_id",
                location="body",
                required=False,
                kind="string",
                description="Operator id.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionSyncModel,
        result_class=SyncResult,
        error_codes=frozenset(
            (
                "APP_INFO_NOT_EXIST",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "MINI_APP_NOT_ONLINE",
                "APP_ORIGIN_IS_BLANK",
                "APP_ORIGIN_NOT_EXIST",
                "SYNC_TYPE_IS_BLANK",
                "SYNC_TYPE_NOT_EXIST",
                "BUNDLE_ID_IS_BLANK",
                "BUNDLE_ID_NOT_EXIST",
                "BUNDLE_ID_NOT_IN_SYNC",
                "SYNC_WITHOUT_ONLINE_ERROR",
                "PKGCORE_INVOKE_ERROR",
                "SYSTEM_ERROR",
                "MINICORE_INVOKE_ERROR",
            )
        ),
    ),
    "templated_upload": Operation(
        name="templated_upload",
        operation_id="alipay.open.mini.innerversion.templated.upload",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/templated/upload",
        summary="Create a version from a template",
        parameters=(
            Parameter(
                name="app_version",
                python_name="app_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Version to create, `x.y.z`; new and higher than every existing version.",
            ),
            Parameter(
                name="template_id",
                python_name="template_id",
                location="body",
                required=True,
                kind="string",
                description="Template id; the template must be on or off the shelf (not in development).",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="ext",
                python_name="ext",
                location="body",
                required=False,
                kind="string",
                description="Template configuration as a JSON string (`extEnable`, `extPages`, `ext`, ...).",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="template_version",
                python_name="template_version",
                location="body",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="Template version, `x.y.z`, on or off the shelf. Left out: the one on the shelf, else the latest taken down.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionTemplatedUploadModel,
        result_class=TemplatedUploadResult,
        error_codes=frozenset(
            (
                "APP_VERSION_IS_BLANK",
                "TEMPLATE_ID_IS_BLANK",
                "VERSION_HAS_EXISTED",
                "LARGER_VERSION_HAS_EXISTED",
                "APPLICATION_TYPE_NOT_MINIAPP",
                "INVALID_VERSION",
                "DEV_VERSION_EXCEED_MAX_COUNT",
                "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
                "MINI_APP_PACKAGE_INFO_NOT_EXIST",
                "TEMPLATE_MINIAPP_NOT_ALLOWED",
                "VERSION_EXCEEDED_LENGTH",
                "INVALID_EXT_JSON",
                "TEMPLATE_ID_ISVAPPID_NOT_MATCH",
                "NO_AUTH_RELATION",
            )
        ),
    ),
    "upgrade": Operation(
        name="upgrade",
        operation_id="alipay.open.mini.innerversion.upgrade",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/upgrade",
        summary="Upgrade a template instance",
        parameters=(
            Parameter(
                name="template_id",
                python_name="template_id",
                location="body",
                required=True,
                kind="string",
                description="Template id.",
            ),
            Parameter(
                name="template_version",
                python_name="template_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_PARAMS",
                description="Target template version, `x.y.z` with digits only.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id.",
            ),
        ),
        body_model=AlipayOpenMiniInnerversionUpgradeModel,
        result_class=UpgradeResult,
        error_codes=frozenset(
            (
                "INVALID_PARAMS",
                "TEMPLATE_NOT_ONLINE_OR_OFFLINE",
                "MINI_APP_AUDITING",
                "TEMPLATE_VERSION_NOT_EXIST",
                "CAN_NOT_BATCH_UPGRADE_WITHOUT_ONLINE_OR_OFFLINE",
                "SYSTEM_ERROR",
            )
        ),
    ),
    "upload": Operation(
        name="upload",
        operation_id="alipay.open.mini.innerversion.upload",
        method="POST",
        path="/v3/alipay/open/mini/innerversion/upload",
        summary="Build a mini program package",
        parameters=(
            Parameter(
                name="build_version",
                python_name="build_version",
                location="body",
                required=True,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The mini program version being built.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="build_app_type",
                python_name="build_app_type",
                location="body",
                required=False,
                kind="string",
                default="tinyApp",
                description="IDE packaging type; always `tinyApp`.",
            ),
            Parameter(
                name="build_extra_info",
                python_name="build_extra_info",
                location="body",
                required=False,
                kind="string",
                description="Extension info as a JSON string (adaptorName, tinycliVersion, allowPrecompile, extJson, ...).",
            ),
            Parameter(
                name="build_extra_mini_project_config",
                python_name="build_extra_mini_project_config",
                location="body",
                required=False,
                kind="string",
                description="Overrides of the developer's project config, for emergency fixes and gray release.",
            ),
            Parameter(
                name="build_js_permission",
                python_name="build_js_permission",
                location="body",
                required=False,
                kind="string",
                description="JSAPI permission file; DingTalk only.",
            ),
            Parameter(
                name="build_main_url",
                python_name="build_main_url",
                location="body",
                required=False,
                kind="string",
                description="Main page entry.",
            ),
            Parameter(
                name="build_max_android_client_version",
                python_name="build_max_android_client_version",
                location="body",
                required=False,
                kind="string",
                description="Highest Android client version; do not use without the platform's review.",
            ),
            Parameter(
                name="build_max_ios_client_version",
                python_name="build_max_ios_client_version",
                location="body",
                required=False,
                kind="string",
                description="Highest iOS client version; do not use without the platform's review.",
            ),
            Parameter(
                name="build_min_android_client_version",
                python_name="build_min_android_client_version",
                location="body",
                required=False,
                kind="string",
                description="Lowest Android client version; do not use without the platform's review.",
            ),
            Parameter(
                name="build_min_ios_client_version",
                python_name="build_min_ios_client_version",
                location="body",
                required=False,
                kind="string",
                description="Lowest iOS client version; do not use without the platform's review.",
            ),
            Parameter(
                name="build_package_md_5",
                python_name="build_package_md_5",
                location="body",
                required=False,
                kind="string",
                description="MD5 (lowercase hex) of the source package bytes. Note the key spelling `md_5`.",
            ),
            Parameter(
                name="build_package_name",
                python_name="build_package_name",
                location="body",
                required=False,
                kind="string",
                description="Package name.",
            ),
            Parameter(
                name="build_package_stream",
                python_name="build_package_stream",
                location="body",
                required=False,
                kind="string",
                description="The source package (a zip), base64-encoded.",
            ),
            Parameter(
                name="build_qcloud_info",
                python_name="build_qcloud_info",
                location="body",
                required=False,
                kind="string",
                description="Packaging platform extension info.",
            ),
            Parameter(
                name="build_signed_pkg_url",
                python_name="build_signed_pkg_url",
                location="body",
                required=False,
                kind="string",
                description="URL of an already built and signed package.",
            ),
            Parameter(
                name="build_source_pkg_size",
                python_name="build_source_pkg_size",
                location="body",
                required=False,
                kind="string",
                description="Source package size in bytes.",
            ),
            Parameter(
                name="build_source_pkg_url",
                python_name="build_source_pkg_url",
                location="body",
                required=False,
                kind="string",
                description="URL of the source package (a zip renamed `.amr`); at most 20 MB; must stay reachable.",
            ),
            Parameter(
                name="build_sub_url",
                python_name="build_sub_url",
                location="body",
                required=False,
                kind="string",
                description="Sub entry.",
            ),
            Parameter(
                name="builded_package_size",
                python_name="builded_package_size",
                location="body",
                required=False,
                kind="string",
                description="Size of a package the caller built itself.",
            ),
            Parameter(
                name="builded_package_url",
                python_name="builded_package_url",
                location="body",
                required=False,
                kind="string",
                description="URL of a package the caller built itself.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="body",
                required=False,
                kind="string",
                description="Client identifier; each client registers one.",
            ),
            Parameter(
                name="client_type",
                python_name="client_type",
                location="body",
                required=False,
                kind="string",
                description="Multi-client type; DingTalk only.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="body",
                required=False,
                kind="string",
                description="Tenant code, e.g. `alipay` or `taobao`.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="body",
                required=False,
                kind="string",
                description="Mini program id.",
            ),
            Parameter(
                name="plugin_refs",
                python_name="plugin_refs",
                location="body",
                required=False,
                kind="array",
                item_kind="object",
                description="The plugins that the package's app.json declares.",
                item_model=MiniAppPluginReference,
                item_keys=(
                    "lazy",
                    "plugin_id",
                    "plugin_lazy",
                    "plugin_version",
                ),
                fields=(
                    Parameter(
                        name="lazy",
                        python_name="lazy",
                        location="body",
                        required=False,
                        kind="boolean",
                        description="Load the plugin lazily.",
                    ),
                    Parameter(
                        name="plugin_id",
                        python_name="plugin_id",
                        location="body",
                        required=False,
                        kind="string",
                        description="Plugin id.",
                    ),
                    Parameter(
                        name="plugin_lazy",
                        python_name="plugin_lazy",
                        location="body",
                        required=False,
                        kind="boolean",
                        description="Plugin-level lazy loading.",
                    ),
                    Parameter(
                        name="plugin_version",
                        python_name="plugin_version",
                        location="body",
                        required=False,
                        kind="string",
                        description="Plugin version, e.g. `1.0.11`, or `*` for the latest.",
                    ),
                ),
            ),
        ),
        body_model=AlipayOpenMiniInnerversionUploadModel,
        result_class=UploadResult,
        package_fields=PackageFields(
            stream="build_package_stream",
            md5="build_package_md_5",
            size="build_source_pkg_size",
            url="build_source_pkg_url",
        ),
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "DEV_VERSION_EXCEED_MAX_COUNT",
                "APP_NOT_EXSIT",
                "START_BUILD_ERROR",
                "BUILD_DATA_ERROR",
                "VERSION_EXCEEDED_LENGTH",
                "PACKAGE_VERSION_IS_BLANK",
                "CLIENT_VERSION_HAS_NULL",
                "MIN_CLIENT_VERSION_GREATER_THAN_",
                "INVALID_MAX_CLIENT_VERSION",
                "INVALID_CLIENT_VERSION",
                "BUILD_VERSION_ALREADY_EXIST",
                "BIZ_ERROR",
                "PLUGIN_REF_OVER_LIMIT",
                "DATA_DUPLICATE_WITH_BUILD",
                "PLUGIN__NOT_ORDERED",
                "APP_INFO_NOT_EXIST",
                "PLUGIN_NOT_EXIST",
                "PLUGIN_PACKAGE_NOT_FOUND",
            )
        ),
    ),
    "uploadstatus_query": Operation(
        name="uploadstatus_query",
        operation_id="alipay.open.mini.innerversion.uploadstatus.query",
        method="GET",
        path="/v3/alipay/open/mini/innerversion/uploadstatus/query",
        summary="Query the state of a package build",
        parameters=(
            Parameter(
                name="build_package_id",
                python_name="build_package_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="build_version",
                python_name="build_version",
                location="query",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
            ),
        ),
        body_model=None,
        result_class=UploadstatusQueryResult,
        error_codes=frozenset(
            (
                "SYSTEM_ERROR",
                "POLLING_BUILD_VERSION_NOT_EXIST",
            )
        ),
    ),
}


class SyncOperations:
    """A typed method per operation; the client supplies ``_call`` (the I/O)."""

    __slots__ = ()

    def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        raise NotImplementedError

    def audit_cancel(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AuditCancelResult:
        """Withdraw a version from review

        Withdraws a version that is in review (`AUDITING`); it goes back to development.

        ``POST /v3/alipay/open/mini/innerversion/audit/cancel``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: AuditCancelResult = self._call(
            OPERATIONS["audit_cancel"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def audit_submit(
        self,
        *,
        app_version: str,
        version_desc: str,
        app_category_ids: str | None = None,
        app_desc: str | None = None,
        app_english_name: str | None = None,
        app_logo: str | None = None,
        app_name: str | None = None,
        app_origin: str | None = None,
        app_slogan: str | None = None,
        bundle_id: str | None = None,
        license_info: AuditLicenseInfo | Mapping[str, Any] | None = None,
        memo: str | None = None,
        mini_app_id: str | None = None,
        mini_category_ids: str | None = None,
        open_id: str | None = None,
        out_door_pic: str | None = None,
        pid: str | None = None,
        screen_shot_list: list[str] | None = None,
        service_email: str | None = None,
        service_phone: str | None = None,
        special_license_pic_list: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AuditSubmitResult:
        """Submit a version for review

        Submits a version in development (`INIT`) for review, with the listing details the
        reviewers see. Listing fields left out keep the app's current values; licence and
        special-qualification fields are needed only for categories that require them.
        Alipay sends the outcome by message when the review ends.

        The server refuses a blank `app_version` or `version_desc`; a blank description,
        slogan, category or screenshot list is refused only when the app has no current
        value to fall back on.

        ``POST /v3/alipay/open/mini/innerversion/audit/submit``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: AuditSubmitResult = self._call(
            OPERATIONS["audit_submit"],
            {
                "app_version": app_version,
                "version_desc": version_desc,
                "app_category_ids": app_category_ids,
                "app_desc": app_desc,
                "app_english_name": app_english_name,
                "app_logo": app_logo,
                "app_name": app_name,
                "app_origin": app_origin,
                "app_slogan": app_slogan,
                "bundle_id": bundle_id,
                "license_info": license_info,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "mini_category_ids": mini_category_ids,
                "open_id": open_id,
                "out_door_pic": out_door_pic,
                "pid": pid,
                "screen_shot_list": screen_shot_list,
                "service_email": service_email,
                "service_phone": service_phone,
                "special_license_pic_list": special_license_pic_list,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def backdev_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BackdevPublishResult:
        """Send a reviewed version back to development

        Returns a version that has been reviewed (approved or rejected) to development
        (`INIT`) so that it can be changed and submitted again.

        ``POST /v3/alipay/open/mini/innerversion/backdev/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BackdevPublishResult = self._call(
            OPERATIONS["backdev_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def beta_confirm(
        self,
        *,
        app_origin: str | None = None,
        memo: str | None = None,
        mini_app_id: str | None = None,
        operate: AlipayOpenMiniInnerversionBetaConfirmModelOperate
        | Literal["pass", "reject"]
        | None = None,
        pid: str | None = None,
        plugin_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BetaConfirmResult:
        """Confirm a plugin beta test

        Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the
        mini program was invited to beta-test.

        ``POST /v3/alipay/open/mini/innerversion/beta/confirm``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BetaConfirmResult = self._call(
            OPERATIONS["beta_confirm"],
            {
                "app_origin": app_origin,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "operate": operate,
                "pid": pid,
                "plugin_id": plugin_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def betainfo_query(
        self,
        *,
        plugin_id: str,
        plugin_version: str,
        bundle_id: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BetainfoQueryResult:
        """Query a plugin's beta-test status

        Returns the beta-test state of a plugin version and the result of each invited mini
        program.

        ``GET /v3/alipay/open/mini/innerversion/betainfo/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BetainfoQueryResult = self._call(
            OPERATIONS["betainfo_query"],
            {
                "plugin_id": plugin_id,
                "bundle_id": bundle_id,
                "plugin_version": plugin_version,
                "app_origin": app_origin,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def condition_batchquery(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        version_status: str,
        mini_app_id: str | None = None,
        page_num: str | None = None,
        page_size: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ConditionBatchqueryResult:
        """List versions by status

        Lists the versions of a mini program whose status is among `version_status` (comma-
        separated), a page at a time: `page_num` from 1, `page_size` at most 10.

        ``POST /v3/alipay/open/mini/innerversion/condition/batchquery``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ConditionBatchqueryResult = self._call(
            OPERATIONS["condition_batchquery"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "version_status": version_status,
                "mini_app_id": mini_app_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def content_rollback(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        pid: str,
        app_version: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ContentRollbackResult:
        """Roll the released version back

        Rolls the released version back to the version released before it.

        ``POST /v3/alipay/open/mini/innerversion/content/rollback``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ContentRollbackResult = self._call(
            OPERATIONS["content_rollback"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "pid": pid,
                "app_version": app_version,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def gray_finish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> GrayFinishResult:
        """End a gray release

        Ends the gray stage of a version in `GRAY`; the app must be released.

        ``POST /v3/alipay/open/mini/innerversion/gray/finish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: GrayFinishResult = self._call(
            OPERATIONS["gray_finish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def gray_publish(
        self,
        *,
        app_version: str,
        gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"],
        app_origin: str | None = None,
        beta_app_id_list: list[str] | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> GrayPublishResult:
        """Start a gray release

        Releases an approved version (`WAIT_RELEASE`) to a share of users given by
        `gray_strategy` (`p10`, `p30`, `p50`). For a plugin, `beta_app_id_list` names mini
        programs invited to test it.

        ``POST /v3/alipay/open/mini/innerversion/gray/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: GrayPublishResult = self._call(
            OPERATIONS["gray_publish"],
            {
                "app_version": app_version,
                "gray_strategy": gray_strategy,
                "app_origin": app_origin,
                "beta_app_id_list": beta_app_id_list,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def info_delete(
        self,
        *,
        bundle_id: str,
        app_version: str,
        pid: str,
        mini_app_id: str | None = None,
        app_origin: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InfoDeleteResult:
        """Delete a version

        Deletes a version that is still in development (`INIT`); versions in a security scan
        or in trial use cannot be deleted.

        ``DELETE /v3/alipay/open/mini/innerversion/info/delete``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InfoDeleteResult = self._call(
            OPERATIONS["info_delete"],
            {
                "mini_app_id": mini_app_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "app_version": app_version,
                "pid": pid,
                "inst_code": inst_code,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def info_query(
        self,
        *,
        app_version: str,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InfoQueryResult:
        """Query a version

        Returns the details and status of one version.

        ``GET /v3/alipay/open/mini/innerversion/info/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InfoQueryResult = self._call(
            OPERATIONS["info_query"],
            {
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "app_origin": app_origin,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def instantiation_query(
        self,
        *,
        bundle_id: str,
        app_version: str,
        app_origin: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InstantiationQueryResult:
        """Query the template behind a version

        Says which template, and which template version, a template-instantiated version was
        built from.

        ``GET /v3/alipay/open/mini/innerversion/instantiation/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InstantiationQueryResult = self._call(
            OPERATIONS["instantiation_query"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def last_query(
        self,
        *,
        bundle_id: str,
        app_origin: str,
        pid: str,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> LastQueryResult:
        """Query the latest version

        Returns the latest version of a mini program and the app's basic information (name,
        description, logo, categories, status).

        ``GET /v3/alipay/open/mini/innerversion/last/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: LastQueryResult = self._call(
            OPERATIONS["last_query"],
            {
                "mini_app_id": mini_app_id,
                "bundle_id": bundle_id,
                "app_origin": app_origin,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def modelforoffline_query(
        self,
        *,
        mini_app_id: str | None = None,
        app_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ModelforofflineQueryResult:
        """Query a released version's package data

        Returns the package data of the released version for offline scenarios, with a
        `sync_id` to quote when a sync fails.

        ``GET /v3/alipay/open/mini/innerversion/modelforoffline/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ModelforofflineQueryResult = self._call(
            OPERATIONS["modelforoffline_query"],
            {
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def nobuild_upload(
        self,
        *,
        build_version: str,
        build_extra_info: str | None = None,
        build_js_permission: str | None = None,
        build_main_url: str | None = None,
        build_qcloud_info: str | None = None,
        builded_package_size: str | None = None,
        builded_package_url: str | None = None,
        builded_plugin_size: str | None = None,
        builded_plugin_url: str | None = None,
        bundle_id: str | None = None,
        components: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        new_builded_package_size: str | None = None,
        new_builded_package_url: str | None = None,
        new_builded_plugin_size: str | None = None,
        new_builded_plugin_url: str | None = None,
        no_sign: bool | None = None,
        plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None = None,
        sub_packages: Sequence[SubPackageInfo | Mapping[str, Any]] | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> NobuildUploadResult:
        """Register an already built package

        Creates a version from packages built outside the platform (Taobao mini programs)
        without building anything. Sizes are in bytes. The server refuses a blank
        `build_version`, and a blank package URL or size (old or 2.0 fields).

        ``POST /v3/alipay/open/mini/innerversion/nobuild/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: NobuildUploadResult = self._call(
            OPERATIONS["nobuild_upload"],
            {
                "build_version": build_version,
                "build_extra_info": build_extra_info,
                "build_js_permission": build_js_permission,
                "build_main_url": build_main_url,
                "build_qcloud_info": build_qcloud_info,
                "builded_package_size": builded_package_size,
                "builded_package_url": builded_package_url,
                "builded_plugin_size": builded_plugin_size,
                "builded_plugin_url": builded_plugin_url,
                "bundle_id": bundle_id,
                "components": components,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
                "new_builded_package_size": new_builded_package_size,
                "new_builded_package_url": new_builded_package_url,
                "new_builded_plugin_size": new_builded_plugin_size,
                "new_builded_plugin_url": new_builded_plugin_url,
                "no_sign": no_sign,
                "plugin_refs": plugin_refs,
                "sub_packages": sub_packages,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def offline_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OfflinePublishResult:
        """Take the released version down

        Takes the released version of a mini program off the shelf; the app must be
        released.

        ``POST /v3/alipay/open/mini/innerversion/offline/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OfflinePublishResult = self._call(
            OPERATIONS["offline_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def online(
        self,
        *,
        app_online_version: str,
        app_offline_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OnlineResult:
        """Publish a version

        Puts a successfully built version of an internal mini program on the shelf,
        optionally taking another version down.

        ``POST /v3/alipay/open/mini/innerversion/online``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OnlineResult = self._call(
            OPERATIONS["online"],
            {
                "app_online_version": app_online_version,
                "app_offline_version": app_offline_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def online_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        downgrade: bool | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        release_type: AlipayOpenMiniInnerversionOnlinePublishModelReleaseType
        | Literal["normal", "high"]
        | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OnlinePublishResult:
        """Release a reviewed version

        Releases an approved version (or one in gray) to all users. `release_type` is
        `normal` (default) or `high` (high-assurance release); with `downgrade`, clients
        that hold a cached package open it and fetch the new one in the background. Some
        apps must go through gray first.

        ``POST /v3/alipay/open/mini/innerversion/online/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OnlinePublishResult = self._call(
            OPERATIONS["online_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "downgrade": downgrade,
                "mini_app_id": mini_app_id,
                "pid": pid,
                "release_type": release_type,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def package_create(
        self,
        *,
        app_origin: str,
        app_version: str,
        bundle_id: str,
        mini_app_id: str | None = None,
        package_type: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> PackageCreateResult:
        """Build a pre-release or coverage package

        Builds an additional package of a version in development, of the kind `package_type`
        names (e.g. `PRE_ONLINE`). Not for template-built apps.

        ``POST /v3/alipay/open/mini/innerversion/package/create``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: PackageCreateResult = self._call(
            OPERATIONS["package_create"],
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "package_type": package_type,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def sync(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        sync_type: AlipayOpenMiniInnerversionSyncModelSyncType
        | Literal["global", "recent"],
        app_version: str | None = None,
        dev_id: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncResult:
        """Push a version to clients

        Clients keep a cached package until it expires. After an online or a rollback,
        this pushes the given version to users at once. The version must be the one
        currently online.

        ``POST /v3/alipay/open/mini/innerversion/sync``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: SyncResult = self._call(
            OPERATIONS["sync"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "sync_type": sync_type,
                "app_version": app_version,
                "dev_id": dev_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def templated_upload(
        self,
        *,
        app_version: str,
        template_id: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        ext: str | None = None,
        mini_app_id: str | None = None,
        template_version: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TemplatedUploadResult:
        """Create a version from a template

        Creates a version of a mini program from a template version, synchronously, with the
        template configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher
        than every existing version; the template must be on or off the shelf. This, with
        `instantiation/query`, is the documented way to build template instances.

        ``POST /v3/alipay/open/mini/innerversion/templated/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: TemplatedUploadResult = self._call(
            OPERATIONS["templated_upload"],
            {
                "app_version": app_version,
                "template_id": template_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "ext": ext,
                "mini_app_id": mini_app_id,
                "template_version": template_version,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def upgrade(
        self,
        *,
        template_id: str,
        template_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UpgradeResult:
        """Upgrade a template instance

        Moves a mini program instantiated from a template to a newer template version.
        Synchronous, with no new review. ISVs typically run it across many merchants'
        mini programs, each call carrying that merchant's app auth token.

        Deprecated: Alipay's current OpenAPI description no longer lists this operation
        (it was documented on Alipay's older API pages). `templated/upload` followed by
        `instantiation/query` is the documented way to build template instances. Kept
        because existing callers use it.

        ``POST /v3/alipay/open/mini/innerversion/upgrade``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UpgradeResult = self._call(
            OPERATIONS["upgrade"],
            {
                "template_id": template_id,
                "template_version": template_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def upload(
        self,
        *,
        build_version: str,
        app_origin: str | None = None,
        build_app_type: str | None = None,
        build_extra_info: str | None = None,
        build_extra_mini_project_config: str | None = None,
        build_js_permission: str | None = None,
        build_main_url: str | None = None,
        build_max_android_client_version: str | None = None,
        build_max_ios_client_version: str | None = None,
        build_min_android_client_version: str | None = None,
        build_min_ios_client_version: str | None = None,
        build_package_md_5: str | None = None,
        build_package_name: str | None = None,
        build_package_stream: str | None = None,
        build_qcloud_info: str | None = None,
        build_signed_pkg_url: str | None = None,
        build_source_pkg_size: str | None = None,
        build_source_pkg_url: str | None = None,
        build_sub_url: str | None = None,
        builded_package_size: str | None = None,
        builded_package_url: str | None = None,
        bundle_id: str | None = None,
        client_type: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UploadResult:
        """Build a mini program package

        Creates a package build task for a version of an internal mini program and
        returns at once. The build runs asynchronously: poll
        `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
        `package_id` (as `build_package_id`) until `build_status` is final.
        Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
        carries the package.

        ``POST /v3/alipay/open/mini/innerversion/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UploadResult = self._call(
            OPERATIONS["upload"],
            {
                "build_version": build_version,
                "app_origin": app_origin,
                "build_app_type": build_app_type,
                "build_extra_info": build_extra_info,
                "build_extra_mini_project_config": build_extra_mini_project_config,
                "build_js_permission": build_js_permission,
                "build_main_url": build_main_url,
                "build_max_android_client_version": build_max_android_client_version,
                "build_max_ios_client_version": build_max_ios_client_version,
                "build_min_android_client_version": build_min_android_client_version,
                "build_min_ios_client_version": build_min_ios_client_version,
                "build_package_md_5": build_package_md_5,
                "build_package_name": build_package_name,
                "build_package_stream": build_package_stream,
                "build_qcloud_info": build_qcloud_info,
                "build_signed_pkg_url": build_signed_pkg_url,
                "build_source_pkg_size": build_source_pkg_size,
                "build_source_pkg_url": build_source_pkg_url,
                "build_sub_url": build_sub_url,
                "builded_package_size": builded_package_size,
                "builded_package_url": builded_package_url,
                "bundle_id": bundle_id,
                "client_type": client_type,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
                "plugin_refs": plugin_refs,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    def uploadstatus_query(
        self,
        *,
        build_package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        inst_code: str | None = None,
        bundle_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UploadstatusQueryResult:
        """Query the state of a package build

        Returns the state of a build started by `upload`. Poll it until
        `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
        `need_rotation` is `"false"`.

        ``GET /v3/alipay/open/mini/innerversion/uploadstatus/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UploadstatusQueryResult = self._call(
            OPERATIONS["uploadstatus_query"],
            {
                "build_package_id": build_package_id,
                "mini_app_id": mini_app_id,
                "build_version": build_version,
                "inst_code": inst_code,
                "bundle_id": bundle_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result


class AsyncOperations:
    """The same methods as :class:`SyncOperations`, to be awaited."""

    __slots__ = ()

    async def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        raise NotImplementedError

    async def audit_cancel(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AuditCancelResult:
        """Withdraw a version from review

        Withdraws a version that is in review (`AUDITING`); it goes back to development.

        ``POST /v3/alipay/open/mini/innerversion/audit/cancel``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: AuditCancelResult = await self._call(
            OPERATIONS["audit_cancel"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def audit_submit(
        self,
        *,
        app_version: str,
        version_desc: str,
        app_category_ids: str | None = None,
        app_desc: str | None = None,
        app_english_name: str | None = None,
        app_logo: str | None = None,
        app_name: str | None = None,
        app_origin: str | None = None,
        app_slogan: str | None = None,
        bundle_id: str | None = None,
        license_info: AuditLicenseInfo | Mapping[str, Any] | None = None,
        memo: str | None = None,
        mini_app_id: str | None = None,
        mini_category_ids: str | None = None,
        open_id: str | None = None,
        out_door_pic: str | None = None,
        pid: str | None = None,
        screen_shot_list: list[str] | None = None,
        service_email: str | None = None,
        service_phone: str | None = None,
        special_license_pic_list: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> AuditSubmitResult:
        """Submit a version for review

        Submits a version in development (`INIT`) for review, with the listing details the
        reviewers see. Listing fields left out keep the app's current values; licence and
        special-qualification fields are needed only for categories that require them.
        Alipay sends the outcome by message when the review ends.

        The server refuses a blank `app_version` or `version_desc`; a blank description,
        slogan, category or screenshot list is refused only when the app has no current
        value to fall back on.

        ``POST /v3/alipay/open/mini/innerversion/audit/submit``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: AuditSubmitResult = await self._call(
            OPERATIONS["audit_submit"],
            {
                "app_version": app_version,
                "version_desc": version_desc,
                "app_category_ids": app_category_ids,
                "app_desc": app_desc,
                "app_english_name": app_english_name,
                "app_logo": app_logo,
                "app_name": app_name,
                "app_origin": app_origin,
                "app_slogan": app_slogan,
                "bundle_id": bundle_id,
                "license_info": license_info,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "mini_category_ids": mini_category_ids,
                "open_id": open_id,
                "out_door_pic": out_door_pic,
                "pid": pid,
                "screen_shot_list": screen_shot_list,
                "service_email": service_email,
                "service_phone": service_phone,
                "special_license_pic_list": special_license_pic_list,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def backdev_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BackdevPublishResult:
        """Send a reviewed version back to development

        Returns a version that has been reviewed (approved or rejected) to development
        (`INIT`) so that it can be changed and submitted again.

        ``POST /v3/alipay/open/mini/innerversion/backdev/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BackdevPublishResult = await self._call(
            OPERATIONS["backdev_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def beta_confirm(
        self,
        *,
        app_origin: str | None = None,
        memo: str | None = None,
        mini_app_id: str | None = None,
        operate: AlipayOpenMiniInnerversionBetaConfirmModelOperate
        | Literal["pass", "reject"]
        | None = None,
        pid: str | None = None,
        plugin_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BetaConfirmResult:
        """Confirm a plugin beta test

        Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the
        mini program was invited to beta-test.

        ``POST /v3/alipay/open/mini/innerversion/beta/confirm``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BetaConfirmResult = await self._call(
            OPERATIONS["beta_confirm"],
            {
                "app_origin": app_origin,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "operate": operate,
                "pid": pid,
                "plugin_id": plugin_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def betainfo_query(
        self,
        *,
        plugin_id: str,
        plugin_version: str,
        bundle_id: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> BetainfoQueryResult:
        """Query a plugin's beta-test status

        Returns the beta-test state of a plugin version and the result of each invited mini
        program.

        ``GET /v3/alipay/open/mini/innerversion/betainfo/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: BetainfoQueryResult = await self._call(
            OPERATIONS["betainfo_query"],
            {
                "plugin_id": plugin_id,
                "bundle_id": bundle_id,
                "plugin_version": plugin_version,
                "app_origin": app_origin,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def condition_batchquery(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        version_status: str,
        mini_app_id: str | None = None,
        page_num: str | None = None,
        page_size: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ConditionBatchqueryResult:
        """List versions by status

        Lists the versions of a mini program whose status is among `version_status` (comma-
        separated), a page at a time: `page_num` from 1, `page_size` at most 10.

        ``POST /v3/alipay/open/mini/innerversion/condition/batchquery``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ConditionBatchqueryResult = await self._call(
            OPERATIONS["condition_batchquery"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "version_status": version_status,
                "mini_app_id": mini_app_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def content_rollback(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        pid: str,
        app_version: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ContentRollbackResult:
        """Roll the released version back

        Rolls the released version back to the version released before it.

        ``POST /v3/alipay/open/mini/innerversion/content/rollback``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ContentRollbackResult = await self._call(
            OPERATIONS["content_rollback"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "pid": pid,
                "app_version": app_version,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def gray_finish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> GrayFinishResult:
        """End a gray release

        Ends the gray stage of a version in `GRAY`; the app must be released.

        ``POST /v3/alipay/open/mini/innerversion/gray/finish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: GrayFinishResult = await self._call(
            OPERATIONS["gray_finish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def gray_publish(
        self,
        *,
        app_version: str,
        gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"],
        app_origin: str | None = None,
        beta_app_id_list: list[str] | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> GrayPublishResult:
        """Start a gray release

        Releases an approved version (`WAIT_RELEASE`) to a share of users given by
        `gray_strategy` (`p10`, `p30`, `p50`). For a plugin, `beta_app_id_list` names mini
        programs invited to test it.

        ``POST /v3/alipay/open/mini/innerversion/gray/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: GrayPublishResult = await self._call(
            OPERATIONS["gray_publish"],
            {
                "app_version": app_version,
                "gray_strategy": gray_strategy,
                "app_origin": app_origin,
                "beta_app_id_list": beta_app_id_list,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def info_delete(
        self,
        *,
        bundle_id: str,
        app_version: str,
        pid: str,
        mini_app_id: str | None = None,
        app_origin: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InfoDeleteResult:
        """Delete a version

        Deletes a version that is still in development (`INIT`); versions in a security scan
        or in trial use cannot be deleted.

        ``DELETE /v3/alipay/open/mini/innerversion/info/delete``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InfoDeleteResult = await self._call(
            OPERATIONS["info_delete"],
            {
                "mini_app_id": mini_app_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "app_version": app_version,
                "pid": pid,
                "inst_code": inst_code,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def info_query(
        self,
        *,
        app_version: str,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InfoQueryResult:
        """Query a version

        Returns the details and status of one version.

        ``GET /v3/alipay/open/mini/innerversion/info/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InfoQueryResult = await self._call(
            OPERATIONS["info_query"],
            {
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "app_origin": app_origin,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def instantiation_query(
        self,
        *,
        bundle_id: str,
        app_version: str,
        app_origin: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> InstantiationQueryResult:
        """Query the template behind a version

        Says which template, and which template version, a template-instantiated version was
        built from.

        ``GET /v3/alipay/open/mini/innerversion/instantiation/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: InstantiationQueryResult = await self._call(
            OPERATIONS["instantiation_query"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def last_query(
        self,
        *,
        bundle_id: str,
        app_origin: str,
        pid: str,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> LastQueryResult:
        """Query the latest version

        Returns the latest version of a mini program and the app's basic information (name,
        description, logo, categories, status).

        ``GET /v3/alipay/open/mini/innerversion/last/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: LastQueryResult = await self._call(
            OPERATIONS["last_query"],
            {
                "mini_app_id": mini_app_id,
                "bundle_id": bundle_id,
                "app_origin": app_origin,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def modelforoffline_query(
        self,
        *,
        mini_app_id: str | None = None,
        app_version: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> ModelforofflineQueryResult:
        """Query a released version's package data

        Returns the package data of the released version for offline scenarios, with a
        `sync_id` to quote when a sync fails.

        ``GET /v3/alipay/open/mini/innerversion/modelforoffline/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: ModelforofflineQueryResult = await self._call(
            OPERATIONS["modelforoffline_query"],
            {
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def nobuild_upload(
        self,
        *,
        build_version: str,
        build_extra_info: str | None = None,
        build_js_permission: str | None = None,
        build_main_url: str | None = None,
        build_qcloud_info: str | None = None,
        builded_package_size: str | None = None,
        builded_package_url: str | None = None,
        builded_plugin_size: str | None = None,
        builded_plugin_url: str | None = None,
        bundle_id: str | None = None,
        components: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        new_builded_package_size: str | None = None,
        new_builded_package_url: str | None = None,
        new_builded_plugin_size: str | None = None,
        new_builded_plugin_url: str | None = None,
        no_sign: bool | None = None,
        plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None = None,
        sub_packages: Sequence[SubPackageInfo | Mapping[str, Any]] | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> NobuildUploadResult:
        """Register an already built package

        Creates a version from packages built outside the platform (Taobao mini programs)
        without building anything. Sizes are in bytes. The server refuses a blank
        `build_version`, and a blank package URL or size (old or 2.0 fields).

        ``POST /v3/alipay/open/mini/innerversion/nobuild/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: NobuildUploadResult = await self._call(
            OPERATIONS["nobuild_upload"],
            {
                "build_version": build_version,
                "build_extra_info": build_extra_info,
                "build_js_permission": build_js_permission,
                "build_main_url": build_main_url,
                "build_qcloud_info": build_qcloud_info,
                "builded_package_size": builded_package_size,
                "builded_package_url": builded_package_url,
                "builded_plugin_size": builded_plugin_size,
                "builded_plugin_url": builded_plugin_url,
                "bundle_id": bundle_id,
                "components": components,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
                "new_builded_package_size": new_builded_package_size,
                "new_builded_package_url": new_builded_package_url,
                "new_builded_plugin_size": new_builded_plugin_size,
                "new_builded_plugin_url": new_builded_plugin_url,
                "no_sign": no_sign,
                "plugin_refs": plugin_refs,
                "sub_packages": sub_packages,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def offline_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OfflinePublishResult:
        """Take the released version down

        Takes the released version of a mini program off the shelf; the app must be
        released.

        ``POST /v3/alipay/open/mini/innerversion/offline/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OfflinePublishResult = await self._call(
            OPERATIONS["offline_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def online(
        self,
        *,
        app_online_version: str,
        app_offline_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OnlineResult:
        """Publish a version

        Puts a successfully built version of an internal mini program on the shelf,
        optionally taking another version down.

        ``POST /v3/alipay/open/mini/innerversion/online``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OnlineResult = await self._call(
            OPERATIONS["online"],
            {
                "app_online_version": app_online_version,
                "app_offline_version": app_offline_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def online_publish(
        self,
        *,
        app_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        downgrade: bool | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        release_type: AlipayOpenMiniInnerversionOnlinePublishModelReleaseType
        | Literal["normal", "high"]
        | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> OnlinePublishResult:
        """Release a reviewed version

        Releases an approved version (or one in gray) to all users. `release_type` is
        `normal` (default) or `high` (high-assurance release); with `downgrade`, clients
        that hold a cached package open it and fetch the new one in the background. Some
        apps must go through gray first.

        ``POST /v3/alipay/open/mini/innerversion/online/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: OnlinePublishResult = await self._call(
            OPERATIONS["online_publish"],
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "downgrade": downgrade,
                "mini_app_id": mini_app_id,
                "pid": pid,
                "release_type": release_type,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def package_create(
        self,
        *,
        app_origin: str,
        app_version: str,
        bundle_id: str,
        mini_app_id: str | None = None,
        package_type: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> PackageCreateResult:
        """Build a pre-release or coverage package

        Builds an additional package of a version in development, of the kind `package_type`
        names (e.g. `PRE_ONLINE`). Not for template-built apps.

        ``POST /v3/alipay/open/mini/innerversion/package/create``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: PackageCreateResult = await self._call(
            OPERATIONS["package_create"],
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "package_type": package_type,
                "pid": pid,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def sync(
        self,
        *,
        app_origin: str,
        bundle_id: str,
        sync_type: AlipayOpenMiniInnerversionSyncModelSyncType
        | Literal["global", "recent"],
        app_version: str | None = None,
        dev_id: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> SyncResult:
        """Push a version to clients

        Clients keep a cached package until it expires. After an online or a rollback,
        this pushes the given version to users at once. The version must be the one
        currently online.

        ``POST /v3/alipay/open/mini/innerversion/sync``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: SyncResult = await self._call(
            OPERATIONS["sync"],
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "sync_type": sync_type,
                "app_version": app_version,
                "dev_id": dev_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def templated_upload(
        self,
        *,
        app_version: str,
        template_id: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        ext: str | None = None,
        mini_app_id: str | None = None,
        template_version: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> TemplatedUploadResult:
        """Create a version from a template

        Creates a version of a mini program from a template version, synchronously, with the
        template configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher
        than every existing version; the template must be on or off the shelf. This, with
        `instantiation/query`, is the documented way to build template instances.

        ``POST /v3/alipay/open/mini/innerversion/templated/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: TemplatedUploadResult = await self._call(
            OPERATIONS["templated_upload"],
            {
                "app_version": app_version,
                "template_id": template_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "ext": ext,
                "mini_app_id": mini_app_id,
                "template_version": template_version,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def upgrade(
        self,
        *,
        template_id: str,
        template_version: str,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UpgradeResult:
        """Upgrade a template instance

        Moves a mini program instantiated from a template to a newer template version.
        Synchronous, with no new review. ISVs typically run it across many merchants'
        mini programs, each call carrying that merchant's app auth token.

        Deprecated: Alipay's current OpenAPI description no longer lists this operation
        (it was documented on Alipay's older API pages). `templated/upload` followed by
        `instantiation/query` is the documented way to build template instances. Kept
        because existing callers use it.

        ``POST /v3/alipay/open/mini/innerversion/upgrade``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UpgradeResult = await self._call(
            OPERATIONS["upgrade"],
            {
                "template_id": template_id,
                "template_version": template_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def upload(
        self,
        *,
        build_version: str,
        app_origin: str | None = None,
        build_app_type: str | None = None,
        build_extra_info: str | None = None,
        build_extra_mini_project_config: str | None = None,
        build_js_permission: str | None = None,
        build_main_url: str | None = None,
        build_max_android_client_version: str | None = None,
        build_max_ios_client_version: str | None = None,
        build_min_android_client_version: str | None = None,
        build_min_ios_client_version: str | None = None,
        build_package_md_5: str | None = None,
        build_package_name: str | None = None,
        build_package_stream: str | None = None,
        build_qcloud_info: str | None = None,
        build_signed_pkg_url: str | None = None,
        build_source_pkg_size: str | None = None,
        build_source_pkg_url: str | None = None,
        build_sub_url: str | None = None,
        builded_package_size: str | None = None,
        builded_package_url: str | None = None,
        bundle_id: str | None = None,
        client_type: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        plugin_refs: Sequence[MiniAppPluginReference | Mapping[str, Any]] | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UploadResult:
        """Build a mini program package

        Creates a package build task for a version of an internal mini program and
        returns at once. The build runs asynchronously: poll
        `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
        `package_id` (as `build_package_id`) until `build_status` is final.
        Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
        carries the package.

        ``POST /v3/alipay/open/mini/innerversion/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UploadResult = await self._call(
            OPERATIONS["upload"],
            {
                "build_version": build_version,
                "app_origin": app_origin,
                "build_app_type": build_app_type,
                "build_extra_info": build_extra_info,
                "build_extra_mini_project_config": build_extra_mini_project_config,
                "build_js_permission": build_js_permission,
                "build_main_url": build_main_url,
                "build_max_android_client_version": build_max_android_client_version,
                "build_max_ios_client_version": build_max_ios_client_version,
                "build_min_android_client_version": build_min_android_client_version,
                "build_min_ios_client_version": build_min_ios_client_version,
                "build_package_md_5": build_package_md_5,
                "build_package_name": build_package_name,
                "build_package_stream": build_package_stream,
                "build_qcloud_info": build_qcloud_info,
                "build_signed_pkg_url": build_signed_pkg_url,
                "build_source_pkg_size": build_source_pkg_size,
                "build_source_pkg_url": build_source_pkg_url,
                "build_sub_url": build_sub_url,
                "builded_package_size": builded_package_size,
                "builded_package_url": builded_package_url,
                "bundle_id": bundle_id,
                "client_type": client_type,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
                "plugin_refs": plugin_refs,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result

    async def uploadstatus_query(
        self,
        *,
        build_package_id: str | None = None,
        mini_app_id: str | None = None,
        build_version: str | None = None,
        inst_code: str | None = None,
        bundle_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> UploadstatusQueryResult:
        """Query the state of a package build

        Returns the state of a build started by `upload`. Poll it until
        `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
        `need_rotation` is `"false"`.

        ``GET /v3/alipay/open/mini/innerversion/uploadstatus/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only.
        """
        result: UploadstatusQueryResult = await self._call(
            OPERATIONS["uploadstatus_query"],
            {
                "build_package_id": build_package_id,
                "mini_app_id": mini_app_id,
                "build_version": build_version,
                "inst_code": inst_code,
                "bundle_id": bundle_id,
            },
            CallOptions(app_auth_token, request_id, timeout, max_retries),
        )
        return result
