from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_organization_request_default_provider_per_service_type_0 import (
        UpdateOrganizationRequestDefaultProviderPerServiceType0,
    )


T = TypeVar("T", bound="UpdateOrganizationRequest")


@_attrs_define
class UpdateOrganizationRequest:
    """
    Attributes:
        base_harness_id (None | str | Unset):
        default_harness_id (None | str | Unset):
        default_harness_name (None | str | Unset):
        default_model_id (None | str | Unset):
        default_provider_per_service (None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0):
        name (None | str | Unset):
    """

    base_harness_id: None | str | Unset = UNSET
    default_harness_id: None | str | Unset = UNSET
    default_harness_name: None | str | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    default_provider_per_service: (
        None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0
    ) = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_organization_request_default_provider_per_service_type_0 import (
            UpdateOrganizationRequestDefaultProviderPerServiceType0,
        )

        base_harness_id: None | str | Unset
        if isinstance(self.base_harness_id, Unset):
            base_harness_id = UNSET
        else:
            base_harness_id = self.base_harness_id

        default_harness_id: None | str | Unset
        if isinstance(self.default_harness_id, Unset):
            default_harness_id = UNSET
        else:
            default_harness_id = self.default_harness_id

        default_harness_name: None | str | Unset
        if isinstance(self.default_harness_name, Unset):
            default_harness_name = UNSET
        else:
            default_harness_name = self.default_harness_name

        default_model_id: None | str | Unset
        if isinstance(self.default_model_id, Unset):
            default_model_id = UNSET
        else:
            default_model_id = self.default_model_id

        default_provider_per_service: dict[str, Any] | None | Unset
        if isinstance(self.default_provider_per_service, Unset):
            default_provider_per_service = UNSET
        elif isinstance(
            self.default_provider_per_service,
            UpdateOrganizationRequestDefaultProviderPerServiceType0,
        ):
            default_provider_per_service = self.default_provider_per_service.to_dict()
        else:
            default_provider_per_service = self.default_provider_per_service

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_harness_id is not UNSET:
            field_dict["base_harness_id"] = base_harness_id
        if default_harness_id is not UNSET:
            field_dict["default_harness_id"] = default_harness_id
        if default_harness_name is not UNSET:
            field_dict["default_harness_name"] = default_harness_name
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if default_provider_per_service is not UNSET:
            field_dict["default_provider_per_service"] = default_provider_per_service
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_organization_request_default_provider_per_service_type_0 import (
            UpdateOrganizationRequestDefaultProviderPerServiceType0,
        )

        d = dict(src_dict)

        def _parse_base_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_harness_id = _parse_base_harness_id(d.pop("base_harness_id", UNSET))

        def _parse_default_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_harness_id = _parse_default_harness_id(
            d.pop("default_harness_id", UNSET)
        )

        def _parse_default_harness_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_harness_name = _parse_default_harness_name(
            d.pop("default_harness_name", UNSET)
        )

        def _parse_default_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model_id = _parse_default_model_id(d.pop("default_model_id", UNSET))

        def _parse_default_provider_per_service(
            data: object,
        ) -> None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_provider_per_service_type_0 = (
                    UpdateOrganizationRequestDefaultProviderPerServiceType0.from_dict(
                        data
                    )
                )

                return default_provider_per_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0,
                data,
            )

        default_provider_per_service = _parse_default_provider_per_service(
            d.pop("default_provider_per_service", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        update_organization_request = cls(
            base_harness_id=base_harness_id,
            default_harness_id=default_harness_id,
            default_harness_name=default_harness_name,
            default_model_id=default_model_id,
            default_provider_per_service=default_provider_per_service,
            name=name,
        )

        update_organization_request.additional_properties = d
        return update_organization_request

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
