from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="SessionTask")


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
    spec: SessionTaskSpec | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    state_detail: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    wake_policy: TaskWakePolicy | Unset = UNSET
    worker_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.background_progress import BackgroundProgress
        from ..models.task_error import TaskError
        from ..models.task_input_request import TaskInputRequest

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        id = self.id

        kind = self.kind

        session_id = self.session_id

        state = self.state.value

        updated_at = self.updated_at.isoformat()

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        attempt = self.attempt

        cancel_requested_at: None | str | Unset
        if isinstance(self.cancel_requested_at, Unset):
            cancel_requested_at = UNSET
        elif isinstance(self.cancel_requested_at, datetime.datetime):
            cancel_requested_at = self.cancel_requested_at.isoformat()
        else:
            cancel_requested_at = self.cancel_requested_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, TaskError):
            error = self.error.to_dict()
        else:
            error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        heartbeat_at: None | str | Unset
        if isinstance(self.heartbeat_at, Unset):
            heartbeat_at = UNSET
        elif isinstance(self.heartbeat_at, datetime.datetime):
            heartbeat_at = self.heartbeat_at.isoformat()
        else:
            heartbeat_at = self.heartbeat_at

        input_request: dict[str, Any] | None | Unset
        if isinstance(self.input_request, Unset):
            input_request = UNSET
        elif isinstance(self.input_request, TaskInputRequest):
            input_request = self.input_request.to_dict()
        else:
            input_request = self.input_request

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, BackgroundProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        result_path: None | str | Unset
        if isinstance(self.result_path, Unset):
            result_path = UNSET
        else:
            result_path = self.result_path

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        state_detail: None | str | Unset
        if isinstance(self.state_detail, Unset):
            state_detail = UNSET
        else:
            state_detail = self.state_detail

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        wake_policy: str | Unset = UNSET
        if not isinstance(self.wake_policy, Unset):
            wake_policy = self.wake_policy.value

        worker_id: None | str | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "id": id,
                "kind": kind,
                "session_id": session_id,
                "state": state,
                "updated_at": updated_at,
            }
        )
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if cancel_requested_at is not UNSET:
            field_dict["cancel_requested_at"] = cancel_requested_at
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if heartbeat_at is not UNSET:
            field_dict["heartbeat_at"] = heartbeat_at
        if input_request is not UNSET:
            field_dict["input_request"] = input_request
        if links is not UNSET:
            field_dict["links"] = links
        if progress is not UNSET:
            field_dict["progress"] = progress
        if result_path is not UNSET:
            field_dict["result_path"] = result_path
        if spec is not UNSET:
            field_dict["spec"] = spec
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if state_detail is not UNSET:
            field_dict["state_detail"] = state_detail
        if summary is not UNSET:
            field_dict["summary"] = summary
        if wake_policy is not UNSET:
            field_dict["wake_policy"] = wake_policy
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.background_progress import BackgroundProgress
        from ..models.session_task_spec import SessionTaskSpec
        from ..models.task_artifact import TaskArtifact
        from ..models.task_error import TaskError
        from ..models.task_input_request import TaskInputRequest
        from ..models.task_links import TaskLinks

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        display_name = d.pop("display_name")

        id = d.pop("id")

        kind = d.pop("kind")

        session_id = d.pop("session_id")

        state = SessionTaskState(d.pop("state"))

        updated_at = parse_datetime(d.pop("updated_at"))

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[TaskArtifact] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = TaskArtifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        attempt = d.pop("attempt", UNSET)

        def _parse_cancel_requested_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancel_requested_at_type_0 = parse_datetime(data)

                return cancel_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancel_requested_at = _parse_cancel_requested_at(
            d.pop("cancel_requested_at", UNSET)
        )

        def _parse_error(data: object) -> None | TaskError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = TaskError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = parse_datetime(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                heartbeat_at_type_0 = parse_datetime(data)

                return heartbeat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        heartbeat_at = _parse_heartbeat_at(d.pop("heartbeat_at", UNSET))

        def _parse_input_request(data: object) -> None | TaskInputRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_request_type_1 = TaskInputRequest.from_dict(data)

                return input_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInputRequest | Unset, data)

        input_request = _parse_input_request(d.pop("input_request", UNSET))

        _links = d.pop("links", UNSET)
        links: TaskLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = TaskLinks.from_dict(_links)

        def _parse_progress(data: object) -> BackgroundProgress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_1 = BackgroundProgress.from_dict(data)

                return progress_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundProgress | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_result_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_path = _parse_result_path(d.pop("result_path", UNSET))

        _spec = d.pop("spec", UNSET)
        spec: SessionTaskSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = SessionTaskSpec.from_dict(_spec)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_state_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_detail = _parse_state_detail(d.pop("state_detail", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        _wake_policy = d.pop("wake_policy", UNSET)
        wake_policy: TaskWakePolicy | Unset
        if isinstance(_wake_policy, Unset):
            wake_policy = UNSET
        else:
            wake_policy = TaskWakePolicy(_wake_policy)

        def _parse_worker_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        session_task = cls(
            created_at=created_at,
            display_name=display_name,
            id=id,
            kind=kind,
            session_id=session_id,
            state=state,
            updated_at=updated_at,
            artifacts=artifacts,
            attempt=attempt,
            cancel_requested_at=cancel_requested_at,
            error=error,
            finished_at=finished_at,
            heartbeat_at=heartbeat_at,
            input_request=input_request,
            links=links,
            progress=progress,
            result_path=result_path,
            spec=spec,
            started_at=started_at,
            state_detail=state_detail,
            summary=summary,
            wake_policy=wake_policy,
            worker_id=worker_id,
        )

        session_task.additional_properties = d
        return session_task

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
