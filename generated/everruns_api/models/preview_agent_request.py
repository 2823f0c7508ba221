from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.preview_agent_request_tools_item import PreviewAgentRequestToolsItem


T = TypeVar("T", bound="PreviewAgentRequest")


@_attrs_define
class PreviewAgentRequest:
    """
    Attributes:
        system_prompt (str):
        capabilities (list[AgentCapabilityConfig] | Unset):
        mcp_servers (BTreeMap | Unset):
        tools (list[PreviewAgentRequestToolsItem] | Unset):
    """

    system_prompt: str
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    tools: list[PreviewAgentRequestToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_prompt = self.system_prompt

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system_prompt": system_prompt,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.preview_agent_request_tools_item import (
            PreviewAgentRequestToolsItem,
        )

        d = dict(src_dict)
        system_prompt = d.pop("system_prompt")

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[AgentCapabilityConfig] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = AgentCapabilityConfig.from_dict(
                    capabilities_item_data
                )

                capabilities.append(capabilities_item)

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: BTreeMap | Unset
        if isinstance(_mcp_servers, Unset):
            mcp_servers = UNSET
        else:
            mcp_servers = BTreeMap.from_dict(_mcp_servers)

        _tools = d.pop("tools", UNSET)
        tools: list[PreviewAgentRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = PreviewAgentRequestToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        preview_agent_request = cls(
            system_prompt=system_prompt,
            capabilities=capabilities,
            mcp_servers=mcp_servers,
            tools=tools,
        )

        preview_agent_request.additional_properties = d
        return preview_agent_request

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
