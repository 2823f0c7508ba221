from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.create_session_request_hints_type_0 import (
        CreateSessionRequestHintsType0,
    )
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


T = TypeVar("T", bound="CreateSessionRequest")


@_attrs_define
class CreateSessionRequest:
    """
    Attributes:
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_name (None | str | Unset):
        capabilities (list[AgentCapabilityConfig] | Unset):
        harness_id (None | str | Unset):
        harness_name (None | str | Unset):
        hints (CreateSessionRequestHintsType0 | None | Unset):
        initial_files (list[InitialFile] | Unset):
        locale (None | str | Unset):
        max_iterations (int | None | Unset):
        mcp_servers (BTreeMap | Unset):
        model_id (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | Unset):
        title (None | str | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset):
        workspace_id (None | str | Unset):
    """

    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    harness_id: None | str | Unset = UNSET
    harness_name: None | str | Unset = UNSET
    hints: CreateSessionRequestHintsType0 | None | Unset = UNSET
    initial_files: list[InitialFile] | Unset = UNSET
    locale: None | str | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    model_id: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_session_request_hints_type_0 import (
            CreateSessionRequestHintsType0,
        )
        from ..models.network_access_list import NetworkAccessList
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_identity_id: None | str | Unset
        if isinstance(self.agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = self.agent_identity_id

        agent_name: None | str | Unset
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

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

        hints: dict[str, Any] | None | Unset
        if isinstance(self.hints, Unset):
            hints = UNSET
        elif isinstance(self.hints, CreateSessionRequestHintsType0):
            hints = self.hints.to_dict()
        else:
            hints = self.hints

        initial_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_files, Unset):
            initial_files = []
            for initial_files_item_data in self.initial_files:
                initial_files_item = initial_files_item_data.to_dict()
                initial_files.append(initial_files_item)

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

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

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if harness_id is not UNSET:
            field_dict["harness_id"] = harness_id
        if harness_name is not UNSET:
            field_dict["harness_name"] = harness_name
        if hints is not UNSET:
            field_dict["hints"] = hints
        if initial_files is not UNSET:
            field_dict["initial_files"] = initial_files
        if locale is not UNSET:
            field_dict["locale"] = locale
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if network_access is not UNSET:
            field_dict["network_access"] = network_access
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title
        if tools is not UNSET:
            field_dict["tools"] = tools
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.create_session_request_hints_type_0 import (
            CreateSessionRequestHintsType0,
        )
        from ..models.initial_file import InitialFile
        from ..models.network_access_list import NetworkAccessList
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin
        from ..models.tool_definition_client_side import ToolDefinitionClientSide

        d = dict(src_dict)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_identity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_identity_id = _parse_agent_identity_id(d.pop("agent_identity_id", UNSET))

        def _parse_agent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[AgentCapabilityConfig] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = AgentCapabilityConfig.from_dict(
                    capabilities_item_data
                )

                capabilities.append(capabilities_item)

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

        def _parse_hints(data: object) -> CreateSessionRequestHintsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hints_type_0 = CreateSessionRequestHintsType0.from_dict(data)

                return hints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSessionRequestHintsType0 | None | Unset, data)

        hints = _parse_hints(d.pop("hints", UNSET))

        _initial_files = d.pop("initial_files", UNSET)
        initial_files: list[InitialFile] | Unset = UNSET
        if _initial_files is not UNSET:
            initial_files = []
            for initial_files_item_data in _initial_files:
                initial_files_item = InitialFile.from_dict(initial_files_item_data)

                initial_files.append(initial_files_item)

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

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

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

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

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        create_session_request = cls(
            agent_id=agent_id,
            agent_identity_id=agent_identity_id,
            agent_name=agent_name,
            capabilities=capabilities,
            harness_id=harness_id,
            harness_name=harness_name,
            hints=hints,
            initial_files=initial_files,
            locale=locale,
            max_iterations=max_iterations,
            mcp_servers=mcp_servers,
            model_id=model_id,
            network_access=network_access,
            parallel_tool_calls=parallel_tool_calls,
            system_prompt=system_prompt,
            tags=tags,
            title=title,
            tools=tools,
            workspace_id=workspace_id,
        )

        create_session_request.additional_properties = d
        return create_session_request

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
