from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.budget_status import BudgetStatus
from ..models.budget_subject_type import BudgetSubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_period_calendar import BudgetPeriodCalendar
    from ..models.budget_period_duration import BudgetPeriodDuration
    from ..models.budget_period_rolling import BudgetPeriodRolling


T = TypeVar("T", bound="Budget")


@_attrs_define
class Budget:
    """
    Attributes:
        balance (float):
        created_at (datetime.datetime):
        currency (str):
        id (str):
        limit (float):
        organization_id (str):
        status (BudgetStatus):
        subject_id (str):
        subject_type (BudgetSubjectType):
        updated_at (datetime.datetime):
        metadata (Any | Unset):
        period (BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None | Unset):
        period_started_at (datetime.datetime | None | Unset):
        soft_limit (float | None | Unset):
    """

    balance: float
    created_at: datetime.datetime
    currency: str
    id: str
    limit: float
    organization_id: str
    status: BudgetStatus
    subject_id: str
    subject_type: BudgetSubjectType
    updated_at: datetime.datetime
    metadata: Any | Unset = UNSET
    period: (
        BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None | Unset
    ) = UNSET
    period_started_at: datetime.datetime | None | Unset = UNSET
    soft_limit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget_period_calendar import BudgetPeriodCalendar
        from ..models.budget_period_duration import BudgetPeriodDuration
        from ..models.budget_period_rolling import BudgetPeriodRolling

        balance = self.balance

        created_at = self.created_at.isoformat()

        currency = self.currency

        id = self.id

        limit = self.limit

        organization_id = self.organization_id

        status = self.status.value

        subject_id = self.subject_id

        subject_type = self.subject_type.value

        updated_at = self.updated_at.isoformat()

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

        period_started_at: None | str | Unset
        if isinstance(self.period_started_at, Unset):
            period_started_at = UNSET
        elif isinstance(self.period_started_at, datetime.datetime):
            period_started_at = self.period_started_at.isoformat()
        else:
            period_started_at = self.period_started_at

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
                "created_at": created_at,
                "currency": currency,
                "id": id,
                "limit": limit,
                "organization_id": organization_id,
                "status": status,
                "subject_id": subject_id,
                "subject_type": subject_type,
                "updated_at": updated_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if period is not UNSET:
            field_dict["period"] = period
        if period_started_at is not UNSET:
            field_dict["period_started_at"] = period_started_at
        if soft_limit is not UNSET:
            field_dict["soft_limit"] = soft_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.budget_period_calendar import BudgetPeriodCalendar
        from ..models.budget_period_duration import BudgetPeriodDuration
        from ..models.budget_period_rolling import BudgetPeriodRolling

        d = dict(src_dict)
        balance = d.pop("balance")

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        id = d.pop("id")

        limit = d.pop("limit")

        organization_id = d.pop("organization_id")

        status = BudgetStatus(d.pop("status"))

        subject_id = d.pop("subject_id")

        subject_type = BudgetSubjectType(d.pop("subject_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

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

        def _parse_period_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_started_at_type_0 = parse_datetime(data)

                return period_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        period_started_at = _parse_period_started_at(d.pop("period_started_at", UNSET))

        def _parse_soft_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_limit = _parse_soft_limit(d.pop("soft_limit", UNSET))

        budget = cls(
            balance=balance,
            created_at=created_at,
            currency=currency,
            id=id,
            limit=limit,
            organization_id=organization_id,
            status=status,
            subject_id=subject_id,
            subject_type=subject_type,
            updated_at=updated_at,
            metadata=metadata,
            period=period,
            period_started_at=period_started_at,
            soft_limit=soft_limit,
        )

        budget.additional_properties = d
        return budget

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
