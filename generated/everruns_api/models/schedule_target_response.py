from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schedule_target_response_input import ScheduleTargetResponseInput


T = TypeVar("T", bound="ScheduleTargetResponse")


@_attrs_define
class ScheduleTargetResponse:
    """
    Attributes:
        input_ (ScheduleTargetResponseInput):
        name (str):
        type_ (str):
    """

    input_: ScheduleTargetResponseInput
    name: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_target_response_input import ScheduleTargetResponseInput

        d = dict(src_dict)
        input_ = ScheduleTargetResponseInput.from_dict(d.pop("input"))

        name = d.pop("name")

        type_ = d.pop("type")

        schedule_target_response = cls(
            input_=input_,
            name=name,
            type_=type_,
        )

        schedule_target_response.additional_properties = d
        return schedule_target_response

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
