from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionModelforofflineQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionModelforofflineQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.modelforoffline.query`.

    Attributes:
        model_json (str | Unset): Package data of the released version, a JSON string. Example: {}.
        sync_id (str | Unset): Sync id; quote it when tracing a failed sync. Example: b1946ac92492d2347c6235b4d2611184.
    """

    model_json: str | Unset = UNSET
    sync_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_json = self.model_json

        sync_id = self.sync_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_json is not UNSET:
            field_dict["model_json"] = model_json
        if sync_id is not UNSET:
            field_dict["sync_id"] = sync_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_json = d.pop("model_json", UNSET)

        sync_id = d.pop("sync_id", UNSET)

        alipay_open_mini_innerversion_modelforoffline_query_response_model = cls(
            model_json=model_json,
            sync_id=sync_id,
        )

        alipay_open_mini_innerversion_modelforoffline_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_modelforoffline_query_response_model

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
