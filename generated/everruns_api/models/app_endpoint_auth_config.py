from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_endpoint_auth_mode import AppEndpointAuthMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_endpoint_auth_provider_config_google_oidc import (
        AppEndpointAuthProviderConfigGoogleOidc,
    )
    from ..models.app_endpoint_auth_provider_config_http_basic import (
        AppEndpointAuthProviderConfigHttpBasic,
    )
    from ..models.app_endpoint_auth_provider_config_mtls import (
        AppEndpointAuthProviderConfigMtls,
    )
    from ..models.app_endpoint_auth_provider_config_o_auth_2_introspection import (
        AppEndpointAuthProviderConfigOAuth2Introspection,
    )
    from ..models.app_endpoint_auth_provider_config_oidc import (
        AppEndpointAuthProviderConfigOidc,
    )
    from ..models.app_endpoint_auth_requirements import AppEndpointAuthRequirements


T = TypeVar("T", bound="AppEndpointAuthConfig")


@_attrs_define
class AppEndpointAuthConfig:
    """
    Attributes:
        mode (AppEndpointAuthMode):
        provider (AppEndpointAuthProviderConfigGoogleOidc | AppEndpointAuthProviderConfigHttpBasic |
            AppEndpointAuthProviderConfigMtls | AppEndpointAuthProviderConfigOAuth2Introspection |
            AppEndpointAuthProviderConfigOidc | None | Unset):
        requirements (AppEndpointAuthRequirements | Unset):
    """

    mode: AppEndpointAuthMode
    provider: (
        AppEndpointAuthProviderConfigGoogleOidc
        | AppEndpointAuthProviderConfigHttpBasic
        | AppEndpointAuthProviderConfigMtls
        | AppEndpointAuthProviderConfigOAuth2Introspection
        | AppEndpointAuthProviderConfigOidc
        | None
        | Unset
    ) = UNSET
    requirements: AppEndpointAuthRequirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_endpoint_auth_provider_config_google_oidc import (
            AppEndpointAuthProviderConfigGoogleOidc,
        )
        from ..models.app_endpoint_auth_provider_config_http_basic import (
            AppEndpointAuthProviderConfigHttpBasic,
        )
        from ..models.app_endpoint_auth_provider_config_mtls import (
            AppEndpointAuthProviderConfigMtls,
        )
        from ..models.app_endpoint_auth_provider_config_o_auth_2_introspection import (
            AppEndpointAuthProviderConfigOAuth2Introspection,
        )
        from ..models.app_endpoint_auth_provider_config_oidc import (
            AppEndpointAuthProviderConfigOidc,
        )

        mode = self.mode.value

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif (
            isinstance(self.provider, AppEndpointAuthProviderConfigGoogleOidc)
            or isinstance(self.provider, AppEndpointAuthProviderConfigOidc)
            or isinstance(
                self.provider, AppEndpointAuthProviderConfigOAuth2Introspection
            )
            or isinstance(self.provider, AppEndpointAuthProviderConfigHttpBasic)
            or isinstance(self.provider, AppEndpointAuthProviderConfigMtls)
        ):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_endpoint_auth_provider_config_google_oidc import (
            AppEndpointAuthProviderConfigGoogleOidc,
        )
        from ..models.app_endpoint_auth_provider_config_http_basic import (
            AppEndpointAuthProviderConfigHttpBasic,
        )
        from ..models.app_endpoint_auth_provider_config_mtls import (
            AppEndpointAuthProviderConfigMtls,
        )
        from ..models.app_endpoint_auth_provider_config_o_auth_2_introspection import (
            AppEndpointAuthProviderConfigOAuth2Introspection,
        )
        from ..models.app_endpoint_auth_provider_config_oidc import (
            AppEndpointAuthProviderConfigOidc,
        )
        from ..models.app_endpoint_auth_requirements import AppEndpointAuthRequirements

        d = dict(src_dict)
        mode = AppEndpointAuthMode(d.pop("mode"))

        def _parse_provider(
            data: object,
        ) -> (
            AppEndpointAuthProviderConfigGoogleOidc
            | AppEndpointAuthProviderConfigHttpBasic
            | AppEndpointAuthProviderConfigMtls
            | AppEndpointAuthProviderConfigOAuth2Introspection
            | AppEndpointAuthProviderConfigOidc
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_app_endpoint_auth_provider_config_type_0 = (
                    AppEndpointAuthProviderConfigGoogleOidc.from_dict(data)
                )

                return componentsschemas_app_endpoint_auth_provider_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_app_endpoint_auth_provider_config_type_1 = (
                    AppEndpointAuthProviderConfigOidc.from_dict(data)
                )

                return componentsschemas_app_endpoint_auth_provider_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_app_endpoint_auth_provider_config_type_2 = (
                    AppEndpointAuthProviderConfigOAuth2Introspection.from_dict(data)
                )

                return componentsschemas_app_endpoint_auth_provider_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_app_endpoint_auth_provider_config_type_3 = (
                    AppEndpointAuthProviderConfigHttpBasic.from_dict(data)
                )

                return componentsschemas_app_endpoint_auth_provider_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_app_endpoint_auth_provider_config_type_4 = (
                    AppEndpointAuthProviderConfigMtls.from_dict(data)
                )

                return componentsschemas_app_endpoint_auth_provider_config_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AppEndpointAuthProviderConfigGoogleOidc
                | AppEndpointAuthProviderConfigHttpBasic
                | AppEndpointAuthProviderConfigMtls
                | AppEndpointAuthProviderConfigOAuth2Introspection
                | AppEndpointAuthProviderConfigOidc
                | None
                | Unset,
                data,
            )

        provider = _parse_provider(d.pop("provider", UNSET))

        _requirements = d.pop("requirements", UNSET)
        requirements: AppEndpointAuthRequirements | Unset
        if isinstance(_requirements, Unset):
            requirements = UNSET
        else:
            requirements = AppEndpointAuthRequirements.from_dict(_requirements)

        app_endpoint_auth_config = cls(
            mode=mode,
            provider=provider,
            requirements=requirements,
        )

        app_endpoint_auth_config.additional_properties = d
        return app_endpoint_auth_config

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
