from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    write_fields,
    write_isoformat,
)
from ..types import UNSET, Unset


@_attrs_define
class ResourceStats:
    """
    Attributes:
        active_session_count (int):
        execution_count (int):
        idle_session_count (int):
        session_count (int):
        started_session_count (int):
        total_actual_cost_usd (float):
        total_cache_creation_tokens (int):
        total_cache_read_tokens (int):
        total_cost_usd (float):
        total_estimated_cost_usd (float):
        total_input_tokens (int):
        total_output_tokens (int):
        total_session_duration_ms (int):
        waiting_for_tool_results_session_count (int):
        avg_session_duration_ms (int | None | Unset):
        first_session_at (datetime.datetime | None | Unset):
        last_execution_at (datetime.datetime | None | Unset):
        last_session_at (datetime.datetime | None | Unset):
    """

    active_session_count: int
    execution_count: int
    idle_session_count: int
    session_count: int
    started_session_count: int
    total_actual_cost_usd: float
    total_cache_creation_tokens: int
    total_cache_read_tokens: int
    total_cost_usd: float
    total_estimated_cost_usd: float
    total_input_tokens: int
    total_output_tokens: int
    total_session_duration_ms: int
    waiting_for_tool_results_session_count: int
    avg_session_duration_ms: int | None | Unset = UNSET
    first_session_at: datetime.datetime | None | Unset = UNSET
    last_execution_at: datetime.datetime | None | Unset = UNSET
    last_session_at: datetime.datetime | None | Unset = UNSET
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


def _read_first_session_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_first_session_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_last_execution_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_last_execution_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_last_session_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_last_session_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "ResourceStats",
    {
        "active_session_count": Field(
            "active_session_count",
            None,
            None,
            True,
        ),
        "execution_count": Field(
            "execution_count",
            None,
            None,
            True,
        ),
        "idle_session_count": Field(
            "idle_session_count",
            None,
            None,
            True,
        ),
        "session_count": Field(
            "session_count",
            None,
            None,
            True,
        ),
        "started_session_count": Field(
            "started_session_count",
            None,
            None,
            True,
        ),
        "total_actual_cost_usd": Field(
            "total_actual_cost_usd",
            None,
            None,
            True,
        ),
        "total_cache_creation_tokens": Field(
            "total_cache_creation_tokens",
            None,
            None,
            True,
        ),
        "total_cache_read_tokens": Field(
            "total_cache_read_tokens",
            None,
            None,
            True,
        ),
        "total_cost_usd": Field(
            "total_cost_usd",
            None,
            None,
            True,
        ),
        "total_estimated_cost_usd": Field(
            "total_estimated_cost_usd",
            None,
            None,
            True,
        ),
        "total_input_tokens": Field(
            "total_input_tokens",
            None,
            None,
            True,
        ),
        "total_output_tokens": Field(
            "total_output_tokens",
            None,
            None,
            True,
        ),
        "total_session_duration_ms": Field(
            "total_session_duration_ms",
            None,
            None,
            True,
        ),
        "waiting_for_tool_results_session_count": Field(
            "waiting_for_tool_results_session_count",
            None,
            None,
            True,
        ),
        "avg_session_duration_ms": Field(
            "avg_session_duration_ms",
            None,
            None,
            False,
        ),
        "first_session_at": Field(
            "first_session_at",
            _read_first_session_at,
            _write_first_session_at,
            False,
        ),
        "last_execution_at": Field(
            "last_execution_at",
            _read_last_execution_at,
            _write_last_execution_at,
            False,
        ),
        "last_session_at": Field(
            "last_session_at",
            _read_last_session_at,
            _write_last_session_at,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ResourceStats._shape = _SHAPE
