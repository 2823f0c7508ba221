from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.harness_status import HarnessStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.update_harness_request_embedder_metadata_type_0 import (
        UpdateHarnessRequestEmbedderMetadataType0,
    )


T = TypeVar("T", bound="UpdateHarnessRequest")


@_attrs_define
class UpdateHarnessRequest:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig] | None | Unset):
        default_model_id (None | str | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        embedder_metadata (None | Unset | UpdateHarnessRequestEmbedderMetadataType0):
        initial_files (list[InitialFile] | None | Unset):
        mcp_servers (BTreeMap | None | Unset):
        name (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        parent_harness_id (None | str | Unset):
        status (HarnessStatus | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | None | Unset):
    """

    capabilities: list[AgentCapabilityConfig] | None | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    embedder_metadata: None | Unset | UpdateHarnessRequestEmbedderMetadataType0 = UNSET
    initial_files: list[InitialFile] | None | Unset = UNSET
    mcp_servers: BTreeMap | None | Unset = UNSET
    name: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parent_harness_id: None | str | Unset = UNSET
    status: HarnessStatus | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap
        from ..models.network_access_list import NetworkAccessList
        from ..models.update_harness_request_embedder_metadata_type_0 import (
            UpdateHarnessRequestEmbedderMetadataType0,
        )

        capabilities: list[dict[str, Any]] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = []
            for capabilities_type_0_item_data in self.capabilities:
                capabilities_type_0_item = capabilities_type_0_item_data.to_dict()
                capabilities.append(capabilities_type_0_item)

        else:
            capabilities = self.capabilities

        default_model_id: None | str | Unset
        if isinstance(self.default_model_id, Unset):
            default_model_id = UNSET
        else:
            default_model_id = self.default_model_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        embedder_metadata: dict[str, Any] | None | Unset
        if isinstance(self.embedder_metadata, Unset):
            embedder_metadata = UNSET
        elif isinstance(
            self.embedder_metadata, UpdateHarnessRequestEmbedderMetadataType0
        ):
            embedder_metadata = self.embedder_metadata.to_dict()
        else:
            embedder_metadata = self.embedder_metadata

        initial_files: list[dict[str, Any]] | None | Unset
        if isinstance(self.initial_files, Unset):
            initial_files = UNSET
        elif isinstance(self.initial_files, list):
            initial_files = []
            for initial_files_type_0_item_data in self.initial_files:
                initial_files_type_0_item = initial_files_type_0_item_data.to_dict()
                initial_files.append(initial_files_type_0_item)

        else:
            initial_files = self.initial_files

        mcp_servers: dict[str, Any] | None | Unset
        if isinstance(self.mcp_servers, Unset):
            mcp_servers = UNSET
        elif isinstance(self.mcp_servers, BTreeMap):
            mcp_servers = self.mcp_servers.to_dict()
        else:
            mcp_servers = self.mcp_servers

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        network_access: dict[str, Any] | None | Unset
        if isinstance(self.network_access, Unset):
            network_access = UNSET
        elif isinstance(self.network_access, NetworkAccessList):
            network_access = self.network_access.to_dict()
        else:
            network_access = self.network_access

        parent_harness_id: None | str | Unset
        if isinstance(self.parent_harness_id, Unset):
            parent_harness_id = UNSET
        else:
            parent_harness_id = self.parent_harness_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, HarnessStatus):
            status = self.status.value
        else:
            status = self.status

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if embedder_metadata is not UNSET:
            field_dict["embedder_metadata"] = embedder_metadata
        if initial_files is not UNSET:
            field_dict["initial_files"] = initial_files
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if name is not UNSET:
            field_dict["name"] = name
        if network_access is not UNSET:
            field_dict["network_access"] = network_access
        if parent_harness_id is not UNSET:
            field_dict["parent_harness_id"] = parent_harness_id
        if status is not UNSET:
            field_dict["status"] = status
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.initial_file import InitialFile
        from ..models.network_access_list import NetworkAccessList
        from ..models.update_harness_request_embedder_metadata_type_0 import (
            UpdateHarnessRequestEmbedderMetadataType0,
        )

        d = dict(src_dict)

        def _parse_capabilities(
            data: object,
        ) -> list[AgentCapabilityConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                capabilities_type_0 = []
                _capabilities_type_0 = data
                for capabilities_type_0_item_data in _capabilities_type_0:
                    capabilities_type_0_item = AgentCapabilityConfig.from_dict(
                        capabilities_type_0_item_data
                    )

                    capabilities_type_0.append(capabilities_type_0_item)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgentCapabilityConfig] | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_default_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model_id = _parse_default_model_id(d.pop("default_model_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_embedder_metadata(
            data: object,
        ) -> None | Unset | UpdateHarnessRequestEmbedderMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                embedder_metadata_type_0 = (
                    UpdateHarnessRequestEmbedderMetadataType0.from_dict(data)
                )

                return embedder_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateHarnessRequestEmbedderMetadataType0, data)

        embedder_metadata = _parse_embedder_metadata(d.pop("embedder_metadata", UNSET))

        def _parse_initial_files(data: object) -> list[InitialFile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                initial_files_type_0 = []
                _initial_files_type_0 = data
                for initial_files_type_0_item_data in _initial_files_type_0:
                    initial_files_type_0_item = InitialFile.from_dict(
                        initial_files_type_0_item_data
                    )

                    initial_files_type_0.append(initial_files_type_0_item)

                return initial_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InitialFile] | None | Unset, data)

        initial_files = _parse_initial_files(d.pop("initial_files", UNSET))

        def _parse_mcp_servers(data: object) -> BTreeMap | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_servers_type_1 = BTreeMap.from_dict(data)

                return mcp_servers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BTreeMap | None | Unset, data)

        mcp_servers = _parse_mcp_servers(d.pop("mcpServers", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_network_access(data: object) -> NetworkAccessList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_access_type_1 = NetworkAccessList.from_dict(data)

                return network_access_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkAccessList | None | Unset, data)

        network_access = _parse_network_access(d.pop("network_access", UNSET))

        def _parse_parent_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_harness_id = _parse_parent_harness_id(d.pop("parent_harness_id", UNSET))

        def _parse_status(data: object) -> HarnessStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = HarnessStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HarnessStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        update_harness_request = cls(
            capabilities=capabilities,
            default_model_id=default_model_id,
            description=description,
            display_name=display_name,
            embedder_metadata=embedder_metadata,
            initial_files=initial_files,
            mcp_servers=mcp_servers,
            name=name,
            network_access=network_access,
            parent_harness_id=parent_harness_id,
            status=status,
            system_prompt=system_prompt,
            tags=tags,
        )

        update_harness_request.additional_properties = d
        return update_harness_request

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
