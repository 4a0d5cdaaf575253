from enum import StrEnum


class CommonErrorTypeCode(StrEnum):
    APP_AUTH_TOKEN_TIME_OUT = "app-auth-token-time-out"
    APP_CALL_LIMITED = "app-call-limited"
    APP_CERT_NOT_EXIST = "app-cert-not-exist"
    DECRYPTION_ERROR = "decryption-error"
    ILLEGAL_TIMESTAMP = "illegal-timestamp"
    INSUFFICIENT_ISV_PERMISSIONS = "insufficient-isv-permissions"
    INVALID_ALIPAY_ROOT_CERT_SN = "invalid-alipay-root-cert-sn"
    INVALID_APP_AUTH_TOKEN = "invalid-app-auth-token"
    INVALID_APP_ID = "invalid-app-id"
    INVALID_ENCRYPT = "invalid-encrypt"
    INVALID_PARAMETER = "invalid-parameter"
    INVALID_SIGNATURE = "invalid-signature"
    METHOD_CALL_LIMITED = "method-call-limited"
    MISSING_SIGNATURE = "missing-signature"
    MISSING_TIMESTAMP = "missing-timestamp"
    UNKNOW_ERROR = "unknow-error"

    def __str__(self) -> str:
        return str(self.value)
