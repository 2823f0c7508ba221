from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        connected_at (datetime.datetime):
        connection_type (str):
        provider (str):
        provider_username (None | str | Unset):
        scopes (None | str | Unset):
    """

    connected_at: datetime.datetime
    connection_type: str
    provider: str
    provider_username: None | str | Unset = UNSET
    scopes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connected_at = self.connected_at.isoformat()

        connection_type = self.connection_type

        provider = self.provider

        provider_username: None | str | Unset
        if isinstance(self.provider_username, Unset):
            provider_username = UNSET
        else:
            provider_username = self.provider_username

        scopes: None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connected_at": connected_at,
                "connection_type": connection_type,
                "provider": provider,
            }
        )
        if provider_username is not UNSET:
            field_dict["provider_username"] = provider_username
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connected_at = parse_datetime(d.pop("connected_at"))

        connection_type = d.pop("connection_type")

        provider = d.pop("provider")

        def _parse_provider_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_username = _parse_provider_username(d.pop("provider_username", UNSET))

        def _parse_scopes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        connection = cls(
            connected_at=connected_at,
            connection_type=connection_type,
            provider=provider,
            provider_username=provider_username,
            scopes=scopes,
        )

        connection.additional_properties = d
        return connection

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
