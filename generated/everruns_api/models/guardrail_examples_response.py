from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guardrail_example import GuardrailExample


T = TypeVar("T", bound="GuardrailExamplesResponse")


@_attrs_define
class GuardrailExamplesResponse:
    """
    Attributes:
        examples (list[GuardrailExample]):
    """

    examples: list[GuardrailExample]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "examples": examples,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guardrail_example import GuardrailExample

        d = dict(src_dict)
        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = GuardrailExample.from_dict(examples_item_data)

            examples.append(examples_item)

        guardrail_examples_response = cls(
            examples=examples,
        )

        guardrail_examples_response.additional_properties = d
        return guardrail_examples_response

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
