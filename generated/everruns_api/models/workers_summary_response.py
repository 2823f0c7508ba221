from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkersSummaryResponse")


@_attrs_define
class WorkersSummaryResponse:
    """
    Attributes:
        active (int):
        draining (int):
        stopped (int):
        total_capacity (int):
        total_load (int):
    """

    active: int
    draining: int
    stopped: int
    total_capacity: int
    total_load: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        draining = self.draining

        stopped = self.stopped

        total_capacity = self.total_capacity

        total_load = self.total_load

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "draining": draining,
                "stopped": stopped,
                "total_capacity": total_capacity,
                "total_load": total_load,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        draining = d.pop("draining")

        stopped = d.pop("stopped")

        total_capacity = d.pop("total_capacity")

        total_load = d.pop("total_load")

        workers_summary_response = cls(
            active=active,
            draining=draining,
            stopped=stopped,
            total_capacity=total_capacity,
            total_load=total_load,
        )

        workers_summary_response.additional_properties = d
        return workers_summary_response

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
