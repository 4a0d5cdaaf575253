from enum import StrEnum


class AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModelCode(StrEnum):
    POLLING_BUILD_VERSION_NOT_EXIST = "POLLING_BUILD_VERSION_NOT_EXIST"
    SYSTEM_ERROR = "SYSTEM_ERROR"

    def __str__(self) -> str:
        return str(self.value)
