from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    write_fields,
)
from ..types import UNSET, Unset


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


_SHAPE = Shape(
    "HealthResponse",
    {
        "active_workers": Field(
            "active_workers",
            None,
            None,
            True,
        ),
        "claimed_tasks": Field(
            "claimed_tasks",
            None,
            None,
            True,
        ),
        "completed_tasks": Field(
            "completed_tasks",
            None,
            None,
            True,
        ),
        "completed_workflows": Field(
            "completed_workflows",
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
        "dlq_size": Field(
            "dlq_size",
            None,
            None,
            True,
        ),
        "failed_tasks": Field(
            "failed_tasks",
            None,
            None,
            True,
        ),
        "failed_workflows": Field(
            "failed_workflows",
            None,
            None,
            True,
        ),
        "load_percentage": Field(
            "load_percentage",
            None,
            None,
            True,
        ),
        "pending_tasks": Field(
            "pending_tasks",
            None,
            None,
            True,
        ),
        "pending_workflows": Field(
            "pending_workflows",
            None,
            None,
            True,
        ),
        "running_workflows": Field(
            "running_workflows",
            None,
            None,
            True,
        ),
        "started_tasks": Field(
            "started_tasks",
            None,
            None,
            True,
        ),
        "started_workflows": Field(
            "started_workflows",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "total_capacity": Field(
            "total_capacity",
            None,
            None,
            True,
        ),
        "total_workers": Field(
            "total_workers",
            None,
            None,
            True,
        ),
        "workers_accepting": Field(
            "workers_accepting",
            None,
            None,
            True,
        ),
        "event_delivery": Field(
            "event_delivery",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
HealthResponse._shape = _SHAPE
