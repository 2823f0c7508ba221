from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guardrail_example_config import GuardrailExampleConfig


T = TypeVar("T", bound="GuardrailExample")


@_attrs_define
class GuardrailExample:
    """
    Attributes:
        check_types (list[str]):
        config (GuardrailExampleConfig):
        data_egress (str):
        description (str):
        display_name (str):
        name (str):
        stages (list[str]):
        tags (list[str]):
    """

    check_types: list[str]
    config: GuardrailExampleConfig
    data_egress: str
    description: str
    display_name: str
    name: str
    stages: list[str]
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_types = self.check_types

        config = self.config.to_dict()

        data_egress = self.data_egress

        description = self.description

        display_name = self.display_name

        name = self.name

        stages = self.stages

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_types": check_types,
                "config": config,
                "data_egress": data_egress,
                "description": description,
                "display_name": display_name,
                "name": name,
                "stages": stages,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guardrail_example_config import GuardrailExampleConfig

        d = dict(src_dict)
        check_types = cast(list[str], d.pop("check_types"))

        config = GuardrailExampleConfig.from_dict(d.pop("config"))

        data_egress = d.pop("data_egress")

        description = d.pop("description")

        display_name = d.pop("display_name")

        name = d.pop("name")

        stages = cast(list[str], d.pop("stages"))

        tags = cast(list[str], d.pop("tags"))

        guardrail_example = cls(
            check_types=check_types,
            config=config,
            data_egress=data_egress,
            description=description,
            display_name=display_name,
            name=name,
            stages=stages,
            tags=tags,
        )

        guardrail_example.additional_properties = d
        return guardrail_example

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
