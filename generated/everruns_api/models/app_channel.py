from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppChannel")


@_attrs_define
class AppChannel:
    """
    Attributes:
        channel_type (ChannelType):
        created_at (datetime.datetime):
        id (str):
        updated_at (datetime.datetime):
        channel_config (Any | Unset):
        enabled (bool | Unset):
    """

    channel_type: ChannelType
    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    channel_config: Any | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_type = self.channel_type.value

        created_at = self.created_at.isoformat()

        id = self.id

        updated_at = self.updated_at.isoformat()

        channel_config = self.channel_config

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_type": channel_type,
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
            }
        )
        if channel_config is not UNSET:
            field_dict["channel_config"] = channel_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel_type = ChannelType(d.pop("channel_type"))

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        channel_config = d.pop("channel_config", UNSET)

        enabled = d.pop("enabled", UNSET)

        app_channel = cls(
            channel_type=channel_type,
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            channel_config=channel_config,
            enabled=enabled,
        )

        app_channel.additional_properties = d
        return app_channel

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
