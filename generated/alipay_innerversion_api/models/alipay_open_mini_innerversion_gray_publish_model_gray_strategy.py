from enum import StrEnum


class AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy(StrEnum):
    """The values the spec lists. Alipay adds values: one it does not list still parses (as a
    member of its own, not in the listed ones) instead of failing the whole answer; requests
    are checked against the listed values before they are sent."""

    GRAY_ALIBABA_RULE = "gray_alibaba_rule"
    GRAY_MAYI_RULE = "gray_mayi_rule"
    P10 = "p10"
    P30 = "p30"
    P50 = "p50"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
