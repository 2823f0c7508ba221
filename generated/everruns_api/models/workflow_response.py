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
    from ..models.workflow_response_error import WorkflowResponseError
    from ..models.workflow_response_input import WorkflowResponseInput
    from ..models.workflow_response_result import WorkflowResponseResult


T = TypeVar("T", bound="WorkflowResponse")


@_attrs_define
class WorkflowResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        input_ (WorkflowResponseInput):
        status (str):
        workflow_type (str):
        completed_at (datetime.datetime | None | Unset):
        error (WorkflowResponseError | Unset):
        result (WorkflowResponseResult | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    input_: WorkflowResponseInput
    status: str
    workflow_type: str
    completed_at: datetime.datetime | None | Unset = UNSET
    error: WorkflowResponseError | Unset = UNSET
    result: WorkflowResponseResult | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        input_ = self.input_.to_dict()

        status = self.status

        workflow_type = self.workflow_type

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "input": input_,
                "status": status,
                "workflow_type": workflow_type,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_response_error import WorkflowResponseError
        from ..models.workflow_response_input import WorkflowResponseInput
        from ..models.workflow_response_result import WorkflowResponseResult

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = UUID(d.pop("id"))

        input_ = WorkflowResponseInput.from_dict(d.pop("input"))

        status = d.pop("status")

        workflow_type = d.pop("workflow_type")

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _error = d.pop("error", UNSET)
        error: WorkflowResponseError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = WorkflowResponseError.from_dict(_error)

        _result = d.pop("result", UNSET)
        result: WorkflowResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = WorkflowResponseResult.from_dict(_result)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        workflow_response = cls(
            created_at=created_at,
            id=id,
            input_=input_,
            status=status,
            workflow_type=workflow_type,
            completed_at=completed_at,
            error=error,
            result=result,
            started_at=started_at,
        )

        workflow_response.additional_properties = d
        return workflow_response

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
