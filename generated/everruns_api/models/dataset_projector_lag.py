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

T = TypeVar("T", bound="DatasetProjectorLag")


@_attrs_define
class DatasetProjectorLag:
    """
    Attributes:
        dataset (str):
        freshness_lag_ms (int | None | Unset):
        latest_projected_at (datetime.datetime | None | Unset):
    """

    dataset: str
    freshness_lag_ms: int | None | Unset = UNSET
    latest_projected_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        freshness_lag_ms: int | None | Unset
        if isinstance(self.freshness_lag_ms, Unset):
            freshness_lag_ms = UNSET
        else:
            freshness_lag_ms = self.freshness_lag_ms

        latest_projected_at: None | str | Unset
        if isinstance(self.latest_projected_at, Unset):
            latest_projected_at = UNSET
        elif isinstance(self.latest_projected_at, datetime.datetime):
            latest_projected_at = self.latest_projected_at.isoformat()
        else:
            latest_projected_at = self.latest_projected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
            }
        )
        if freshness_lag_ms is not UNSET:
            field_dict["freshness_lag_ms"] = freshness_lag_ms
        if latest_projected_at is not UNSET:
            field_dict["latest_projected_at"] = latest_projected_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        def _parse_freshness_lag_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        freshness_lag_ms = _parse_freshness_lag_ms(d.pop("freshness_lag_ms", UNSET))

        def _parse_latest_projected_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_projected_at_type_0 = parse_datetime(data)

                return latest_projected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        latest_projected_at = _parse_latest_projected_at(
            d.pop("latest_projected_at", UNSET)
        )

        dataset_projector_lag = cls(
            dataset=dataset,
            freshness_lag_ms=freshness_lag_ms,
            latest_projected_at=latest_projected_at,
        )

        dataset_projector_lag.additional_properties = d
        return dataset_projector_lag

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
