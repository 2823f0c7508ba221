from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

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
    write_fields,
    write_isoformat,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_target_response import ScheduleTargetResponse


@_attrs_define
class ScheduleResponse:
    """
    Attributes:
        catch_up_missed (bool):
        created_at (datetime.datetime):
        cron_expression (str):
        enabled (bool):
        id (UUID):
        name (str):
        target (ScheduleTargetResponse):
        timezone (str):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        last_triggered_at (datetime.datetime | None | Unset):
        max_catch_up (int | None | Unset):
        max_concurrent (int | None | Unset):
        next_trigger_at (datetime.datetime | None | Unset):
        retry_policy (Any | Unset):
    """

    catch_up_missed: bool
    created_at: datetime.datetime
    cron_expression: str
    enabled: bool
    id: UUID
    name: str
    target: ScheduleTargetResponse
    timezone: str
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    last_triggered_at: datetime.datetime | None | Unset = UNSET
    max_catch_up: int | None | Unset = UNSET
    max_concurrent: int | None | Unset = UNSET
    next_trigger_at: datetime.datetime | None | Unset = UNSET
    retry_policy: Any | Unset = UNSET
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


def _read_target(data: Any) -> ScheduleTargetResponse:
    return read_nested(_models.ScheduleTargetResponse, data)


def _read_last_triggered_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_last_triggered_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_next_trigger_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_next_trigger_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "ScheduleResponse",
    {
        "catch_up_missed": Field(
            "catch_up_missed",
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
        "cron_expression": Field(
            "cron_expression",
            None,
            None,
            True,
        ),
        "enabled": Field(
            "enabled",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
            UUID,
            str,
            True,
        ),
        "name": Field(
            "name",
            None,
            None,
            True,
        ),
        "target": Field(
            "target",
            _read_target,
            write_model,
            True,
        ),
        "timezone": Field(
            "timezone",
            None,
            None,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "last_triggered_at": Field(
            "last_triggered_at",
            _read_last_triggered_at,
            _write_last_triggered_at,
            False,
        ),
        "max_catch_up": Field(
            "max_catch_up",
            None,
            None,
            False,
        ),
        "max_concurrent": Field(
            "max_concurrent",
            None,
            None,
            False,
        ),
        "next_trigger_at": Field(
            "next_trigger_at",
            _read_next_trigger_at,
            _write_next_trigger_at,
            False,
        ),
        "retry_policy": Field(
            "retry_policy",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ScheduleResponse._shape = _SHAPE
