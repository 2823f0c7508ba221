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

T = TypeVar("T", bound="FailedReportingOutboxRow")


@_attrs_define
class FailedReportingOutboxRow:
    """
    Attributes:
        attempts (int):
        id (UUID):
        org_id (int):
        source_id (str):
        source_type (str):
        updated_at (datetime.datetime):
        last_error (None | str | Unset):
    """

    attempts: int
    id: UUID
    org_id: int
    source_id: str
    source_type: str
    updated_at: datetime.datetime
    last_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        id = str(self.id)

        org_id = self.org_id

        source_id = self.source_id

        source_type = self.source_type

        updated_at = self.updated_at.isoformat()

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "id": id,
                "org_id": org_id,
                "source_id": source_id,
                "source_type": source_type,
                "updated_at": updated_at,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        id = UUID(d.pop("id"))

        org_id = d.pop("org_id")

        source_id = d.pop("source_id")

        source_type = d.pop("source_type")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        failed_reporting_outbox_row = cls(
            attempts=attempts,
            id=id,
            org_id=org_id,
            source_id=source_id,
            source_type=source_type,
            updated_at=updated_at,
            last_error=last_error,
        )

        failed_reporting_outbox_row.additional_properties = d
        return failed_reporting_outbox_row

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
