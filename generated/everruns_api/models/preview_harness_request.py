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


T = TypeVar("T", bound="PreviewHarnessRequest")


@_attrs_define
class PreviewHarnessRequest:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig] | Unset):
        mcp_servers (BTreeMap | Unset):
        parent_harness_id (None | str | Unset):
        system_prompt (None | str | Unset):
    """

    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    parent_harness_id: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        parent_harness_id: None | str | Unset
        if isinstance(self.parent_harness_id, Unset):
            parent_harness_id = UNSET
        else:
            parent_harness_id = self.parent_harness_id

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if parent_harness_id is not UNSET:
            field_dict["parent_harness_id"] = parent_harness_id
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap

        d = dict(src_dict)
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

        def _parse_parent_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_harness_id = _parse_parent_harness_id(d.pop("parent_harness_id", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        preview_harness_request = cls(
            capabilities=capabilities,
            mcp_servers=mcp_servers,
            parent_harness_id=parent_harness_id,
            system_prompt=system_prompt,
        )

        preview_harness_request.additional_properties = d
        return preview_harness_request

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
