from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolOutputDeltaData")


@_attrs_define
class ToolOutputDeltaData:
    """
    Attributes:
        delta (str):
        stream (str):
        tool_call_id (str):
        tool_name (str):
    """

    delta: str
    stream: str
    tool_call_id: str
    tool_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        stream = self.stream

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "stream": stream,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delta = d.pop("delta")

        stream = d.pop("stream")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        tool_output_delta_data = cls(
            delta=delta,
            stream=stream,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
        )

        tool_output_delta_data.additional_properties = d
        return tool_output_delta_data

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
