from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthResponse")


@_attrs_define
class HealthResponse:
    """
    Attributes:
        active_workers (int):
        claimed_tasks (int):
        completed_tasks (int):
        completed_workflows (int):
        current_load (int):
        dlq_size (int):
        failed_tasks (int):
        failed_workflows (int):
        load_percentage (float):
        pending_tasks (int):
        pending_workflows (int):
        running_workflows (int):
        started_tasks (int):
        started_workflows (int):
        status (str):
        total_capacity (int):
        total_workers (int):
        workers_accepting (int):
        event_delivery (None | str | Unset):
    """

    active_workers: int
    claimed_tasks: int
    completed_tasks: int
    completed_workflows: int
    current_load: int
    dlq_size: int
    failed_tasks: int
    failed_workflows: int
    load_percentage: float
    pending_tasks: int
    pending_workflows: int
    running_workflows: int
    started_tasks: int
    started_workflows: int
    status: str
    total_capacity: int
    total_workers: int
    workers_accepting: int
    event_delivery: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_workers = self.active_workers

        claimed_tasks = self.claimed_tasks

        completed_tasks = self.completed_tasks

        completed_workflows = self.completed_workflows

        current_load = self.current_load

        dlq_size = self.dlq_size

        failed_tasks = self.failed_tasks

        failed_workflows = self.failed_workflows

        load_percentage = self.load_percentage

        pending_tasks = self.pending_tasks

        pending_workflows = self.pending_workflows

        running_workflows = self.running_workflows

        started_tasks = self.started_tasks

        started_workflows = self.started_workflows

        status = self.status

        total_capacity = self.total_capacity

        total_workers = self.total_workers

        workers_accepting = self.workers_accepting

        event_delivery: None | str | Unset
        if isinstance(self.event_delivery, Unset):
            event_delivery = UNSET
        else:
            event_delivery = self.event_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_workers": active_workers,
                "claimed_tasks": claimed_tasks,
                "completed_tasks": completed_tasks,
                "completed_workflows": completed_workflows,
                "current_load": current_load,
                "dlq_size": dlq_size,
                "failed_tasks": failed_tasks,
                "failed_workflows": failed_workflows,
                "load_percentage": load_percentage,
                "pending_tasks": pending_tasks,
                "pending_workflows": pending_workflows,
                "running_workflows": running_workflows,
                "started_tasks": started_tasks,
                "started_workflows": started_workflows,
                "status": status,
                "total_capacity": total_capacity,
                "total_workers": total_workers,
                "workers_accepting": workers_accepting,
            }
        )
        if event_delivery is not UNSET:
            field_dict["event_delivery"] = event_delivery

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_workers = d.pop("active_workers")

        claimed_tasks = d.pop("claimed_tasks")

        completed_tasks = d.pop("completed_tasks")

        completed_workflows = d.pop("completed_workflows")

        current_load = d.pop("current_load")

        dlq_size = d.pop("dlq_size")

        failed_tasks = d.pop("failed_tasks")

        failed_workflows = d.pop("failed_workflows")

        load_percentage = d.pop("load_percentage")

        pending_tasks = d.pop("pending_tasks")

        pending_workflows = d.pop("pending_workflows")

        running_workflows = d.pop("running_workflows")

        started_tasks = d.pop("started_tasks")

        started_workflows = d.pop("started_workflows")

        status = d.pop("status")

        total_capacity = d.pop("total_capacity")

        total_workers = d.pop("total_workers")

        workers_accepting = d.pop("workers_accepting")

        def _parse_event_delivery(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_delivery = _parse_event_delivery(d.pop("event_delivery", UNSET))

        health_response = cls(
            active_workers=active_workers,
            claimed_tasks=claimed_tasks,
            completed_tasks=completed_tasks,
            completed_workflows=completed_workflows,
            current_load=current_load,
            dlq_size=dlq_size,
            failed_tasks=failed_tasks,
            failed_workflows=failed_workflows,
            load_percentage=load_percentage,
            pending_tasks=pending_tasks,
            pending_workflows=pending_workflows,
            running_workflows=running_workflows,
            started_tasks=started_tasks,
            started_workflows=started_workflows,
            status=status,
            total_capacity=total_capacity,
            total_workers=total_workers,
            workers_accepting=workers_accepting,
            event_delivery=event_delivery,
        )

        health_response.additional_properties = d
        return health_response

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
