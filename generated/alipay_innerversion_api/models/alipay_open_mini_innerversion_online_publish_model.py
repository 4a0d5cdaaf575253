from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alipay_open_mini_innerversion_online_publish_model_release_type import (
    AlipayOpenMiniInnerversionOnlinePublishModelReleaseType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionOnlinePublishModel")


@_attrs_define
class AlipayOpenMiniInnerversionOnlinePublishModel:
    """Request of `alipay.open.mini.innerversion.online.publish`.

    Attributes:
        app_version (str): Mini program version, `x.y.z`. Example: 0.0.5.
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        downgrade (bool | Unset): Let clients open a cached package while the new one downloads in the background.
            Example: False.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        pid (str | Unset): Owner (partner) id of the mini program. Example: 2088000000000001.
        release_type (AlipayOpenMiniInnerversionOnlinePublishModelReleaseType | Unset): `normal` (default) or `high`
            (high-assurance release). Example: normal.
    """

    app_version: str
    app_origin: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    downgrade: bool | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    pid: str | Unset = UNSET
    release_type: AlipayOpenMiniInnerversionOnlinePublishModelReleaseType | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        app_origin = self.app_origin

        bundle_id = self.bundle_id

        downgrade = self.downgrade

        mini_app_id = self.mini_app_id

        pid = self.pid

        release_type: str | Unset = UNSET
        if not isinstance(self.release_type, Unset):
            release_type = getattr(self.release_type, "value", self.release_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_version": app_version,
            }
        )
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if downgrade is not UNSET:
            field_dict["downgrade"] = downgrade
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if pid is not UNSET:
            field_dict["pid"] = pid
        if release_type is not UNSET:
            field_dict["release_type"] = release_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_version = d.pop("app_version")

        app_origin = d.pop("app_origin", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        downgrade = d.pop("downgrade", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        pid = d.pop("pid", UNSET)

        _release_type = d.pop("release_type", UNSET)
        release_type: AlipayOpenMiniInnerversionOnlinePublishModelReleaseType | Unset
        if isinstance(_release_type, Unset):
            release_type = UNSET
        else:
            release_type = AlipayOpenMiniInnerversionOnlinePublishModelReleaseType(
                _release_type
            )

        alipay_open_mini_innerversion_online_publish_model = cls(
            app_version=app_version,
            app_origin=app_origin,
            bundle_id=bundle_id,
            downgrade=downgrade,
            mini_app_id=mini_app_id,
            pid=pid,
            release_type=release_type,
        )

        alipay_open_mini_innerversion_online_publish_model.additional_properties = d
        return alipay_open_mini_innerversion_online_publish_model

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
