from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_provider_config_google_oidc_type import (
    AppEndpointAuthProviderConfigGoogleOidcType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEndpointAuthProviderConfigGoogleOidc")


@_attrs_define
class AppEndpointAuthProviderConfigGoogleOidc:
    """
    Attributes:
        client_id (str):
        type_ (AppEndpointAuthProviderConfigGoogleOidcType):
        allowed_domains (list[str] | Unset):
    """

    client_id: str
    type_: AppEndpointAuthProviderConfigGoogleOidcType
    allowed_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        type_ = self.type_.value

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "type": type_,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        type_ = AppEndpointAuthProviderConfigGoogleOidcType(d.pop("type"))

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        app_endpoint_auth_provider_config_google_oidc = cls(
            client_id=client_id,
            type_=type_,
            allowed_domains=allowed_domains,
        )

        app_endpoint_auth_provider_config_google_oidc.additional_properties = d
        return app_endpoint_auth_provider_config_google_oidc

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
