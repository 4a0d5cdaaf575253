from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionConditionBatchqueryModel")


@_attrs_define
class AlipayOpenMiniInnerversionConditionBatchqueryModel:
    """Request of `alipay.open.mini.innerversion.condition.batchquery`.

    Attributes:
        app_origin (str): Business source; a new integrator must apply to Alipay for its own. Example: alipay_innerapp.
        bundle_id (str): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        version_status (str): Statuses to list, comma-separated: `INIT`, `AUDITING`, `AUDIT_REJECT`, `WAIT_RELEASE`,
            `GRAY`, `RELEASE`, `OFFLINE`. Example: INIT,RELEASE.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        page_num (str | Unset): Page number, from 1. Example: 1.
        page_size (str | Unset): Page size, at most 10. Example: 10.
    """

    app_origin: str
    bundle_id: str
    version_status: str
    mini_app_id: str | Unset = UNSET
    page_num: str | Unset = UNSET
    page_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        bundle_id = self.bundle_id

        version_status = self.version_status

        mini_app_id = self.mini_app_id

        page_num = self.page_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_origin": app_origin,
                "bundle_id": bundle_id,
                "version_status": version_status,
            }
        )
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if page_num is not UNSET:
            field_dict["page_num"] = page_num
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin")

        bundle_id = d.pop("bundle_id")

        version_status = d.pop("version_status")

        mini_app_id = d.pop("mini_app_id", UNSET)

        page_num = d.pop("page_num", UNSET)

        page_size = d.pop("page_size", UNSET)

        alipay_open_mini_innerversion_condition_batchquery_model = cls(
            app_origin=app_origin,
            bundle_id=bundle_id,
            version_status=version_status,
            mini_app_id=mini_app_id,
            page_num=page_num,
            page_size=page_size,
        )

        alipay_open_mini_innerversion_condition_batchquery_model.additional_properties = d
        return alipay_open_mini_innerversion_condition_batchquery_model

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
