from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_provider_config_oidc_type import (
    AppEndpointAuthProviderConfigOidcType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEndpointAuthProviderConfigOidc")


@_attrs_define
class AppEndpointAuthProviderConfigOidc:
    """
    Attributes:
        issuer (str):
        type_ (AppEndpointAuthProviderConfigOidcType):
        jwks_url (None | str | Unset):
    """

    issuer: str
    type_: AppEndpointAuthProviderConfigOidcType
    jwks_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        type_ = self.type_.value

        jwks_url: None | str | Unset
        if isinstance(self.jwks_url, Unset):
            jwks_url = UNSET
        else:
            jwks_url = self.jwks_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "type": type_,
            }
        )
        if jwks_url is not UNSET:
            field_dict["jwks_url"] = jwks_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        type_ = AppEndpointAuthProviderConfigOidcType(d.pop("type"))

        def _parse_jwks_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jwks_url = _parse_jwks_url(d.pop("jwks_url", UNSET))

        app_endpoint_auth_provider_config_oidc = cls(
            issuer=issuer,
            type_=type_,
            jwks_url=jwks_url,
        )

        app_endpoint_auth_provider_config_oidc.additional_properties = d
        return app_endpoint_auth_provider_config_oidc

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
