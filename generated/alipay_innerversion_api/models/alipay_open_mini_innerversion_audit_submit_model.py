from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_license_info import AuditLicenseInfo


T = TypeVar("T", bound="AlipayOpenMiniInnerversionAuditSubmitModel")


@_attrs_define
class AlipayOpenMiniInnerversionAuditSubmitModel:
    """Request of `alipay.open.mini.innerversion.audit.submit`.

    Attributes:
        app_version (str): Version to submit, `x.y.z`; an app has at most one version in review, approved or rejected.
            Example: 0.0.5.
        version_desc (str): What changed in this version, 30 to 500 characters (not the app description). Example: Adds
            store pickup and fixes the cart total on small screens..
        app_category_ids (str | Unset): App categories, `<level1>_<level2>` pairs separated by `;`. Left out: the app's
            current categories. Example: 107211_107427.
        app_desc (str | Unset): App description, 20 to 200 characters. Left out: the current one. Example: Order ahead
            and pick up in store..
        app_english_name (str | Unset): English app name, 3 to 30 characters; not for plugins. Left out: the current
            one. Example: demo shop.
        app_logo (str | Unset): Logo URL: png, jpeg or jpg, square (180x180 advised), at most 256 KB. Left out: the
            current logo. Example: https://cdn.example.com/img/logo.png.
        app_name (str | Unset): App name, 3 to 40 characters (a CJK character counts as two). Left out: the current
            name. Example: Demo Shop.
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        app_slogan (str | Unset): One-line summary of the app, 10 to 32 characters. Left out: the current one. Example:
            Order ahead, skip the queue..
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        license_info (AuditLicenseInfo | Unset): Business licence details submitted for review.
        memo (str | Unset): Note for the reviewers. Example: Test account: demo / demo.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        mini_category_ids (str | Unset): Front-end categories (new scheme), `<l1>_<l2>[_<l3>]` groups separated by `;`.
            Example: XS1001_XS2001_XS3002.
        open_id (str | Unset): Owner's open id (instead of `pid`). Example: 074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpa.
        out_door_pic (str | Unset): Shop-front picture URL, for categories that require one. Example:
            https://cdn.example.com/img/shopfront.jpg.
        pid (str | Unset): Owner (partner) id of the mini program. Example: 2088000000000001.
        screen_shot_list (list[str] | Unset): Screenshot URLs, 2 to 5 (jpg or png, at most 4 MB each); not needed for
            template instances. Example: ['https://cdn.example.com/img/shot1.png', 'https://cdn.example.com/img/shot2.png'].
        service_email (str | Unset): Support e-mail; this or `service_phone` is needed. Left out: the current one.
            Example: support@example.com.
        service_phone (str | Unset): Support phone; this or `service_email` is needed; not for plugins. Left out: the
            current one. Example: 4000000000.
        special_license_pic_list (str | Unset): URLs of special qualification pictures, comma-separated (1 to 3), for
            categories that require them; not for templates or plugins. Example: https://cdn.example.com/img/permit.jpg.
    """

    app_version: str
    version_desc: str
    app_category_ids: str | Unset = UNSET
    app_desc: str | Unset = UNSET
    app_english_name: str | Unset = UNSET
    app_logo: str | Unset = UNSET
    app_name: str | Unset = UNSET
    app_origin: str | Unset = UNSET
    app_slogan: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    license_info: AuditLicenseInfo | Unset = UNSET
    memo: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    mini_category_ids: str | Unset = UNSET
    open_id: str | Unset = UNSET
    out_door_pic: str | Unset = UNSET
    pid: str | Unset = UNSET
    screen_shot_list: list[str] | Unset = UNSET
    service_email: str | Unset = UNSET
    service_phone: str | Unset = UNSET
    special_license_pic_list: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        version_desc = self.version_desc

        app_category_ids = self.app_category_ids

        app_desc = self.app_desc

        app_english_name = self.app_english_name

        app_logo = self.app_logo

        app_name = self.app_name

        app_origin = self.app_origin

        app_slogan = self.app_slogan

        bundle_id = self.bundle_id

        license_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_info, Unset):
            license_info = self.license_info.to_dict()

        memo = self.memo

        mini_app_id = self.mini_app_id

        mini_category_ids = self.mini_category_ids

        open_id = self.open_id

        out_door_pic = self.out_door_pic

        pid = self.pid

        screen_shot_list: list[str] | Unset = UNSET
        if not isinstance(self.screen_shot_list, Unset):
            screen_shot_list = self.screen_shot_list

        service_email = self.service_email

        service_phone = self.service_phone

        special_license_pic_list = self.special_license_pic_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_version": app_version,
                "version_desc": version_desc,
            }
        )
        if app_category_ids is not UNSET:
            field_dict["app_category_ids"] = app_category_ids
        if app_desc is not UNSET:
            field_dict["app_desc"] = app_desc
        if app_english_name is not UNSET:
            field_dict["app_english_name"] = app_english_name
        if app_logo is not UNSET:
            field_dict["app_logo"] = app_logo
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if app_slogan is not UNSET:
            field_dict["app_slogan"] = app_slogan
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if license_info is not UNSET:
            field_dict["license_info"] = license_info
        if memo is not UNSET:
            field_dict["memo"] = memo
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if mini_category_ids is not UNSET:
            field_dict["mini_category_ids"] = mini_category_ids
        if open_id is not UNSET:
            field_dict["open_id"] = open_id
        if out_door_pic is not UNSET:
            field_dict["out_door_pic"] = out_door_pic
        if pid is not UNSET:
            field_dict["pid"] = pid
        if screen_shot_list is not UNSET:
            field_dict["screen_shot_list"] = screen_shot_list
        if service_email is not UNSET:
            field_dict["service_email"] = service_email
        if service_phone is not UNSET:
            field_dict["service_phone"] = service_phone
        if special_license_pic_list is not UNSET:
            field_dict["special_license_pic_list"] = special_license_pic_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_license_info import AuditLicenseInfo  # noqa: PLC0415

        d = dict(src_dict)
        app_version = d.pop("app_version")

        version_desc = d.pop("version_desc")

        app_category_ids = d.pop("app_category_ids", UNSET)

        app_desc = d.pop("app_desc", UNSET)

        app_english_name = d.pop("app_english_name", UNSET)

        app_logo = d.pop("app_logo", UNSET)

        app_name = d.pop("app_name", UNSET)

        app_origin = d.pop("app_origin", UNSET)

        app_slogan = d.pop("app_slogan", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        _license_info = d.pop("license_info", UNSET)
        license_info: AuditLicenseInfo | Unset
        if isinstance(_license_info, Unset):
            license_info = UNSET
        else:
            license_info = AuditLicenseInfo.from_dict(_license_info)

        memo = d.pop("memo", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        mini_category_ids = d.pop("mini_category_ids", UNSET)

        open_id = d.pop("open_id", UNSET)

        out_door_pic = d.pop("out_door_pic", UNSET)

        pid = d.pop("pid", UNSET)

        screen_shot_list = cast(list[str], d.pop("screen_shot_list", UNSET))

        service_email = d.pop("service_email", UNSET)

        service_phone = d.pop("service_phone", UNSET)

        special_license_pic_list = d.pop("special_license_pic_list", UNSET)

        alipay_open_mini_innerversion_audit_submit_model = cls(
            app_version=app_version,
            version_desc=version_desc,
            app_category_ids=app_category_ids,
            app_desc=app_desc,
            app_english_name=app_english_name,
            app_logo=app_logo,
            app_name=app_name,
            app_origin=app_origin,
            app_slogan=app_slogan,
            bundle_id=bundle_id,
            license_info=license_info,
            memo=memo,
            mini_app_id=mini_app_id,
            mini_category_ids=mini_category_ids,
            open_id=open_id,
            out_door_pic=out_door_pic,
            pid=pid,
            screen_shot_list=screen_shot_list,
            service_email=service_email,
            service_phone=service_phone,
            special_license_pic_list=special_license_pic_list,
        )

        alipay_open_mini_innerversion_audit_submit_model.additional_properties = d
        return alipay_open_mini_innerversion_audit_submit_model

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
