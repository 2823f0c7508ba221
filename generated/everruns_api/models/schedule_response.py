from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_target_response import ScheduleTargetResponse


T = TypeVar("T", bound="ScheduleResponse")


@_attrs_define
class ScheduleResponse:
    """
    Attributes:
        catch_up_missed (bool):
        created_at (datetime.datetime):
        cron_expression (str):
        enabled (bool):
        id (UUID):
        name (str):
        target (ScheduleTargetResponse):
        timezone (str):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        last_triggered_at (datetime.datetime | None | Unset):
        max_catch_up (int | None | Unset):
        max_concurrent (int | None | Unset):
        next_trigger_at (datetime.datetime | None | Unset):
        retry_policy (Any | Unset):
    """

    catch_up_missed: bool
    created_at: datetime.datetime
    cron_expression: str
    enabled: bool
    id: UUID
    name: str
    target: ScheduleTargetResponse
    timezone: str
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    last_triggered_at: datetime.datetime | None | Unset = UNSET
    max_catch_up: int | None | Unset = UNSET
    max_concurrent: int | None | Unset = UNSET
    next_trigger_at: datetime.datetime | None | Unset = UNSET
    retry_policy: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catch_up_missed = self.catch_up_missed

        created_at = self.created_at.isoformat()

        cron_expression = self.cron_expression

        enabled = self.enabled

        id = str(self.id)

        name = self.name

        target = self.target.to_dict()

        timezone = self.timezone

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        last_triggered_at: None | str | Unset
        if isinstance(self.last_triggered_at, Unset):
            last_triggered_at = UNSET
        elif isinstance(self.last_triggered_at, datetime.datetime):
            last_triggered_at = self.last_triggered_at.isoformat()
        else:
            last_triggered_at = self.last_triggered_at

        max_catch_up: int | None | Unset
        if isinstance(self.max_catch_up, Unset):
            max_catch_up = UNSET
        else:
            max_catch_up = self.max_catch_up

        max_concurrent: int | None | Unset
        if isinstance(self.max_concurrent, Unset):
            max_concurrent = UNSET
        else:
            max_concurrent = self.max_concurrent

        next_trigger_at: None | str | Unset
        if isinstance(self.next_trigger_at, Unset):
            next_trigger_at = UNSET
        elif isinstance(self.next_trigger_at, datetime.datetime):
            next_trigger_at = self.next_trigger_at.isoformat()
        else:
            next_trigger_at = self.next_trigger_at

        retry_policy = self.retry_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catch_up_missed": catch_up_missed,
                "created_at": created_at,
                "cron_expression": cron_expression,
                "enabled": enabled,
                "id": id,
                "name": name,
                "target": target,
                "timezone": timezone,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if last_triggered_at is not UNSET:
            field_dict["last_triggered_at"] = last_triggered_at
        if max_catch_up is not UNSET:
            field_dict["max_catch_up"] = max_catch_up
        if max_concurrent is not UNSET:
            field_dict["max_concurrent"] = max_concurrent
        if next_trigger_at is not UNSET:
            field_dict["next_trigger_at"] = next_trigger_at
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_target_response import ScheduleTargetResponse

        d = dict(src_dict)
        catch_up_missed = d.pop("catch_up_missed")

        created_at = parse_datetime(d.pop("created_at"))

        cron_expression = d.pop("cron_expression")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        target = ScheduleTargetResponse.from_dict(d.pop("target"))

        timezone = d.pop("timezone")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_last_triggered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_triggered_at_type_0 = parse_datetime(data)

                return last_triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_triggered_at = _parse_last_triggered_at(d.pop("last_triggered_at", UNSET))

        def _parse_max_catch_up(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_catch_up = _parse_max_catch_up(d.pop("max_catch_up", UNSET))

        def _parse_max_concurrent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent = _parse_max_concurrent(d.pop("max_concurrent", UNSET))

        def _parse_next_trigger_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_trigger_at_type_0 = parse_datetime(data)

                return next_trigger_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_trigger_at = _parse_next_trigger_at(d.pop("next_trigger_at", UNSET))

        retry_policy = d.pop("retry_policy", UNSET)

        schedule_response = cls(
            catch_up_missed=catch_up_missed,
            created_at=created_at,
            cron_expression=cron_expression,
            enabled=enabled,
            id=id,
            name=name,
            target=target,
            timezone=timezone,
            updated_at=updated_at,
            description=description,
            last_triggered_at=last_triggered_at,
            max_catch_up=max_catch_up,
            max_concurrent=max_concurrent,
            next_trigger_at=next_trigger_at,
            retry_policy=retry_policy,
        )

        schedule_response.additional_properties = d
        return schedule_response

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
