from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.failed_reporting_outbox_row import FailedReportingOutboxRow


T = TypeVar("T", bound="ReportingOutboxDiagnostics")


@_attrs_define
class ReportingOutboxDiagnostics:
    """
    Attributes:
        completed (int):
        failed (int):
        failed_rows (list[FailedReportingOutboxRow]):
        pending (int):
        processing (int):
        oldest_pending_at (datetime.datetime | None | Unset):
    """

    completed: int
    failed: int
    failed_rows: list[FailedReportingOutboxRow]
    pending: int
    processing: int
    oldest_pending_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        failed = self.failed

        failed_rows = []
        for failed_rows_item_data in self.failed_rows:
            failed_rows_item = failed_rows_item_data.to_dict()
            failed_rows.append(failed_rows_item)

        pending = self.pending

        processing = self.processing

        oldest_pending_at: None | str | Unset
        if isinstance(self.oldest_pending_at, Unset):
            oldest_pending_at = UNSET
        elif isinstance(self.oldest_pending_at, datetime.datetime):
            oldest_pending_at = self.oldest_pending_at.isoformat()
        else:
            oldest_pending_at = self.oldest_pending_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed": completed,
                "failed": failed,
                "failed_rows": failed_rows,
                "pending": pending,
                "processing": processing,
            }
        )
        if oldest_pending_at is not UNSET:
            field_dict["oldest_pending_at"] = oldest_pending_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.failed_reporting_outbox_row import FailedReportingOutboxRow

        d = dict(src_dict)
        completed = d.pop("completed")

        failed = d.pop("failed")

        failed_rows = []
        _failed_rows = d.pop("failed_rows")
        for failed_rows_item_data in _failed_rows:
            failed_rows_item = FailedReportingOutboxRow.from_dict(failed_rows_item_data)

            failed_rows.append(failed_rows_item)

        pending = d.pop("pending")

        processing = d.pop("processing")

        def _parse_oldest_pending_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_pending_at_type_0 = parse_datetime(data)

                return oldest_pending_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        oldest_pending_at = _parse_oldest_pending_at(d.pop("oldest_pending_at", UNSET))

        reporting_outbox_diagnostics = cls(
            completed=completed,
            failed=failed,
            failed_rows=failed_rows,
            pending=pending,
            processing=processing,
            oldest_pending_at=oldest_pending_at,
        )

        reporting_outbox_diagnostics.additional_properties = d
        return reporting_outbox_diagnostics

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
