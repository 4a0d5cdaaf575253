from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_version_base_info import MiniVersionBaseInfo


T = TypeVar("T", bound="AlipayOpenMiniInnerversionConditionBatchqueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionConditionBatchqueryResponseModel:
    """Response of `alipay.open.mini.innerversion.condition.batchquery`.

    Attributes:
        mini_version_base_info_list (list[MiniVersionBaseInfo] | Unset): The versions found.
    """

    mini_version_base_info_list: list[MiniVersionBaseInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mini_version_base_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mini_version_base_info_list, Unset):
            mini_version_base_info_list = []
            for (
                mini_version_base_info_list_item_data
            ) in self.mini_version_base_info_list:
                mini_version_base_info_list_item = (
                    mini_version_base_info_list_item_data.to_dict()
                )
                mini_version_base_info_list.append(mini_version_base_info_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mini_version_base_info_list is not UNSET:
            field_dict["mini_version_base_info_list"] = mini_version_base_info_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mini_version_base_info import MiniVersionBaseInfo  # noqa: PLC0415

        d = dict(src_dict)
        _mini_version_base_info_list = d.pop("mini_version_base_info_list", UNSET)
        mini_version_base_info_list: list[MiniVersionBaseInfo] | Unset = UNSET
        if _mini_version_base_info_list is not UNSET:
            mini_version_base_info_list = []
            for mini_version_base_info_list_item_data in _mini_version_base_info_list:
                mini_version_base_info_list_item = MiniVersionBaseInfo.from_dict(
                    mini_version_base_info_list_item_data
                )

                mini_version_base_info_list.append(mini_version_base_info_list_item)

        alipay_open_mini_innerversion_condition_batchquery_response_model = cls(
            mini_version_base_info_list=mini_version_base_info_list,
        )

        alipay_open_mini_innerversion_condition_batchquery_response_model.additional_properties = d
        return alipay_open_mini_innerversion_condition_batchquery_response_model

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
