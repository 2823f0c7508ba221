from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recovery_mode import RecoveryMode

T = TypeVar("T", bound="ReasonRecoveredData")


@_attrs_define
class ReasonRecoveredData:
    """
    Attributes:
        accumulated_len (int):
        mode (RecoveryMode):
        turn_id (str):
    """

    accumulated_len: int
    mode: RecoveryMode
    turn_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accumulated_len = self.accumulated_len

        mode = self.mode.value

        turn_id = self.turn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accumulated_len": accumulated_len,
                "mode": mode,
                "turn_id": turn_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accumulated_len = d.pop("accumulated_len")

        mode = RecoveryMode(d.pop("mode"))

        turn_id = d.pop("turn_id")

        reason_recovered_data = cls(
            accumulated_len=accumulated_len,
            mode=mode,
            turn_id=turn_id,
        )

        reason_recovered_data.additional_properties = d
        return reason_recovered_data

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
