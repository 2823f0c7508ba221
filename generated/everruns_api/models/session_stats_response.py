from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionStatsResponse")


@_attrs_define
class SessionStatsResponse:
    """
    Attributes:
        active (int):
        idle (int):
        started (int):
        total (int):
        waiting_for_tool_results (int):
    """

    active: int
    idle: int
    started: int
    total: int
    waiting_for_tool_results: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        idle = self.idle

        started = self.started

        total = self.total

        waiting_for_tool_results = self.waiting_for_tool_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "idle": idle,
                "started": started,
                "total": total,
                "waiting_for_tool_results": waiting_for_tool_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        idle = d.pop("idle")

        started = d.pop("started")

        total = d.pop("total")

        waiting_for_tool_results = d.pop("waiting_for_tool_results")

        session_stats_response = cls(
            active=active,
            idle=idle,
            started=started,
            total=total,
            waiting_for_tool_results=waiting_for_tool_results,
        )

        session_stats_response.additional_properties = d
        return session_stats_response

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
