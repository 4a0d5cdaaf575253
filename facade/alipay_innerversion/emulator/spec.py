"""The operations the emulator serves, as Alipay's OpenAPI description lists them.

For each operation: HTTP method, path (under ``/v3/alipay/open/mini/innerversion/``), the
request fields (JSON body) or query parameters with their types, and the error codes of its
``XxxErrorResponseModel`` enum. Copied from Alipay's description (alipay-sdk-java-all
``v3/api/openapi.yaml``, info.version 2026-09-23); ``upgrade`` is the deprecated operation of
Alipay's older API pages. ``tests/emulator/test_conformance.py`` compares this table with the
project's ``openapi.yaml``.

Field types: ``string`` (unmarked), ``boolean``, ``object``, ``array:string`` and
``array:object``. Handlers refuse a request only with a code of its operation's list or of
``COMMON_CODES`` (Alipay's ``CommonErrorType``): :meth:`OperationSpec.allows`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

__all__ = ["COMMON_CODES", "OPERATIONS", "PREFIX", "OperationSpec"]

PREFIX: Final = "/v3/alipay/open/mini/innerversion"


@dataclass(frozen=True)
class OperationSpec:
    """One operation: ``method``, ``path``, ``fields`` (name -> type), error ``codes``."""

    name: str
    method: str
    path: str
    fields: Mapping[str, str]
    codes: frozenset[str]

    @property
    def in_query(self) -> bool:
        """GET and DELETE carry their fields in the query string (and have no body)."""
        return self.method in ("GET", "DELETE")

    def allows(self, code: str) -> bool:
        return code in self.codes or code in COMMON_CODES


def _words(text: str) -> list[str]:
    return text.split()


_SPEC: Final[Mapping[str, tuple[str, str, str, str]]] = {
    "audit.cancel": (
        "POST",
        "audit/cancel",
        "app_origin app_version bundle_id mini_app_id pid",
        (
            "APPID_IS_BLANK VERSION_IS_BLANK APP_INFO_NOT_EXIST APPLICATION_TYPE_NOT_MINIAPP "
            "MINI_APP_NOT_ONLINE MINI_APP_PACKAGE_INFO_NOT_EXIST TINYAPP_STATUS_INVALID "
            "MULTI_CLIENT_NOT_PACKAGED_STATUS APPSTORE_RPC_INVOKE_ERROR NO_PERMISSION "
            "APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST"
        ),
    ),
    "audit.submit": (
        "POST",
        "audit/submit",
        (
            "app_category_ids app_desc app_english_name app_logo app_name app_origin app_slogan "
            "app_version bundle_id license_info:object memo mini_app_id mini_category_ids open_id "
            "out_door_pic pid screen_shot_list:array:string service_email service_phone "
            "special_license_pic_list version_desc"
        ),
        (
            "INVALID_MINI_APP_NAME_LENGTH SPECIAL_LICENSE_PICS_ARE_BLANK INVALID_MINI_APP_NAME "
            "INVALID_MINI_APP_EN_NAME INVALID_MINI_APP_EN_NAME_LENGTH INVALID_MINI_APP_SLOGAN "
            "SERVICE_TEL_AND_MAIL_BOTH_BLANK INVALID_MINI_APP_SERVICE_TEL "
            "INVALID_MINI_APP_SERVICE_MAIL CATEGORY_NUM_IS_INVALID CATEGORY_IS_BLANK "
            "APP_DESC_IS_BLANK INVALID_MINI_APP_DESC_LENGTH INVALID_MINI_APP_DESC "
            "APP_VERSION_IS_BLANK VERSION_DESC_IS_BLANK INVALID_VERSION_DESC_LENGTH "
            "INVALID_MINI_APP_VERSION_DESC SCREEN_SHOTS_ARE_BLANK SCREEN_SHOT_NUM_IS_INVALID "
            "INVALID_MINI_APP_MEMO_LENGTH APPLICATION_TYPE_NOT_MINIAPP "
            "INVALID_MINI_APP_SAFE_DOMAIN CAN_NOT_SUBMIT_WITH_ALI_CLOUD MINI_APP_NAME_DUPLICATE "
            "MINI_APP_EN_NAME_DUPLICATE INVALID_CATEGORY MINI_APP_NAME_SENSITIVE "
            "MINI_APP_EN_NAME_SENSITIVE MINI_APP_SLOGAN_SENSITIVE MINI_APP_MEMO_SENSITIVE "
            "MINI_APP_DESC_SENSITIVE MINI_APP_SERVICE_MAIL_SENSITIVE "
            "MINI_APP_VERSION_DESC_SENSITIVE MINI_APP_PACKAGE_INFO_NOT_EXIST "
            "CAN_NOT_MODIFY_NAME_ONCE_ONLINE CAN_NOT_MODIFY_EN_ONCE_ONLINE "
            "MODIFY_SLOGAN_EXCEED_COUNT MODIFY_CATEGORY_ID_EXCEED_COUNT MODIFY_DESC_EXCEED_COUNT "
            "CAN_NOT_SUBMIT_WITH_AUDIT CAN_NOT_SUBMIT_WITHOUT_INIT "
            "CAN_NOT_SUBMIT_WITHOUT_SCAN_PASS CAN_NOT_SUBMIT_WITH_AUDIT_GRAY "
            "EXIST_LARGER_ONLINED_VERSION LICENSE_NO_IS_BLANK LICENSE_VALID_DATE_IS_BLANK "
            "LICENSE_VALID_DATE_IS_INVALID OUT_DOOR_PIC_IS_BLANK LICENSE_PICS_ARE_BLANK "
            "LICENSE_PIC_NUM_IS_INVALID LICENSE_CHECK_FAIL LOGO_HEIGHT_NOT_EQUAL_WIDTH "
            "INVALID_SCREEN_SHOT_EXT SCREEN_SHOT_EXCEED_MAX_SIZE INVALID_LICENSE_PIC_EXT "
            "LICENSE_PIC_EXCEED_MAX_SIZE INVALID_OUT_DOOR_PIC_EXT OUT_DOOR_PIC_EXCEED_MAX_SIZE "
            "LOGO_EXCEED_MAX_SIZE INVALID_LOGO_EXT INVALID_PARAMS INVALID_LOGO INVALID_IMAGE "
            "RISK_DECISION_CHECK_FAIL TINY_APP_AUDIT_NOT_PERMIT APP_ORIGIN_NOT_EXIST DEFAULT_LOGO "
            "SLOGAN_IS_BLANK INVALID_PARAMETER"
        ),
    ),
    "backdev.publish": (
        "POST",
        "backdev/publish",
        "app_origin app_version bundle_id mini_app_id pid",
        (
            "SYSTEM_ERROR APP_VERSION_IS_BLANK APPLICATION_TYPE_NOT_MINIAPP "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST CAN_NOT_BACK_DEV_WITHOUT_AUDIT APP_ORIGIN_NOT_EXIST "
            "BUNDLE_ID_NOT_EXIST APP_INFO_NOT_EXIST"
        ),
    ),
    "beta.confirm": (
        "POST",
        "beta/confirm",
        "app_origin memo mini_app_id operate pid plugin_id",
        "SYSTEM_ERROR PLUGIN_BETA_RELATION_NOT_EXIST",
    ),
    "betainfo.query": (
        "GET",
        "betainfo/query",
        "plugin_id bundle_id plugin_version app_origin",
        "SYSTEM_ERROR PACKAGE_VERSION_IS_BLANK PLUGINID_IS_BLANK APP_ORIGIN_NOT_EXIST",
    ),
    "condition.batchquery": (
        "POST",
        "condition/batchquery",
        "app_origin bundle_id mini_app_id page_num page_size version_status",
        (
            "APPID_IS_BLANK VERSION_STATUS_LIST_IS_BLANK APP_ORIGIN_IS_BLANK BUNDLE_ID_IS_BLANK "
            "NO_PERMISSION INVALID_PAGE_NUM INVALID_PAGE_SIZE PAGE_NUM_LESS_ONE PAGE_SIZE_MORE_TEN "
            "PAGE_SIZE_LESS_ZERO INVALID_VERSION_STATUS MINICORE_INVOKE_ERROR PAGE_NUM_LESS_ZERO "
            "BUNDLE_ID_NOT_EXIST"
        ),
    ),
    "content.rollback": (
        "POST",
        "content/rollback",
        "app_origin app_version bundle_id mini_app_id pid",
        (
            "APP_ORIGIN_IS_BLANK APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST BUNDLE_ID_IS_BLANK "
            "PID_IS_BLANK APPID_IS_BLANK"
        ),
    ),
    "gray.finish": (
        "POST",
        "gray/finish",
        "app_origin app_version bundle_id mini_app_id pid",
        (
            "SYSTEM_ERROR APP_VERSION_IS_BLANK APPLICATION_TYPE_NOT_MINIAPP "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST CAN_NOT_END_GRAY_WITHOUT_GRAY MINI_APP_NOT_ONLINE "
            "NO_PERMISSION APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST APP_INFO_NOT_EXIST"
        ),
    ),
    "gray.publish": (
        "POST",
        "gray/publish",
        (
            "app_origin app_version beta_app_id_list:array:string bundle_id gray_strategy "
            "mini_app_id pid"
        ),
        (
            "GRAY_ONLINE_FAILURE PARAMS_VALID_ERROR APP_INFO_NOT_EXISTS APP_VERSION_NOT_EXIST "
            "NO_PERMISSION APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST CAN_NOT_GRAY_ALIBABA_PASS "
            "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS PLUGIN_NOT_ALLOWED_GRAY"
        ),
    ),
    "info.delete": (
        "DELETE",
        "info/delete",
        "mini_app_id app_origin bundle_id app_version pid inst_code",
        (
            "APPID_IS_BLANK PACKAGE_VERSION_IS_BLANK BUNDLE_ID_IS_BLANK PID_IS_BLANK "
            "BUNDLE_ID_NOT_EXIST VERSION_LENGTH_ERROR VERSION_EXCEEDED_LENGTH APP_ORIGIN_NOT_EXIST "
            "APP_INFO_NOT_EXIST APPLICATION_TYPE_NOT_MINIAPP MINI_APP_NOT_ONLINE SYSTEM_ERROR "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST CAN_NOT_DELETE_WITH_SCANNING "
            "CAN_NOT_DELETE_WITH_EXPERIENCE CAN_NOT_DELETE_WITHOUT_DEV"
        ),
    ),
    "info.query": (
        "GET",
        "info/query",
        "bundle_id mini_app_id app_version app_origin",
        (
            "SYSTEM_ERROR PARAMS_VALID_ERROR APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST "
            "APP_INFO_NOT_EXIST"
        ),
    ),
    "instantiation.query": (
        "GET",
        "instantiation/query",
        "app_origin bundle_id mini_app_id app_version",
        (
            "APPID_IS_BLANK BUNDLE_ID_IS_BLANK MINI_APP_VERSION_IS_BLANK VERSION_LENGTH_ERROR "
            "VERSION_EXCEEDED_LENGTH APP_ORIGIN_NOT_EXIST APP_INFO_NOT_EXIST "
            "SUB_APPLICATION_TYPE_ERROR APPLICATION_TYPE_NOT_MINIAPP"
        ),
    ),
    "last.query": (
        "GET",
        "last/query",
        "mini_app_id bundle_id app_origin pid",
        (
            "MINICORE_INVOKE_ERROR OPENCORE_RPC_INVOKE_ERROR APP_ORIGIN_IS_BLANK "
            "APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST BUNDLE_ID_IS_BLANK PID_IS_BLANK "
            "APPID_IS_BLANK"
        ),
    ),
    "modelforoffline.query": (
        "GET",
        "modelforoffline/query",
        "mini_app_id app_version bundle_id inst_code",
        "SYSTEM_ERROR",
    ),
    "nobuild.upload": (
        "POST",
        "nobuild/upload",
        (
            "build_extra_info build_js_permission build_main_url build_qcloud_info build_version "
            "builded_package_size builded_package_url builded_plugin_size builded_plugin_url "
            "bundle_id components inst_code mini_app_id new_builded_package_size "
            "new_builded_package_url new_builded_plugin_size new_builded_plugin_url "
            "no_sign:boolean plugin_refs:array:object sub_packages:array:object"
        ),
        (
            "SYSTEM_ERROR DEV_VERSION_EXCEED_MAX_COUNT APP_NOT_EXSIT VERSION_EXCEEDED_LENGTH "
            "PACKAGE_VERSION_IS_BLANK BUILD_VERSION_ALREADY_EXIST BIZ_ERROR PLUGIN_REF_OVER_LIMIT "
            "DATA_DUPLICATE_WITH_BUILD APP_INFO_NOT_EXIST PLUGIN_NOT_EXIST "
            "PLUGIN_PACKAGE_NOT_FOUND PACKAGE_SIZE_IS_BLANK SUB_PACKAGE_PARAM_EXIST_EMPTY "
            "BUILD_VERSION_COMPARE_ERROR START_BUILD_ERROR BUNDLE_ID_NOT_EXIST INVALID_PARAMS "
            "PACKAGE_URL_IS_BLANK"
        ),
    ),
    "offline.publish": (
        "POST",
        "offline/publish",
        "app_origin app_version bundle_id mini_app_id pid",
        (
            "SYSTEM_ERROR APP_VERSION_IS_BLANK APPLICATION_TYPE_NOT_MINIAPP "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST MINI_APP_NOT_ONLINE NO_PERMISSION "
            "APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST"
        ),
    ),
    "online": (
        "POST",
        "online",
        "app_offline_version app_online_version app_origin bundle_id inst_code mini_app_id",
        (
            "SYSTEM_ERROR ONLINE_FAILURE PARAMS_VALID_ERROR MINI_APP_VERSION_NOT_EXISTS "
            "MINI_APP_VERSION_STATUS_ILLEGAL"
        ),
    ),
    "online.publish": (
        "POST",
        "online/publish",
        "app_origin app_version bundle_id downgrade:boolean mini_app_id pid release_type",
        (
            "SYSTEM_ERROR APP_VERSION_IS_BLANK APPLICATION_TYPE_NOT_MINIAPP "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST CAN_NOT_ONLINE_WITHOUT_GRAY MINI_APP_NOT_ONLINE "
            "NO_PERMISSION APP_ORIGIN_NOT_EXIST BUNDLE_ID_NOT_EXIST CAN_NOT_ONLINE_WITHOUT_AUDIT"
        ),
    ),
    "package.create": (
        "POST",
        "package/create",
        "app_origin app_version bundle_id mini_app_id package_type pid",
        (
            "PACKAGE_TYPE_NOT_EXIST PARAMS_VALID_ERROR APP_INFO_NOT_EXIST "
            "APPLICATION_TYPE_NOT_MINIAPP MINI_APP_NOT_ONLINE NO_PERMISSION "
            "PACKAGE_VERSION_IS_BLANK VERSION_LENGTH_ERROR VERSION_EXCEEDED_LENGTH "
            "BUNDLE_ID_NOT_EXIST INVALID_PARAMS_WARN MINI_APP_VERSION_NOT_EXIST "
            "APP_ORIGIN_IS_BLANK APP_ORIGIN_NOT_EXIST APP_IS_NOT_HUOBAN APP_IS_BUILD_BY_TEMPLATE "
            "MINI_APP_VERSION_NOT_INIT BUNDLE_ID_IS_BLANK NOT_CREATE_COVERAGE_NOT_ALIPAY "
            "APP_IS_NOT_INNER"
        ),
    ),
    "sync": (
        "POST",
        "sync",
        "app_origin app_version bundle_id dev_id mini_app_id sync_type",
        (
            "APP_INFO_NOT_EXIST APPLICATION_TYPE_NOT_MINIAPP MINI_APP_NOT_ONLINE "
            "APP_ORIGIN_IS_BLANK APP_ORIGIN_NOT_EXIST SYNC_TYPE_IS_BLANK SYNC_TYPE_NOT_EXIST "
            "BUNDLE_ID_IS_BLANK BUNDLE_ID_NOT_EXIST BUNDLE_ID_NOT_IN_SYNC "
            "SYNC_WITHOUT_ONLINE_ERROR PKGCORE_INVOKE_ERROR SYSTEM_ERROR MINICORE_INVOKE_ERROR"
        ),
    ),
    "templated.upload": (
        "POST",
        "templated/upload",
        "app_origin app_version bundle_id ext mini_app_id template_id template_version",
        (
            "APP_VERSION_IS_BLANK TEMPLATE_ID_IS_BLANK VERSION_HAS_EXISTED "
            "LARGER_VERSION_HAS_EXISTED APPLICATION_TYPE_NOT_MINIAPP INVALID_VERSION "
            "DEV_VERSION_EXCEED_MAX_COUNT TEMPLATE_NOT_ONLINE_OR_OFFLINE "
            "MINI_APP_PACKAGE_INFO_NOT_EXIST TEMPLATE_MINIAPP_NOT_ALLOWED VERSION_EXCEEDED_LENGTH "
            "INVALID_EXT_JSON TEMPLATE_ID_ISVAPPID_NOT_MATCH NO_AUTH_RELATION"
        ),
    ),
    "upgrade": (
        "POST",
        "upgrade",
        "app_origin bundle_id mini_app_id template_id template_version",
        (
            "INVALID_PARAMS TEMPLATE_NOT_ONLINE_OR_OFFLINE MINI_APP_AUDITING "
            "TEMPLATE_VERSION_NOT_EXIST CAN_NOT_BATCH_UPGRADE_WITHOUT_ONLINE_OR_OFFLINE "
            "SYSTEM_ERROR"
        ),
    ),
    "upload": (
        "POST",
        "upload",
        (
            "app_origin build_app_type build_extra_info build_extra_mini_project_config "
            "build_js_permission build_main_url build_max_android_client_version "
            "build_max_ios_client_version build_min_android_client_version "
            "build_min_ios_client_version build_package_md_5 build_package_name "
            "build_package_stream build_qcloud_info build_signed_pkg_url build_source_pkg_size "
            "build_source_pkg_url build_sub_url build_version builded_package_size "
            "builded_package_url bundle_id client_type inst_code mini_app_id "
            "plugin_refs:array:object"
        ),
        (
            "SYSTEM_ERROR DEV_VERSION_EXCEED_MAX_COUNT APP_NOT_EXSIT START_BUILD_ERROR "
            "BUILD_DATA_ERROR VERSION_EXCEEDED_LENGTH PACKAGE_VERSION_IS_BLANK "
            "CLIENT_VERSION_HAS_NULL MIN_CLIENT_VERSION_GREATER_THAN_ INVALID_MAX_CLIENT_VERSION "
            "INVALID_CLIENT_VERSION BUILD_VERSION_ALREADY_EXIST BIZ_ERROR PLUGIN_REF_OVER_LIMIT "
            "DATA_DUPLICATE_WITH_BUILD PLUGIN__NOT_ORDERED APP_INFO_NOT_EXIST PLUGIN_NOT_EXIST "
            "PLUGIN_PACKAGE_NOT_FOUND"
        ),
    ),
    "uploadstatus.query": (
        "GET",
        "uploadstatus/query",
        "build_package_id mini_app_id build_version inst_code bundle_id",
        "SYSTEM_ERROR POLLING_BUILD_VERSION_NOT_EXIST",
    ),
}

# One of Alipay's CommonErrorType codes holds a comma and a space: listed on its own.
COMMON_CODES: Final = frozenset(
    [
        *_words(
            "invalid-parameter upload-fail invalid-file-extension invalid-file-size "
            "file-check-fail app-call-limited method-call-limited insufficient-isv-permissions "
            "illegal-client-ip insufficient-user-permissions self-invoke-forbidden "
            "app-auth-invoke-limit app-api-punished missing-method missing-platform "
            "invalid-platform invalid-method forbidden-api invalid-format missing-signature "
            "missing-app-access-token missing-signature-type missing-default-signature-type "
            "missing-signature-key invalid-signature-type "
            "invalid-signature-type-said-interface invalid-signature "
            "unsupported-expired-app-key-sign app-cert-not-exist alipay-cert-not-exist "
            "missing-app-cert-sn missing-alipay-cert-sn missing-alipay-root-cert-sn "
            "invalid-alipay-root-cert-sn invalid-request-data invalid-response-data "
            "missing-encrypt-type missing-encrypt-key invalid-encrypt-type invalid-encrypt "
            "missing-session missing-app-id invalid-app-id missing-timestamp invalid-timestamp "
            "illegal-timestamp missing-version invalid-version unsupported-version "
            "invalid-encoding invalid-charset invalid-digest-type invalid-digest "
            "invalid-app-state invalid-subscribe-relations invalid-auth-token "
            "auth-token-time-out invalid-app-auth-token invalid-app-auth-token-no-api "
            "app-auth-token-time-out not-support-app-auth access-data-time-out "
            "unsupport-operation openid-error unknow-error invalid-app-method missing-app-uid "
            "illegal-json illegal-card-no invalid-partnerid no-product-reg-by-partner "
            "decryption-error decryption-error-missing-encrypt-type "
            "decryption-error-not-valid-encrypt-type decryption-error-not-valid-encrypt-key "
            "decryption-error-unknown missing-signature-config sevice-not-been-subscribed-to "
            "unknown-sub-code suspected-attack invalid-auth-relations invalid-product "
            "method-forbidden-batch-invoke exist-blank-sub-request-id "
            "exist-repeated-sub-request-id invalid-app-auth-relations app-unbind-partner "
            "app-invalid-oid exceed-api-balance inner-app-no-access invalid-inner-invoke-scene "
            "invalid-app-api-field-config"
        ),
        "app-key-security-risk, app-cert-expired",
    ]
)


OPERATIONS: Final[Mapping[str, OperationSpec]] = MappingProxyType(
    {
        name: OperationSpec(
            name=name,
            method=method,
            path=f"{PREFIX}/{path}",
            fields=MappingProxyType(
                {
                    item.partition(":")[0]: item.partition(":")[2] or "string"
                    for item in _words(fields)
                }
            ),
            codes=frozenset(_words(codes)),
        )
        for name, (method, path, fields, codes) in _SPEC.items()
    }
)
"""Operation name (``audit.submit``) -> its :class:`OperationSpec`."""
