from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MiniAppPluginInfo")


@_attrs_define
class MiniAppPluginInfo:
    """A plugin a version uses.

    Attributes:
        package_url (str | Unset): Plugin package URL. Example: https://cdn.example.com/plugins/p-1.0.11.amr.
        plugin_id (str | Unset): Plugin id. Example: 2021002100000001.
        require_version (str | Unset): Plugin version the app requires, `x.y.z` or `*` for the latest. Example: *.
    """

    package_url: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    require_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_url = self.package_url

        plugin_id = self.plugin_id

        require_version = self.require_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_url is not UNSET:
            field_dict["package_url"] = package_url
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if require_version is not UNSET:
            field_dict["require_version"] = require_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_url = d.pop("package_url", UNSET)

        plugin_id = d.pop("plugin_id", UNSET)

        require_version = d.pop("require_version", UNSET)

        mini_app_plugin_info = cls(
            package_url=package_url,
            plugin_id=plugin_id,
            require_version=require_version,
        )

        mini_app_plugin_info.additional_properties = d
        return mini_app_plugin_info

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
