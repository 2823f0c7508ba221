from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_tier import CostTier


T = TypeVar("T", bound="ModelCost")


@_attrs_define
class ModelCost:
    """
    Attributes:
        input_ (float):
        output (float):
        cache_read (float | None | Unset):
        cost_tiers (list[CostTier] | Unset):
    """

    input_: float
    output: float
    cache_read: float | None | Unset = UNSET
    cost_tiers: list[CostTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        output = self.output

        cache_read: float | None | Unset
        if isinstance(self.cache_read, Unset):
            cache_read = UNSET
        else:
            cache_read = self.cache_read

        cost_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cost_tiers, Unset):
            cost_tiers = []
            for cost_tiers_item_data in self.cost_tiers:
                cost_tiers_item = cost_tiers_item_data.to_dict()
                cost_tiers.append(cost_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
            }
        )
        if cache_read is not UNSET:
            field_dict["cache_read"] = cache_read
        if cost_tiers is not UNSET:
            field_dict["cost_tiers"] = cost_tiers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cost_tier import CostTier

        d = dict(src_dict)
        input_ = d.pop("input")

        output = d.pop("output")

        def _parse_cache_read(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read = _parse_cache_read(d.pop("cache_read", UNSET))

        _cost_tiers = d.pop("cost_tiers", UNSET)
        cost_tiers: list[CostTier] | Unset = UNSET
        if _cost_tiers is not UNSET:
            cost_tiers = []
            for cost_tiers_item_data in _cost_tiers:
                cost_tiers_item = CostTier.from_dict(cost_tiers_item_data)

                cost_tiers.append(cost_tiers_item)

        model_cost = cls(
            input_=input_,
            output=output,
            cache_read=cache_read,
            cost_tiers=cost_tiers,
        )

        model_cost.additional_properties = d
        return model_cost

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
