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


T = TypeVar("T", bound="UpdateScheduleRequest")


@_attrs_define
class UpdateScheduleRequest:
    """
    Attributes:
        catch_up_missed (bool | None | Unset):
        cron_expression (None | str | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        max_catch_up (int | None | Unset):
        max_concurrent (int | None | Unset):
        retry_policy (Any | Unset):
        target (None | ScheduleTarget | Unset):
        timezone (None | str | Unset):
    """

    catch_up_missed: bool | None | Unset = UNSET
    cron_expression: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    max_catch_up: int | None | Unset = UNSET
    max_concurrent: int | None | Unset = UNSET
    retry_policy: Any | Unset = UNSET
    target: None | ScheduleTarget | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_target import ScheduleTarget

        catch_up_missed: bool | None | Unset
        if isinstance(self.catch_up_missed, Unset):
            catch_up_missed = UNSET
        else:
            catch_up_missed = self.catch_up_missed

        cron_expression: None | str | Unset
        if isinstance(self.cron_expression, Unset):
            cron_expression = UNSET
        else:
            cron_expression = self.cron_expression

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
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

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, ScheduleTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catch_up_missed is not UNSET:
            field_dict["catch_up_missed"] = catch_up_missed
        if cron_expression is not UNSET:
            field_dict["cron_expression"] = cron_expression
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
        if target is not UNSET:
            field_dict["target"] = target
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule_target import ScheduleTarget

        d = dict(src_dict)

        def _parse_catch_up_missed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        catch_up_missed = _parse_catch_up_missed(d.pop("catch_up_missed", UNSET))

        def _parse_cron_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron_expression = _parse_cron_expression(d.pop("cron_expression", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

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

        def _parse_target(data: object) -> None | ScheduleTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_1 = ScheduleTarget.from_dict(data)

                return target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScheduleTarget | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        update_schedule_request = cls(
            catch_up_missed=catch_up_missed,
            cron_expression=cron_expression,
            description=description,
            enabled=enabled,
            max_catch_up=max_catch_up,
            max_concurrent=max_concurrent,
            retry_policy=retry_policy,
            target=target,
            timezone=timezone,
        )

        update_schedule_request.additional_properties = d
        return update_schedule_request

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
