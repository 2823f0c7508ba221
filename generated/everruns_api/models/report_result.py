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
    from ..models.report_column import ReportColumn


T = TypeVar("T", bound="ReportResult")


@_attrs_define
class ReportResult:
    """
    Attributes:
        as_of (datetime.datetime):
        columns (list[ReportColumn]):
        rows (list[Any]):
        freshness_lag_ms (int | None | Unset):
    """

    as_of: datetime.datetime
    columns: list[ReportColumn]
    rows: list[Any]
    freshness_lag_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        rows = self.rows

        freshness_lag_ms: int | None | Unset
        if isinstance(self.freshness_lag_ms, Unset):
            freshness_lag_ms = UNSET
        else:
            freshness_lag_ms = self.freshness_lag_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "columns": columns,
                "rows": rows,
            }
        )
        if freshness_lag_ms is not UNSET:
            field_dict["freshness_lag_ms"] = freshness_lag_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_column import ReportColumn

        d = dict(src_dict)
        as_of = parse_datetime(d.pop("as_of"))

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = ReportColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        rows = cast(list[Any], d.pop("rows"))

        def _parse_freshness_lag_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        freshness_lag_ms = _parse_freshness_lag_ms(d.pop("freshness_lag_ms", UNSET))

        report_result = cls(
            as_of=as_of,
            columns=columns,
            rows=rows,
            freshness_lag_ms=freshness_lag_ms,
        )

        report_result.additional_properties = d
        return report_result

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
