"""Contains all the data models used in inputs/outputs"""

from .alipay_open_mini_innerversion_audit_cancel_error_response_model import (
    AlipayOpenMiniInnerversionAuditCancelErrorResponseModel,
)
from .alipay_open_mini_innerversion_audit_cancel_model import (
    AlipayOpenMiniInnerversionAuditCancelModel,
)
from .alipay_open_mini_innerversion_audit_cancel_response_model import (
    AlipayOpenMiniInnerversionAuditCancelResponseModel,
)
from .alipay_open_mini_innerversion_audit_submit_error_response_model import (
    AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel,
)
from .alipay_open_mini_innerversion_audit_submit_model import (
    AlipayOpenMiniInnerversionAuditSubmitModel,
)
from .alipay_open_mini_innerversion_audit_submit_response_model import (
    AlipayOpenMiniInnerversionAuditSubmitResponseModel,
)
from .alipay_open_mini_innerversion_backdev_publish_error_response_model import (
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel,
)
from .alipay_open_mini_innerversion_backdev_publish_model import (
    AlipayOpenMiniInnerversionBackdevPublishModel,
)
from .alipay_open_mini_innerversion_backdev_publish_response_model import (
    AlipayOpenMiniInnerversionBackdevPublishResponseModel,
)
from .alipay_open_mini_innerversion_beta_confirm_error_response_model import (
    AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel,
)
from .alipay_open_mini_innerversion_beta_confirm_model import (
    AlipayOpenMiniInnerversionBetaConfirmModel,
)
from .alipay_open_mini_innerversion_beta_confirm_model_operate import (
    AlipayOpenMiniInnerversionBetaConfirmModelOperate,
)
from .alipay_open_mini_innerversion_beta_confirm_response_model import (
    AlipayOpenMiniInnerversionBetaConfirmResponseModel,
)
from .alipay_open_mini_innerversion_betainfo_query_error_response_model import (
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_betainfo_query_response_model import (
    AlipayOpenMiniInnerversionBetainfoQueryResponseModel,
)
from .alipay_open_mini_innerversion_condition_batchquery_error_response_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_condition_batchquery_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryModel,
)
from .alipay_open_mini_innerversion_condition_batchquery_response_model import (
    AlipayOpenMiniInnerversionConditionBatchqueryResponseModel,
)
from .alipay_open_mini_innerversion_content_rollback_error_response_model import (
    AlipayOpenMiniInnerversionContentRollbackErrorResponseModel,
)
from .alipay_open_mini_innerversion_content_rollback_model import (
    AlipayOpenMiniInnerversionContentRollbackModel,
)
from .alipay_open_mini_innerversion_content_rollback_response_model import (
    AlipayOpenMiniInnerversionContentRollbackResponseModel,
)
from .alipay_open_mini_innerversion_gray_finish_error_response_model import (
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel,
)
from .alipay_open_mini_innerversion_gray_finish_model import (
    AlipayOpenMiniInnerversionGrayFinishModel,
)
from .alipay_open_mini_innerversion_gray_finish_response_model import (
    AlipayOpenMiniInnerversionGrayFinishResponseModel,
)
from .alipay_open_mini_innerversion_gray_publish_error_response_model import (
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel,
)
from .alipay_open_mini_innerversion_gray_publish_model import (
    AlipayOpenMiniInnerversionGrayPublishModel,
)
from .alipay_open_mini_innerversion_gray_publish_model_gray_strategy import (
    AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy,
)
from .alipay_open_mini_innerversion_gray_publish_response_model import (
    AlipayOpenMiniInnerversionGrayPublishResponseModel,
)
from .alipay_open_mini_innerversion_info_delete_error_response_model import (
    AlipayOpenMiniInnerversionInfoDeleteErrorResponseModel,
)
from .alipay_open_mini_innerversion_info_delete_response_model import (
    AlipayOpenMiniInnerversionInfoDeleteResponseModel,
)
from .alipay_open_mini_innerversion_info_query_error_response_model import (
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_info_query_response_model import (
    AlipayOpenMiniInnerversionInfoQueryResponseModel,
)
from .alipay_open_mini_innerversion_instantiation_query_error_response_model import (
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_instantiation_query_response_model import (
    AlipayOpenMiniInnerversionInstantiationQueryResponseModel,
)
from .alipay_open_mini_innerversion_last_query_error_response_model import (
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_last_query_response_model import (
    AlipayOpenMiniInnerversionLastQueryResponseModel,
)
from .alipay_open_mini_innerversion_modelforoffline_query_error_response_model import (
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_modelforoffline_query_response_model import (
    AlipayOpenMiniInnerversionModelforofflineQueryResponseModel,
)
from .alipay_open_mini_innerversion_nobuild_upload_error_response_model import (
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel,
)
from .alipay_open_mini_innerversion_nobuild_upload_model import (
    AlipayOpenMiniInnerversionNobuildUploadModel,
)
from .alipay_open_mini_innerversion_nobuild_upload_response_model import (
    AlipayOpenMiniInnerversionNobuildUploadResponseModel,
)
from .alipay_open_mini_innerversion_offline_publish_error_response_model import (
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel,
)
from .alipay_open_mini_innerversion_offline_publish_model import (
    AlipayOpenMiniInnerversionOfflinePublishModel,
)
from .alipay_open_mini_innerversion_offline_publish_response_model import (
    AlipayOpenMiniInnerversionOfflinePublishResponseModel,
)
from .alipay_open_mini_innerversion_online_error_response_model import (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel,
)
from .alipay_open_mini_innerversion_online_model import (
    AlipayOpenMiniInnerversionOnlineModel,
)
from .alipay_open_mini_innerversion_online_publish_error_response_model import (
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel,
)
from .alipay_open_mini_innerversion_online_publish_model import (
    AlipayOpenMiniInnerversionOnlinePublishModel,
)
from .alipay_open_mini_innerversion_online_publish_model_release_type import (
    AlipayOpenMiniInnerversionOnlinePublishModelReleaseType,
)
from .alipay_open_mini_innerversion_online_publish_response_model import (
    AlipayOpenMiniInnerversionOnlinePublishResponseModel,
)
from .alipay_open_mini_innerversion_online_response_model import (
    AlipayOpenMiniInnerversionOnlineResponseModel,
)
from .alipay_open_mini_innerversion_package_create_error_response_model import (
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel,
)
from .alipay_open_mini_innerversion_package_create_model import (
    AlipayOpenMiniInnerversionPackageCreateModel,
)
from .alipay_open_mini_innerversion_package_create_response_model import (
    AlipayOpenMiniInnerversionPackageCreateResponseModel,
)
from .alipay_open_mini_innerversion_sync_error_response_model import (
    AlipayOpenMiniInnerversionSyncErrorResponseModel,
)
from .alipay_open_mini_innerversion_sync_model import (
    AlipayOpenMiniInnerversionSyncModel,
)
from .alipay_open_mini_innerversion_sync_model_sync_type import (
    AlipayOpenMiniInnerversionSyncModelSyncType,
)
from .alipay_open_mini_innerversion_sync_response_model import (
    AlipayOpenMiniInnerversionSyncResponseModel,
)
from .alipay_open_mini_innerversion_templated_upload_error_response_model import (
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel,
)
from .alipay_open_mini_innerversion_templated_upload_model import (
    AlipayOpenMiniInnerversionTemplatedUploadModel,
)
from .alipay_open_mini_innerversion_templated_upload_response_model import (
    AlipayOpenMiniInnerversionTemplatedUploadResponseModel,
)
from .alipay_open_mini_innerversion_upgrade_error_response_model import (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel,
)
from .alipay_open_mini_innerversion_upgrade_model import (
    AlipayOpenMiniInnerversionUpgradeModel,
)
from .alipay_open_mini_innerversion_upgrade_response_model import (
    AlipayOpenMiniInnerversionUpgradeResponseModel,
)
from .alipay_open_mini_innerversion_upload_error_response_model import (
    AlipayOpenMiniInnerversionUploadErrorResponseModel,
)
from .alipay_open_mini_innerversion_upload_model import (
    AlipayOpenMiniInnerversionUploadModel,
)
from .alipay_open_mini_innerversion_upload_response_model import (
    AlipayOpenMiniInnerversionUploadResponseModel,
)
from .alipay_open_mini_innerversion_uploadstatus_query_error_response_model import (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel,
)
from .alipay_open_mini_innerversion_uploadstatus_query_response_model import (
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
)
from .audit_license_info import AuditLicenseInfo
from .common_error_type import CommonErrorType
from .error_link import ErrorLink
from .mini_app_plugin_info import MiniAppPluginInfo
from .mini_app_plugin_reference import MiniAppPluginReference
from .mini_version_base_info import MiniVersionBaseInfo
from .plugin_beta_item_info import PluginBetaItemInfo
from .sub_package_info import SubPackageInfo

__all__ = (
    "AlipayOpenMiniInnerversionAuditCancelErrorResponseModel",
    "AlipayOpenMiniInnerversionAuditCancelModel",
    "AlipayOpenMiniInnerversionAuditCancelResponseModel",
    "AlipayOpenMiniInnerversionAuditSubmitErrorResponseModel",
    "AlipayOpenMiniInnerversionAuditSubmitModel",
    "AlipayOpenMiniInnerversionAuditSubmitResponseModel",
    "AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel",
    "AlipayOpenMiniInnerversionBackdevPublishModel",
    "AlipayOpenMiniInnerversionBackdevPublishResponseModel",
    "AlipayOpenMiniInnerversionBetaConfirmErrorResponseModel",
    "AlipayOpenMiniInnerversionBetaConfirmModel",
    "AlipayOpenMiniInnerversionBetaConfirmModelOperate",
    "AlipayOpenMiniInnerversionBetaConfirmResponseModel",
    "AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionBetainfoQueryResponseModel",
    "AlipayOpenMiniInnerversionConditionBatchqueryErrorResponseModel",
    "AlipayOpenMiniInnerversionConditionBatchqueryModel",
    "AlipayOpenMiniInnerversionConditionBatchqueryResponseModel",
    "AlipayOpenMiniInnerversionContentRollbackErrorResponseModel",
    "AlipayOpenMiniInnerversionContentRollbackModel",
    "AlipayOpenMiniInnerversionContentRollbackResponseModel",
    "AlipayOpenMiniInnerversionGrayFinishErrorResponseModel",
    "AlipayOpenMiniInnerversionGrayFinishModel",
    "AlipayOpenMiniInnerversionGrayFinishResponseModel",
    "AlipayOpenMiniInnerversionGrayPublishErrorResponseModel",
    "AlipayOpenMiniInnerversionGrayPublishModel",
    "AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy",
    "AlipayOpenMiniInnerversionGrayPublishResponseModel",
    "AlipayOpenMiniInnerversionInfoDeleteErrorResponseModel",
    "AlipayOpenMiniInnerversionInfoDeleteResponseModel",
    "AlipayOpenMiniInnerversionInfoQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionInfoQueryResponseModel",
    "AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionInstantiationQueryResponseModel",
    "AlipayOpenMiniInnerversionLastQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionLastQueryResponseModel",
    "AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionModelforofflineQueryResponseModel",
    "AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel",
    "AlipayOpenMiniInnerversionNobuildUploadModel",
    "AlipayOpenMiniInnerversionNobuildUploadResponseModel",
    "AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel",
    "AlipayOpenMiniInnerversionOfflinePublishModel",
    "AlipayOpenMiniInnerversionOfflinePublishResponseModel",
    "AlipayOpenMiniInnerversionOnlineErrorResponseModel",
    "AlipayOpenMiniInnerversionOnlineModel",
    "AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel",
    "AlipayOpenMiniInnerversionOnlinePublishModel",
    "AlipayOpenMiniInnerversionOnlinePublishModelReleaseType",
    "AlipayOpenMiniInnerversionOnlinePublishResponseModel",
    "AlipayOpenMiniInnerversionOnlineResponseModel",
    "AlipayOpenMiniInnerversionPackageCreateErrorResponseModel",
    "AlipayOpenMiniInnerversionPackageCreateModel",
    "AlipayOpenMiniInnerversionPackageCreateResponseModel",
    "AlipayOpenMiniInnerversionSyncErrorResponseModel",
    "AlipayOpenMiniInnerversionSyncModel",
    "AlipayOpenMiniInnerversionSyncModelSyncType",
    "AlipayOpenMiniInnerversionSyncResponseModel",
    "AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel",
    "AlipayOpenMiniInnerversionTemplatedUploadModel",
    "AlipayOpenMiniInnerversionTemplatedUploadResponseModel",
    "AlipayOpenMiniInnerversionUpgradeErrorResponseModel",
    "AlipayOpenMiniInnerversionUpgradeModel",
    "AlipayOpenMiniInnerversionUpgradeResponseModel",
    "AlipayOpenMiniInnerversionUploadErrorResponseModel",
    "AlipayOpenMiniInnerversionUploadModel",
    "AlipayOpenMiniInnerversionUploadResponseModel",
    "AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionUploadstatusQueryResponseModel",
    "AuditLicenseInfo",
    "CommonErrorType",
    "ErrorLink",
    "MiniAppPluginInfo",
    "MiniAppPluginReference",
    "MiniVersionBaseInfo",
    "PluginBetaItemInfo",
    "SubPackageInfo",
)
