from enum import StrEnum


class AlipayOpenMiniInnerversionOnlinePublishModelReleaseType(StrEnum):
    """The values the spec lists. Alipay adds values: one it does not list still parses (as a
    member of its own, not in the listed ones) instead of failing the whole answer; requests
    are checked against the listed values before they are sent."""

    HIGH = "high"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "AlipayOpenMiniInnerversionOnlinePublishModelReleaseType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
