from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_generation_metadata import LlmGenerationMetadata
    from ..models.llm_generation_output import LlmGenerationOutput
    from ..models.message import Message
    from ..models.tool_definition_summary import ToolDefinitionSummary


T = TypeVar("T", bound="LlmGenerationData")


@_attrs_define
class LlmGenerationData:
    """
    Attributes:
        messages (list[Message]):
        metadata (LlmGenerationMetadata):
        output (LlmGenerationOutput):
        tools (list[ToolDefinitionSummary] | Unset):
    """

    messages: list[Message]
    metadata: LlmGenerationMetadata
    output: LlmGenerationOutput
    tools: list[ToolDefinitionSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        metadata = self.metadata.to_dict()

        output = self.output.to_dict()

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
                "messages": messages,
                "metadata": metadata,
                "output": output,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.llm_generation_metadata import LlmGenerationMetadata
        from ..models.llm_generation_output import LlmGenerationOutput
        from ..models.message import Message
        from ..models.tool_definition_summary import ToolDefinitionSummary

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Message.from_dict(messages_item_data)

            messages.append(messages_item)

        metadata = LlmGenerationMetadata.from_dict(d.pop("metadata"))

        output = LlmGenerationOutput.from_dict(d.pop("output"))

        _tools = d.pop("tools", UNSET)
        tools: list[ToolDefinitionSummary] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolDefinitionSummary.from_dict(tools_item_data)

                tools.append(tools_item)

        llm_generation_data = cls(
            messages=messages,
            metadata=metadata,
            output=output,
            tools=tools,
        )

        llm_generation_data.additional_properties = d
        return llm_generation_data

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
