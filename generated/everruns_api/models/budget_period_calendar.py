from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_period_calendar_type import BudgetPeriodCalendarType

T = TypeVar("T", bound="BudgetPeriodCalendar")


@_attrs_define
class BudgetPeriodCalendar:
    """
    Attributes:
        type_ (BudgetPeriodCalendarType):
        unit (str):
    """

    type_: BudgetPeriodCalendarType
    unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = BudgetPeriodCalendarType(d.pop("type"))

        unit = d.pop("unit")

        budget_period_calendar = cls(
            type_=type_,
            unit=unit,
        )

        budget_period_calendar.additional_properties = d
        return budget_period_calendar

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
