from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_message_part_data_type import TaskMessagePartDataType

if TYPE_CHECKING:
    from ..models.task_message_part_data_data import TaskMessagePartDataData


T = TypeVar("T", bound="TaskMessagePartData")


@_attrs_define
class TaskMessagePartData:
    """
    Attributes:
        data (TaskMessagePartDataData):
        type_ (TaskMessagePartDataType):
    """

    data: TaskMessagePartDataData
    type_: TaskMessagePartDataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_message_part_data_data import TaskMessagePartDataData

        d = dict(src_dict)
        data = TaskMessagePartDataData.from_dict(d.pop("data"))

        type_ = TaskMessagePartDataType(d.pop("type"))

        task_message_part_data = cls(
            data=data,
            type_=type_,
        )

        task_message_part_data.additional_properties = d
        return task_message_part_data

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
