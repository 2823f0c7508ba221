from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceStats")


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

    def to_dict(self) -> dict[str, Any]:
        active_session_count = self.active_session_count

        execution_count = self.execution_count

        idle_session_count = self.idle_session_count

        session_count = self.session_count

        started_session_count = self.started_session_count

        total_actual_cost_usd = self.total_actual_cost_usd

        total_cache_creation_tokens = self.total_cache_creation_tokens

        total_cache_read_tokens = self.total_cache_read_tokens

        total_cost_usd = self.total_cost_usd

        total_estimated_cost_usd = self.total_estimated_cost_usd

        total_input_tokens = self.total_input_tokens

        total_output_tokens = self.total_output_tokens

        total_session_duration_ms = self.total_session_duration_ms

        waiting_for_tool_results_session_count = (
            self.waiting_for_tool_results_session_count
        )

        avg_session_duration_ms: int | None | Unset
        if isinstance(self.avg_session_duration_ms, Unset):
            avg_session_duration_ms = UNSET
        else:
            avg_session_duration_ms = self.avg_session_duration_ms

        first_session_at: None | str | Unset
        if isinstance(self.first_session_at, Unset):
            first_session_at = UNSET
        elif isinstance(self.first_session_at, datetime.datetime):
            first_session_at = self.first_session_at.isoformat()
        else:
            first_session_at = self.first_session_at

        last_execution_at: None | str | Unset
        if isinstance(self.last_execution_at, Unset):
            last_execution_at = UNSET
        elif isinstance(self.last_execution_at, datetime.datetime):
            last_execution_at = self.last_execution_at.isoformat()
        else:
            last_execution_at = self.last_execution_at

        last_session_at: None | str | Unset
        if isinstance(self.last_session_at, Unset):
            last_session_at = UNSET
        elif isinstance(self.last_session_at, datetime.datetime):
            last_session_at = self.last_session_at.isoformat()
        else:
            last_session_at = self.last_session_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_session_count": active_session_count,
                "execution_count": execution_count,
                "idle_session_count": idle_session_count,
                "session_count": session_count,
                "started_session_count": started_session_count,
                "total_actual_cost_usd": total_actual_cost_usd,
                "total_cache_creation_tokens": total_cache_creation_tokens,
                "total_cache_read_tokens": total_cache_read_tokens,
                "total_cost_usd": total_cost_usd,
                "total_estimated_cost_usd": total_estimated_cost_usd,
                "total_input_tokens": total_input_tokens,
                "total_output_tokens": total_output_tokens,
                "total_session_duration_ms": total_session_duration_ms,
                "waiting_for_tool_results_session_count": waiting_for_tool_results_session_count,
            }
        )
        if avg_session_duration_ms is not UNSET:
            field_dict["avg_session_duration_ms"] = avg_session_duration_ms
        if first_session_at is not UNSET:
            field_dict["first_session_at"] = first_session_at
        if last_execution_at is not UNSET:
            field_dict["last_execution_at"] = last_execution_at
        if last_session_at is not UNSET:
            field_dict["last_session_at"] = last_session_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_session_count = d.pop("active_session_count")

        execution_count = d.pop("execution_count")

        idle_session_count = d.pop("idle_session_count")

        session_count = d.pop("session_count")

        started_session_count = d.pop("started_session_count")

        total_actual_cost_usd = d.pop("total_actual_cost_usd")

        total_cache_creation_tokens = d.pop("total_cache_creation_tokens")

        total_cache_read_tokens = d.pop("total_cache_read_tokens")

        total_cost_usd = d.pop("total_cost_usd")

        total_estimated_cost_usd = d.pop("total_estimated_cost_usd")

        total_input_tokens = d.pop("total_input_tokens")

        total_output_tokens = d.pop("total_output_tokens")

        total_session_duration_ms = d.pop("total_session_duration_ms")

        waiting_for_tool_results_session_count = d.pop(
            "waiting_for_tool_results_session_count"
        )

        def _parse_avg_session_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avg_session_duration_ms = _parse_avg_session_duration_ms(
            d.pop("avg_session_duration_ms", UNSET)
        )

        def _parse_first_session_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_session_at_type_0 = parse_datetime(data)

                return first_session_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_session_at = _parse_first_session_at(d.pop("first_session_at", UNSET))

        def _parse_last_execution_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_execution_at_type_0 = parse_datetime(data)

                return last_execution_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_execution_at = _parse_last_execution_at(d.pop("last_execution_at", UNSET))

        def _parse_last_session_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_session_at_type_0 = parse_datetime(data)

                return last_session_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_session_at = _parse_last_session_at(d.pop("last_session_at", UNSET))

        resource_stats = cls(
            active_session_count=active_session_count,
            execution_count=execution_count,
            idle_session_count=idle_session_count,
            session_count=session_count,
            started_session_count=started_session_count,
            total_actual_cost_usd=total_actual_cost_usd,
            total_cache_creation_tokens=total_cache_creation_tokens,
            total_cache_read_tokens=total_cache_read_tokens,
            total_cost_usd=total_cost_usd,
            total_estimated_cost_usd=total_estimated_cost_usd,
            total_input_tokens=total_input_tokens,
            total_output_tokens=total_output_tokens,
            total_session_duration_ms=total_session_duration_ms,
            waiting_for_tool_results_session_count=waiting_for_tool_results_session_count,
            avg_session_duration_ms=avg_session_duration_ms,
            first_session_at=first_session_at,
            last_execution_at=last_execution_at,
            last_session_at=last_session_at,
        )

        resource_stats.additional_properties = d
        return resource_stats

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
