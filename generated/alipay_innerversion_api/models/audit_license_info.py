from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLicenseInfo")


@_attrs_define
class AuditLicenseInfo:
    """Business licence details submitted for review.

    Attributes:
        license_name (str | Unset): Name on the business licence. Example: Demo Trading Co., Ltd..
        license_no (str | Unset): Business licence number, for categories that require one. Example: 91330000000000000X.
        license_pic_list (list[str] | Unset): URLs of the business licence pictures. Example:
            ['https://cdn.example.com/img/licence.jpg'].
        license_valid_date (str | Unset): Licence expiry, `yyyy-MM-dd`; `9999-12-31` for no expiry. Example: 9999-12-31.
        out_door_pic (str | Unset): Shop-front picture URL, for categories that require one. Example:
            https://cdn.example.com/img/shopfront.jpg.
    """

    license_name: str | Unset = UNSET
    license_no: str | Unset = UNSET
    license_pic_list: list[str] | Unset = UNSET
    license_valid_date: str | Unset = UNSET
    out_door_pic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_name = self.license_name

        license_no = self.license_no

        license_pic_list: list[str] | Unset = UNSET
        if not isinstance(self.license_pic_list, Unset):
            license_pic_list = self.license_pic_list

        license_valid_date = self.license_valid_date

        out_door_pic = self.out_door_pic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_name is not UNSET:
            field_dict["license_name"] = license_name
        if license_no is not UNSET:
            field_dict["license_no"] = license_no
        if license_pic_list is not UNSET:
            field_dict["license_pic_list"] = license_pic_list
        if license_valid_date is not UNSET:
            field_dict["license_valid_date"] = license_valid_date
        if out_door_pic is not UNSET:
            field_dict["out_door_pic"] = out_door_pic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        license_name = d.pop("license_name", UNSET)

        license_no = d.pop("license_no", UNSET)

        license_pic_list = cast(list[str], d.pop("license_pic_list", UNSET))

        license_valid_date = d.pop("license_valid_date", UNSET)

        out_door_pic = d.pop("out_door_pic", UNSET)

        audit_license_info = cls(
            license_name=license_name,
            license_no=license_no,
            license_pic_list=license_pic_list,
            license_valid_date=license_valid_date,
            out_door_pic=out_door_pic,
        )

        audit_license_info.additional_properties = d
        return audit_license_info

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
