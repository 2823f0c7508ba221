from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_preview_response_tools_item import AgentPreviewResponseToolsItem
    from ..models.finding import Finding


T = TypeVar("T", bound="AgentPreviewResponse")


@_attrs_define
class AgentPreviewResponse:
    """
    Attributes:
        findings (list[Finding]):
        system_prompt (str):
        tools (list[AgentPreviewResponseToolsItem]):
    """

    findings: list[Finding]
    system_prompt: str
    tools: list[AgentPreviewResponseToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        system_prompt = self.system_prompt

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "findings": findings,
                "system_prompt": system_prompt,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_preview_response_tools_item import (
            AgentPreviewResponseToolsItem,
        )
        from ..models.finding import Finding

        d = dict(src_dict)
        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = Finding.from_dict(findings_item_data)

            findings.append(findings_item)

        system_prompt = d.pop("system_prompt")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = AgentPreviewResponseToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        agent_preview_response = cls(
            findings=findings,
            system_prompt=system_prompt,
            tools=tools,
        )

        agent_preview_response.additional_properties = d
        return agent_preview_response

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
