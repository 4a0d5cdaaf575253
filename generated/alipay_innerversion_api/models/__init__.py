"""Contains all the data models used in inputs/outputs"""

from .alipay_open_mini_innerversion_online_error_response_model import (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel,
)
from .alipay_open_mini_innerversion_online_error_response_model_code import (
    AlipayOpenMiniInnerversionOnlineErrorResponseModelCode,
)
from .alipay_open_mini_innerversion_online_model import (
    AlipayOpenMiniInnerversionOnlineModel,
)
from .alipay_open_mini_innerversion_online_response_model import (
    AlipayOpenMiniInnerversionOnlineResponseModel,
)
from .alipay_open_mini_innerversion_sync_error_response_model import (
    AlipayOpenMiniInnerversionSyncErrorResponseModel,
)
from .alipay_open_mini_innerversion_sync_error_response_model_code import (
    AlipayOpenMiniInnerversionSyncErrorResponseModelCode,
)
from .alipay_open_mini_innerversion_sync_model import (
    AlipayOpenMiniInnerversionSyncModel,
)
from .alipay_open_mini_innerversion_sync_response_model import (
    AlipayOpenMiniInnerversionSyncResponseModel,
)
from .alipay_open_mini_innerversion_upgrade_error_response_model import (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel,
)
from .alipay_open_mini_innerversion_upgrade_error_response_model_code import (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModelCode,
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
from .alipay_open_mini_innerversion_upload_error_response_model_code import (
    AlipayOpenMiniInnerversionUploadErrorResponseModelCode,
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
from .alipay_open_mini_innerversion_uploadstatus_query_error_response_model_code import (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModelCode,
)
from .alipay_open_mini_innerversion_uploadstatus_query_response_model import (
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
)
from .common_error_type import CommonErrorType
from .common_error_type_code import CommonErrorTypeCode
from .error_link import ErrorLink
from .mini_app_plugin_reference import MiniAppPluginReference

__all__ = (
    "AlipayOpenMiniInnerversionOnlineErrorResponseModel",
    "AlipayOpenMiniInnerversionOnlineErrorResponseModelCode",
    "AlipayOpenMiniInnerversionOnlineModel",
    "AlipayOpenMiniInnerversionOnlineResponseModel",
    "AlipayOpenMiniInnerversionSyncErrorResponseModel",
    "AlipayOpenMiniInnerversionSyncErrorResponseModelCode",
    "AlipayOpenMiniInnerversionSyncModel",
    "AlipayOpenMiniInnerversionSyncResponseModel",
    "AlipayOpenMiniInnerversionUpgradeErrorResponseModel",
    "AlipayOpenMiniInnerversionUpgradeErrorResponseModelCode",
    "AlipayOpenMiniInnerversionUpgradeModel",
    "AlipayOpenMiniInnerversionUpgradeResponseModel",
    "AlipayOpenMiniInnerversionUploadErrorResponseModel",
    "AlipayOpenMiniInnerversionUploadErrorResponseModelCode",
    "AlipayOpenMiniInnerversionUploadModel",
    "AlipayOpenMiniInnerversionUploadResponseModel",
    "AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel",
    "AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModelCode",
    "AlipayOpenMiniInnerversionUploadstatusQueryResponseModel",
    "CommonErrorType",
    "CommonErrorTypeCode",
    "ErrorLink",
    "MiniAppPluginReference",
)
