from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_link import ErrorLink


T = TypeVar("T", bound="AlipayOpenMiniInnerversionGrayFinishErrorResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionGrayFinishErrorResponseModel:
    """Business errors of `alipay.open.mini.innerversion.gray.finish`.

    Attributes:
        code (str): Error code. Not a closed list: Alipay adds codes; `x-known-codes` are the ones it documents.
        message (str): Human-readable message.
        links (list[ErrorLink] | str | Unset): Links to solutions: Alipay's description types this as a string, live
            answers have carried a list of `{link, desc}`; both are accepted.
    """

    code: str
    message: str
    links: list[ErrorLink] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        links: list[dict[str, Any]] | str | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_1_item_data in self.links:
                links_type_1_item = links_type_1_item_data.to_dict()
                links.append(links_type_1_item)

        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_link import ErrorLink  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        def _parse_links(data: object) -> list[ErrorLink] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_1 = []
                _links_type_1 = data
                for links_type_1_item_data in _links_type_1:
                    links_type_1_item = ErrorLink.from_dict(links_type_1_item_data)

                    links_type_1.append(links_type_1_item)

                return links_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ErrorLink] | str | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        alipay_open_mini_innerversion_gray_finish_error_response_model = cls(
            code=code,
            message=message,
            links=links,
        )

        alipay_open_mini_innerversion_gray_finish_error_response_model.additional_properties = d
        return alipay_open_mini_innerversion_gray_finish_error_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
