from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionUpgradeModel")


@_attrs_define
class AlipayOpenMiniInnerversionUpgradeModel:
    """Request of `alipay.open.mini.innerversion.upgrade` (deprecated).

    Attributes:
        template_id (str): Template id. Example: 2021000000000099.
        template_version (str): Target template version, `x.y.z` with digits only. Example: 1.2.3.
        app_origin (str | Unset): Business source. Example: alipay_innerapp.
        bundle_id (str | Unset): Client identifier. Example: com.alipay.alipaywallet.
        mini_app_id (str | Unset): Mini program id. Example: 2021000000000002.
    """

    template_id: str
    template_version: str
    app_origin: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        template_version = self.template_version

        app_origin = self.app_origin

        bundle_id = self.bundle_id

        mini_app_id = self.mini_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_id": template_id,
                "template_version": template_version,
            }
        )
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("template_id")

        template_version = d.pop("template_version")

        app_origin = d.pop("app_origin", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        alipay_open_mini_innerversion_upgrade_model = cls(
            template_id=template_id,
            template_version=template_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            mini_app_id=mini_app_id,
        )

        alipay_open_mini_innerversion_upgrade_model.additional_properties = d
        return alipay_open_mini_innerversion_upgrade_model

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
