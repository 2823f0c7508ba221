from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.harness_preview_response_tools_item import (
        HarnessPreviewResponseToolsItem,
    )


T = TypeVar("T", bound="HarnessPreviewResponse")


@_attrs_define
class HarnessPreviewResponse:
    """
    Attributes:
        system_prompt (str):
        tools (list[HarnessPreviewResponseToolsItem]):
    """

    system_prompt: str
    tools: list[HarnessPreviewResponseToolsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_prompt = self.system_prompt

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system_prompt": system_prompt,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.harness_preview_response_tools_item import (
            HarnessPreviewResponseToolsItem,
        )

        d = dict(src_dict)
        system_prompt = d.pop("system_prompt")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = HarnessPreviewResponseToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        harness_preview_response = cls(
            system_prompt=system_prompt,
            tools=tools,
        )

        harness_preview_response.additional_properties = d
        return harness_preview_response

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
