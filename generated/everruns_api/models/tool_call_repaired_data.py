from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolCallRepairedData")


@_attrs_define
class ToolCallRepairedData:
    """
    Attributes:
        outcome (str):
        tool_call_id (str):
        tool_name (str):
        turn_id (str):
    """

    outcome: str
    tool_call_id: str
    tool_name: str
    turn_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        turn_id = self.turn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outcome": outcome,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
                "turn_id": turn_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = d.pop("outcome")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        turn_id = d.pop("turn_id")

        tool_call_repaired_data = cls(
            outcome=outcome,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            turn_id=turn_id,
        )

        tool_call_repaired_data.additional_properties = d
        return tool_call_repaired_data

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
