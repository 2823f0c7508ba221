from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compaction_step_data import CompactionStepData


T = TypeVar("T", bound="ContextCompactedData")


@_attrs_define
class ContextCompactedData:
    """
    Attributes:
        duration_ms (int):
        messages_after (int):
        messages_before (int):
        strategy_used (str):
        steps (list[CompactionStepData] | Unset):
    """

    duration_ms: int
    messages_after: int
    messages_before: int
    strategy_used: str
    steps: list[CompactionStepData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_ms = self.duration_ms

        messages_after = self.messages_after

        messages_before = self.messages_before

        strategy_used = self.strategy_used

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_ms": duration_ms,
                "messages_after": messages_after,
                "messages_before": messages_before,
                "strategy_used": strategy_used,
            }
        )
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compaction_step_data import CompactionStepData

        d = dict(src_dict)
        duration_ms = d.pop("duration_ms")

        messages_after = d.pop("messages_after")

        messages_before = d.pop("messages_before")

        strategy_used = d.pop("strategy_used")

        _steps = d.pop("steps", UNSET)
        steps: list[CompactionStepData] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = CompactionStepData.from_dict(steps_item_data)

                steps.append(steps_item)

        context_compacted_data = cls(
            duration_ms=duration_ms,
            messages_after=messages_after,
            messages_before=messages_before,
            strategy_used=strategy_used,
            steps=steps,
        )

        context_compacted_data.additional_properties = d
        return context_compacted_data

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
