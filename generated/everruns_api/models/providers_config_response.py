from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.driver_credential_info import DriverCredentialInfo
    from ..models.providers_config_response_policies import (
        ProvidersConfigResponsePolicies,
    )


T = TypeVar("T", bound="ProvidersConfigResponse")


@_attrs_define
class ProvidersConfigResponse:
    """
    Attributes:
        drivers (list[DriverCredentialInfo]):
        policies (ProvidersConfigResponsePolicies):
    """

    drivers: list[DriverCredentialInfo]
    policies: ProvidersConfigResponsePolicies
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drivers = []
        for drivers_item_data in self.drivers:
            drivers_item = drivers_item_data.to_dict()
            drivers.append(drivers_item)

        policies = self.policies.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drivers": drivers,
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.driver_credential_info import DriverCredentialInfo
        from ..models.providers_config_response_policies import (
            ProvidersConfigResponsePolicies,
        )

        d = dict(src_dict)
        drivers = []
        _drivers = d.pop("drivers")
        for drivers_item_data in _drivers:
            drivers_item = DriverCredentialInfo.from_dict(drivers_item_data)

            drivers.append(drivers_item)

        policies = ProvidersConfigResponsePolicies.from_dict(d.pop("policies"))

        providers_config_response = cls(
            drivers=drivers,
            policies=policies,
        )

        providers_config_response.additional_properties = d
        return providers_config_response

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
