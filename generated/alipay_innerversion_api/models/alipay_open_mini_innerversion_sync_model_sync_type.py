from enum import StrEnum


class AlipayOpenMiniInnerversionSyncModelSyncType(StrEnum):
    """The values the spec lists. Alipay adds values: one it does not list still parses (as a
    member of its own, not in the listed ones) instead of failing the whole answer; requests
    are checked against the listed values before they are sent."""

    GLOBAL = "global"
    RECENT = "recent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "AlipayOpenMiniInnerversionSyncModelSyncType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
