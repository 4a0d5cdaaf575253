from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MiniVersionBaseInfo")


@_attrs_define
class MiniVersionBaseInfo:
    """Summary of one version.

    Attributes:
        app_version (str | Unset): Mini program version, `x.y.z`. Example: 0.0.5.
        build_source (str | Unset): How the version was made: `01` self-built, `02` from a template. Example: 01.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        dev_id (str | Unset): Developer (operator) id. Example: 2088000000000001.
        gray_strategy (str | Unset): Gray share: `p10`, `p30` or `p50` (10, 30 or 50 percent of users). Example: p10.
        mini_app_id (str | Unset): Mini program id. Example: 2021000000000002.
        status (str | Unset): Version status. Example: INIT.
    """

    app_version: str | Unset = UNSET
    build_source: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    dev_id: str | Unset = UNSET
    gray_strategy: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        build_source = self.build_source

        bundle_id = self.bundle_id

        dev_id = self.dev_id

        gray_strategy = self.gray_strategy

        mini_app_id = self.mini_app_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if build_source is not UNSET:
            field_dict["build_source"] = build_source
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if dev_id is not UNSET:
            field_dict["dev_id"] = dev_id
        if gray_strategy is not UNSET:
            field_dict["gray_strategy"] = gray_strategy
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_version = d.pop("app_version", UNSET)

        build_source = d.pop("build_source", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        dev_id = d.pop("dev_id", UNSET)

        gray_strategy = d.pop("gray_strategy", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        status = d.pop("status", UNSET)

        mini_version_base_info = cls(
            app_version=app_version,
            build_source=build_source,
            bundle_id=bundle_id,
            dev_id=dev_id,
            gray_strategy=gray_strategy,
            mini_app_id=mini_app_id,
            status=status,
        )

        mini_version_base_info.additional_properties = d
        return mini_version_base_info

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
