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

if TYPE_CHECKING:
    from ..models.worker_response_metadata import WorkerResponseMetadata


T = TypeVar("T", bound="WorkerResponse")


@_attrs_define
class WorkerResponse:
    """
    Attributes:
        accepting_tasks (bool):
        activity_types (list[str]):
        current_load (int):
        id (str):
        last_heartbeat_at (datetime.datetime):
        max_concurrency (int):
        started_at (datetime.datetime):
        status (str):
        tasks_completed (int):
        tasks_failed (int):
        avg_task_duration_ms (int | None | Unset):
        backpressure_reason (None | str | Unset):
        hostname (None | str | Unset):
        metadata (WorkerResponseMetadata | Unset):
        version (None | str | Unset):
        worker_group (None | str | Unset):
    """

    accepting_tasks: bool
    activity_types: list[str]
    current_load: int
    id: str
    last_heartbeat_at: datetime.datetime
    max_concurrency: int
    started_at: datetime.datetime
    status: str
    tasks_completed: int
    tasks_failed: int
    avg_task_duration_ms: int | None | Unset = UNSET
    backpressure_reason: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    metadata: WorkerResponseMetadata | Unset = UNSET
    version: None | str | Unset = UNSET
    worker_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accepting_tasks = self.accepting_tasks

        activity_types = self.activity_types

        current_load = self.current_load

        id = self.id

        last_heartbeat_at = self.last_heartbeat_at.isoformat()

        max_concurrency = self.max_concurrency

        started_at = self.started_at.isoformat()

        status = self.status

        tasks_completed = self.tasks_completed

        tasks_failed = self.tasks_failed

        avg_task_duration_ms: int | None | Unset
        if isinstance(self.avg_task_duration_ms, Unset):
            avg_task_duration_ms = UNSET
        else:
            avg_task_duration_ms = self.avg_task_duration_ms

        backpressure_reason: None | str | Unset
        if isinstance(self.backpressure_reason, Unset):
            backpressure_reason = UNSET
        else:
            backpressure_reason = self.backpressure_reason

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        worker_group: None | str | Unset
        if isinstance(self.worker_group, Unset):
            worker_group = UNSET
        else:
            worker_group = self.worker_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accepting_tasks": accepting_tasks,
                "activity_types": activity_types,
                "current_load": current_load,
                "id": id,
                "last_heartbeat_at": last_heartbeat_at,
                "max_concurrency": max_concurrency,
                "started_at": started_at,
                "status": status,
                "tasks_completed": tasks_completed,
                "tasks_failed": tasks_failed,
            }
        )
        if avg_task_duration_ms is not UNSET:
            field_dict["avg_task_duration_ms"] = avg_task_duration_ms
        if backpressure_reason is not UNSET:
            field_dict["backpressure_reason"] = backpressure_reason
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if version is not UNSET:
            field_dict["version"] = version
        if worker_group is not UNSET:
            field_dict["worker_group"] = worker_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.worker_response_metadata import WorkerResponseMetadata

        d = dict(src_dict)
        accepting_tasks = d.pop("accepting_tasks")

        activity_types = cast(list[str], d.pop("activity_types"))

        current_load = d.pop("current_load")

        id = d.pop("id")

        last_heartbeat_at = parse_datetime(d.pop("last_heartbeat_at"))

        max_concurrency = d.pop("max_concurrency")

        started_at = parse_datetime(d.pop("started_at"))

        status = d.pop("status")

        tasks_completed = d.pop("tasks_completed")

        tasks_failed = d.pop("tasks_failed")

        def _parse_avg_task_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avg_task_duration_ms = _parse_avg_task_duration_ms(
            d.pop("avg_task_duration_ms", UNSET)
        )

        def _parse_backpressure_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        backpressure_reason = _parse_backpressure_reason(
            d.pop("backpressure_reason", UNSET)
        )

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: WorkerResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkerResponseMetadata.from_dict(_metadata)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_worker_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_group = _parse_worker_group(d.pop("worker_group", UNSET))

        worker_response = cls(
            accepting_tasks=accepting_tasks,
            activity_types=activity_types,
            current_load=current_load,
            id=id,
            last_heartbeat_at=last_heartbeat_at,
            max_concurrency=max_concurrency,
            started_at=started_at,
            status=status,
            tasks_completed=tasks_completed,
            tasks_failed=tasks_failed,
            avg_task_duration_ms=avg_task_duration_ms,
            backpressure_reason=backpressure_reason,
            hostname=hostname,
            metadata=metadata,
            version=version,
            worker_group=worker_group,
        )

        worker_response.additional_properties = d
        return worker_response

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
