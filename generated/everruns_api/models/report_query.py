from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_filter import ReportFilter
    from ..models.report_order_by import ReportOrderBy
    from ..models.report_time_range import ReportTimeRange


T = TypeVar("T", bound="ReportQuery")


@_attrs_define
class ReportQuery:
    """
    Attributes:
        dataset (str):
        time_range (ReportTimeRange):
        dimensions (list[str] | Unset):
        filters (list[ReportFilter] | Unset):
        limit (int | Unset):
        measures (list[str] | Unset):
        order_by (list[ReportOrderBy] | Unset):
    """

    dataset: str
    time_range: ReportTimeRange
    dimensions: list[str] | Unset = UNSET
    filters: list[ReportFilter] | Unset = UNSET
    limit: int | Unset = UNSET
    measures: list[str] | Unset = UNSET
    order_by: list[ReportOrderBy] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        time_range = self.time_range.to_dict()

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        limit = self.limit

        measures: list[str] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = self.measures

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "time_range": time_range,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if limit is not UNSET:
            field_dict["limit"] = limit
        if measures is not UNSET:
            field_dict["measures"] = measures
        if order_by is not UNSET:
            field_dict["order_by"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_filter import ReportFilter
        from ..models.report_order_by import ReportOrderBy
        from ..models.report_time_range import ReportTimeRange

        d = dict(src_dict)
        dataset = d.pop("dataset")

        time_range = ReportTimeRange.from_dict(d.pop("time_range"))

        dimensions = cast(list[str], d.pop("dimensions", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[ReportFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ReportFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        limit = d.pop("limit", UNSET)

        measures = cast(list[str], d.pop("measures", UNSET))

        _order_by = d.pop("order_by", UNSET)
        order_by: list[ReportOrderBy] | Unset = UNSET
        if _order_by is not UNSET:
            order_by = []
            for order_by_item_data in _order_by:
                order_by_item = ReportOrderBy.from_dict(order_by_item_data)

                order_by.append(order_by_item)

        report_query = cls(
            dataset=dataset,
            time_range=time_range,
            dimensions=dimensions,
            filters=filters,
            limit=limit,
            measures=measures,
            order_by=order_by,
        )

        report_query.additional_properties = d
        return report_query

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
