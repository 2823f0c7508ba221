from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig


T = TypeVar("T", bound="HarnessExample")


@_attrs_define
class HarnessExample:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig]):
        description (str):
        dev_only (bool):
        display_name (str):
        name (str):
        tags (list[str]):
        parent_name (None | str | Unset):
    """

    capabilities: list[AgentCapabilityConfig]
    description: str
    dev_only: bool
    display_name: str
    name: str
    tags: list[str]
    parent_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.to_dict()
            capabilities.append(capabilities_item)

        description = self.description

        dev_only = self.dev_only

        display_name = self.display_name

        name = self.name

        tags = self.tags

        parent_name: None | str | Unset
        if isinstance(self.parent_name, Unset):
            parent_name = UNSET
        else:
            parent_name = self.parent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "description": description,
                "dev_only": dev_only,
                "display_name": display_name,
                "name": name,
                "tags": tags,
            }
        )
        if parent_name is not UNSET:
            field_dict["parent_name"] = parent_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig

        d = dict(src_dict)
        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = AgentCapabilityConfig.from_dict(capabilities_item_data)

            capabilities.append(capabilities_item)

        description = d.pop("description")

        dev_only = d.pop("dev_only")

        display_name = d.pop("display_name")

        name = d.pop("name")

        tags = cast(list[str], d.pop("tags"))

        def _parse_parent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_name = _parse_parent_name(d.pop("parent_name", UNSET))

        harness_example = cls(
            capabilities=capabilities,
            description=description,
            dev_only=dev_only,
            display_name=display_name,
            name=name,
            tags=tags,
            parent_name=parent_name,
        )

        harness_example.additional_properties = d
        return harness_example

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
