from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BudgetEventData")


@_attrs_define
class BudgetEventData:
    """
    Attributes:
        balance (float):
        budget_id (str):
        currency (str):
        limit (float):
        message (None | str | Unset):
        soft_limit (float | None | Unset):
    """

    balance: float
    budget_id: str
    currency: str
    limit: float
    message: None | str | Unset = UNSET
    soft_limit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        budget_id = self.budget_id

        currency = self.currency

        limit = self.limit

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        soft_limit: float | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "budget_id": budget_id,
                "currency": currency,
                "limit": limit,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = d.pop("balance")

        budget_id = d.pop("budget_id")

        currency = d.pop("currency")

        limit = d.pop("limit")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_soft_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        budget_event_data = cls(
            balance=balance,
            budget_id=budget_id,
            currency=currency,
            limit=limit,
            message=message,
            soft_limit=soft_limit,
        )

        budget_event_data.additional_properties = d
        return budget_event_data

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
