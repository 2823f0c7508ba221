from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.capability_localization_info import CapabilityLocalizationInfo


T = TypeVar("T", bound="ListResponseCapabilityInfoDataItemLocalizations")


@_attrs_define
class ListResponseCapabilityInfoDataItemLocalizations:
    additional_properties: dict[str, CapabilityLocalizationInfo] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.capability_localization_info import CapabilityLocalizationInfo

        d = dict(src_dict)
        list_response_capability_info_data_item_localizations = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = CapabilityLocalizationInfo.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        list_response_capability_info_data_item_localizations.additional_properties = (
            additional_properties
        )
        return list_response_capability_info_data_item_localizations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CapabilityLocalizationInfo:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CapabilityLocalizationInfo) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
