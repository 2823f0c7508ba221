from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TurnStartedData")


@_attrs_define
class TurnStartedData:
    """
    Attributes:
        input_message_id (str):
        turn_id (str):
        input_content (None | str | Unset):
    """

    input_message_id: str
    turn_id: str
    input_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_message_id = self.input_message_id

        turn_id = self.turn_id

        input_content: None | str | Unset
        if isinstance(self.input_content, Unset):
            input_content = UNSET
        else:
            input_content = self.input_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_message_id": input_message_id,
                "turn_id": turn_id,
            }
        )
        if input_content is not UNSET:
            field_dict["input_content"] = input_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_message_id = d.pop("input_message_id")

        turn_id = d.pop("turn_id")

        def _parse_input_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_content = _parse_input_content(d.pop("input_content", UNSET))

        turn_started_data = cls(
            input_message_id=input_message_id,
            turn_id=turn_id,
            input_content=input_content,
        )

        turn_started_data.additional_properties = d
        return turn_started_data

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
