from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_enum,
    write_fields,
    write_model,
)
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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_provider(
    data: Any,
) -> (
    AppEndpointAuthProviderConfigGoogleOidc
    | AppEndpointAuthProviderConfigHttpBasic
    | AppEndpointAuthProviderConfigMtls
    | AppEndpointAuthProviderConfigOAuth2Introspection
    | AppEndpointAuthProviderConfigOidc
    | None
):
    if data is None:
        return None
    if _models.AppEndpointAuthProviderConfigGoogleOidc._accepts(data):
        return read_nested(_models.AppEndpointAuthProviderConfigGoogleOidc, data)
    if _models.AppEndpointAuthProviderConfigOidc._accepts(data):
        return read_nested(_models.AppEndpointAuthProviderConfigOidc, data)
    if _models.AppEndpointAuthProviderConfigOAuth2Introspection._accepts(data):
        return read_nested(
            _models.AppEndpointAuthProviderConfigOAuth2Introspection, data
        )
    if _models.AppEndpointAuthProviderConfigHttpBasic._accepts(data):
        return read_nested(_models.AppEndpointAuthProviderConfigHttpBasic, data)
    if _models.AppEndpointAuthProviderConfigMtls._accepts(data):
        return read_nested(_models.AppEndpointAuthProviderConfigMtls, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.AppEndpointAuthProviderConfigGoogleOidc._accepts(data, strictly=False):
        return read_nested(_models.AppEndpointAuthProviderConfigGoogleOidc, data)
    if _models.AppEndpointAuthProviderConfigOidc._accepts(data, strictly=False):
        return read_nested(_models.AppEndpointAuthProviderConfigOidc, data)
    if _models.AppEndpointAuthProviderConfigOAuth2Introspection._accepts(
        data, strictly=False
    ):
        return read_nested(
            _models.AppEndpointAuthProviderConfigOAuth2Introspection, data
        )
    if _models.AppEndpointAuthProviderConfigHttpBasic._accepts(data, strictly=False):
        return read_nested(_models.AppEndpointAuthProviderConfigHttpBasic, data)
    if _models.AppEndpointAuthProviderConfigMtls._accepts(data, strictly=False):
        return read_nested(_models.AppEndpointAuthProviderConfigMtls, data)
    return cast(
        "AppEndpointAuthProviderConfigGoogleOidc | AppEndpointAuthProviderConfigHttpBasic | AppEndpointAuthProviderConfigMtls | AppEndpointAuthProviderConfigOAuth2Introspection | AppEndpointAuthProviderConfigOidc | None",
        unknown_kind(data, "AppEndpointAuthConfig", "provider"),
    )


def _write_provider(value: Any) -> Any:
    if isinstance(value, _models.AppEndpointAuthProviderConfigGoogleOidc):
        return write_model(value)
    if isinstance(value, _models.AppEndpointAuthProviderConfigOidc):
        return write_model(value)
    if isinstance(value, _models.AppEndpointAuthProviderConfigOAuth2Introspection):
        return write_model(value)
    if isinstance(value, _models.AppEndpointAuthProviderConfigHttpBasic):
        return write_model(value)
    if isinstance(value, _models.AppEndpointAuthProviderConfigMtls):
        return write_model(value)
    return value


def _read_requirements(data: Any) -> AppEndpointAuthRequirements:
    return read_nested(_models.AppEndpointAuthRequirements, data)


_SHAPE = Shape(
    "AppEndpointAuthConfig",
    {
        "mode": Field(
            "mode",
            AppEndpointAuthMode,
            write_enum,
            True,
        ),
        "provider": Field(
            "provider",
            _read_provider,
            _write_provider,
            False,
        ),
        "requirements": Field(
            "requirements",
            _read_requirements,
            write_model,
            False,
        ),
    },
    tags=(),
    extras=True,
)
AppEndpointAuthConfig._shape = _SHAPE
