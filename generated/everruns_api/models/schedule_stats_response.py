from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleStatsResponse")


@_attrs_define
class ScheduleStatsResponse:
    """
    Attributes:
        failed_executions (int):
        skipped_executions (int):
        successful_executions (int):
        total_executions (int):
        avg_duration_ms (int | None | Unset):
        last_execution_status (None | str | Unset):
    """

    failed_executions: int
    skipped_executions: int
    successful_executions: int
    total_executions: int
    avg_duration_ms: int | None | Unset = UNSET
    last_execution_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_executions = self.failed_executions

        skipped_executions = self.skipped_executions

        successful_executions = self.successful_executions

        total_executions = self.total_executions

        avg_duration_ms: int | None | Unset
        if isinstance(self.avg_duration_ms, Unset):
            avg_duration_ms = UNSET
        else:
            avg_duration_ms = self.avg_duration_ms

        last_execution_status: None | str | Unset
        if isinstance(self.last_execution_status, Unset):
            last_execution_status = UNSET
        else:
            last_execution_status = self.last_execution_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed_executions": failed_executions,
                "skipped_executions": skipped_executions,
                "successful_executions": successful_executions,
                "total_executions": total_executions,
            }
        )
        if avg_duration_ms is not UNSET:
            field_dict["avg_duration_ms"] = avg_duration_ms
        if last_execution_status is not UNSET:
            field_dict["last_execution_status"] = last_execution_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failed_executions = d.pop("failed_executions")

        skipped_executions = d.pop("skipped_executions")

        successful_executions = d.pop("successful_executions")

        total_executions = d.pop("total_executions")

        def _parse_avg_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avg_duration_ms = _parse_avg_duration_ms(d.pop("avg_duration_ms", UNSET))

        def _parse_last_execution_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution_status = _parse_last_execution_status(
            d.pop("last_execution_status", UNSET)
        )

        schedule_stats_response = cls(
            failed_executions=failed_executions,
            skipped_executions=skipped_executions,
            successful_executions=successful_executions,
            total_executions=total_executions,
            avg_duration_ms=avg_duration_ms,
            last_execution_status=last_execution_status,
        )

        schedule_stats_response.additional_properties = d
        return schedule_stats_response

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
