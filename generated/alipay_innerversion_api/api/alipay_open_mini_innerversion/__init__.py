"""The operations of ``alipay_open_mini_innerversion`` as data: ``OPERATIONS``, a result and an argument class
per operation, and ``Calls``, a typed constructor of a ``Call`` per operation; generated, do not edit. Loaded on first use through
``alipay_innerversion_api.api`` (they need every model)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ...models import (
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
from ...types import UNSET, Unset
from .. import Call, CallOptions, Operation, PackageFields, Parameter, RawAnswer

__all__ = [
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
]


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


class GrayPublishArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/gray/publish``, by keyword."""

    app_origin: str | None
    app_version: str | None
    beta_app_id_list: list[str] | None
    bundle_id: str | None
    gray_strategy: (
        AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy
        | Literal["p10", "p30", "p50", "gray_mayi_rule", "gray_alibaba_rule"]
        | None
    )
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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


class InfoQueryArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/info/query``, by keyword."""

    bundle_id: str | None
    mini_app_id: str | None
    app_version: str | None
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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


class OnlineArguments(TypedDict, total=False):
    """The fields and query parameters of ``/v3/alipay/open/mini/innerversion/online``, by keyword."""

    app_offline_version: str | None
    app_online_version: str | None
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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
    raw: RawAnswer | None = _attrs_field(
        default=None, kw_only=True, repr=False, eq=False
    )
    """The answer as received: HTTP status, headers, verified body."""


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
                description="Plugin id.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="plugin_version",
                python_name="plugin_version",
                location="query",
                required=True,
                kind="string",
                description="Plugin version to query.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
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
                name="app_origin",
                python_name="app_origin",
                location="body",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
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
                description="Mini program version, `x.y.z`.",
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
                name="gray_strategy",
                python_name="gray_strategy",
                location="body",
                required=False,
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
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
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
                description="Version to delete; must be in development.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="query",
                required=True,
                kind="string",
                description="Operator id; needed for the `alipay` tenant.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
                description="Tenant code, e.g. `alipay` or `taobao`.",
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
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
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
                description="Mini program version, `x.y.z`.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=False,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
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
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
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
                description="Mini program version, `x.y.z`.",
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
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=True,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="app_origin",
                python_name="app_origin",
                location="query",
                required=True,
                kind="string",
                description="Business source; a new integrator must apply to Alipay for its own.",
            ),
            Parameter(
                name="pid",
                python_name="pid",
                location="query",
                required=True,
                kind="string",
                description="Owner (partner) id of the mini program.",
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
                description="Mini program id; only needed in special cases, the app is normally known from the caller.",
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
                description="Released version.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
                description="Tenant code, e.g. `alipay` or `taobao`.",
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
                name="app_online_version",
                python_name="app_online_version",
                location="body",
                required=False,
                kind="string",
                pattern="^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$",
                pattern_hint="A version is x.y.z, three numbers separated by dots, without leading zeros or spaces, e.g. 1.0.12 (not v1.0.12, 1.0 or 1.0.12-beta).",
                refused_with="INVALID_VERSION",
                description="The version to publish.",
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
                description="The `package_id` returned by `upload`.",
            ),
            Parameter(
                name="mini_app_id",
                python_name="mini_app_id",
                location="query",
                required=False,
                kind="string",
                description="Mini program id.",
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
                description="The version being built.",
            ),
            Parameter(
                name="inst_code",
                python_name="inst_code",
                location="query",
                required=False,
                kind="string",
                description="Tenant code, e.g. `alipay` or `taobao`.",
            ),
            Parameter(
                name="bundle_id",
                python_name="bundle_id",
                location="query",
                required=False,
                kind="string",
                description="Client identifier, e.g. `com.alipay.alipaywallet`.",
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


_NO_OPTIONS = CallOptions()


class Calls:
    """A :class:`Call` of each operation, typed: ``arguments`` by the operation's
    ``...Arguments`` and the call by its ``...Result``, so a flow that names a field the
    spec renamed, or reads one of the result it retyped, fails mypy, not in production."""

    __slots__ = ()

    @staticmethod
    def audit_cancel(
        arguments: AuditCancelArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[AuditCancelResult]:
        return Call("audit_cancel", arguments, options, AuditCancelResult)

    @staticmethod
    def audit_submit(
        arguments: AuditSubmitArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[AuditSubmitResult]:
        return Call("audit_submit", arguments, options, AuditSubmitResult)

    @staticmethod
    def backdev_publish(
        arguments: BackdevPublishArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[BackdevPublishResult]:
        return Call("backdev_publish", arguments, options, BackdevPublishResult)

    @staticmethod
    def beta_confirm(
        arguments: BetaConfirmArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[BetaConfirmResult]:
        return Call("beta_confirm", arguments, options, BetaConfirmResult)

    @staticmethod
    def betainfo_query(
        arguments: BetainfoQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[BetainfoQueryResult]:
        return Call("betainfo_query", arguments, options, BetainfoQueryResult)

    @staticmethod
    def condition_batchquery(
        arguments: ConditionBatchqueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[ConditionBatchqueryResult]:
        return Call(
            "condition_batchquery", arguments, options, ConditionBatchqueryResult
        )

    @staticmethod
    def content_rollback(
        arguments: ContentRollbackArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[ContentRollbackResult]:
        return Call("content_rollback", arguments, options, ContentRollbackResult)

    @staticmethod
    def gray_finish(
        arguments: GrayFinishArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[GrayFinishResult]:
        return Call("gray_finish", arguments, options, GrayFinishResult)

    @staticmethod
    def gray_publish(
        arguments: GrayPublishArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[GrayPublishResult]:
        return Call("gray_publish", arguments, options, GrayPublishResult)

    @staticmethod
    def info_delete(
        arguments: InfoDeleteArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[InfoDeleteResult]:
        return Call("info_delete", arguments, options, InfoDeleteResult)

    @staticmethod
    def info_query(
        arguments: InfoQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[InfoQueryResult]:
        return Call("info_query", arguments, options, InfoQueryResult)

    @staticmethod
    def instantiation_query(
        arguments: InstantiationQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[InstantiationQueryResult]:
        return Call("instantiation_query", arguments, options, InstantiationQueryResult)

    @staticmethod
    def last_query(
        arguments: LastQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[LastQueryResult]:
        return Call("last_query", arguments, options, LastQueryResult)

    @staticmethod
    def modelforoffline_query(
        arguments: ModelforofflineQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[ModelforofflineQueryResult]:
        return Call(
            "modelforoffline_query", arguments, options, ModelforofflineQueryResult
        )

    @staticmethod
    def nobuild_upload(
        arguments: NobuildUploadArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[NobuildUploadResult]:
        return Call("nobuild_upload", arguments, options, NobuildUploadResult)

    @staticmethod
    def offline_publish(
        arguments: OfflinePublishArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[OfflinePublishResult]:
        return Call("offline_publish", arguments, options, OfflinePublishResult)

    @staticmethod
    def online(
        arguments: OnlineArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[OnlineResult]:
        return Call("online", arguments, options, OnlineResult)

    @staticmethod
    def online_publish(
        arguments: OnlinePublishArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[OnlinePublishResult]:
        return Call("online_publish", arguments, options, OnlinePublishResult)

    @staticmethod
    def package_create(
        arguments: PackageCreateArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[PackageCreateResult]:
        return Call("package_create", arguments, options, PackageCreateResult)

    @staticmethod
    def sync(
        arguments: SyncArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[SyncResult]:
        return Call("sync", arguments, options, SyncResult)

    @staticmethod
    def templated_upload(
        arguments: TemplatedUploadArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[TemplatedUploadResult]:
        return Call("templated_upload", arguments, options, TemplatedUploadResult)

    @staticmethod
    def upgrade(
        arguments: UpgradeArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[UpgradeResult]:
        return Call("upgrade", arguments, options, UpgradeResult)

    @staticmethod
    def upload(
        arguments: UploadArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[UploadResult]:
        return Call("upload", arguments, options, UploadResult)

    @staticmethod
    def uploadstatus_query(
        arguments: UploadstatusQueryArguments, options: CallOptions = _NO_OPTIONS
    ) -> Call[UploadstatusQueryResult]:
        return Call("uploadstatus_query", arguments, options, UploadstatusQueryResult)
