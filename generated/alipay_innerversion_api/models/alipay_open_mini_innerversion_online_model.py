from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionOnlineModel")


@_attrs_define
class AlipayOpenMiniInnerversionOnlineModel:
    """Request of `alipay.open.mini.innerversion.online`.

    Attributes:
        app_offline_version (str | Unset): The version taken down. Example: 0.0.4.
        app_online_version (str | Unset): The version to publish. Example: 0.0.5.
        app_origin (str | Unset): Business source. Example: alipay_innerapp.
        bundle_id (str | Unset): Client identifier. Example: com.alipay.alipaywallet.
        inst_code (str | Unset): Tenant code, `alipay` or `taobao`. Example: alipay.
        mini_app_id (str | Unset): Mini program id. Example: 2018012201365222.
    """

    app_offline_version: str | Unset = UNSET
    app_online_version: str | Unset = UNSET
    app_origin: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    inst_code: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_offline_version = self.app_offline_version

        app_online_version = self.app_online_version

        app_origin = self.app_origin

        bundle_id = self.bundle_id

        inst_code = self.inst_code

        mini_app_id = self.mini_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_offline_version is not UNSET:
            field_dict["app_offline_version"] = app_offline_version
        if app_online_version is not UNSET:
            field_dict["app_online_version"] = app_online_version
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if inst_code is not UNSET:
            field_dict["inst_code"] = inst_code
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_offline_version = d.pop("app_offline_version", UNSET)

        app_online_version = d.pop("app_online_version", UNSET)

        app_origin = d.pop("app_origin", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        inst_code = d.pop("inst_code", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        alipay_open_mini_innerversion_online_model = cls(
            app_offline_version=app_offline_version,
            app_online_version=app_online_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            inst_code=inst_code,
            mini_app_id=mini_app_id,
        )

        alipay_open_mini_innerversion_online_model.additional_properties = d
        return alipay_open_mini_innerversion_online_model

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
