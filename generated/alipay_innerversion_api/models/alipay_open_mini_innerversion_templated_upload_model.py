from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionTemplatedUploadModel")


@_attrs_define
class AlipayOpenMiniInnerversionTemplatedUploadModel:
    """Request of `alipay.open.mini.innerversion.templated.upload`.

    Attributes:
        app_version (str): Version to create, `x.y.z`; new and higher than every existing version. Example: 1.0.1.
        template_id (str): Template id; the template must be on or off the shelf (not in development). Example:
            2021000000000099.
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        ext (str | Unset): Template configuration as a JSON string (`extEnable`, `extPages`, `ext`, ...). Example:
            {"extEnable":true,"ext":{"shopId":"42"}}.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        template_version (str | Unset): Template version, `x.y.z`, on or off the shelf. Left out: the one on the shelf,
            else the latest taken down. Example: 1.2.3.
    """

    app_version: str
    template_id: str
    app_origin: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    ext: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    template_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        template_id = self.template_id

        app_origin = self.app_origin

        bundle_id = self.bundle_id

        ext = self.ext

        mini_app_id = self.mini_app_id

        template_version = self.template_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_version": app_version,
                "template_id": template_id,
            }
        )
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if ext is not UNSET:
            field_dict["ext"] = ext
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if template_version is not UNSET:
            field_dict["template_version"] = template_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_version = d.pop("app_version")

        template_id = d.pop("template_id")

        app_origin = d.pop("app_origin", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        ext = d.pop("ext", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        template_version = d.pop("template_version", UNSET)

        alipay_open_mini_innerversion_templated_upload_model = cls(
            app_version=app_version,
            template_id=template_id,
            app_origin=app_origin,
            bundle_id=bundle_id,
            ext=ext,
            mini_app_id=mini_app_id,
            template_version=template_version,
        )

        alipay_open_mini_innerversion_templated_upload_model.additional_properties = d
        return alipay_open_mini_innerversion_templated_upload_model

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
