from enum import StrEnum


class AlipayOpenMiniInnerversionOnlineErrorResponseModelCode(StrEnum):
    MINI_APP_VERSION_NOT_EXISTS = "MINI_APP_VERSION_NOT_EXISTS"
    MINI_APP_VERSION_STATUS_ILLEGAL = "MINI_APP_VERSION_STATUS_ILLEGAL"
    ONLINE_FAILURE = "ONLINE_FAILURE"
    PARAMS_VALID_ERROR = "PARAMS_VALID_ERROR"
    SYSTEM_ERROR = "SYSTEM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
