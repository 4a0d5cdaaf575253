from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionContentRollbackModel")


@_attrs_define
class AlipayOpenMiniInnerversionContentRollbackModel:
    """Request of `alipay.open.mini.innerversion.content.rollback`.

    Attributes:
        app_origin (str): Business source; a new integrator must apply to Alipay for its own. Example: alipay_innerapp.
        bundle_id (str): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        pid (str): Owner (partner) id of the mini program. Example: 2088000000000001.
        app_version (str | Unset): The currently released version. Example: 1.0.0.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
    """

    app_origin: str
    bundle_id: str
    pid: str
    app_version: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        bundle_id = self.bundle_id

        pid = self.pid

        app_version = self.app_version

        mini_app_id = self.mini_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "pid": pid,
            }
        )
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin")

        bundle_id = d.pop("bundle_id")

        pid = d.pop("pid")

        app_version = d.pop("app_version", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        alipay_open_mini_innerversion_content_rollback_model = cls(
            app_origin=app_origin,
            bundle_id=bundle_id,
            pid=pid,
            app_version=app_version,
            mini_app_id=mini_app_id,
        )

        alipay_open_mini_innerversion_content_rollback_model.additional_properties = d
        return alipay_open_mini_innerversion_content_rollback_model

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
