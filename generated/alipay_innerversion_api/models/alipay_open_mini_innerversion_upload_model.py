from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_app_plugin_reference import MiniAppPluginReference


T = TypeVar("T", bound="AlipayOpenMiniInnerversionUploadModel")


@_attrs_define
class AlipayOpenMiniInnerversionUploadModel:
    """Request of `alipay.open.mini.innerversion.upload`.

    Attributes:
        build_version (str): The mini program version being built. Example: 0.0.5.
        app_origin (str | Unset): Business source; a new integrator must apply to Alipay for its own. Example:
            alipay_innerapp.
        build_app_type (str | Unset): IDE packaging type; always `tinyApp`. Example: tinyApp.
        build_extra_info (str | Unset): Extension info as a JSON string (adaptorName, tinycliVersion, allowPrecompile,
            extJson, ...). Example: {"allowPrecompile":"true"}.
        build_extra_mini_project_config (str | Unset): Overrides of the developer's project config, for emergency fixes
            and gray release. Example: {"enableNodeModuleBabelTransform":true}.
        build_js_permission (str | Unset): JSAPI permission file; DingTalk only. Example: {}.
        build_main_url (str | Unset): Main page entry. Example: /index.html#page/component/index.
        build_max_android_client_version (str | Unset): Highest Android client version; do not use without the
            platform's review. Example: 10.5.0.
        build_max_ios_client_version (str | Unset): Highest iOS client version; do not use without the platform's
            review. Example: 10.5.0.
        build_min_android_client_version (str | Unset): Lowest Android client version; do not use without the platform's
            review. Example: 10.1.0.
        build_min_ios_client_version (str | Unset): Lowest iOS client version; do not use without the platform's review.
            Example: 10.1.0.
        build_package_md_5 (str | Unset): MD5 (lowercase hex) of the source package bytes. Note the key spelling `md_5`.
            Example: 3f1c2a4e5b6d7e8f9a0b1c2d3e4f5a6b.
        build_package_name (str | Unset): Package name. Example: demo.
        build_package_stream (str | Unset): The source package (a zip), base64-encoded. Example:
            UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==.
        build_qcloud_info (str | Unset): Packaging platform extension info. Example: {}.
        build_signed_pkg_url (str | Unset): URL of an already built and signed package. Example:
            https://cdn.example.com/packages/demo-0.0.5-signed.zip.
        build_source_pkg_size (str | Unset): Source package size in bytes. Example: 204800.
        build_source_pkg_url (str | Unset): URL of the source package (a zip renamed `.amr`); at most 20 MB; must stay
            reachable. Example: https://cdn.example.com/packages/demo-0.0.5.amr.
        build_sub_url (str | Unset): Sub entry. Example: /index.html#page/sub/index.
        builded_package_size (str | Unset): Size of a package the caller built itself. Example: 204800.
        builded_package_url (str | Unset): URL of a package the caller built itself. Example:
            https://cdn.example.com/packages/demo-0.0.5-built.zip.
        bundle_id (str | Unset): Client identifier; each client registers one. Example: com.alipay.alipaywallet.
        client_type (str | Unset): Multi-client type; DingTalk only. Example: DINGDING.
        inst_code (str | Unset): Tenant code, e.g. `alipay` or `taobao`. Example: alipay.
        mini_app_id (str | Unset): Mini program id. Example: 2018012201365222.
        plugin_refs (list[MiniAppPluginReference] | Unset): The plugins that the package's app.json declares.
    """

    build_version: str
    app_origin: str | Unset = UNSET
    build_app_type: str | Unset = UNSET
    build_extra_info: str | Unset = UNSET
    build_extra_mini_project_config: str | Unset = UNSET
    build_js_permission: str | Unset = UNSET
    build_main_url: str | Unset = UNSET
    build_max_android_client_version: str | Unset = UNSET
    build_max_ios_client_version: str | Unset = UNSET
    build_min_android_client_version: str | Unset = UNSET
    build_min_ios_client_version: str | Unset = UNSET
    build_package_md_5: str | Unset = UNSET
    build_package_name: str | Unset = UNSET
    build_package_stream: str | Unset = UNSET
    build_qcloud_info: str | Unset = UNSET
    build_signed_pkg_url: str | Unset = UNSET
    build_source_pkg_size: str | Unset = UNSET
    build_source_pkg_url: str | Unset = UNSET
    build_sub_url: str | Unset = UNSET
    builded_package_size: str | Unset = UNSET
    builded_package_url: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    client_type: str | Unset = UNSET
    inst_code: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    plugin_refs: list[MiniAppPluginReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_version = self.build_version

        app_origin = self.app_origin

        build_app_type = self.build_app_type

        build_extra_info = self.build_extra_info

        build_extra_mini_project_config = self.build_extra_mini_project_config

        build_js_permission = self.build_js_permission

        build_main_url = self.build_main_url

        build_max_android_client_version = self.build_max_android_client_version

        build_max_ios_client_version = self.build_max_ios_client_version

        build_min_android_client_version = self.build_min_android_client_version

        build_min_ios_client_version = self.build_min_ios_client_version

        build_package_md_5 = self.build_package_md_5

        build_package_name = self.build_package_name

        build_package_stream = self.build_package_stream

        build_qcloud_info = self.build_qcloud_info

        build_signed_pkg_url = self.build_signed_pkg_url

        build_source_pkg_size = self.build_source_pkg_size

        build_source_pkg_url = self.build_source_pkg_url

        build_sub_url = self.build_sub_url

        builded_package_size = self.builded_package_size

        builded_package_url = self.builded_package_url

        bundle_id = self.bundle_id

        client_type = self.client_type

        inst_code = self.inst_code

        mini_app_id = self.mini_app_id

        plugin_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_refs, Unset):
            plugin_refs = []
            for plugin_refs_item_data in self.plugin_refs:
                plugin_refs_item = plugin_refs_item_data.to_dict()
                plugin_refs.append(plugin_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_version": build_version,
            }
        )
        if app_origin is not UNSET:
            field_dict["app_origin"] = app_origin
        if build_app_type is not UNSET:
            field_dict["build_app_type"] = build_app_type
        if build_extra_info is not UNSET:
            field_dict["build_extra_info"] = build_extra_info
        if build_extra_mini_project_config is not UNSET:
            field_dict["build_extra_mini_project_config"] = (
                build_extra_mini_project_config
            )
        if build_js_permission is not UNSET:
            field_dict["build_js_permission"] = build_js_permission
        if build_main_url is not UNSET:
            field_dict["build_main_url"] = build_main_url
        if build_max_android_client_version is not UNSET:
            field_dict["build_max_android_client_version"] = (
                build_max_android_client_version
            )
        if build_max_ios_client_version is not UNSET:
            field_dict["build_max_ios_client_version"] = build_max_ios_client_version
        if build_min_android_client_version is not UNSET:
            field_dict["build_min_android_client_version"] = (
                build_min_android_client_version
            )
        if build_min_ios_client_version is not UNSET:
            field_dict["build_min_ios_client_version"] = build_min_ios_client_version
        if build_package_md_5 is not UNSET:
            field_dict["build_package_md_5"] = build_package_md_5
        if build_package_name is not UNSET:
            field_dict["build_package_name"] = build_package_name
        if build_package_stream is not UNSET:
            field_dict["build_package_stream"] = build_package_stream
        if build_qcloud_info is not UNSET:
            field_dict["build_qcloud_info"] = build_qcloud_info
        if build_signed_pkg_url is not UNSET:
            field_dict["build_signed_pkg_url"] = build_signed_pkg_url
        if build_source_pkg_size is not UNSET:
            field_dict["build_source_pkg_size"] = build_source_pkg_size
        if build_source_pkg_url is not UNSET:
            field_dict["build_source_pkg_url"] = build_source_pkg_url
        if build_sub_url is not UNSET:
            field_dict["build_sub_url"] = build_sub_url
        if builded_package_size is not UNSET:
            field_dict["builded_package_size"] = builded_package_size
        if builded_package_url is not UNSET:
            field_dict["builded_package_url"] = builded_package_url
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if client_type is not UNSET:
            field_dict["client_type"] = client_type
        if inst_code is not UNSET:
            field_dict["inst_code"] = inst_code
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if plugin_refs is not UNSET:
            field_dict["plugin_refs"] = plugin_refs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mini_app_plugin_reference import MiniAppPluginReference  # noqa: PLC0415

        d = dict(src_dict)
        build_version = d.pop("build_version")

        app_origin = d.pop("app_origin", UNSET)

        build_app_type = d.pop("build_app_type", UNSET)

        build_extra_info = d.pop("build_extra_info", UNSET)

        build_extra_mini_project_config = d.pop(
            "build_extra_mini_project_config", UNSET
        )

        build_js_permission = d.pop("build_js_permission", UNSET)

        build_main_url = d.pop("build_main_url", UNSET)

        build_max_android_client_version = d.pop(
            "build_max_android_client_version", UNSET
        )

        build_max_ios_client_version = d.pop("build_max_ios_client_version", UNSET)

        build_min_android_client_version = d.pop(
            "build_min_android_client_version", UNSET
        )

        build_min_ios_client_version = d.pop("build_min_ios_client_version", UNSET)

        build_package_md_5 = d.pop("build_package_md_5", UNSET)

        build_package_name = d.pop("build_package_name", UNSET)

        build_package_stream = d.pop("build_package_stream", UNSET)

        build_qcloud_info = d.pop("build_qcloud_info", UNSET)

        build_signed_pkg_url = d.pop("build_signed_pkg_url", UNSET)

        build_source_pkg_size = d.pop("build_source_pkg_size", UNSET)

        build_source_pkg_url = d.pop("build_source_pkg_url", UNSET)

        build_sub_url = d.pop("build_sub_url", UNSET)

        builded_package_size = d.pop("builded_package_size", UNSET)

        builded_package_url = d.pop("builded_package_url", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        client_type = d.pop("client_type", UNSET)

        inst_code = d.pop("inst_code", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        _plugin_refs = d.pop("plugin_refs", UNSET)
        plugin_refs: list[MiniAppPluginReference] | Unset = UNSET
        if _plugin_refs is not UNSET:
            plugin_refs = []
            for plugin_refs_item_data in _plugin_refs:
                plugin_refs_item = MiniAppPluginReference.from_dict(
                    plugin_refs_item_data
                )

                plugin_refs.append(plugin_refs_item)

        alipay_open_mini_innerversion_upload_model = cls(
            build_version=build_version,
            app_origin=app_origin,
            build_app_type=build_app_type,
            build_extra_info=build_extra_info,
            build_extra_mini_project_config=build_extra_mini_project_config,
            build_js_permission=build_js_permission,
            build_main_url=build_main_url,
            build_max_android_client_version=build_max_android_client_version,
            build_max_ios_client_version=build_max_ios_client_version,
            build_min_android_client_version=build_min_android_client_version,
            build_min_ios_client_version=build_min_ios_client_version,
            build_package_md_5=build_package_md_5,
            build_package_name=build_package_name,
            build_package_stream=build_package_stream,
            build_qcloud_info=build_qcloud_info,
            build_signed_pkg_url=build_signed_pkg_url,
            build_source_pkg_size=build_source_pkg_size,
            build_source_pkg_url=build_source_pkg_url,
            build_sub_url=build_sub_url,
            builded_package_size=builded_package_size,
            builded_package_url=builded_package_url,
            bundle_id=bundle_id,
            client_type=client_type,
            inst_code=inst_code,
            mini_app_id=mini_app_id,
            plugin_refs=plugin_refs,
        )

        alipay_open_mini_innerversion_upload_model.additional_properties = d
        return alipay_open_mini_innerversion_upload_model

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
