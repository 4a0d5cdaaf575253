from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_app_plugin_reference import MiniAppPluginReference
    from ..models.sub_package_info import SubPackageInfo


T = TypeVar("T", bound="AlipayOpenMiniInnerversionNobuildUploadModel")


@_attrs_define
class AlipayOpenMiniInnerversionNobuildUploadModel:
    """Request of `alipay.open.mini.innerversion.nobuild.upload`.

    Attributes:
        build_version (str): Mini program version, `x.y.z`. Example: 0.0.5.
        build_extra_info (str | Unset): Extension info as a JSON string (adaptorName, tinycliVersion, allowPrecompile,
            extJson, ...). Example: {"tinycliVersion":"1.5.0"}.
        build_js_permission (str | Unset): JSAPI permission file, a JSON string. Example: {}.
        build_main_url (str | Unset): Main page entry; must match the page in the extension info. Example:
            /index.html#page/component/index.
        build_qcloud_info (str | Unset): Packaging platform extension info, a JSON string. Example: {}.
        builded_package_size (str | Unset): Size in bytes of the package the caller built. Example: 204800.
        builded_package_url (str | Unset): URL of the package the caller built. Example:
            https://cdn.example.com/packages/demo-0.0.5-built.amr.
        builded_plugin_size (str | Unset): Size in bytes of the built plugin package. Example: 102400.
        builded_plugin_url (str | Unset): URL of the built plugin package. Example:
            https://cdn.example.com/packages/plugin-0.0.5.amr.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        components (str | Unset): Component parameters, a JSON string. Example: {}.
        inst_code (str | Unset): Tenant code, e.g. `alipay` or `taobao`. Example: alipay.
        mini_app_id (str | Unset): Mini program id; only needed in special cases, the app is normally known from the
            caller. Example: 2021000000000002.
        new_builded_package_size (str | Unset): Size in bytes of the caller-built package (2.0 build). Example: 204800.
        new_builded_package_url (str | Unset): URL of the caller-built package (2.0 build). Example:
            https://cdn.example.com/packages/demo-0.0.5-v2.amr.
        new_builded_plugin_size (str | Unset): Size in bytes of the built plugin package (2.0 build). Example: 102400.
        new_builded_plugin_url (str | Unset): URL of the built plugin package (2.0 build). Example:
            https://cdn.example.com/packages/plugin-0.0.5-v2.amr.
        no_sign (bool | Unset): `true` when the package URLs point to packages that are already signed. Example: True.
        plugin_refs (list[MiniAppPluginReference] | Unset): The plugins that the package's app.json declares.
        sub_packages (list[SubPackageInfo] | Unset): Built sub-packages.
    """

    build_version: str
    build_extra_info: str | Unset = UNSET
    build_js_permission: str | Unset = UNSET
    build_main_url: str | Unset = UNSET
    build_qcloud_info: str | Unset = UNSET
    builded_package_size: str | Unset = UNSET
    builded_package_url: str | Unset = UNSET
    builded_plugin_size: str | Unset = UNSET
    builded_plugin_url: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    components: str | Unset = UNSET
    inst_code: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    new_builded_package_size: str | Unset = UNSET
    new_builded_package_url: str | Unset = UNSET
    new_builded_plugin_size: str | Unset = UNSET
    new_builded_plugin_url: str | Unset = UNSET
    no_sign: bool | Unset = UNSET
    plugin_refs: list[MiniAppPluginReference] | Unset = UNSET
    sub_packages: list[SubPackageInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_version = self.build_version

        build_extra_info = self.build_extra_info

        build_js_permission = self.build_js_permission

        build_main_url = self.build_main_url

        build_qcloud_info = self.build_qcloud_info

        builded_package_size = self.builded_package_size

        builded_package_url = self.builded_package_url

        builded_plugin_size = self.builded_plugin_size

        builded_plugin_url = self.builded_plugin_url

        bundle_id = self.bundle_id

        components = self.components

        inst_code = self.inst_code

        mini_app_id = self.mini_app_id

        new_builded_package_size = self.new_builded_package_size

        new_builded_package_url = self.new_builded_package_url

        new_builded_plugin_size = self.new_builded_plugin_size

        new_builded_plugin_url = self.new_builded_plugin_url

        no_sign = self.no_sign

        plugin_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_refs, Unset):
            plugin_refs = []
            for plugin_refs_item_data in self.plugin_refs:
                plugin_refs_item = plugin_refs_item_data.to_dict()
                plugin_refs.append(plugin_refs_item)

        sub_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_packages, Unset):
            sub_packages = []
            for sub_packages_item_data in self.sub_packages:
                sub_packages_item = sub_packages_item_data.to_dict()
                sub_packages.append(sub_packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_version": build_version,
            }
        )
        if build_extra_info is not UNSET:
            field_dict["build_extra_info"] = build_extra_info
        if build_js_permission is not UNSET:
            field_dict["build_js_permission"] = build_js_permission
        if build_main_url is not UNSET:
            field_dict["build_main_url"] = build_main_url
        if build_qcloud_info is not UNSET:
            field_dict["build_qcloud_info"] = build_qcloud_info
        if builded_package_size is not UNSET:
            field_dict["builded_package_size"] = builded_package_size
        if builded_package_url is not UNSET:
            field_dict["builded_package_url"] = builded_package_url
        if builded_plugin_size is not UNSET:
            field_dict["builded_plugin_size"] = builded_plugin_size
        if builded_plugin_url is not UNSET:
            field_dict["builded_plugin_url"] = builded_plugin_url
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if components is not UNSET:
            field_dict["components"] = components
        if inst_code is not UNSET:
            field_dict["inst_code"] = inst_code
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if new_builded_package_size is not UNSET:
            field_dict["new_builded_package_size"] = new_builded_package_size
        if new_builded_package_url is not UNSET:
            field_dict["new_builded_package_url"] = new_builded_package_url
        if new_builded_plugin_size is not UNSET:
            field_dict["new_builded_plugin_size"] = new_builded_plugin_size
        if new_builded_plugin_url is not UNSET:
            field_dict["new_builded_plugin_url"] = new_builded_plugin_url
        if no_sign is not UNSET:
            field_dict["no_sign"] = no_sign
        if plugin_refs is not UNSET:
            field_dict["plugin_refs"] = plugin_refs
        if sub_packages is not UNSET:
            field_dict["sub_packages"] = sub_packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mini_app_plugin_reference import MiniAppPluginReference  # noqa: PLC0415
        from ..models.sub_package_info import SubPackageInfo  # noqa: PLC0415

        d = dict(src_dict)
        build_version = d.pop("build_version")

        build_extra_info = d.pop("build_extra_info", UNSET)

        build_js_permission = d.pop("build_js_permission", UNSET)

        build_main_url = d.pop("build_main_url", UNSET)

        build_qcloud_info = d.pop("build_qcloud_info", UNSET)

        builded_package_size = d.pop("builded_package_size", UNSET)

        builded_package_url = d.pop("builded_package_url", UNSET)

        builded_plugin_size = d.pop("builded_plugin_size", UNSET)

        builded_plugin_url = d.pop("builded_plugin_url", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        components = d.pop("components", UNSET)

        inst_code = d.pop("inst_code", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        new_builded_package_size = d.pop("new_builded_package_size", UNSET)

        new_builded_package_url = d.pop("new_builded_package_url", UNSET)

        new_builded_plugin_size = d.pop("new_builded_plugin_size", UNSET)

        new_builded_plugin_url = d.pop("new_builded_plugin_url", UNSET)

        no_sign = d.pop("no_sign", UNSET)

        _plugin_refs = d.pop("plugin_refs", UNSET)
        plugin_refs: list[MiniAppPluginReference] | Unset = UNSET
        if _plugin_refs is not UNSET:
            plugin_refs = []
            for plugin_refs_item_data in _plugin_refs:
                plugin_refs_item = MiniAppPluginReference.from_dict(
                    plugin_refs_item_data
                )

                plugin_refs.append(plugin_refs_item)

        _sub_packages = d.pop("sub_packages", UNSET)
        sub_packages: list[SubPackageInfo] | Unset = UNSET
        if _sub_packages is not UNSET:
            sub_packages = []
            for sub_packages_item_data in _sub_packages:
                sub_packages_item = SubPackageInfo.from_dict(sub_packages_item_data)

                sub_packages.append(sub_packages_item)

        alipay_open_mini_innerversion_nobuild_upload_model = cls(
            build_version=build_version,
            build_extra_info=build_extra_info,
            build_js_permission=build_js_permission,
            build_main_url=build_main_url,
            build_qcloud_info=build_qcloud_info,
            builded_package_size=builded_package_size,
            builded_package_url=builded_package_url,
            builded_plugin_size=builded_plugin_size,
            builded_plugin_url=builded_plugin_url,
            bundle_id=bundle_id,
            components=components,
            inst_code=inst_code,
            mini_app_id=mini_app_id,
            new_builded_package_size=new_builded_package_size,
            new_builded_package_url=new_builded_package_url,
            new_builded_plugin_size=new_builded_plugin_size,
            new_builded_plugin_url=new_builded_plugin_url,
            no_sign=no_sign,
            plugin_refs=plugin_refs,
            sub_packages=sub_packages,
        )

        alipay_open_mini_innerversion_nobuild_upload_model.additional_properties = d
        return alipay_open_mini_innerversion_nobuild_upload_model

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
