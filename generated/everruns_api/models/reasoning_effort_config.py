from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort

if TYPE_CHECKING:
    from ..models.reasoning_effort_value import ReasoningEffortValue


T = TypeVar("T", bound="ReasoningEffortConfig")


@_attrs_define
class ReasoningEffortConfig:
    """
    Attributes:
        default (ReasoningEffort):
        values (list[ReasoningEffortValue]):
    """

    default: ReasoningEffort
    values: list[ReasoningEffortValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default = self.default.value

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default": default,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reasoning_effort_value import ReasoningEffortValue

        d = dict(src_dict)
        default = ReasoningEffort(d.pop("default"))

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = ReasoningEffortValue.from_dict(values_item_data)

            values.append(values_item)

        reasoning_effort_config = cls(
            default=default,
            values=values,
        )

        reasoning_effort_config.additional_properties = d
        return reasoning_effort_config

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
