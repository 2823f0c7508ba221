from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricsPoint")


@_attrs_define
class MetricsPoint:
    """
    Attributes:
        active_workers (int):
        claimed_tasks (int):
        dlq_size (int):
        load_percentage (float):
        pending_tasks (int):
        pending_workflows (int):
        running_workflows (int):
        tasks_completed_total (int):
        tasks_failed_total (int):
        tasks_started_total (int):
        timestamp (datetime.datetime):
        workflows_completed_total (int):
        workflows_failed_total (int):
        workflows_started_total (int):
    """

    active_workers: int
    claimed_tasks: int
    dlq_size: int
    load_percentage: float
    pending_tasks: int
    pending_workflows: int
    running_workflows: int
    tasks_completed_total: int
    tasks_failed_total: int
    tasks_started_total: int
    timestamp: datetime.datetime
    workflows_completed_total: int
    workflows_failed_total: int
    workflows_started_total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_workers = self.active_workers

        claimed_tasks = self.claimed_tasks

        dlq_size = self.dlq_size

        load_percentage = self.load_percentage

        pending_tasks = self.pending_tasks

        pending_workflows = self.pending_workflows

        running_workflows = self.running_workflows

        tasks_completed_total = self.tasks_completed_total

        tasks_failed_total = self.tasks_failed_total

        tasks_started_total = self.tasks_started_total

        timestamp = self.timestamp.isoformat()

        workflows_completed_total = self.workflows_completed_total

        workflows_failed_total = self.workflows_failed_total

        workflows_started_total = self.workflows_started_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active_workers": active_workers,
                "claimed_tasks": claimed_tasks,
                "dlq_size": dlq_size,
                "load_percentage": load_percentage,
                "pending_tasks": pending_tasks,
                "pending_workflows": pending_workflows,
                "running_workflows": running_workflows,
                "tasks_completed_total": tasks_completed_total,
                "tasks_failed_total": tasks_failed_total,
                "tasks_started_total": tasks_started_total,
                "timestamp": timestamp,
                "workflows_completed_total": workflows_completed_total,
                "workflows_failed_total": workflows_failed_total,
                "workflows_started_total": workflows_started_total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active_workers = d.pop("active_workers")

        claimed_tasks = d.pop("claimed_tasks")

        dlq_size = d.pop("dlq_size")

        load_percentage = d.pop("load_percentage")

        pending_tasks = d.pop("pending_tasks")

        pending_workflows = d.pop("pending_workflows")

        running_workflows = d.pop("running_workflows")

        tasks_completed_total = d.pop("tasks_completed_total")

        tasks_failed_total = d.pop("tasks_failed_total")

        tasks_started_total = d.pop("tasks_started_total")

        timestamp = parse_datetime(d.pop("timestamp"))

        workflows_completed_total = d.pop("workflows_completed_total")

        workflows_failed_total = d.pop("workflows_failed_total")

        workflows_started_total = d.pop("workflows_started_total")

        metrics_point = cls(
            active_workers=active_workers,
            claimed_tasks=claimed_tasks,
            dlq_size=dlq_size,
            load_percentage=load_percentage,
            pending_tasks=pending_tasks,
            pending_workflows=pending_workflows,
            running_workflows=running_workflows,
            tasks_completed_total=tasks_completed_total,
            tasks_failed_total=tasks_failed_total,
            tasks_started_total=tasks_started_total,
            timestamp=timestamp,
            workflows_completed_total=workflows_completed_total,
            workflows_failed_total=workflows_failed_total,
            workflows_started_total=workflows_started_total,
        )

        metrics_point.additional_properties = d
        return metrics_point

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
