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

T = TypeVar("T", bound="ExportedUserProfile")


@_attrs_define
class ExportedUserProfile:
    """
    Attributes:
        created_at (datetime.datetime):
        email (str):
        email_verified (bool):
        id (str):
        name (str):
        updated_at (datetime.datetime):
        auth_provider (None | str | Unset):
        avatar_url (None | str | Unset):
    """

    created_at: datetime.datetime
    email: str
    email_verified: bool
    id: str
    name: str
    updated_at: datetime.datetime
    auth_provider: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        email = self.email

        email_verified = self.email_verified

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        auth_provider: None | str | Unset
        if isinstance(self.auth_provider, Unset):
            auth_provider = UNSET
        else:
            auth_provider = self.auth_provider

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "email": email,
                "email_verified": email_verified,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if auth_provider is not UNSET:
            field_dict["auth_provider"] = auth_provider
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        email = d.pop("email")

        email_verified = d.pop("email_verified")

        id = d.pop("id")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_auth_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_provider = _parse_auth_provider(d.pop("auth_provider", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

        exported_user_profile = cls(
            created_at=created_at,
            email=email,
            email_verified=email_verified,
            id=id,
            name=name,
            updated_at=updated_at,
            auth_provider=auth_provider,
            avatar_url=avatar_url,
        )

        exported_user_profile.additional_properties = d
        return exported_user_profile

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
