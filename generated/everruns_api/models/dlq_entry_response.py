from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

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
    from ..models.dlq_entry_response_input import DlqEntryResponseInput


@_attrs_define
class DlqEntryResponse:
    """
    Attributes:
        activity_id (str):
        activity_type (str):
        attempts (int):
        dead_at (datetime.datetime):
        error_history (list[str]):
        id (UUID):
        input_ (DlqEntryResponseInput):
        last_error (str):
        original_task_id (UUID):
        workflow_id (None | Unset | UUID):
    """

    activity_id: str
    activity_type: str
    attempts: int
    dead_at: datetime.datetime
    error_history: list[str]
    id: UUID
    input_: DlqEntryResponseInput
    last_error: str
    original_task_id: UUID
    workflow_id: None | Unset | UUID = UNSET
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


def _read_input_(data: Any) -> DlqEntryResponseInput:
    return read_nested(_models.DlqEntryResponseInput, data)


def _read_workflow_id(data: Any) -> None | UUID:
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of None | UUID: {type(data).__name__}")


def _write_workflow_id(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    return value


_SHAPE = Shape(
    "DlqEntryResponse",
    {
        "activity_id": Field(
            "activity_id",
            None,
            None,
            True,
        ),
        "activity_type": Field(
            "activity_type",
            None,
            None,
            True,
        ),
        "attempts": Field(
            "attempts",
            None,
            None,
            True,
        ),
        "dead_at": Field(
            "dead_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "error_history": Field(
            "error_history",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
            UUID,
            str,
            True,
        ),
        "input_": Field(
            "input",
            _read_input_,
            write_model,
            True,
        ),
        "last_error": Field(
            "last_error",
            None,
            None,
            True,
        ),
        "original_task_id": Field(
            "original_task_id",
            UUID,
            str,
            True,
        ),
        "workflow_id": Field(
            "workflow_id",
            _read_workflow_id,
            _write_workflow_id,
            False,
        ),
    },
    tags=(),
    extras=True,
)
DlqEntryResponse._shape = _SHAPE
