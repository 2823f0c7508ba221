from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_status import AgentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.token_usage import TokenUsage
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


T = TypeVar("T", bound="ListResponseAgentDataItem")


@_attrs_define
class ListResponseAgentDataItem:
    """
    Attributes:
        created_at (datetime.datetime):
        harness_id (str):
        id (str):
        name (str):
        status (AgentStatus):
        system_prompt (str):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None | Unset):
        capabilities (list[AgentCapabilityConfig] | Unset):
        default_model_id (None | str | Unset):
        default_version_id (None | str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        forked_from_agent_id (None | str | Unset):
        forked_from_version_id (None | str | Unset):
        initial_files (list[InitialFile] | Unset):
        max_iterations (int | None | Unset):
        mcp_servers (BTreeMap | Unset):
        network_access (NetworkAccessList | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        root_agent_id (None | str | Unset):
        tags (list[str] | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset):
        usage (None | TokenUsage | Unset):
    """

    created_at: datetime.datetime
    harness_id: str
    id: str
    name: str
    status: AgentStatus
    system_prompt: str
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None | Unset = UNSET
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    default_version_id: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    forked_from_agent_id: None | str | Unset = UNSET
    forked_from_version_id: None | str | Unset = UNSET
    initial_files: list[InitialFile] | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    root_agent_id: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_access_list import NetworkAccessList
        from ..models.token_usage import TokenUsage
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin

        created_at = self.created_at.isoformat()

        harness_id = self.harness_id

        id = self.id

        name = self.name

        status = self.status.value

        system_prompt = self.system_prompt

        updated_at = self.updated_at.isoformat()

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        default_model_id: None | str | Unset
        if isinstance(self.default_model_id, Unset):
            default_model_id = UNSET
        else:
            default_model_id = self.default_model_id

        default_version_id: None | str | Unset
        if isinstance(self.default_version_id, Unset):
            default_version_id = UNSET
        else:
            default_version_id = self.default_version_id

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

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

        forked_from_agent_id: None | str | Unset
        if isinstance(self.forked_from_agent_id, Unset):
            forked_from_agent_id = UNSET
        else:
            forked_from_agent_id = self.forked_from_agent_id

        forked_from_version_id: None | str | Unset
        if isinstance(self.forked_from_version_id, Unset):
            forked_from_version_id = UNSET
        else:
            forked_from_version_id = self.forked_from_version_id

        initial_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_files, Unset):
            initial_files = []
            for initial_files_item_data in self.initial_files:
                initial_files_item = initial_files_item_data.to_dict()
                initial_files.append(initial_files_item)

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        network_access: dict[str, Any] | None | Unset
        if isinstance(self.network_access, Unset):
            network_access = UNSET
        elif isinstance(self.network_access, NetworkAccessList):
            network_access = self.network_access.to_dict()
        else:
            network_access = self.network_access

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        root_agent_id: None | str | Unset
        if isinstance(self.root_agent_id, Unset):
            root_agent_id = UNSET
        else:
            root_agent_id = self.root_agent_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ToolDefinitionBuiltin):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TokenUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "harness_id": harness_id,
                "id": id,
                "name": name,
                "status": status,
                "system_prompt": system_prompt,
                "updated_at": updated_at,
            }
        )
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if default_version_id is not UNSET:
            field_dict["default_version_id"] = default_version_id
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if forked_from_agent_id is not UNSET:
            field_dict["forked_from_agent_id"] = forked_from_agent_id
        if forked_from_version_id is not UNSET:
            field_dict["forked_from_version_id"] = forked_from_version_id
        if initial_files is not UNSET:
            field_dict["initial_files"] = initial_files
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if network_access is not UNSET:
            field_dict["network_access"] = network_access
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if root_agent_id is not UNSET:
            field_dict["root_agent_id"] = root_agent_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tools is not UNSET:
            field_dict["tools"] = tools
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.initial_file import InitialFile
        from ..models.network_access_list import NetworkAccessList
        from ..models.token_usage import TokenUsage
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin
        from ..models.tool_definition_client_side import ToolDefinitionClientSide

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        harness_id = d.pop("harness_id")

        id = d.pop("id")

        name = d.pop("name")

        status = AgentStatus(d.pop("status"))

        system_prompt = d.pop("system_prompt")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[AgentCapabilityConfig] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = AgentCapabilityConfig.from_dict(
                    capabilities_item_data
                )

                capabilities.append(capabilities_item)

        def _parse_default_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model_id = _parse_default_model_id(d.pop("default_model_id", UNSET))

        def _parse_default_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_version_id = _parse_default_version_id(
            d.pop("default_version_id", UNSET)
        )

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

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

        def _parse_forked_from_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forked_from_agent_id = _parse_forked_from_agent_id(
            d.pop("forked_from_agent_id", UNSET)
        )

        def _parse_forked_from_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forked_from_version_id = _parse_forked_from_version_id(
            d.pop("forked_from_version_id", UNSET)
        )

        _initial_files = d.pop("initial_files", UNSET)
        initial_files: list[InitialFile] | Unset = UNSET
        if _initial_files is not UNSET:
            initial_files = []
            for initial_files_item_data in _initial_files:
                initial_files_item = InitialFile.from_dict(initial_files_item_data)

                initial_files.append(initial_files_item)

        def _parse_max_iterations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_iterations = _parse_max_iterations(d.pop("max_iterations", UNSET))

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: BTreeMap | Unset
        if isinstance(_mcp_servers, Unset):
            mcp_servers = UNSET
        else:
            mcp_servers = BTreeMap.from_dict(_mcp_servers)

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

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(
            d.pop("parallel_tool_calls", UNSET)
        )

        def _parse_root_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_agent_id = _parse_root_agent_id(d.pop("root_agent_id", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> ToolDefinitionBuiltin | ToolDefinitionClientSide:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_definition_type_0 = (
                            ToolDefinitionBuiltin.from_dict(data)
                        )

                        return componentsschemas_tool_definition_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_definition_type_1 = (
                        ToolDefinitionClientSide.from_dict(data)
                    )

                    return componentsschemas_tool_definition_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_usage(data: object) -> None | TokenUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = TokenUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        list_response_agent_data_item = cls(
            created_at=created_at,
            harness_id=harness_id,
            id=id,
            name=name,
            status=status,
            system_prompt=system_prompt,
            updated_at=updated_at,
            archived_at=archived_at,
            capabilities=capabilities,
            default_model_id=default_model_id,
            default_version_id=default_version_id,
            deleted_at=deleted_at,
            description=description,
            display_name=display_name,
            forked_from_agent_id=forked_from_agent_id,
            forked_from_version_id=forked_from_version_id,
            initial_files=initial_files,
            max_iterations=max_iterations,
            mcp_servers=mcp_servers,
            network_access=network_access,
            parallel_tool_calls=parallel_tool_calls,
            root_agent_id=root_agent_id,
            tags=tags,
            tools=tools,
            usage=usage,
        )

        list_response_agent_data_item.additional_properties = d
        return list_response_agent_data_item

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
