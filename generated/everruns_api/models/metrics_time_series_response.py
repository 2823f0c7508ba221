from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_point import MetricsPoint


T = TypeVar("T", bound="MetricsTimeSeriesResponse")


@_attrs_define
class MetricsTimeSeriesResponse:
    """
    Attributes:
        points (list[MetricsPoint]):
        resolution_seconds (int):
        instance_count (int | Unset):
    """

    points: list[MetricsPoint]
    resolution_seconds: int
    instance_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        resolution_seconds = self.resolution_seconds

        instance_count = self.instance_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
                "resolution_seconds": resolution_seconds,
            }
        )
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_point import MetricsPoint

        d = dict(src_dict)
        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = MetricsPoint.from_dict(points_item_data)

            points.append(points_item)

        resolution_seconds = d.pop("resolution_seconds")

        instance_count = d.pop("instance_count", UNSET)

        metrics_time_series_response = cls(
            points=points,
            resolution_seconds=resolution_seconds,
            instance_count=instance_count,
        )

        metrics_time_series_response.additional_properties = d
        return metrics_time_series_response

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
