from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_check_status import HealthCheckStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_check_case_result import HealthCheckCaseResult
    from ..models.health_check_summary import HealthCheckSummary


T = TypeVar("T", bound="HealthCheckRun")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.health_check_summary import HealthCheckSummary

        config_hash = self.config_hash

        created_at = self.created_at.isoformat()

        id = self.id

        status = self.status.value

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, HealthCheckSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_hash": config_hash,
                "created_at": created_at,
                "id": id,
                "status": status,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if results is not UNSET:
            field_dict["results"] = results
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_check_case_result import HealthCheckCaseResult
        from ..models.health_check_summary import HealthCheckSummary

        d = dict(src_dict)
        config_hash = d.pop("config_hash")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        status = HealthCheckStatus(d.pop("status"))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_results(data: object) -> list[HealthCheckCaseResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = HealthCheckCaseResult.from_dict(
                        results_type_0_item_data
                    )

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HealthCheckCaseResult] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_summary(data: object) -> HealthCheckSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_1 = HealthCheckSummary.from_dict(data)

                return summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthCheckSummary | None | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        health_check_run = cls(
            config_hash=config_hash,
            created_at=created_at,
            id=id,
            status=status,
            agent_id=agent_id,
            completed_at=completed_at,
            error_message=error_message,
            model_id=model_id,
            results=results,
            summary=summary,
        )

        health_check_run.additional_properties = d
        return health_check_run

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
