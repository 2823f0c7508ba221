from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.org_feature_flag_setting import OrgFeatureFlagSetting


T = TypeVar("T", bound="OrgFeatureFlagsSettingsResponse")


@_attrs_define
class OrgFeatureFlagsSettingsResponse:
    """
    Attributes:
        flags (list[OrgFeatureFlagSetting]):
    """

    flags: list[OrgFeatureFlagSetting]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flags = []
        for flags_item_data in self.flags:
            flags_item = flags_item_data.to_dict()
            flags.append(flags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flags": flags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.org_feature_flag_setting import OrgFeatureFlagSetting

        d = dict(src_dict)
        flags = []
        _flags = d.pop("flags")
        for flags_item_data in _flags:
            flags_item = OrgFeatureFlagSetting.from_dict(flags_item_data)

            flags.append(flags_item)

        org_feature_flags_settings_response = cls(
            flags=flags,
        )

        org_feature_flags_settings_response.additional_properties = d
        return org_feature_flags_settings_response

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
