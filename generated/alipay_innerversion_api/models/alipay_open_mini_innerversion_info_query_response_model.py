from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mini_app_plugin_info import MiniAppPluginInfo


T = TypeVar("T", bound="AlipayOpenMiniInnerversionInfoQueryResponseModel")


@_attrs_define
class AlipayOpenMiniInnerversionInfoQueryResponseModel:
    """Response of `alipay.open.mini.innerversion.info.query`.

    Attributes:
        app_version (str | Unset): Mini program version, `x.y.z`. Example: 0.0.5.
        build_source (str | Unset): How the version was made: `01` self-built, `02` from a template. Example: 01.
        bundle_id (str | Unset): Client identifier, e.g. `com.alipay.alipaywallet`; each client registers one. Example:
            com.alipay.alipaywallet.
        create_time (str | Unset): When the version was created. Example: 2024-05-01 12:00:00.
        description (str | Unset): Version description. Example: Adds store pickup..
        ext_json (str | Unset): Template instantiation parameters, a JSON string. Example: {}.
        gmt_modified (str | Unset): When the version was last changed. Example: 2024-05-02 08:30:00.
        gray_start_time (str | Unset): When the gray release started. Example: 2024-05-03 10:00:00.
        gray_strategy (str | Unset): Gray share: `p10`, `p30` or `p50` (10, 30 or 50 percent of users). Example: p10.
        mini_app_id (str | Unset): Mini program id. Example: 2021000000000002.
        offline_time (str | Unset): When the version was taken down. Example: 2024-06-01 09:00:00.
        package_url (str | Unset): Package URL. Example: https://cdn.example.com/build/demo-0.0.5.zip.
        plugin_refs (list[MiniAppPluginInfo] | Unset): Plugins the version uses.
        process_task_id (str | Unset): Workflow task id. Example: 123456.
        reject_reason (str | Unset): Why the review was rejected. Example: The name is too generic..
        rollback_time (str | Unset): When the version was rolled back. Example: 2024-06-02 09:00:00.
        scan_result (str | Unset): Security scan result. Example: true.
        screen_shot_list (str | Unset): Screenshot URLs, comma-separated. Example:
            https://cdn.example.com/img/shot1.png,https://cdn.example.com/img/shot2.png.
        shelf_time (str | Unset): When the version was released. Example: 2024-05-05 10:00:00.
        source_url (str | Unset): Source package URL. Example: https://cdn.example.com/packages/demo-0.0.5.amr.
        status (str | Unset): Version status: `INIT`, `AUDITING`, `AUDIT_REJECT`, `WAIT_RELEASE`, `GRAY`, `RELEASE` or
            `OFFLINE`. Example: INIT.
        template_extra (str | Unset): Template build parameters, a JSON string. Example: {"tinycliVersion":"1.1.1"}.
        template_version (str | Unset): Template version, for a templated version. Example: 1.2.3.
    """

    app_version: str | Unset = UNSET
    build_source: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    description: str | Unset = UNSET
    ext_json: str | Unset = UNSET
    gmt_modified: str | Unset = UNSET
    gray_start_time: str | Unset = UNSET
    gray_strategy: str | Unset = UNSET
    mini_app_id: str | Unset = UNSET
    offline_time: str | Unset = UNSET
    package_url: str | Unset = UNSET
    plugin_refs: list[MiniAppPluginInfo] | Unset = UNSET
    process_task_id: str | Unset = UNSET
    reject_reason: str | Unset = UNSET
    rollback_time: str | Unset = UNSET
    scan_result: str | Unset = UNSET
    screen_shot_list: str | Unset = UNSET
    shelf_time: str | Unset = UNSET
    source_url: str | Unset = UNSET
    status: str | Unset = UNSET
    template_extra: str | Unset = UNSET
    template_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_version = self.app_version

        build_source = self.build_source

        bundle_id = self.bundle_id

        create_time = self.create_time

        description = self.description

        ext_json = self.ext_json

        gmt_modified = self.gmt_modified

        gray_start_time = self.gray_start_time

        gray_strategy = self.gray_strategy

        mini_app_id = self.mini_app_id

        offline_time = self.offline_time

        package_url = self.package_url

        plugin_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_refs, Unset):
            plugin_refs = []
            for plugin_refs_item_data in self.plugin_refs:
                plugin_refs_item = plugin_refs_item_data.to_dict()
                plugin_refs.append(plugin_refs_item)

        process_task_id = self.process_task_id

        reject_reason = self.reject_reason

        rollback_time = self.rollback_time

        scan_result = self.scan_result

        screen_shot_list = self.screen_shot_list

        shelf_time = self.shelf_time

        source_url = self.source_url

        status = self.status

        template_extra = self.template_extra

        template_version = self.template_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if build_source is not UNSET:
            field_dict["build_source"] = build_source
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if description is not UNSET:
            field_dict["description"] = description
        if ext_json is not UNSET:
            field_dict["ext_json"] = ext_json
        if gmt_modified is not UNSET:
            field_dict["gmt_modified"] = gmt_modified
        if gray_start_time is not UNSET:
            field_dict["gray_start_time"] = gray_start_time
        if gray_strategy is not UNSET:
            field_dict["gray_strategy"] = gray_strategy
        if mini_app_id is not UNSET:
            field_dict["mini_app_id"] = mini_app_id
        if offline_time is not UNSET:
            field_dict["offline_time"] = offline_time
        if package_url is not UNSET:
            field_dict["package_url"] = package_url
        if plugin_refs is not UNSET:
            field_dict["plugin_refs"] = plugin_refs
        if process_task_id is not UNSET:
            field_dict["process_task_id"] = process_task_id
        if reject_reason is not UNSET:
            field_dict["reject_reason"] = reject_reason
        if rollback_time is not UNSET:
            field_dict["rollback_time"] = rollback_time
        if scan_result is not UNSET:
            field_dict["scan_result"] = scan_result
        if screen_shot_list is not UNSET:
            field_dict["screen_shot_list"] = screen_shot_list
        if shelf_time is not UNSET:
            field_dict["shelf_time"] = shelf_time
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if status is not UNSET:
            field_dict["status"] = status
        if template_extra is not UNSET:
            field_dict["template_extra"] = template_extra
        if template_version is not UNSET:
            field_dict["template_version"] = template_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mini_app_plugin_info import MiniAppPluginInfo  # noqa: PLC0415

        d = dict(src_dict)
        app_version = d.pop("app_version", UNSET)

        build_source = d.pop("build_source", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        description = d.pop("description", UNSET)

        ext_json = d.pop("ext_json", UNSET)

        gmt_modified = d.pop("gmt_modified", UNSET)

        gray_start_time = d.pop("gray_start_time", UNSET)

        gray_strategy = d.pop("gray_strategy", UNSET)

        mini_app_id = d.pop("mini_app_id", UNSET)

        offline_time = d.pop("offline_time", UNSET)

        package_url = d.pop("package_url", UNSET)

        _plugin_refs = d.pop("plugin_refs", UNSET)
        plugin_refs: list[MiniAppPluginInfo] | Unset = UNSET
        if _plugin_refs is not UNSET:
            plugin_refs = []
            for plugin_refs_item_data in _plugin_refs:
                plugin_refs_item = MiniAppPluginInfo.from_dict(plugin_refs_item_data)

                plugin_refs.append(plugin_refs_item)

        process_task_id = d.pop("process_task_id", UNSET)

        reject_reason = d.pop("reject_reason", UNSET)

        rollback_time = d.pop("rollback_time", UNSET)

        scan_result = d.pop("scan_result", UNSET)

        screen_shot_list = d.pop("screen_shot_list", UNSET)

        shelf_time = d.pop("shelf_time", UNSET)

        source_url = d.pop("source_url", UNSET)

        status = d.pop("status", UNSET)

        template_extra = d.pop("template_extra", UNSET)

        template_version = d.pop("template_version", UNSET)

        alipay_open_mini_innerversion_info_query_response_model = cls(
            app_version=app_version,
            build_source=build_source,
            bundle_id=bundle_id,
            create_time=create_time,
            description=description,
            ext_json=ext_json,
            gmt_modified=gmt_modified,
            gray_start_time=gray_start_time,
            gray_strategy=gray_strategy,
            mini_app_id=mini_app_id,
            offline_time=offline_time,
            package_url=package_url,
            plugin_refs=plugin_refs,
            process_task_id=process_task_id,
            reject_reason=reject_reason,
            rollback_time=rollback_time,
            scan_result=scan_result,
            screen_shot_list=screen_shot_list,
            shelf_time=shelf_time,
            source_url=source_url,
            status=status,
            template_extra=template_extra,
            template_version=template_version,
        )

        alipay_open_mini_innerversion_info_query_response_model.additional_properties = d
        return alipay_open_mini_innerversion_info_query_response_model

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
