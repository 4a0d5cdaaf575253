from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alipay_open_mini_innerversion_sync_model_sync_type import (
    AlipayOpenMiniInnerversionSyncModelSyncType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionSyncModel")


@_attrs_define
class AlipayOpenMiniInnerversionSyncModel:
    """Request of `alipay.open.mini.innerversion.sync`.

    Attributes:
        app_origin (str): Business source. Example: alipay_innerapp.
        bundle_id (str): Client identifier. Example: com.alipay.alipaywallet.
        sync_type (AlipayOpenMiniInnerversionSyncModelSyncType): Push mode: `global` (all users) or `recent` (targeted
            users). Example: global.
        app_version (str | Unset): The version to push; must be the online version. Example: 0.0.5.
        dev_id (str | Unset): Operator id. Example: 2088000000000001.
        mini_app_id (str | Unset): Mini program id. Example: 2018012201365222.
    """

    app_origin: str
    bundle_id: str
    sync_type: AlipayOpenMiniInnerversionSyncModelSyncType
    app_version: str | Unset = UNSET
    dev_id: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        bundle_id = self.bundle_id

        sync_type = getattr(self.sync_type, "value", self.sync_type)

        app_version = self.app_version

        dev_id = self.dev_id

        mini_app_id = self.mini_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "sync_type": sync_type,
            }
        )
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if dev_id is not UNSET:
            field_dict["dev_id"] = dev_id
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin")

        bundle_id = d.pop("bundle_id")

        sync_type = AlipayOpenMiniInnerversionSyncModelSyncType(d.pop("sync_type"))

        app_version = d.pop("app_version", UNSET)

        dev_id = d.pop("dev_id", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        alipay_open_mini_innerversion_sync_model = cls(
            app_origin=app_origin,
            bundle_id=bundle_id,
            sync_type=sync_type,
            app_version=app_version,
            dev_id=dev_id,
            mini_app_id=mini_app_id,
        )

        alipay_open_mini_innerversion_sync_model.additional_properties = d
        return alipay_open_mini_innerversion_sync_model

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
