from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionLastQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionLastQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.last.query`.

    Attributes:
        app_desc (str | Unset): App description. Example: Order ahead and pick up in store..
        app_name (str | Unset): App name. Example: Demo Shop.
        app_version (str | Unset): The latest version. Example: 0.0.5.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        category_ids (str | Unset): The app's categories. Example: 107211_107427.
        english_name (str | Unset): English app name. Example: demo shop.
        logo_url (str | Unset): Logo URL. Example: https://cdn.example.com/img/logo.png.
        mini_app_id (str | Unset): Mini program id. Example: 2021000000000002.
        service_phone (str | Unset): Support phone. Example: 4000000000.
        slogan (str | Unset): One-line summary of the app. Example: Order ahead, skip the queue..
        status (str | Unset): Status of the latest version. Example: RELEASE.
        sub_application_type (str | Unset): App sub-type, e.g. `TINY_NORMAL` (self-developed) or a template type.
            Example: TINY_NORMAL.
    """

    app_desc: str | Unset = UNSET
    app_name: str | Unset = UNSET
    app_version: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    category_ids: str | Unset = UNSET
    english_name: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    service_phone: str | Unset = UNSET
    slogan: str | Unset = UNSET
    status: str | Unset = UNSET
    sub_application_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_desc = self.app_desc

        app_name = self.app_name

        app_version = self.app_version

        bundle_id = self.bundle_id

        category_ids = self.category_ids

        english_name = self.english_name

        logo_url = self.logo_url

        mini_app_id = self.mini_app_id

        service_phone = self.service_phone

        slogan = self.slogan

        status = self.status

        sub_application_type = self.sub_application_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_desc is not UNSET:
            field_dict["app_desc"] = app_desc
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if category_ids is not UNSET:
            field_dict["category_ids"] = category_ids
        if english_name is not UNSET:
            field_dict["english_name"] = english_name
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if slogan is not UNSET:
            field_dict["slogan"] = slogan
        if status is not UNSET:
            field_dict["status"] = status
        if sub_application_type is not UNSET:
            field_dict["sub_application_type"] = sub_application_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_desc = d.pop("app_desc", UNSET)

        app_name = d.pop("app_name", UNSET)

        app_version = d.pop("app_version", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        category_ids = d.pop("category_ids", UNSET)

        english_name = d.pop("english_name", UNSET)

        logo_url = d.pop("logo_url", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        service_phone = d.pop("service_phone", UNSET)

        slogan = d.pop("slogan", UNSET)

        status = d.pop("status", UNSET)

        sub_application_type = d.pop("sub_application_type", UNSET)

        alipay_open_mini_innerversion_last_query_response_model = cls(
            app_desc=app_desc,
            app_name=app_name,
            app_version=app_version,
            bundle_id=bundle_id,
            category_ids=category_ids,
            english_name=english_name,
            logo_url=logo_url,
            mini_app_id=mini_app_id,
            service_phone=service_phone,
            slogan=slogan,
            status=status,
            sub_application_type=sub_application_type,
        )

        alipay_open_mini_innerversion_last_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_last_query_response_model

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
