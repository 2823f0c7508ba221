from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.budget_status import BudgetStatus
from ..models.budget_subject_type import BudgetSubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_period_calendar import BudgetPeriodCalendar
    from ..models.budget_period_duration import BudgetPeriodDuration
    from ..models.budget_period_rolling import BudgetPeriodRolling


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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_period(
    data: Any,
) -> BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None:
    if data is None:
        return None
    if _models.BudgetPeriodDuration._accepts(data):
        return read_nested(_models.BudgetPeriodDuration, data)
    if _models.BudgetPeriodRolling._accepts(data):
        return read_nested(_models.BudgetPeriodRolling, data)
    if _models.BudgetPeriodCalendar._accepts(data):
        return read_nested(_models.BudgetPeriodCalendar, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.BudgetPeriodDuration._accepts(data, strictly=False):
        return read_nested(_models.BudgetPeriodDuration, data)
    if _models.BudgetPeriodRolling._accepts(data, strictly=False):
        return read_nested(_models.BudgetPeriodRolling, data)
    if _models.BudgetPeriodCalendar._accepts(data, strictly=False):
        return read_nested(_models.BudgetPeriodCalendar, data)
    return cast(
        "BudgetPeriodCalendar | BudgetPeriodDuration | BudgetPeriodRolling | None",
        unknown_kind(data, "Budget", "period"),
    )


def _write_period(value: Any) -> Any:
    if isinstance(value, _models.BudgetPeriodDuration):
        return write_model(value)
    if isinstance(value, _models.BudgetPeriodRolling):
        return write_model(value)
    if isinstance(value, _models.BudgetPeriodCalendar):
        return write_model(value)
    return value


def _read_period_started_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_period_started_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "Budget",
    {
        "balance": Field(
            "balance",
            None,
            None,
            True,
        ),
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "currency": Field(
            "currency",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "limit": Field(
            "limit",
            None,
            None,
            True,
        ),
        "organization_id": Field(
            "organization_id",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            BudgetStatus,
            write_enum,
            True,
        ),
        "subject_id": Field(
            "subject_id",
            None,
            None,
            True,
        ),
        "subject_type": Field(
            "subject_type",
            BudgetSubjectType,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "metadata": Field(
            "metadata",
            None,
            None,
            False,
        ),
        "period": Field(
            "period",
            _read_period,
            _write_period,
            False,
        ),
        "period_started_at": Field(
            "period_started_at",
            _read_period_started_at,
            _write_period_started_at,
            False,
        ),
        "soft_limit": Field(
            "soft_limit",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Budget._shape = _SHAPE
