from __future__ import annotations

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
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


T = TypeVar("T", bound="UpdateAgentRequest")


@_attrs_define
class UpdateAgentRequest:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig] | None | Unset):
        default_model_id (None | str | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        harness_id (None | str | Unset):
        harness_name (None | str | Unset):
        initial_files (list[InitialFile] | None | Unset):
        max_iterations (int | None | Unset):
        mcp_servers (BTreeMap | None | Unset):
        name (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        status (AgentStatus | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | None | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | None | Unset):
    """

    capabilities: list[AgentCapabilityConfig] | None | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    harness_id: None | str | Unset = UNSET
    harness_name: None | str | Unset = UNSET
    initial_files: list[InitialFile] | None | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    mcp_servers: BTreeMap | None | Unset = UNSET
    name: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    status: AgentStatus | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.b_tree_map import BTreeMap
        from ..models.network_access_list import NetworkAccessList
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin

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

        harness_id: None | str | Unset
        if isinstance(self.harness_id, Unset):
            harness_id = UNSET
        else:
            harness_id = self.harness_id

        harness_name: None | str | Unset
        if isinstance(self.harness_name, Unset):
            harness_name = UNSET
        else:
            harness_name = self.harness_name

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

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

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

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AgentStatus):
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

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, ToolDefinitionBuiltin):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

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
        if harness_id is not UNSET:
            field_dict["harness_id"] = harness_id
        if harness_name is not UNSET:
            field_dict["harness_name"] = harness_name
        if initial_files is not UNSET:
            field_dict["initial_files"] = initial_files
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if name is not UNSET:
            field_dict["name"] = name
        if network_access is not UNSET:
            field_dict["network_access"] = network_access
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if status is not UNSET:
            field_dict["status"] = status
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.initial_file import InitialFile
        from ..models.network_access_list import NetworkAccessList
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin
        from ..models.tool_definition_client_side import ToolDefinitionClientSide

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

        def _parse_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harness_id = _parse_harness_id(d.pop("harness_id", UNSET))

        def _parse_harness_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harness_name = _parse_harness_name(d.pop("harness_name", UNSET))

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

        def _parse_max_iterations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_iterations = _parse_max_iterations(d.pop("max_iterations", UNSET))

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

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(
            d.pop("parallel_tool_calls", UNSET)
        )

        def _parse_status(data: object) -> AgentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = AgentStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentStatus | None | Unset, data)

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

        def _parse_tools(
            data: object,
        ) -> list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | None | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        update_agent_request = cls(
            capabilities=capabilities,
            default_model_id=default_model_id,
            description=description,
            display_name=display_name,
            harness_id=harness_id,
            harness_name=harness_name,
            initial_files=initial_files,
            max_iterations=max_iterations,
            mcp_servers=mcp_servers,
            name=name,
            network_access=network_access,
            parallel_tool_calls=parallel_tool_calls,
            status=status,
            system_prompt=system_prompt,
            tags=tags,
            tools=tools,
        )

        update_agent_request.additional_properties = d
        return update_agent_request

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
