from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OutputMessageReplacedData")


@_attrs_define
class OutputMessageReplacedData:
    """
    Attributes:
        guardrail_capability_id (str):
        guardrail_id (str):
        reason_code (str):
        replacement (str):
        turn_id (str):
    """

    guardrail_capability_id: str
    guardrail_id: str
    reason_code: str
    replacement: str
    turn_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guardrail_capability_id = self.guardrail_capability_id

        guardrail_id = self.guardrail_id

        reason_code = self.reason_code

        replacement = self.replacement

        turn_id = self.turn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guardrail_capability_id": guardrail_capability_id,
                "guardrail_id": guardrail_id,
                "reason_code": reason_code,
                "replacement": replacement,
                "turn_id": turn_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        guardrail_capability_id = d.pop("guardrail_capability_id")

        guardrail_id = d.pop("guardrail_id")

        reason_code = d.pop("reason_code")

        replacement = d.pop("replacement")

        turn_id = d.pop("turn_id")

        output_message_replaced_data = cls(
            guardrail_capability_id=guardrail_capability_id,
            guardrail_id=guardrail_id,
            reason_code=reason_code,
            replacement=replacement,
            turn_id=turn_id,
        )

        output_message_replaced_data.additional_properties = d
        return output_message_replaced_data

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
