from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolDefinitionSummary")


@_attrs_define
class ToolDefinitionSummary:
    """
    Attributes:
        description (str):
        name (str):
        capability_id (None | str | Unset):
        capability_name (None | str | Unset):
        category (None | str | Unset):
        display_name (None | str | Unset):
    """

    description: str
    name: str
    capability_id: None | str | Unset = UNSET
    capability_name: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        capability_id: None | str | Unset
        if isinstance(self.capability_id, Unset):
            capability_id = UNSET
        else:
            capability_id = self.capability_id

        capability_name: None | str | Unset
        if isinstance(self.capability_name, Unset):
            capability_name = UNSET
        else:
            capability_name = self.capability_name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
            }
        )
        if capability_id is not UNSET:
            field_dict["capability_id"] = capability_id
        if capability_name is not UNSET:
            field_dict["capability_name"] = capability_name
        if category is not UNSET:
            field_dict["category"] = category
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        def _parse_capability_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capability_id = _parse_capability_id(d.pop("capability_id", UNSET))

        def _parse_capability_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capability_name = _parse_capability_name(d.pop("capability_name", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        tool_definition_summary = cls(
            description=description,
            name=name,
            capability_id=capability_id,
            capability_name=capability_name,
            category=category,
            display_name=display_name,
        )

        tool_definition_summary.additional_properties = d
        return tool_definition_summary

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
