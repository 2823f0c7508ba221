from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_provider_config_http_basic_type import (
    AppEndpointAuthProviderConfigHttpBasicType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEndpointAuthProviderConfigHttpBasic")


@_attrs_define
class AppEndpointAuthProviderConfigHttpBasic:
    """
    Attributes:
        type_ (AppEndpointAuthProviderConfigHttpBasicType):
        username (str):
        password (None | str | Unset):
        password_hash (None | str | Unset):
    """

    type_: AppEndpointAuthProviderConfigHttpBasicType
    username: str
    password: None | str | Unset = UNSET
    password_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        password_hash: None | str | Unset
        if isinstance(self.password_hash, Unset):
            password_hash = UNSET
        else:
            password_hash = self.password_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if password_hash is not UNSET:
            field_dict["password_hash"] = password_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = AppEndpointAuthProviderConfigHttpBasicType(d.pop("type"))

        username = d.pop("username")

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_password_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_hash = _parse_password_hash(d.pop("password_hash", UNSET))

        app_endpoint_auth_provider_config_http_basic = cls(
            type_=type_,
            username=username,
            password=password,
            password_hash=password_hash,
        )

        app_endpoint_auth_provider_config_http_basic.additional_properties = d
        return app_endpoint_auth_provider_config_http_basic

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
