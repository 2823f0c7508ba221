from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_period_calendar import BudgetPeriodCalendar
    from ..models.budget_period_duration import BudgetPeriodDuration
    from ..models.budget_period_rolling import BudgetPeriodRolling


T = TypeVar("T", bound="CreateBudgetRequest")


@_attrs_define
class CreateBudgetRequest:
    """
    Attributes:
        currency (str):
        limit (float):
        subject_id (str):
        subject_type (str):
        metadata (Any | Unset):
        period (BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None | Unset):
        soft_limit (float | None | Unset):
    """

    currency: str
    limit: float
    subject_id: str
    subject_type: str
    metadata: Any | Unset = UNSET
    period: (
        BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None | Unset
    ) = UNSET
    soft_limit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget_period_calendar import BudgetPeriodCalendar
        from ..models.budget_period_duration import BudgetPeriodDuration
        from ..models.budget_period_rolling import BudgetPeriodRolling

        currency = self.currency

        limit = self.limit

        subject_id = self.subject_id

        subject_type = self.subject_type

        metadata = self.metadata

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif (
            isinstance(self.period, BudgetPeriodDuration)
            or isinstance(self.period, BudgetPeriodRolling)
            or isinstance(self.period, BudgetPeriodCalendar)
        ):
            period = self.period.to_dict()
        else:
            period = self.period

        soft_limit: float | None | Unset
        if isinstance(self.soft_limit, Unset):
            soft_limit = UNSET
        else:
            soft_limit = self.soft_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "limit": limit,
                "subject_id": subject_id,
                "subject_type": subject_type,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if period is not UNSET:
            field_dict["period"] = period
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_period_calendar import BudgetPeriodCalendar
        from ..models.budget_period_duration import BudgetPeriodDuration
        from ..models.budget_period_rolling import BudgetPeriodRolling

        d = dict(src_dict)
        currency = d.pop("currency")

        limit = d.pop("limit")

        subject_id = d.pop("subject_id")

        subject_type = d.pop("subject_type")

        metadata = d.pop("metadata", UNSET)

        def _parse_period(
            data: object,
        ) -> (
            BudgetPeriodCalendar
            | BudgetPeriodDuration
            | BudgetPeriodRolling
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_budget_period_type_0 = BudgetPeriodDuration.from_dict(
                    data
                )

                return componentsschemas_budget_period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_budget_period_type_1 = BudgetPeriodRolling.from_dict(
                    data
                )

                return componentsschemas_budget_period_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_budget_period_type_2 = BudgetPeriodCalendar.from_dict(
                    data
                )

                return componentsschemas_budget_period_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                BudgetPeriodCalendar
                | BudgetPeriodDuration
                | BudgetPeriodRolling
                | None
                | Unset,
                data,
            )

        period = _parse_period(d.pop("period", UNSET))

        def _parse_soft_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        create_budget_request = cls(
            currency=currency,
            limit=limit,
            subject_id=subject_id,
            subject_type=subject_type,
            metadata=metadata,
            period=period,
            soft_limit=soft_limit,
        )

        create_budget_request.additional_properties = d
        return create_budget_request

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
