from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capability_localization_info_config_overlay import (
        CapabilityLocalizationInfoConfigOverlay,
    )


T = TypeVar("T", bound="CapabilityLocalizationInfo")


@_attrs_define
class CapabilityLocalizationInfo:
    """
    Attributes:
        config_description (None | str | Unset):
        config_overlay (CapabilityLocalizationInfoConfigOverlay | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
    """

    config_description: None | str | Unset = UNSET
    config_overlay: CapabilityLocalizationInfoConfigOverlay | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_description: None | str | Unset
        if isinstance(self.config_description, Unset):
            config_description = UNSET
        else:
            config_description = self.config_description

        config_overlay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_overlay, Unset):
            config_overlay = self.config_overlay.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_description is not UNSET:
            field_dict["config_description"] = config_description
        if config_overlay is not UNSET:
            field_dict["config_overlay"] = config_overlay
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.capability_localization_info_config_overlay import (
            CapabilityLocalizationInfoConfigOverlay,
        )

        d = dict(src_dict)

        def _parse_config_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_description = _parse_config_description(
            d.pop("config_description", UNSET)
        )

        _config_overlay = d.pop("config_overlay", UNSET)
        config_overlay: CapabilityLocalizationInfoConfigOverlay | Unset
        if isinstance(_config_overlay, Unset):
            config_overlay = UNSET
        else:
            config_overlay = CapabilityLocalizationInfoConfigOverlay.from_dict(
                _config_overlay
            )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        capability_localization_info = cls(
            config_description=config_description,
            config_overlay=config_overlay,
            description=description,
            name=name,
        )

        capability_localization_info.additional_properties = d
        return capability_localization_info

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
