from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dlq_entry_response_input import DlqEntryResponseInput


T = TypeVar("T", bound="DlqEntryResponse")


@_attrs_define
class DlqEntryResponse:
    """
    Attributes:
        activity_id (str):
        activity_type (str):
        attempts (int):
        dead_at (datetime.datetime):
        error_history (list[str]):
        id (UUID):
        input_ (DlqEntryResponseInput):
        last_error (str):
        original_task_id (UUID):
        workflow_id (None | Unset | UUID):
    """

    activity_id: str
    activity_type: str
    attempts: int
    dead_at: datetime.datetime
    error_history: list[str]
    id: UUID
    input_: DlqEntryResponseInput
    last_error: str
    original_task_id: UUID
    workflow_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_type = self.activity_type

        attempts = self.attempts

        dead_at = self.dead_at.isoformat()

        error_history = self.error_history

        id = str(self.id)

        input_ = self.input_.to_dict()

        last_error = self.last_error

        original_task_id = str(self.original_task_id)

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        elif isinstance(self.workflow_id, UUID):
            workflow_id = str(self.workflow_id)
        else:
            workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "activity_type": activity_type,
                "attempts": attempts,
                "dead_at": dead_at,
                "error_history": error_history,
                "id": id,
                "input": input_,
                "last_error": last_error,
                "original_task_id": original_task_id,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dlq_entry_response_input import DlqEntryResponseInput

        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        activity_type = d.pop("activity_type")

        attempts = d.pop("attempts")

        dead_at = parse_datetime(d.pop("dead_at"))

        error_history = cast(list[str], d.pop("error_history"))

        id = UUID(d.pop("id"))

        input_ = DlqEntryResponseInput.from_dict(d.pop("input"))

        last_error = d.pop("last_error")

        original_task_id = UUID(d.pop("original_task_id"))

        def _parse_workflow_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workflow_id_type_0 = UUID(data)

                return workflow_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        dlq_entry_response = cls(
            activity_id=activity_id,
            activity_type=activity_type,
            attempts=attempts,
            dead_at=dead_at,
            error_history=error_history,
            id=id,
            input_=input_,
            last_error=last_error,
            original_task_id=original_task_id,
            workflow_id=workflow_id,
        )

        dlq_entry_response.additional_properties = d
        return dlq_entry_response

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
