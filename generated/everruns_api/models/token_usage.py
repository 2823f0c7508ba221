from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenUsage")


@_attrs_define
class TokenUsage:
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        actual_cost_usd (float | None | Unset):
        cache_creation_tokens (int | None | Unset):
        cache_read_tokens (int | None | Unset):
        effective_cost_usd (float | None | Unset):
        estimated_cost_usd (float | None | Unset):
    """

    input_tokens: int
    output_tokens: int
    actual_cost_usd: float | None | Unset = UNSET
    cache_creation_tokens: int | None | Unset = UNSET
    cache_read_tokens: int | None | Unset = UNSET
    effective_cost_usd: float | None | Unset = UNSET
    estimated_cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        actual_cost_usd: float | None | Unset
        if isinstance(self.actual_cost_usd, Unset):
            actual_cost_usd = UNSET
        else:
            actual_cost_usd = self.actual_cost_usd

        cache_creation_tokens: int | None | Unset
        if isinstance(self.cache_creation_tokens, Unset):
            cache_creation_tokens = UNSET
        else:
            cache_creation_tokens = self.cache_creation_tokens

        cache_read_tokens: int | None | Unset
        if isinstance(self.cache_read_tokens, Unset):
            cache_read_tokens = UNSET
        else:
            cache_read_tokens = self.cache_read_tokens

        effective_cost_usd: float | None | Unset
        if isinstance(self.effective_cost_usd, Unset):
            effective_cost_usd = UNSET
        else:
            effective_cost_usd = self.effective_cost_usd

        estimated_cost_usd: float | None | Unset
        if isinstance(self.estimated_cost_usd, Unset):
            estimated_cost_usd = UNSET
        else:
            estimated_cost_usd = self.estimated_cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if actual_cost_usd is not UNSET:
            field_dict["actual_cost_usd"] = actual_cost_usd
        if cache_creation_tokens is not UNSET:
            field_dict["cache_creation_tokens"] = cache_creation_tokens
        if cache_read_tokens is not UNSET:
            field_dict["cache_read_tokens"] = cache_read_tokens
        if effective_cost_usd is not UNSET:
            field_dict["effective_cost_usd"] = effective_cost_usd
        if estimated_cost_usd is not UNSET:
            field_dict["estimated_cost_usd"] = estimated_cost_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        def _parse_actual_cost_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        actual_cost_usd = _parse_actual_cost_usd(d.pop("actual_cost_usd", UNSET))

        def _parse_cache_creation_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_creation_tokens = _parse_cache_creation_tokens(
            d.pop("cache_creation_tokens", UNSET)
        )

        def _parse_cache_read_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_read_tokens = _parse_cache_read_tokens(d.pop("cache_read_tokens", UNSET))

        def _parse_effective_cost_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        effective_cost_usd = _parse_effective_cost_usd(
            d.pop("effective_cost_usd", UNSET)
        )

        def _parse_estimated_cost_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estimated_cost_usd = _parse_estimated_cost_usd(
            d.pop("estimated_cost_usd", UNSET)
        )

        token_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            actual_cost_usd=actual_cost_usd,
            cache_creation_tokens=cache_creation_tokens,
            cache_read_tokens=cache_read_tokens,
            effective_cost_usd=effective_cost_usd,
            estimated_cost_usd=estimated_cost_usd,
        )

        token_usage.additional_properties = d
        return token_usage

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
