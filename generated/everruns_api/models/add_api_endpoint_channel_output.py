from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.app_channel import AppChannel


T = TypeVar("T", bound="AddApiEndpointChannelOutput")


@_attrs_define
class AddApiEndpointChannelOutput:
    """
    Attributes:
        api_key (str):
        channel (AppChannel):
    """

    api_key: str
    channel: AppChannel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        channel = self.channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_channel import AppChannel

        d = dict(src_dict)
        api_key = d.pop("api_key")

        channel = AppChannel.from_dict(d.pop("channel"))

        add_api_endpoint_channel_output = cls(
            api_key=api_key,
            channel=channel,
        )

        add_api_endpoint_channel_output.additional_properties = d
        return add_api_endpoint_channel_output

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
