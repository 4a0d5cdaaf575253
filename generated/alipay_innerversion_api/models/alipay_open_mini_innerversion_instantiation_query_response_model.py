from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionInstantiationQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionInstantiationQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.instantiation.query`.

    Attributes:
        app_version (str | Unset): Mini program version, `x.y.z`. Example: 0.0.5.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        mini_app_id (str | Unset): Mini program id. Example: 2021000000000002.
        template_id (str | Unset): Template the app version was built from. Example: 2021000000000099.
        template_version (str | Unset): Template version the app version was built from. Example: 1.2.3.
    """

    app_version: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    template_id: str | Unset = UNSET
    template_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        bundle_id = self.bundle_id

        mini_app_id = self.mini_app_id

        template_id = self.template_id

        template_version = self.template_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_version is not UNSET:
            field_dict["template_version"] = template_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_version = d.pop("app_version", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        template_version = d.pop("template_version", UNSET)

        alipay_open_mini_innerversion_instantiation_query_response_model = cls(
            app_version=app_version,
            bundle_id=bundle_id,
            mini_app_id=mini_app_id,
            template_id=template_id,
            template_version=template_version,
        )

        alipay_open_mini_innerversion_instantiation_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_instantiation_query_response_model

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
