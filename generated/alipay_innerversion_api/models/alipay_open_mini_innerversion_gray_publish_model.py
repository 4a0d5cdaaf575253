from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alipay_open_mini_innerversion_gray_publish_model_gray_strategy import (
    AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionGrayPublishModel")


@_attrs_define
class AlipayOpenMiniInnerversionGrayPublishModel:
    """Request of `alipay.open.mini.innerversion.gray.publish`.

    Attributes:
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        app_version (str | Unset): Mini program version, `x.y.z`. Example: 0.0.5.
        beta_app_id_list (list[str] | Unset): Plugins only: mini programs invited to test this gray version. Leave out
            unless inviting. Example: ['2021000000000003'].
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        gray_strategy (AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy | Unset): Gray share: `p10`, `p30` or
            `p50` (10, 30 or 50 percent of users). Example: p10.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        pid (str | Unset): Owner (partner) id of the mini program. Example: 2088000000000001.
    """

    app_origin: str | Unset = UNSET
    app_version: str | Unset = UNSET
    beta_app_id_list: list[str] | Unset = UNSET
    bundle_id: str | Unset = UNSET
    gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy | Unset = (
        UNSET
    )
    mini_app_id: str | Unset = UNSET
    pid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        app_version = self.app_version

        beta_app_id_list: list[str] | Unset = UNSET
        if not isinstance(self.beta_app_id_list, Unset):
            beta_app_id_list = self.beta_app_id_list

        bundle_id = self.bundle_id

        gray_strategy: str | Unset = UNSET
        if not isinstance(self.gray_strategy, Unset):
            gray_strategy = getattr(self.gray_strategy, "value", self.gray_strategy)

        mini_app_id = self.mini_app_id

        pid = self.pid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if beta_app_id_list is not UNSET:
            field_dict["beta_app_id_list"] = beta_app_id_list
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if gray_strategy is not UNSET:
            field_dict["gray_strategy"] = gray_strategy
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if pid is not UNSET:
            field_dict["pid"] = pid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin", UNSET)

        app_version = d.pop("app_version", UNSET)

        beta_app_id_list = cast(list[str], d.pop("beta_app_id_list", UNSET))

        bundle_id = d.pop("bundle_id", UNSET)

        _gray_strategy = d.pop("gray_strategy", UNSET)
        gray_strategy: AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy | Unset
        if isinstance(_gray_strategy, Unset):
            gray_strategy = UNSET
        else:
            gray_strategy = AlipayOpenMiniInnerversionGrayPublishModelGrayStrategy(
                _gray_strategy
            )

        mini_app_id = d.pop("mini_app_id", UNSET)

        pid = d.pop("pid", UNSET)

        alipay_open_mini_innerversion_gray_publish_model = cls(
            app_origin=app_origin,
            app_version=app_version,
            beta_app_id_list=beta_app_id_list,
            bundle_id=bundle_id,
            gray_strategy=gray_strategy,
            mini_app_id=mini_app_id,
            pid=pid,
        )

        alipay_open_mini_innerversion_gray_publish_model.additional_properties = d
        return alipay_open_mini_innerversion_gray_publish_model

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
