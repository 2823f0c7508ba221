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
    from ..models.workflow_response_error import WorkflowResponseError
    from ..models.workflow_response_input import WorkflowResponseInput
    from ..models.workflow_response_result import WorkflowResponseResult


@_attrs_define
class WorkflowResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        input_ (WorkflowResponseInput):
        status (str):
        workflow_type (str):
        completed_at (datetime.datetime | None | Unset):
        error (WorkflowResponseError | Unset):
        result (WorkflowResponseResult | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    input_: WorkflowResponseInput
    status: str
    workflow_type: str
    completed_at: datetime.datetime | None | Unset = UNSET
    error: WorkflowResponseError | Unset = UNSET
    result: WorkflowResponseResult | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
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


def _read_input_(data: Any) -> WorkflowResponseInput:
    return read_nested(_models.WorkflowResponseInput, data)


def _read_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_completed_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_error(data: Any) -> WorkflowResponseError:
    return read_nested(_models.WorkflowResponseError, data)


def _read_result(data: Any) -> WorkflowResponseResult:
    return read_nested(_models.WorkflowResponseResult, data)


def _read_started_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_started_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "WorkflowResponse",
    {
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
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
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "workflow_type": Field(
            "workflow_type",
            None,
            None,
            True,
        ),
        "completed_at": Field(
            "completed_at",
            _read_completed_at,
            _write_completed_at,
            False,
        ),
        "error": Field(
            "error",
            _read_error,
            write_model,
            False,
        ),
        "result": Field(
            "result",
            _read_result,
            write_model,
            False,
        ),
        "started_at": Field(
            "started_at",
            _read_started_at,
            _write_started_at,
            False,
        ),
    },
    tags=(),
    extras=True,
)
WorkflowResponse._shape = _SHAPE
