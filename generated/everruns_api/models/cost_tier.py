from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostTier")


@_attrs_define
class CostTier:
    """
    Attributes:
        above_tokens (int):
        input_ (float):
        output (float):
        cache_read (float | None | Unset):
    """

    above_tokens: int
    input_: float
    output: float
    cache_read: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        above_tokens = self.above_tokens

        input_ = self.input_

        output = self.output

        cache_read: float | None | Unset
        if isinstance(self.cache_read, Unset):
            cache_read = UNSET
        else:
            cache_read = self.cache_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "above_tokens": above_tokens,
                "input": input_,
                "output": output,
            }
        )
        if cache_read is not UNSET:
            field_dict["cache_read"] = cache_read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        above_tokens = d.pop("above_tokens")

        input_ = d.pop("input")

        output = d.pop("output")

        def _parse_cache_read(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read = _parse_cache_read(d.pop("cache_read", UNSET))

        cost_tier = cls(
            above_tokens=above_tokens,
            input_=input_,
            output=output,
            cache_read=cache_read,
        )

        cost_tier.additional_properties = d
        return cost_tier

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
