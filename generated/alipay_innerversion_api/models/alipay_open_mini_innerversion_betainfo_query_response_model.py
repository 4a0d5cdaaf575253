from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_beta_item_info import PluginBetaItemInfo


T = TypeVar("T", bound="AlipayOpenMiniInnerversionBetainfoQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionBetainfoQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.betainfo.query`.

    Attributes:
        plugin_beta_item_list (list[PluginBetaItemInfo] | Unset): Beta-test results, one per invited mini program.
        status (str | Unset): Beta-test state: `WAITCHECK` waiting, `CHECKED` confirmed, `REJECT` rejected. Example:
            WAITCHECK.
    """

    plugin_beta_item_list: list[PluginBetaItemInfo] | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plugin_beta_item_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_beta_item_list, Unset):
            plugin_beta_item_list = []
            for plugin_beta_item_list_item_data in self.plugin_beta_item_list:
                plugin_beta_item_list_item = plugin_beta_item_list_item_data.to_dict()
                plugin_beta_item_list.append(plugin_beta_item_list_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plugin_beta_item_list is not UNSET:
            field_dict["plugin_beta_item_list"] = plugin_beta_item_list
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_beta_item_info import PluginBetaItemInfo  # noqa: PLC0415

        d = dict(src_dict)
        _plugin_beta_item_list = d.pop("plugin_beta_item_list", UNSET)
        plugin_beta_item_list: list[PluginBetaItemInfo] | Unset = UNSET
        if _plugin_beta_item_list is not UNSET:
            plugin_beta_item_list = []
            for plugin_beta_item_list_item_data in _plugin_beta_item_list:
                plugin_beta_item_list_item = PluginBetaItemInfo.from_dict(
                    plugin_beta_item_list_item_data
                )

                plugin_beta_item_list.append(plugin_beta_item_list_item)

        status = d.pop("status", UNSET)

        alipay_open_mini_innerversion_betainfo_query_response_model = cls(
            plugin_beta_item_list=plugin_beta_item_list,
            status=status,
        )

        alipay_open_mini_innerversion_betainfo_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_betainfo_query_response_model

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
