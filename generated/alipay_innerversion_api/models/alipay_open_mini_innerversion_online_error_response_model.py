from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alipay_open_mini_innerversion_online_error_response_model_code import (
    AlipayOpenMiniInnerversionOnlineErrorResponseModelCode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_link import ErrorLink


T = TypeVar("T", bound="AlipayOpenMiniInnerversionOnlineErrorResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionOnlineErrorResponseModel:
    """Business errors of `alipay.open.mini.innerversion.online`.

    Attributes:
        code (AlipayOpenMiniInnerversionOnlineErrorResponseModelCode | Unset): Error code.
        message (str | Unset): Human-readable message.
        links (list[ErrorLink] | Unset): Links to solutions.
    """

    code: AlipayOpenMiniInnerversionOnlineErrorResponseModelCode | Unset = UNSET
    message: str | Unset = UNSET
    links: list[ErrorLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        message = self.message

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_link import ErrorLink  # noqa: PLC0415

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: AlipayOpenMiniInnerversionOnlineErrorResponseModelCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = AlipayOpenMiniInnerversionOnlineErrorResponseModelCode(_code)

        message = d.pop("message", UNSET)

        _links = d.pop("links", UNSET)
        links: list[ErrorLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ErrorLink.from_dict(links_item_data)

                links.append(links_item)

        alipay_open_mini_innerversion_online_error_response_model = cls(
            code=code,
            message=message,
            links=links,
        )

        alipay_open_mini_innerversion_online_error_response_model.additional_properties = d
        return alipay_open_mini_innerversion_online_error_response_model

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
