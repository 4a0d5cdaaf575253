from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionPackageCreateModel")


@_attrs_define
class AlipayOpenMiniInnerversionPackageCreateModel:
    """Request of `alipay.open.mini.innerversion.package.create`.

    Attributes:
        app_origin (str): Business source; a new integrator must apply to Alipay for its own. Example: alipay_innerapp.
        app_version (str): Mini program version, `x.y.z`. Example: 0.0.5.
        bundle_id (str): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        package_type (str | Unset): Kind of package to build, e.g. `PRE_ONLINE` (pre-release) or a coverage package.
            Example: PRE_ONLINE.
        pid (str | Unset): Owner (partner) id; needed for partner apps (`app_origin` `HUOBAN`). Example:
            2088000000000001.
    """

    app_origin: str
    app_version: str
    bundle_id: str
    mini_app_id: str | Unset = UNSET
    package_type: str | Unset = UNSET
    pid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        app_version = self.app_version

        bundle_id = self.bundle_id

        mini_app_id = self.mini_app_id

        package_type = self.package_type

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_origin": app_origin,
                "app_version": app_version,
                "bundle_id": bundle_id,
            }
        )
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if pid is not UNSET:
            field_dict["pid"] = pid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin")

        app_version = d.pop("app_version")

        bundle_id = d.pop("bundle_id")

        mini_app_id = d.pop("mini_app_id", UNSET)

        package_type = d.pop("package_type", UNSET)

        pid = d.pop("pid", UNSET)

        alipay_open_mini_innerversion_package_create_model = cls(
            app_origin=app_origin,
            app_version=app_version,
            bundle_id=bundle_id,
            mini_app_id=mini_app_id,
            package_type=package_type,
            pid=pid,
        )

        alipay_open_mini_innerversion_package_create_model.additional_properties = d
        return alipay_open_mini_innerversion_package_create_model

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
