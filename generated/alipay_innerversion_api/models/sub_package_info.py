from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubPackageInfo")


@_attrs_define
class SubPackageInfo:
    """A built sub-package.

    Attributes:
        builded_package_url (str | Unset): URL of the built sub-package. Example:
            https://cdn.example.com/packages/sub.amr.
        new_builded_package_url (str | Unset): URL of the built sub-package (2.0 build). Example:
            https://cdn.example.com/packages/sub-v2.amr.
        new_size (str | Unset): Sub-package size in bytes (2.0 build). Example: 1024.
        path (str | Unset): Sub-package path. Example: pages/sub.
        size (str | Unset): Sub-package size in bytes. Example: 1024.
        source_url (str | Unset): Source URL of the sub-package. Example: https://cdn.example.com/packages/sub-src.zip.
        type_ (str | Unset): Sub-package type: `MAIN` or `SUB`. Example: MAIN.
    """

    builded_package_url: str | Unset = UNSET
    new_builded_package_url: str | Unset = UNSET
    new_size: str | Unset = UNSET
    path: str | Unset = UNSET
    size: str | Unset = UNSET
    source_url: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        builded_package_url = self.builded_package_url

        new_builded_package_url = self.new_builded_package_url

        new_size = self.new_size

        path = self.path

        size = self.size

        source_url = self.source_url

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if builded_package_url is not UNSET:
            field_dict["builded_package_url"] = builded_package_url
        if new_builded_package_url is not UNSET:
            field_dict["new_builded_package_url"] = new_builded_package_url
        if new_size is not UNSET:
            field_dict["new_size"] = new_size
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        builded_package_url = d.pop("builded_package_url", UNSET)

        new_builded_package_url = d.pop("new_builded_package_url", UNSET)

        new_size = d.pop("new_size", UNSET)

        path = d.pop("path", UNSET)

        size = d.pop("size", UNSET)

        source_url = d.pop("source_url", UNSET)

        type_ = d.pop("type", UNSET)

        sub_package_info = cls(
            builded_package_url=builded_package_url,
            new_builded_package_url=new_builded_package_url,
            new_size=new_size,
            path=path,
            size=size,
            source_url=source_url,
            type_=type_,
        )

        sub_package_info.additional_properties = d
        return sub_package_info

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
