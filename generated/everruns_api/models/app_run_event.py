from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppRunEvent")


@_attrs_define
class AppRunEvent:
    """
    Attributes:
        app_id (str):
        channel_id (str):
        channel_type (ChannelType):
        created_at (datetime.datetime):
        id (str):
        status (str):
        channel_name (None | str | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    app_id: str
    channel_id: str
    channel_type: ChannelType
    created_at: datetime.datetime
    id: str
    status: str
    channel_name: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        channel_id = self.channel_id

        channel_type = self.channel_type.value

        created_at = self.created_at.isoformat()

        id = self.id

        status = self.status

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "channel_id": channel_id,
                "channel_type": channel_type,
                "created_at": created_at,
                "id": id,
                "status": status,
            }
        )
        if channel_name is not UNSET:
            field_dict["channel_name"] = channel_name
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        channel_id = d.pop("channel_id")

        channel_type = ChannelType(d.pop("channel_type"))

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        status = d.pop("status")

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channel_name", UNSET))

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

        app_run_event = cls(
            app_id=app_id,
            channel_id=channel_id,
            channel_type=channel_type,
            created_at=created_at,
            id=id,
            status=status,
            channel_name=channel_name,
            completed_at=completed_at,
        )

        app_run_event.additional_properties = d
        return app_run_event

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
