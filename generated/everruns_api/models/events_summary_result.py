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
    from ..models.event_type_count_out import EventTypeCountOut


T = TypeVar("T", bound="EventsSummaryResult")


@_attrs_define
class EventsSummaryResult:
    """
    Attributes:
        by_type (list[EventTypeCountOut]):
        error_count (int):
        total (int):
        turn_count (int):
        first_ts (datetime.datetime | None | Unset):
        last_ts (datetime.datetime | None | Unset):
    """

    by_type: list[EventTypeCountOut]
    error_count: int
    total: int
    turn_count: int
    first_ts: datetime.datetime | None | Unset = UNSET
    last_ts: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_type = []
        for by_type_item_data in self.by_type:
            by_type_item = by_type_item_data.to_dict()
            by_type.append(by_type_item)

        error_count = self.error_count

        total = self.total

        turn_count = self.turn_count

        first_ts: None | str | Unset
        if isinstance(self.first_ts, Unset):
            first_ts = UNSET
        elif isinstance(self.first_ts, datetime.datetime):
            first_ts = self.first_ts.isoformat()
        else:
            first_ts = self.first_ts

        last_ts: None | str | Unset
        if isinstance(self.last_ts, Unset):
            last_ts = UNSET
        elif isinstance(self.last_ts, datetime.datetime):
            last_ts = self.last_ts.isoformat()
        else:
            last_ts = self.last_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_type": by_type,
                "error_count": error_count,
                "total": total,
                "turn_count": turn_count,
            }
        )
        if first_ts is not UNSET:
            field_dict["first_ts"] = first_ts
        if last_ts is not UNSET:
            field_dict["last_ts"] = last_ts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_type_count_out import EventTypeCountOut

        d = dict(src_dict)
        by_type = []
        _by_type = d.pop("by_type")
        for by_type_item_data in _by_type:
            by_type_item = EventTypeCountOut.from_dict(by_type_item_data)

            by_type.append(by_type_item)

        error_count = d.pop("error_count")

        total = d.pop("total")

        turn_count = d.pop("turn_count")

        def _parse_first_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_ts_type_0 = parse_datetime(data)

                return first_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_ts = _parse_first_ts(d.pop("first_ts", UNSET))

        def _parse_last_ts(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_ts_type_0 = parse_datetime(data)

                return last_ts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_ts = _parse_last_ts(d.pop("last_ts", UNSET))

        events_summary_result = cls(
            by_type=by_type,
            error_count=error_count,
            total=total,
            turn_count=turn_count,
            first_ts=first_ts,
            last_ts=last_ts,
        )

        events_summary_result.additional_properties = d
        return events_summary_result

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
