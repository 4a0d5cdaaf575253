from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginBetaItemInfo")


@_attrs_define
class PluginBetaItemInfo:
    """Beta-test result of one invited mini program.

    Attributes:
        app_name (str | Unset): Name of the invited mini program. Example: Demo Shop.
        beta_status (str | Unset): Beta-test state: `WAITCHECK` waiting, `CHECKED` confirmed, `REJECT` rejected.
            Example: WAITCHECK.
        memo (str | Unset): Why the beta test was rejected. Example: Fails our acceptance checks..
        mini_app_id (str | Unset): Invited mini program id. Example: 2021000000000003.
        plugin_id (str | Unset): Plugin id. Example: 2021002100000001.
        plugin_version (str | Unset): Plugin version. Example: 1.0.11.
        qr_code_url (str | Unset): QR code for opening the beta version. Example: https://cdn.example.com/qr/beta.png.
    """

    app_name: str | Unset = UNSET
    beta_status: str | Unset = UNSET
    memo: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    plugin_version: str | Unset = UNSET
    qr_code_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        beta_status = self.beta_status

        memo = self.memo

        mini_app_id = self.mini_app_id

        plugin_id = self.plugin_id

        plugin_version = self.plugin_version

        qr_code_url = self.qr_code_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if beta_status is not UNSET:
            field_dict["beta_status"] = beta_status
        if memo is not UNSET:
            field_dict["memo"] = memo
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id
        if plugin_version is not UNSET:
            field_dict["plugin_version"] = plugin_version
        if qr_code_url is not UNSET:
            field_dict["qr_code_url"] = qr_code_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_name = d.pop("app_name", UNSET)

        beta_status = d.pop("beta_status", UNSET)

        memo = d.pop("memo", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        plugin_id = d.pop("plugin_id", UNSET)

        plugin_version = d.pop("plugin_version", UNSET)

        qr_code_url = d.pop("qr_code_url", UNSET)

        plugin_beta_item_info = cls(
            app_name=app_name,
            beta_status=beta_status,
            memo=memo,
            mini_app_id=mini_app_id,
            plugin_id=plugin_id,
            plugin_version=plugin_version,
            qr_code_url=qr_code_url,
        )

        plugin_beta_item_info.additional_properties = d
        return plugin_beta_item_info

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
