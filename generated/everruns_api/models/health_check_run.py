from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

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
    read_nested_list,
    unknown_kind,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.health_check_status import HealthCheckStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_check_case_result import HealthCheckCaseResult
    from ..models.health_check_summary import HealthCheckSummary


@_attrs_define
class HealthCheckRun:
    """
    Attributes:
        config_hash (str):
        created_at (datetime.datetime):
        id (str):
        status (HealthCheckStatus):
        agent_id (None | str | Unset):
        completed_at (datetime.datetime | None | Unset):
        error_message (None | str | Unset):
        model_id (None | str | Unset):
        results (list[HealthCheckCaseResult] | None | Unset):
        summary (HealthCheckSummary | None | Unset):
    """

    config_hash: str
    created_at: datetime.datetime
    id: str
    status: HealthCheckStatus
    agent_id: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    results: list[HealthCheckCaseResult] | None | Unset = UNSET
    summary: HealthCheckSummary | None | Unset = UNSET
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


def _read_results_1(data: Any) -> list[HealthCheckCaseResult]:
    return read_nested_list(_models.HealthCheckCaseResult, data)


def _read_results(data: Any) -> list[HealthCheckCaseResult] | None:
    if isinstance(data, list):
        try:
            return _read_results_1(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(
        f"not a value of list[HealthCheckCaseResult] | None: {type(data).__name__}"
    )


def _write_results_1(value: Any) -> Any:
    return [write_model(item) for item in value]


def _write_results(value: Any) -> Any:
    if isinstance(value, list):
        return _write_results_1(value)
    return value


def _read_summary(data: Any) -> HealthCheckSummary | None:
    if data is None:
        return None
    if _models.HealthCheckSummary._accepts(data):
        return read_nested(_models.HealthCheckSummary, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.HealthCheckSummary._accepts(data, strictly=False, alone=True):
        return read_nested(_models.HealthCheckSummary, data)
    return cast(
        "HealthCheckSummary | None", unknown_kind(data, "HealthCheckRun", "summary")
    )


def _write_summary(value: Any) -> Any:
    if isinstance(value, _models.HealthCheckSummary):
        return write_model(value)
    return value


_SHAPE = Shape(
    "HealthCheckRun",
    {
        "config_hash": Field(
            "config_hash",
            None,
            None,
            True,
        ),
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            HealthCheckStatus,
            write_enum,
            True,
        ),
        "agent_id": Field(
            "agent_id",
            None,
            None,
            False,
        ),
        "completed_at": Field(
            "completed_at",
            _read_completed_at,
            _write_completed_at,
            False,
        ),
        "error_message": Field(
            "error_message",
            None,
            None,
            False,
        ),
        "model_id": Field(
            "model_id",
            None,
            None,
            False,
        ),
        "results": Field(
            "results",
            _read_results,
            _write_results,
            False,
        ),
        "summary": Field(
            "summary",
            _read_summary,
            _write_summary,
            False,
        ),
    },
    tags=(),
    extras=True,
)
HealthCheckRun._shape = _SHAPE
