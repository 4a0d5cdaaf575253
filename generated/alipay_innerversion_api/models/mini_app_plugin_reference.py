from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MiniAppPluginReference")


@_attrs_define
class MiniAppPluginReference:
    """A plugin that the package's app.json declares.

    Attributes:
        lazy (bool | Unset): Load the plugin lazily. Example: False.
        plugin_id (str | Unset): Plugin id. Example: 2021002100000001.
        plugin_lazy (bool | Unset): Plugin-level lazy loading. Example: False.
        plugin_version (str | Unset): Plugin version, e.g. `1.0.11`, or `*` for the latest. Example: 1.0.11.
    """

    lazy: bool | Unset = UNSET
    plugin_id: str | Unset = UNSET
    plugin_lazy: bool | Unset = UNSET
    plugin_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lazy = self.lazy

        plugin_id = self.plugin_id

        plugin_lazy = self.plugin_lazy

        plugin_version = self.plugin_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lazy is not UNSET:
            field_dict["lazy"] = lazy
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if plugin_lazy is not UNSET:
            field_dict["plugin_lazy"] = plugin_lazy
        if plugin_version is not UNSET:
            field_dict["plugin_version"] = plugin_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lazy = d.pop("lazy", UNSET)

        plugin_id = d.pop("plugin_id", UNSET)

        plugin_lazy = d.pop("plugin_lazy", UNSET)

        plugin_version = d.pop("plugin_version", UNSET)

        mini_app_plugin_reference = cls(
            lazy=lazy,
            plugin_id=plugin_id,
            plugin_lazy=plugin_lazy,
            plugin_version=plugin_version,
        )

        mini_app_plugin_reference.additional_properties = d
        return mini_app_plugin_reference

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
