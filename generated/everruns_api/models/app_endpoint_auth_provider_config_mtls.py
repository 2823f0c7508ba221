from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_provider_config_mtls_type import (
    AppEndpointAuthProviderConfigMtlsType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppEndpointAuthProviderConfigMtls")


@_attrs_define
class AppEndpointAuthProviderConfigMtls:
    """
    Attributes:
        header_name (str):
        type_ (AppEndpointAuthProviderConfigMtlsType):
        allowed_values (list[str] | Unset):
        proxy_secret (None | str | Unset):
        proxy_secret_header (None | str | Unset):
    """

    header_name: str
    type_: AppEndpointAuthProviderConfigMtlsType
    allowed_values: list[str] | Unset = UNSET
    proxy_secret: None | str | Unset = UNSET
    proxy_secret_header: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_name = self.header_name

        type_ = self.type_.value

        allowed_values: list[str] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        proxy_secret: None | str | Unset
        if isinstance(self.proxy_secret, Unset):
            proxy_secret = UNSET
        else:
            proxy_secret = self.proxy_secret

        proxy_secret_header: None | str | Unset
        if isinstance(self.proxy_secret_header, Unset):
            proxy_secret_header = UNSET
        else:
            proxy_secret_header = self.proxy_secret_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header_name": header_name,
                "type": type_,
            }
        )
        if allowed_values is not UNSET:
            field_dict["allowed_values"] = allowed_values
        if proxy_secret is not UNSET:
            field_dict["proxy_secret"] = proxy_secret
        if proxy_secret_header is not UNSET:
            field_dict["proxy_secret_header"] = proxy_secret_header

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        header_name = d.pop("header_name")

        type_ = AppEndpointAuthProviderConfigMtlsType(d.pop("type"))

        allowed_values = cast(list[str], d.pop("allowed_values", UNSET))

        def _parse_proxy_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_secret = _parse_proxy_secret(d.pop("proxy_secret", UNSET))

        def _parse_proxy_secret_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_secret_header = _parse_proxy_secret_header(
            d.pop("proxy_secret_header", UNSET)
        )

        app_endpoint_auth_provider_config_mtls = cls(
            header_name=header_name,
            type_=type_,
            allowed_values=allowed_values,
            proxy_secret=proxy_secret,
            proxy_secret_header=proxy_secret_header,
        )

        app_endpoint_auth_provider_config_mtls.additional_properties = d
        return app_endpoint_auth_provider_config_mtls

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
