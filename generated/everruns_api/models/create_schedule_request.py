from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_target import ScheduleTarget


T = TypeVar("T", bound="CreateScheduleRequest")


@_attrs_define
class CreateScheduleRequest:
    """
    Attributes:
        cron_expression (str):
        name (str):
        target (ScheduleTarget):
        catch_up_missed (bool | Unset):
        description (None | str | Unset):
        enabled (bool | Unset):
        max_catch_up (int | None | Unset):
        max_concurrent (int | None | Unset):
        retry_policy (Any | Unset):
        timezone (str | Unset):
    """

    cron_expression: str
    name: str
    target: ScheduleTarget
    catch_up_missed: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_catch_up: int | None | Unset = UNSET
    max_concurrent: int | None | Unset = UNSET
    retry_policy: Any | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_expression = self.cron_expression

        name = self.name

        target = self.target.to_dict()

        catch_up_missed = self.catch_up_missed

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled = self.enabled

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

        retry_policy = self.retry_policy

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_expression": cron_expression,
                "name": name,
                "target": target,
            }
        )
        if catch_up_missed is not UNSET:
            field_dict["catch_up_missed"] = catch_up_missed
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_catch_up is not UNSET:
            field_dict["max_catch_up"] = max_catch_up
        if max_concurrent is not UNSET:
            field_dict["max_concurrent"] = max_concurrent
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_target import ScheduleTarget

        d = dict(src_dict)
        cron_expression = d.pop("cron_expression")

        name = d.pop("name")

        target = ScheduleTarget.from_dict(d.pop("target"))

        catch_up_missed = d.pop("catch_up_missed", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        enabled = d.pop("enabled", UNSET)

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

        retry_policy = d.pop("retry_policy", UNSET)

        timezone = d.pop("timezone", UNSET)

        create_schedule_request = cls(
            cron_expression=cron_expression,
            name=name,
            target=target,
            catch_up_missed=catch_up_missed,
            description=description,
            enabled=enabled,
            max_catch_up=max_catch_up,
            max_concurrent=max_concurrent,
            retry_policy=retry_policy,
            timezone=timezone,
        )

        create_schedule_request.additional_properties = d
        return create_schedule_request

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
