from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_repair_action import TranscriptRepairAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptRepairedData")


@_attrs_define
class TranscriptRepairedData:
    """
    Attributes:
        action (TranscriptRepairAction):
        tool_call_id (str):
        tool_name (None | str | Unset):
    """

    action: TranscriptRepairAction
    tool_call_id: str
    tool_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        tool_call_id = self.tool_call_id

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "tool_call_id": tool_call_id,
            }
        )
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = TranscriptRepairAction(d.pop("action"))

        tool_call_id = d.pop("tool_call_id")

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("tool_name", UNSET))

        transcript_repaired_data = cls(
            action=action,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
        )

        transcript_repaired_data.additional_properties = d
        return transcript_repaired_data

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
