from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_provider_config_o_auth_2_introspection_type import (
    AppEndpointAuthProviderConfigOAuth2IntrospectionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEndpointAuthProviderConfigOAuth2Introspection")


@_attrs_define
class AppEndpointAuthProviderConfigOAuth2Introspection:
    """
    Attributes:
        introspection_url (str):
        type_ (AppEndpointAuthProviderConfigOAuth2IntrospectionType):
        client_id (None | str | Unset):
        client_secret (None | str | Unset):
    """

    introspection_url: str
    type_: AppEndpointAuthProviderConfigOAuth2IntrospectionType
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        introspection_url = self.introspection_url

        type_ = self.type_.value

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "introspection_url": introspection_url,
                "type": type_,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        introspection_url = d.pop("introspection_url")

        type_ = AppEndpointAuthProviderConfigOAuth2IntrospectionType(d.pop("type"))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        app_endpoint_auth_provider_config_o_auth_2_introspection = cls(
            introspection_url=introspection_url,
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
        )

        app_endpoint_auth_provider_config_o_auth_2_introspection.additional_properties = d
        return app_endpoint_auth_provider_config_o_auth_2_introspection

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
