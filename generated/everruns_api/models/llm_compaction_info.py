from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmCompactionInfo")


@_attrs_define
class LlmCompactionInfo:
    """
    Attributes:
        compacted (bool):
        duration_ms (int | None | Unset):
        input_tokens_after (int | None | Unset):
        input_tokens_before (int | None | Unset):
    """

    compacted: bool
    duration_ms: int | None | Unset = UNSET
    input_tokens_after: int | None | Unset = UNSET
    input_tokens_before: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compacted = self.compacted

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        input_tokens_after: int | None | Unset
        if isinstance(self.input_tokens_after, Unset):
            input_tokens_after = UNSET
        else:
            input_tokens_after = self.input_tokens_after

        input_tokens_before: int | None | Unset
        if isinstance(self.input_tokens_before, Unset):
            input_tokens_before = UNSET
        else:
            input_tokens_before = self.input_tokens_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compacted": compacted,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if input_tokens_after is not UNSET:
            field_dict["input_tokens_after"] = input_tokens_after
        if input_tokens_before is not UNSET:
            field_dict["input_tokens_before"] = input_tokens_before

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compacted = d.pop("compacted")

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_input_tokens_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        input_tokens_after = _parse_input_tokens_after(
            d.pop("input_tokens_after", UNSET)
        )

        def _parse_input_tokens_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        input_tokens_before = _parse_input_tokens_before(
            d.pop("input_tokens_before", UNSET)
        )

        llm_compaction_info = cls(
            compacted=compacted,
            duration_ms=duration_ms,
            input_tokens_after=input_tokens_after,
            input_tokens_before=input_tokens_before,
        )

        llm_compaction_info.additional_properties = d
        return llm_compaction_info

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
