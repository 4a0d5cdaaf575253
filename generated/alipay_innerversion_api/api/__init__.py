"""Every operation of the spec as data and as typed methods; generated, do not edit.

Produced by ``make gen`` from ``openapi.yaml`` with the project's ``templates/``:

- ``OPERATIONS``: one :class:`Operation` per operation (method, path, parameters with
  their wire names, whether each is required, its JSON kind and pattern), keyed by the
  method name (the operation id without the group prefix, dots as underscores);
- one ``...Arguments`` ``TypedDict`` and one ``...Result`` class per operation: the
  response model plus ``trace_id``, ``request_id`` and ``data`` (the verified response
  object as received, unknown fields included);
- ``SyncOperations`` / ``AsyncOperations``: a typed keyword method per operation that
  hands its arguments to ``_call`` (implemented by the ``alipay_innerversion`` clients);
  the method of an operation that carries a package (``x-package-fields``) also takes the
  friendly keywords (``package``, ``source_url``, ``wait``, ...) and hands everything to
  the client's ``_<method>_flow`` hook, so its signature is the spec's fields, always;
- ``Call``: one call of an operation as data (what the friendly flows yield), and
  ``Calls``: a typed constructor of one per operation, taking its ``...Arguments``.

``OPERATIONS`` and the result and argument classes (which need every model) live in the
operation group's package and are loaded on first use, so importing this module (the
clients' base classes, the facts) does not import the models.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Mapping, Sequence
    from typing import Literal

    import alipay_innerversion

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
    from .alipay_open_mini_innerversion import (
        OPERATIONS,
        AuditCancelArguments,
        AuditCancelResult,
        AuditSubmitArguments,
        AuditSubmitResult,
        BackdevPublishArguments,
        BackdevPublishResult,
        BetaConfirmArguments,
        BetaConfirmResult,
        BetainfoQueryArguments,
        BetainfoQueryResult,
        Calls,
        ConditionBatchqueryArguments,
        ConditionBatchqueryResult,
        ContentRollbackArguments,
        ContentRollbackResult,
        GrayFinishArguments,
        GrayFinishResult,
        GrayPublishArguments,
        GrayPublishResult,
        InfoDeleteArguments,
        InfoDeleteResult,
        InfoQueryArguments,
        InfoQueryResult,
        InstantiationQueryArguments,
        InstantiationQueryResult,
        LastQueryArguments,
        LastQueryResult,
        ModelforofflineQueryArguments,
        ModelforofflineQueryResult,
        NobuildUploadArguments,
        NobuildUploadResult,
        OfflinePublishArguments,
        OfflinePublishResult,
        OnlineArguments,
        OnlinePublishArguments,
        OnlinePublishResult,
        OnlineResult,
        PackageCreateArguments,
        PackageCreateResult,
        SyncArguments,
        SyncResult,
        TemplatedUploadArguments,
        TemplatedUploadResult,
        UpgradeArguments,
        UpgradeResult,
        UploadArguments,
        UploadResult,
        UploadstatusQueryArguments,
        UploadstatusQueryResult,
    )


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
    "RawAnswer",
    "AsyncOperations",
    "Call",
    "CallOptions",
    "Calls",
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


class BuildStatusFact(NamedTuple):
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


class CodeFact(NamedTuple):
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


class Parameter(NamedTuple):
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


class PackageFields(NamedTuple):
    """The wire fields that carry a package (the spec's ``x-package-fields``)."""

    stream: str
    """The package's bytes, base64."""
    md5: str
    size: str
    url: str
    """Where Alipay downloads the package instead."""


class Operation(NamedTuple):
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
    extra_body: Mapping[str, Any] | None = _attrs_field(default=None, repr=False)
    """Body fields the spec does not know yet (signed; never a field of the operation)."""
    extra_query: Mapping[str, str] | None = _attrs_field(default=None, repr=False)
    """Query parameters the spec does not know yet."""
    extra_headers: Mapping[str, str] | None = _attrs_field(default=None, repr=False)
    """More headers (signed; never a protocol header: ``alipay-*``, ``authorization``, ...)."""


class RawAnswer(NamedTuple):
    """A success as received: every typed result carries it as ``raw``."""

    status_code: int
    headers: Mapping[str, str]
    """The answer's headers (``alipay-trace-id``, ``alipay-signature``, ...)."""
    body: bytes
    """The verified body as received (decrypted when the answer was encrypted)."""


_R = TypeVar("_R")
_S = TypeVar("_S")


@_attrs_define(frozen=True)
class Call(Generic[_R]):
    """One call of operation ``name`` as data: what the friendly flows yield. The client
    runs it and sends back the answer read into ``result_class`` (the operation's result,
    or a subclass of it). Made by :class:`Calls`, which types ``arguments`` with the
    operation's ``...Arguments`` and ``_R`` with its result, so mypy checks both."""

    name: str
    arguments: Mapping[str, Any]
    options: CallOptions
    result_class: type[_R]

    def read_as(self, result_class: type[_S]) -> Call[_S]:
        """This call with its answer read into ``result_class`` (a subclass of the
        operation's result that adds to it), once."""
        if self.result_class not in result_class.__mro__:
            raise TypeError(
                f"{result_class.__name__} is not a {self.result_class.__name__}"
            )
        return Call(self.name, self.arguments, self.options, result_class)


_LAZY = frozenset(
    (
        "OPERATIONS",
        "Calls",
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
    )
)


def __getattr__(name: str) -> Any:
    """``OPERATIONS`` and the result and argument classes, loaded on first use."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import alipay_open_mini_innerversion as table

    value = getattr(table, name)
    globals()[name] = value
    return value


def _operation(name: str) -> Operation:
    from .alipay_open_mini_innerversion import OPERATIONS

    return OPERATIONS[name]


class SyncOperations:
    """A typed method per operation; the client supplies ``_call`` (the I/O)."""

    __slots__ = ()

    def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        raise NotImplementedError

    def _upload_flow(
        self,
        arguments: UploadArguments,
        package: bytes | str | os.PathLike[str] | None,
        source_url: str | None,
        wait: bool,
        wait_timeout: float,
        poll_interval: float,
        on_progress: Callable[[Any], object] | None,
        options: CallOptions,
    ) -> alipay_innerversion.UploadResult:
        """Upload through the friendly flow (the client's: it reads the package, sends
        and waits)."""
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuditCancelResult:
        """Withdraw a version from review

        Withdraws a version that is in review (`AUDITING`); it goes back to development.

        ``POST /v3/alipay/open/mini/innerversion/audit/cancel``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: AuditCancelResult = self._call(
            _operation("audit_cancel"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: AuditSubmitResult = self._call(
            _operation("audit_submit"),
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
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BackdevPublishResult:
        """Send a reviewed version back to development

        Returns a version that has been reviewed (approved or rejected) to development
        (`INIT`) so that it can be changed and submitted again.

        ``POST /v3/alipay/open/mini/innerversion/backdev/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BackdevPublishResult = self._call(
            _operation("backdev_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BetaConfirmResult:
        """Confirm a plugin beta test

        Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the
        mini program was invited to beta-test.

        ``POST /v3/alipay/open/mini/innerversion/beta/confirm``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BetaConfirmResult = self._call(
            _operation("beta_confirm"),
            {
                "app_origin": app_origin,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "operate": operate,
                "pid": pid,
                "plugin_id": plugin_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BetainfoQueryResult:
        """Query a plugin's beta-test status

        Returns the beta-test state of a plugin version and the result of each invited mini
        program.

        ``GET /v3/alipay/open/mini/innerversion/betainfo/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BetainfoQueryResult = self._call(
            _operation("betainfo_query"),
            {
                "plugin_id": plugin_id,
                "bundle_id": bundle_id,
                "plugin_version": plugin_version,
                "app_origin": app_origin,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConditionBatchqueryResult:
        """List versions by status

        Lists the versions of a mini program whose status is among `version_status` (comma-
        separated), a page at a time: `page_num` from 1, `page_size` at most 10.

        ``POST /v3/alipay/open/mini/innerversion/condition/batchquery``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ConditionBatchqueryResult = self._call(
            _operation("condition_batchquery"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "version_status": version_status,
                "mini_app_id": mini_app_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentRollbackResult:
        """Roll the released version back

        Rolls the released version back to the version released before it.

        ``POST /v3/alipay/open/mini/innerversion/content/rollback``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ContentRollbackResult = self._call(
            _operation("content_rollback"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "pid": pid,
                "app_version": app_version,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GrayFinishResult:
        """End a gray release

        Ends the gray stage of a version in `GRAY`; the app must be released.

        ``POST /v3/alipay/open/mini/innerversion/gray/finish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: GrayFinishResult = self._call(
            _operation("gray_finish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    def gray_publish(
        self,
        *,
        app_origin: str | None = None,
        app_version: str | None = None,
        beta_app_id_list: list[str] | None = None,
        bundle_id: str | None = None,
        gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"]
        | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GrayPublishResult:
        """Start a gray release

        Releases an approved version (`WAIT_RELEASE`) to a share of users given by
        `gray_strategy` (`p10`, `p30`, `p50`). For a plugin, `beta_app_id_list` names mini
        programs invited to test it.

        ``POST /v3/alipay/open/mini/innerversion/gray/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: GrayPublishResult = self._call(
            _operation("gray_publish"),
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "beta_app_id_list": beta_app_id_list,
                "bundle_id": bundle_id,
                "gray_strategy": gray_strategy,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InfoDeleteResult:
        """Delete a version

        Deletes a version that is still in development (`INIT`); versions in a security scan
        or in trial use cannot be deleted.

        ``DELETE /v3/alipay/open/mini/innerversion/info/delete``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InfoDeleteResult = self._call(
            _operation("info_delete"),
            {
                "mini_app_id": mini_app_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "app_version": app_version,
                "pid": pid,
                "inst_code": inst_code,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    def info_query(
        self,
        *,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_version: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InfoQueryResult:
        """Query a version

        Returns the details and status of one version.

        ``GET /v3/alipay/open/mini/innerversion/info/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InfoQueryResult = self._call(
            _operation("info_query"),
            {
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "app_origin": app_origin,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstantiationQueryResult:
        """Query the template behind a version

        Says which template, and which template version, a template-instantiated version was
        built from.

        ``GET /v3/alipay/open/mini/innerversion/instantiation/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InstantiationQueryResult = self._call(
            _operation("instantiation_query"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LastQueryResult:
        """Query the latest version

        Returns the latest version of a mini program and the app's basic information (name,
        description, logo, categories, status).

        ``GET /v3/alipay/open/mini/innerversion/last/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: LastQueryResult = self._call(
            _operation("last_query"),
            {
                "mini_app_id": mini_app_id,
                "bundle_id": bundle_id,
                "app_origin": app_origin,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelforofflineQueryResult:
        """Query a released version's package data

        Returns the package data of the released version for offline scenarios, with a
        `sync_id` to quote when a sync fails.

        ``GET /v3/alipay/open/mini/innerversion/modelforoffline/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ModelforofflineQueryResult = self._call(
            _operation("modelforoffline_query"),
            {
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NobuildUploadResult:
        """Register an already built package

        Creates a version from packages built outside the platform (Taobao mini programs)
        without building anything. Sizes are in bytes. The server refuses a blank
        `build_version`, and a blank package URL or size (old or 2.0 fields).

        ``POST /v3/alipay/open/mini/innerversion/nobuild/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: NobuildUploadResult = self._call(
            _operation("nobuild_upload"),
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
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OfflinePublishResult:
        """Take the released version down

        Takes the released version of a mini program off the shelf; the app must be
        released.

        ``POST /v3/alipay/open/mini/innerversion/offline/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OfflinePublishResult = self._call(
            _operation("offline_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    def online(
        self,
        *,
        app_offline_version: str | None = None,
        app_online_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OnlineResult:
        """Publish a version

        Puts a successfully built version of an internal mini program on the shelf,
        optionally taking another version down.

        ``POST /v3/alipay/open/mini/innerversion/online``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OnlineResult = self._call(
            _operation("online"),
            {
                "app_offline_version": app_offline_version,
                "app_online_version": app_online_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OnlinePublishResult:
        """Release a reviewed version

        Releases an approved version (or one in gray) to all users. `release_type` is
        `normal` (default) or `high` (high-assurance release); with `downgrade`, clients
        that hold a cached package open it and fetch the new one in the background. Some
        apps must go through gray first.

        ``POST /v3/alipay/open/mini/innerversion/online/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OnlinePublishResult = self._call(
            _operation("online_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "downgrade": downgrade,
                "mini_app_id": mini_app_id,
                "pid": pid,
                "release_type": release_type,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PackageCreateResult:
        """Build a pre-release or coverage package

        Builds an additional package of a version in development, of the kind `package_type`
        names (e.g. `PRE_ONLINE`). Not for template-built apps.

        ``POST /v3/alipay/open/mini/innerversion/package/create``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: PackageCreateResult = self._call(
            _operation("package_create"),
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "package_type": package_type,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncResult:
        """Push a version to clients

        Clients keep a cached package until it expires. After an online or a rollback,
        this pushes the given version to users at once. The version must be the one
        currently online.

        ``POST /v3/alipay/open/mini/innerversion/sync``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: SyncResult = self._call(
            _operation("sync"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "sync_type": sync_type,
                "app_version": app_version,
                "dev_id": dev_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TemplatedUploadResult:
        """Create a version from a template

        Creates a version of a mini program from a template version, synchronously, with the
        template configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher
        than every existing version; the template must be on or off the shelf. This, with
        `instantiation/query`, is the documented way to build template instances.

        ``POST /v3/alipay/open/mini/innerversion/templated/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: TemplatedUploadResult = self._call(
            _operation("templated_upload"),
            {
                "app_version": app_version,
                "template_id": template_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "ext": ext,
                "mini_app_id": mini_app_id,
                "template_version": template_version,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: UpgradeResult = self._call(
            _operation("upgrade"),
            {
                "template_id": template_id,
                "template_version": template_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    def upload(
        self,
        *,
        build_version: str,
        package: bytes | str | os.PathLike[str] | None = None,
        source_url: str | None = None,
        wait: bool = False,
        wait_timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> alipay_innerversion.UploadResult:
        """Build a mini program package

        Creates a package build task for a version of an internal mini program and
        returns at once. The build runs asynchronously: poll
        `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
        `package_id` (as `build_package_id`) until `build_status` is final.
        Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
        carries the package.

        ``POST /v3/alipay/open/mini/innerversion/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).

        ``package`` is the zip's bytes, a path to a ``.zip``, or a folder (zipped
        deterministically): the client fills the fields that carry it
        (``x-package-fields``); or ``source_url`` names a zip Alipay downloads. Alipay
        answers at once with a ``package_id`` and builds asynchronously; with
        ``wait=True`` this also waits for the build (``wait_timeout`` seconds, polling
        every ``poll_interval`` seconds and backing off, ``on_progress(status)`` on every
        change) and puts its final state in ``result.build``. Every argument is checked
        before anything is sent.
        """
        arguments: UploadArguments = {
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
        }
        return self._upload_flow(
            arguments,
            package,
            source_url,
            wait,
            wait_timeout,
            poll_interval,
            on_progress,
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )

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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadstatusQueryResult:
        """Query the state of a package build

        Returns the state of a build started by `upload`. Poll it until
        `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
        `need_rotation` is `"false"`.

        ``GET /v3/alipay/open/mini/innerversion/uploadstatus/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: UploadstatusQueryResult = self._call(
            _operation("uploadstatus_query"),
            {
                "build_package_id": build_package_id,
                "mini_app_id": mini_app_id,
                "build_version": build_version,
                "inst_code": inst_code,
                "bundle_id": bundle_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result


class AsyncOperations:
    """The same methods as :class:`SyncOperations`, to be awaited."""

    __slots__ = ()

    async def _call(
        self, operation: Operation, arguments: dict[str, Any], options: CallOptions
    ) -> Any:
        raise NotImplementedError

    async def _upload_flow(
        self,
        arguments: UploadArguments,
        package: bytes | str | os.PathLike[str] | None,
        source_url: str | None,
        wait: bool,
        wait_timeout: float,
        poll_interval: float,
        on_progress: Callable[[Any], object] | None,
        options: CallOptions,
    ) -> alipay_innerversion.UploadResult:
        """Upload through the friendly flow (the client's: it reads the package, sends
        and waits)."""
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AuditCancelResult:
        """Withdraw a version from review

        Withdraws a version that is in review (`AUDITING`); it goes back to development.

        ``POST /v3/alipay/open/mini/innerversion/audit/cancel``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: AuditCancelResult = await self._call(
            _operation("audit_cancel"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: AuditSubmitResult = await self._call(
            _operation("audit_submit"),
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
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BackdevPublishResult:
        """Send a reviewed version back to development

        Returns a version that has been reviewed (approved or rejected) to development
        (`INIT`) so that it can be changed and submitted again.

        ``POST /v3/alipay/open/mini/innerversion/backdev/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BackdevPublishResult = await self._call(
            _operation("backdev_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BetaConfirmResult:
        """Confirm a plugin beta test

        Accepts (`operate` `pass`) or refuses (`reject`, with a `memo`) a plugin version the
        mini program was invited to beta-test.

        ``POST /v3/alipay/open/mini/innerversion/beta/confirm``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BetaConfirmResult = await self._call(
            _operation("beta_confirm"),
            {
                "app_origin": app_origin,
                "memo": memo,
                "mini_app_id": mini_app_id,
                "operate": operate,
                "pid": pid,
                "plugin_id": plugin_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BetainfoQueryResult:
        """Query a plugin's beta-test status

        Returns the beta-test state of a plugin version and the result of each invited mini
        program.

        ``GET /v3/alipay/open/mini/innerversion/betainfo/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: BetainfoQueryResult = await self._call(
            _operation("betainfo_query"),
            {
                "plugin_id": plugin_id,
                "bundle_id": bundle_id,
                "plugin_version": plugin_version,
                "app_origin": app_origin,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConditionBatchqueryResult:
        """List versions by status

        Lists the versions of a mini program whose status is among `version_status` (comma-
        separated), a page at a time: `page_num` from 1, `page_size` at most 10.

        ``POST /v3/alipay/open/mini/innerversion/condition/batchquery``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ConditionBatchqueryResult = await self._call(
            _operation("condition_batchquery"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "version_status": version_status,
                "mini_app_id": mini_app_id,
                "page_num": page_num,
                "page_size": page_size,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ContentRollbackResult:
        """Roll the released version back

        Rolls the released version back to the version released before it.

        ``POST /v3/alipay/open/mini/innerversion/content/rollback``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ContentRollbackResult = await self._call(
            _operation("content_rollback"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "pid": pid,
                "app_version": app_version,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GrayFinishResult:
        """End a gray release

        Ends the gray stage of a version in `GRAY`; the app must be released.

        ``POST /v3/alipay/open/mini/innerversion/gray/finish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: GrayFinishResult = await self._call(
            _operation("gray_finish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    async def gray_publish(
        self,
        *,
        app_origin: str | None = None,
        app_version: str | None = None,
        beta_app_id_list: list[str] | None = None,
        bundle_id: str | None = None,
        gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"]
        | None = None,
        mini_app_id: str | None = None,
        pid: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GrayPublishResult:
        """Start a gray release

        Releases an approved version (`WAIT_RELEASE`) to a share of users given by
        `gray_strategy` (`p10`, `p30`, `p50`). For a plugin, `beta_app_id_list` names mini
        programs invited to test it.

        ``POST /v3/alipay/open/mini/innerversion/gray/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: GrayPublishResult = await self._call(
            _operation("gray_publish"),
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "beta_app_id_list": beta_app_id_list,
                "bundle_id": bundle_id,
                "gray_strategy": gray_strategy,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InfoDeleteResult:
        """Delete a version

        Deletes a version that is still in development (`INIT`); versions in a security scan
        or in trial use cannot be deleted.

        ``DELETE /v3/alipay/open/mini/innerversion/info/delete``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InfoDeleteResult = await self._call(
            _operation("info_delete"),
            {
                "mini_app_id": mini_app_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "app_version": app_version,
                "pid": pid,
                "inst_code": inst_code,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    async def info_query(
        self,
        *,
        bundle_id: str | None = None,
        mini_app_id: str | None = None,
        app_version: str | None = None,
        app_origin: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InfoQueryResult:
        """Query a version

        Returns the details and status of one version.

        ``GET /v3/alipay/open/mini/innerversion/info/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InfoQueryResult = await self._call(
            _operation("info_query"),
            {
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "app_origin": app_origin,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> InstantiationQueryResult:
        """Query the template behind a version

        Says which template, and which template version, a template-instantiated version was
        built from.

        ``GET /v3/alipay/open/mini/innerversion/instantiation/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: InstantiationQueryResult = await self._call(
            _operation("instantiation_query"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "app_version": app_version,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> LastQueryResult:
        """Query the latest version

        Returns the latest version of a mini program and the app's basic information (name,
        description, logo, categories, status).

        ``GET /v3/alipay/open/mini/innerversion/last/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: LastQueryResult = await self._call(
            _operation("last_query"),
            {
                "mini_app_id": mini_app_id,
                "bundle_id": bundle_id,
                "app_origin": app_origin,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ModelforofflineQueryResult:
        """Query a released version's package data

        Returns the package data of the released version for offline scenarios, with a
        `sync_id` to quote when a sync fails.

        ``GET /v3/alipay/open/mini/innerversion/modelforoffline/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: ModelforofflineQueryResult = await self._call(
            _operation("modelforoffline_query"),
            {
                "mini_app_id": mini_app_id,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NobuildUploadResult:
        """Register an already built package

        Creates a version from packages built outside the platform (Taobao mini programs)
        without building anything. Sizes are in bytes. The server refuses a blank
        `build_version`, and a blank package URL or size (old or 2.0 fields).

        ``POST /v3/alipay/open/mini/innerversion/nobuild/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: NobuildUploadResult = await self._call(
            _operation("nobuild_upload"),
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
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OfflinePublishResult:
        """Take the released version down

        Takes the released version of a mini program off the shelf; the app must be
        released.

        ``POST /v3/alipay/open/mini/innerversion/offline/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OfflinePublishResult = await self._call(
            _operation("offline_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    async def online(
        self,
        *,
        app_offline_version: str | None = None,
        app_online_version: str | None = None,
        app_origin: str | None = None,
        bundle_id: str | None = None,
        inst_code: str | None = None,
        mini_app_id: str | None = None,
        app_auth_token: str | None = None,
        request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OnlineResult:
        """Publish a version

        Puts a successfully built version of an internal mini program on the shelf,
        optionally taking another version down.

        ``POST /v3/alipay/open/mini/innerversion/online``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OnlineResult = await self._call(
            _operation("online"),
            {
                "app_offline_version": app_offline_version,
                "app_online_version": app_online_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "inst_code": inst_code,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> OnlinePublishResult:
        """Release a reviewed version

        Releases an approved version (or one in gray) to all users. `release_type` is
        `normal` (default) or `high` (high-assurance release); with `downgrade`, clients
        that hold a cached package open it and fetch the new one in the background. Some
        apps must go through gray first.

        ``POST /v3/alipay/open/mini/innerversion/online/publish``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: OnlinePublishResult = await self._call(
            _operation("online_publish"),
            {
                "app_version": app_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "downgrade": downgrade,
                "mini_app_id": mini_app_id,
                "pid": pid,
                "release_type": release_type,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PackageCreateResult:
        """Build a pre-release or coverage package

        Builds an additional package of a version in development, of the kind `package_type`
        names (e.g. `PRE_ONLINE`). Not for template-built apps.

        ``POST /v3/alipay/open/mini/innerversion/package/create``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: PackageCreateResult = await self._call(
            _operation("package_create"),
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
                "package_type": package_type,
                "pid": pid,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncResult:
        """Push a version to clients

        Clients keep a cached package until it expires. After an online or a rollback,
        this pushes the given version to users at once. The version must be the one
        currently online.

        ``POST /v3/alipay/open/mini/innerversion/sync``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: SyncResult = await self._call(
            _operation("sync"),
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "sync_type": sync_type,
                "app_version": app_version,
                "dev_id": dev_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TemplatedUploadResult:
        """Create a version from a template

        Creates a version of a mini program from a template version, synchronously, with the
        template configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher
        than every existing version; the template must be on or off the shelf. This, with
        `instantiation/query`, is the documented way to build template instances.

        ``POST /v3/alipay/open/mini/innerversion/templated/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: TemplatedUploadResult = await self._call(
            _operation("templated_upload"),
            {
                "app_version": app_version,
                "template_id": template_id,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "ext": ext,
                "mini_app_id": mini_app_id,
                "template_version": template_version,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
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
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: UpgradeResult = await self._call(
            _operation("upgrade"),
            {
                "template_id": template_id,
                "template_version": template_version,
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "mini_app_id": mini_app_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result

    async def upload(
        self,
        *,
        build_version: str,
        package: bytes | str | os.PathLike[str] | None = None,
        source_url: str | None = None,
        wait: bool = False,
        wait_timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[Any], object] | None = None,
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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> alipay_innerversion.UploadResult:
        """Build a mini program package

        Creates a package build task for a version of an internal mini program and
        returns at once. The build runs asynchronously: poll
        `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
        `package_id` (as `build_package_id`) until `build_status` is final.
        Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
        carries the package.

        ``POST /v3/alipay/open/mini/innerversion/upload``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).

        ``package`` is the zip's bytes, a path to a ``.zip``, or a folder (zipped
        deterministically): the client fills the fields that carry it
        (``x-package-fields``); or ``source_url`` names a zip Alipay downloads. Alipay
        answers at once with a ``package_id`` and builds asynchronously; with
        ``wait=True`` this also waits for the build (``wait_timeout`` seconds, polling
        every ``poll_interval`` seconds and backing off, ``on_progress(status)`` on every
        change) and puts its final state in ``result.build``. Every argument is checked
        before anything is sent.
        """
        arguments: UploadArguments = {
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
        }
        return await self._upload_flow(
            arguments,
            package,
            source_url,
            wait,
            wait_timeout,
            poll_interval,
            on_progress,
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )

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
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UploadstatusQueryResult:
        """Query the state of a package build

        Returns the state of a build started by `upload`. Poll it until
        `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
        `need_rotation` is `"false"`.

        ``GET /v3/alipay/open/mini/innerversion/uploadstatus/query``. Keyword arguments are the
        operation's fields by their wire names; ``app_auth_token``, ``request_id``,
        ``timeout`` and ``max_retries`` apply to this call only; ``extra_body``,
        ``extra_query`` and ``extra_headers`` send what the spec does not know yet. The
        result's ``raw`` is the answer as received (status, headers, verified body).
        """
        result: UploadstatusQueryResult = await self._call(
            _operation("uploadstatus_query"),
            {
                "build_package_id": build_package_id,
                "mini_app_id": mini_app_id,
                "build_version": build_version,
                "inst_code": inst_code,
                "bundle_id": bundle_id,
            },
            CallOptions(
                app_auth_token,
                request_id,
                timeout,
                max_retries,
                extra_body,
                extra_query,
                extra_headers,
            ),
        )
        return result
