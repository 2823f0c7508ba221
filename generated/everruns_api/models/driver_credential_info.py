from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credential_form_schema import CredentialFormSchema


T = TypeVar("T", bound="DriverCredentialInfo")


@_attrs_define
class DriverCredentialInfo:
    """
    Attributes:
        credential_schema (CredentialFormSchema):
        driver (str):
        supports_oauth (bool):
    """

    credential_schema: CredentialFormSchema
    driver: str
    supports_oauth: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_schema = self.credential_schema.to_dict()

        driver = self.driver

        supports_oauth = self.supports_oauth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_schema": credential_schema,
                "driver": driver,
                "supports_oauth": supports_oauth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credential_form_schema import CredentialFormSchema

        d = dict(src_dict)
        credential_schema = CredentialFormSchema.from_dict(d.pop("credential_schema"))

        driver = d.pop("driver")

        supports_oauth = d.pop("supports_oauth")

        driver_credential_info = cls(
            credential_schema=credential_schema,
            driver=driver,
            supports_oauth=supports_oauth,
        )

        driver_credential_info.additional_properties = d
        return driver_credential_info

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
