from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alipay_open_mini_innerversion_beta_confirm_model_operate import (
    AlipayOpenMiniInnerversionBetaConfirmModelOperate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlipayOpenMiniInnerversionBetaConfirmModel")


@_attrs_define
class AlipayOpenMiniInnerversionBetaConfirmModel:
    """Request of `alipay.open.mini.innerversion.beta.confirm`.

    Attributes:
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        memo (str | Unset): Why the result is rejected. Example: Fails our acceptance checks..
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        operate (AlipayOpenMiniInnerversionBetaConfirmModelOperate | Unset): `pass` to accept, `reject` to refuse.
            Example: pass.
        pid (str | Unset): Owner (partner) id of the mini program. Example: 2088000000000001.
        plugin_id (str | Unset): Plugin whose beta-test result to confirm. Example: 2021002100000001.
    """

    app_origin: str | Unset = UNSET
    memo: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    operate: AlipayOpenMiniInnerversionBetaConfirmModelOperate | Unset = UNSET
    pid: str | Unset = UNSET
    plugin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_origin = self.app_origin

        memo = self.memo

        mini_app_id = self.mini_app_id

        operate: str | Unset = UNSET
        if not isinstance(self.operate, Unset):
            operate = getattr(self.operate, "value", self.operate)

        pid = self.pid

        plugin_id = self.plugin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if memo is not UNSET:
            field_dict["memo"] = memo
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if operate is not UNSET:
            field_dict["operate"] = operate
        if pid is not UNSET:
            field_dict["pid"] = pid
        if plugin_id is not UNSET:
            field_dict["plugin_id"] = plugin_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_origin = d.pop("app_origin", UNSET)

        memo = d.pop("memo", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        _operate = d.pop("operate", UNSET)
        operate: AlipayOpenMiniInnerversionBetaConfirmModelOperate | Unset
        if isinstance(_operate, Unset):
            operate = UNSET
        else:
            operate = AlipayOpenMiniInnerversionBetaConfirmModelOperate(_operate)

        pid = d.pop("pid", UNSET)

        plugin_id = d.pop("plugin_id", UNSET)

        alipay_open_mini_innerversion_beta_confirm_model = cls(
            app_origin=app_origin,
            memo=memo,
            mini_app_id=mini_app_id,
            operate=operate,
            pid=pid,
            plugin_id=plugin_id,
        )

        alipay_open_mini_innerversion_beta_confirm_model.additional_properties = d
        return alipay_open_mini_innerversion_beta_confirm_model

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
