from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_provider_request_credentials_type_0 import (
        CreateProviderRequestCredentialsType0,
    )
    from ..models.provider_trace_config import ProviderTraceConfig


T = TypeVar("T", bound="CreateProviderRequest")


@_attrs_define
class CreateProviderRequest:
    """
    Attributes:
        name (str):
        provider_type (str):
        api_key (None | str | Unset):
        base_url (None | str | Unset):
        credentials (CreateProviderRequestCredentialsType0 | None | Unset):
        trace (None | ProviderTraceConfig | Unset):
    """

    name: str
    provider_type: str
    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    credentials: CreateProviderRequestCredentialsType0 | None | Unset = UNSET
    trace: None | ProviderTraceConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_provider_request_credentials_type_0 import (
            CreateProviderRequestCredentialsType0,
        )
        from ..models.provider_trace_config import ProviderTraceConfig

        name = self.name

        provider_type = self.provider_type

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, CreateProviderRequestCredentialsType0):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, ProviderTraceConfig):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "provider_type": provider_type,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_provider_request_credentials_type_0 import (
            CreateProviderRequestCredentialsType0,
        )
        from ..models.provider_trace_config import ProviderTraceConfig

        d = dict(src_dict)
        name = d.pop("name")

        provider_type = d.pop("provider_type")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_credentials(
            data: object,
        ) -> CreateProviderRequestCredentialsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = CreateProviderRequestCredentialsType0.from_dict(
                    data
                )

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateProviderRequestCredentialsType0 | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_trace(data: object) -> None | ProviderTraceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_1 = ProviderTraceConfig.from_dict(data)

                return trace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderTraceConfig | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        create_provider_request = cls(
            name=name,
            provider_type=provider_type,
            api_key=api_key,
            base_url=base_url,
            credentials=credentials,
            trace=trace,
        )

        create_provider_request.additional_properties = d
        return create_provider_request

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
