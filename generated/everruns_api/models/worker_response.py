from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
    write_fields,
    write_isoformat,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_response_metadata import WorkerResponseMetadata


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


def _read_metadata(data: Any) -> WorkerResponseMetadata:
    return read_nested(_models.WorkerResponseMetadata, data)


_SHAPE = Shape(
    "WorkerResponse",
    {
        "accepting_tasks": Field(
            "accepting_tasks",
            None,
            None,
            True,
        ),
        "activity_types": Field(
            "activity_types",
            None,
            None,
            True,
        ),
        "current_load": Field(
            "current_load",
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
        "last_heartbeat_at": Field(
            "last_heartbeat_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "max_concurrency": Field(
            "max_concurrency",
            None,
            None,
            True,
        ),
        "started_at": Field(
            "started_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "tasks_completed": Field(
            "tasks_completed",
            None,
            None,
            True,
        ),
        "tasks_failed": Field(
            "tasks_failed",
            None,
            None,
            True,
        ),
        "avg_task_duration_ms": Field(
            "avg_task_duration_ms",
            None,
            None,
            False,
        ),
        "backpressure_reason": Field(
            "backpressure_reason",
            None,
            None,
            False,
        ),
        "hostname": Field(
            "hostname",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            write_model,
            False,
        ),
        "version": Field(
            "version",
            None,
            None,
            False,
        ),
        "worker_group": Field(
            "worker_group",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
WorkerResponse._shape = _SHAPE
