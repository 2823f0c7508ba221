from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowEventResponse")


@_attrs_define
class WorkflowEventResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        event_data (Any):
        event_type (str):
        id (int):
        sequence_num (int):
        workflow_id (UUID):
    """

    created_at: datetime.datetime
    event_data: Any
    event_type: str
    id: int
    sequence_num: int
    workflow_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        event_data = self.event_data

        event_type = self.event_type

        id = self.id

        sequence_num = self.sequence_num

        workflow_id = str(self.workflow_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "event_data": event_data,
                "event_type": event_type,
                "id": id,
                "sequence_num": sequence_num,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        event_data = d.pop("event_data")

        event_type = d.pop("event_type")

        id = d.pop("id")

        sequence_num = d.pop("sequence_num")

        workflow_id = UUID(d.pop("workflow_id"))

        workflow_event_response = cls(
            created_at=created_at,
            event_data=event_data,
            event_type=event_type,
            id=id,
            sequence_num=sequence_num,
            workflow_id=workflow_id,
        )

        workflow_event_response.additional_properties = d
        return workflow_event_response

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
