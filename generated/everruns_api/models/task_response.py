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

T = TypeVar("T", bound="TaskResponse")


@_attrs_define
class TaskResponse:
    """
    Attributes:
        activity_id (str):
        activity_type (str):
        attempt (int):
        created_at (datetime.datetime):
        id (UUID):
        max_attempts (int):
        priority (int):
        status (str):
        claimed_at (datetime.datetime | None | Unset):
        claimed_by (None | str | Unset):
        last_error (None | str | Unset):
        workflow_id (None | Unset | UUID):
    """

    activity_id: str
    activity_type: str
    attempt: int
    created_at: datetime.datetime
    id: UUID
    max_attempts: int
    priority: int
    status: str
    claimed_at: datetime.datetime | None | Unset = UNSET
    claimed_by: None | str | Unset = UNSET
    last_error: None | str | Unset = UNSET
    workflow_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_type = self.activity_type

        attempt = self.attempt

        created_at = self.created_at.isoformat()

        id = str(self.id)

        max_attempts = self.max_attempts

        priority = self.priority

        status = self.status

        claimed_at: None | str | Unset
        if isinstance(self.claimed_at, Unset):
            claimed_at = UNSET
        elif isinstance(self.claimed_at, datetime.datetime):
            claimed_at = self.claimed_at.isoformat()
        else:
            claimed_at = self.claimed_at

        claimed_by: None | str | Unset
        if isinstance(self.claimed_by, Unset):
            claimed_by = UNSET
        else:
            claimed_by = self.claimed_by

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

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
                "attempt": attempt,
                "created_at": created_at,
                "id": id,
                "max_attempts": max_attempts,
                "priority": priority,
                "status": status,
            }
        )
        if claimed_at is not UNSET:
            field_dict["claimed_at"] = claimed_at
        if claimed_by is not UNSET:
            field_dict["claimed_by"] = claimed_by
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        activity_type = d.pop("activity_type")

        attempt = d.pop("attempt")

        created_at = parse_datetime(d.pop("created_at"))

        id = UUID(d.pop("id"))

        max_attempts = d.pop("max_attempts")

        priority = d.pop("priority")

        status = d.pop("status")

        def _parse_claimed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                claimed_at_type_0 = parse_datetime(data)

                return claimed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        claimed_at = _parse_claimed_at(d.pop("claimed_at", UNSET))

        def _parse_claimed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claimed_by = _parse_claimed_by(d.pop("claimed_by", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

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

        task_response = cls(
            activity_id=activity_id,
            activity_type=activity_type,
            attempt=attempt,
            created_at=created_at,
            id=id,
            max_attempts=max_attempts,
            priority=priority,
            status=status,
            claimed_at=claimed_at,
            claimed_by=claimed_by,
            last_error=last_error,
            workflow_id=workflow_id,
        )

        task_response.additional_properties = d
        return task_response

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
