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
from ..models.session_task_state import SessionTaskState
from ..models.task_wake_policy import TaskWakePolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_progress import BackgroundProgress
    from ..models.session_task_spec import SessionTaskSpec
    from ..models.task_artifact import TaskArtifact
    from ..models.task_error import TaskError
    from ..models.task_input_request import TaskInputRequest
    from ..models.task_links import TaskLinks


@_attrs_define
class SessionTask:
    """
    Attributes:
        created_at (datetime.datetime):
        display_name (str):
        id (str):
        kind (str):
        session_id (str):
        state (SessionTaskState):
        updated_at (datetime.datetime):
        artifacts (list[TaskArtifact] | Unset):
        attempt (int | Unset):
        cancel_requested_at (datetime.datetime | None | Unset):
        error (None | TaskError | Unset):
        finished_at (datetime.datetime | None | Unset):
        heartbeat_at (datetime.datetime | None | Unset):
        input_request (None | TaskInputRequest | Unset):
        links (TaskLinks | Unset):
        progress (BackgroundProgress | None | Unset):
        result_path (None | str | Unset):
        root_session_id (None | str | Unset):
        spec (SessionTaskSpec | Unset):
        started_at (datetime.datetime | None | Unset):
        state_detail (None | str | Unset):
        summary (None | str | Unset):
        wake_policy (TaskWakePolicy | Unset):
        worker_id (None | str | Unset):
    """

    created_at: datetime.datetime
    display_name: str
    id: str
    kind: str
    session_id: str
    state: SessionTaskState
    updated_at: datetime.datetime
    artifacts: list[TaskArtifact] | Unset = UNSET
    attempt: int | Unset = UNSET
    cancel_requested_at: datetime.datetime | None | Unset = UNSET
    error: None | TaskError | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    heartbeat_at: datetime.datetime | None | Unset = UNSET
    input_request: None | TaskInputRequest | Unset = UNSET
    links: TaskLinks | Unset = UNSET
    progress: BackgroundProgress | None | Unset = UNSET
    result_path: None | str | Unset = UNSET
    root_session_id: None | str | Unset = UNSET
    spec: SessionTaskSpec | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    state_detail: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    wake_policy: TaskWakePolicy | Unset = UNSET
    worker_id: None | str | Unset = UNSET
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


def _read_artifacts(data: Any) -> list[TaskArtifact]:
    return read_nested_list(_models.TaskArtifact, data)


def _write_artifacts(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_cancel_requested_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_cancel_requested_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_error(data: Any) -> None | TaskError:
    if data is None:
        return None
    if _models.TaskError._accepts(data):
        return read_nested(_models.TaskError, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TaskError._accepts(data, strictly=False, alone=True):
        return read_nested(_models.TaskError, data)
    return cast("None | TaskError", unknown_kind(data, "SessionTask", "error"))


def _write_error(value: Any) -> Any:
    if isinstance(value, _models.TaskError):
        return write_model(value)
    return value


def _read_finished_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_finished_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_heartbeat_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_heartbeat_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_input_request(data: Any) -> None | TaskInputRequest:
    if data is None:
        return None
    if _models.TaskInputRequest._accepts(data):
        return read_nested(_models.TaskInputRequest, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TaskInputRequest._accepts(data, strictly=False, alone=True):
        return read_nested(_models.TaskInputRequest, data)
    return cast(
        "None | TaskInputRequest", unknown_kind(data, "SessionTask", "input_request")
    )


def _write_input_request(value: Any) -> Any:
    if isinstance(value, _models.TaskInputRequest):
        return write_model(value)
    return value


def _read_links(data: Any) -> TaskLinks:
    return read_nested(_models.TaskLinks, data)


def _read_progress(data: Any) -> BackgroundProgress | None:
    if data is None:
        return None
    if _models.BackgroundProgress._accepts(data):
        return read_nested(_models.BackgroundProgress, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.BackgroundProgress._accepts(data, strictly=False, alone=True):
        return read_nested(_models.BackgroundProgress, data)
    return cast(
        "BackgroundProgress | None", unknown_kind(data, "SessionTask", "progress")
    )


def _write_progress(value: Any) -> Any:
    if isinstance(value, _models.BackgroundProgress):
        return write_model(value)
    return value


def _read_spec(data: Any) -> SessionTaskSpec:
    return read_nested(_models.SessionTaskSpec, data)


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
    "SessionTask",
    {
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "display_name": Field(
            "display_name",
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
        "kind": Field(
            "kind",
            None,
            None,
            True,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            True,
        ),
        "state": Field(
            "state",
            SessionTaskState,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "artifacts": Field(
            "artifacts",
            _read_artifacts,
            _write_artifacts,
            False,
        ),
        "attempt": Field(
            "attempt",
            None,
            None,
            False,
        ),
        "cancel_requested_at": Field(
            "cancel_requested_at",
            _read_cancel_requested_at,
            _write_cancel_requested_at,
            False,
        ),
        "error": Field(
            "error",
            _read_error,
            _write_error,
            False,
        ),
        "finished_at": Field(
            "finished_at",
            _read_finished_at,
            _write_finished_at,
            False,
        ),
        "heartbeat_at": Field(
            "heartbeat_at",
            _read_heartbeat_at,
            _write_heartbeat_at,
            False,
        ),
        "input_request": Field(
            "input_request",
            _read_input_request,
            _write_input_request,
            False,
        ),
        "links": Field(
            "links",
            _read_links,
            write_model,
            False,
        ),
        "progress": Field(
            "progress",
            _read_progress,
            _write_progress,
            False,
        ),
        "result_path": Field(
            "result_path",
            None,
            None,
            False,
        ),
        "root_session_id": Field(
            "root_session_id",
            None,
            None,
            False,
        ),
        "spec": Field(
            "spec",
            _read_spec,
            write_model,
            False,
        ),
        "started_at": Field(
            "started_at",
            _read_started_at,
            _write_started_at,
            False,
        ),
        "state_detail": Field(
            "state_detail",
            None,
            None,
            False,
        ),
        "summary": Field(
            "summary",
            None,
            None,
            False,
        ),
        "wake_policy": Field(
            "wake_policy",
            TaskWakePolicy,
            write_enum,
            False,
        ),
        "worker_id": Field(
            "worker_id",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
SessionTask._shape = _SHAPE
