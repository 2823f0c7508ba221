from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrgFeatureFlagSetting")


@_attrs_define
class OrgFeatureFlagSetting:
    """
    Attributes:
        description (str):
        effective (bool):
        experimental (bool):
        label (str):
        name (str):
        org_enabled (bool):
        system_enabled (bool):
    """

    description: str
    effective: bool
    experimental: bool
    label: str
    name: str
    org_enabled: bool
    system_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        effective = self.effective

        experimental = self.experimental

        label = self.label

        name = self.name

        org_enabled = self.org_enabled

        system_enabled = self.system_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "effective": effective,
                "experimental": experimental,
                "label": label,
                "name": name,
                "org_enabled": org_enabled,
                "system_enabled": system_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        effective = d.pop("effective")

        experimental = d.pop("experimental")

        label = d.pop("label")

        name = d.pop("name")

        org_enabled = d.pop("org_enabled")

        system_enabled = d.pop("system_enabled")

        org_feature_flag_setting = cls(
            description=description,
            effective=effective,
            experimental=experimental,
            label=label,
            name=name,
            org_enabled=org_enabled,
            system_enabled=system_enabled,
        )

        org_feature_flag_setting.additional_properties = d
        return org_feature_flag_setting

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
