from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionUploadstatusQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionUploadstatusQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.uploadstatus.query`.

    Attributes:
        build_info (str | Unset): Build information; on failure, why the build failed. Example: build succeeded.
        build_package_url (str | Unset): URL of the built package. Example:
            https://cdn.example.com/build/demo-0.0.5.zip.
        build_status (str | Unset): Build state (`0` queued, `1` building, `2` succeeded, `3` failed, `5` timed out).
            Example: 2.
        log_url (str | Unset): URL of the build log. Example: https://cdn.example.com/build/demo-0.0.5.log.
        need_rotation (str | Unset): `"true"` while the caller should keep polling. Example: false.
        new_build_package_url (str | Unset): URL of the built package (new storage). Example:
            https://cdn.example.com/build/v2/demo-0.0.5.zip.
        new_result_url (str | Unset): URL of the build result (new storage). Example:
            https://cdn.example.com/build/v2/demo-0.0.5.json.
        result_url (str | Unset): URL of the build result. Example: https://cdn.example.com/build/demo-0.0.5.json.
        version_created (str | Unset): `"true"` once the version record exists. Example: true.
    """

    build_info: str | Unset = UNSET
    build_package_url: str | Unset = UNSET
    build_status: str | Unset = UNSET
    log_url: str | Unset = UNSET
    need_rotation: str | Unset = UNSET
    new_build_package_url: str | Unset = UNSET
    new_result_url: str | Unset = UNSET
    result_url: str | Unset = UNSET
    version_created: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_info = self.build_info

        build_package_url = self.build_package_url

        build_status = self.build_status

        log_url = self.log_url

        need_rotation = self.need_rotation

        new_build_package_url = self.new_build_package_url

        new_result_url = self.new_result_url

        result_url = self.result_url

        version_created = self.version_created

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_info is not UNSET:
            field_dict["build_info"] = build_info
        if build_package_url is not UNSET:
            field_dict["build_package_url"] = build_package_url
        if build_status is not UNSET:
            field_dict["build_status"] = build_status
        if log_url is not UNSET:
            field_dict["log_url"] = log_url
        if need_rotation is not UNSET:
            field_dict["need_rotation"] = need_rotation
        if new_build_package_url is not UNSET:
            field_dict["new_build_package_url"] = new_build_package_url
        if new_result_url is not UNSET:
            field_dict["new_result_url"] = new_result_url
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if version_created is not UNSET:
            field_dict["version_created"] = version_created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build_info = d.pop("build_info", UNSET)

        build_package_url = d.pop("build_package_url", UNSET)

        build_status = d.pop("build_status", UNSET)

        log_url = d.pop("log_url", UNSET)

        need_rotation = d.pop("need_rotation", UNSET)

        new_build_package_url = d.pop("new_build_package_url", UNSET)

        new_result_url = d.pop("new_result_url", UNSET)

        result_url = d.pop("result_url", UNSET)

        version_created = d.pop("version_created", UNSET)

        alipay_open_mini_innerversion_uploadstatus_query_response_model = cls(
            build_info=build_info,
            build_package_url=build_package_url,
            build_status=build_status,
            log_url=log_url,
            need_rotation=need_rotation,
            new_build_package_url=new_build_package_url,
            new_result_url=new_result_url,
            result_url=result_url,
            version_created=version_created,
        )

        alipay_open_mini_innerversion_uploadstatus_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_uploadstatus_query_response_model

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
