from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_check_result_error_fields_type_0 import (
        BudgetCheckResultErrorFieldsType0,
    )


T = TypeVar("T", bound="BudgetCheckResult")


@_attrs_define
class BudgetCheckResult:
    """
    Attributes:
        action (str):
        balance (float | None | Unset):
        budget_id (None | str | Unset):
        currency (None | str | Unset):
        error_code (None | str | Unset):
        error_fields (BudgetCheckResultErrorFieldsType0 | None | Unset):
        message (None | str | Unset):
    """

    action: str
    balance: float | None | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_fields: BudgetCheckResultErrorFieldsType0 | None | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget_check_result_error_fields_type_0 import (
            BudgetCheckResultErrorFieldsType0,
        )

        action = self.action

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_fields: dict[str, Any] | None | Unset
        if isinstance(self.error_fields, Unset):
            error_fields = UNSET
        elif isinstance(self.error_fields, BudgetCheckResultErrorFieldsType0):
            error_fields = self.error_fields.to_dict()
        else:
            error_fields = self.error_fields

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if balance is not UNSET:
            field_dict["balance"] = balance
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_fields is not UNSET:
            field_dict["error_fields"] = error_fields
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_check_result_error_fields_type_0 import (
            BudgetCheckResultErrorFieldsType0,
        )

        d = dict(src_dict)
        action = d.pop("action")

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_fields(
            data: object,
        ) -> BudgetCheckResultErrorFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_fields_type_0 = BudgetCheckResultErrorFieldsType0.from_dict(data)

                return error_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BudgetCheckResultErrorFieldsType0 | None | Unset, data)

        error_fields = _parse_error_fields(d.pop("error_fields", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        budget_check_result = cls(
            action=action,
            balance=balance,
            budget_id=budget_id,
            currency=currency,
            error_code=error_code,
            error_fields=error_fields,
            message=message,
        )

        budget_check_result.additional_properties = d
        return budget_check_result

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
