from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContextReportContribution")


@_attrs_define
class ContextReportContribution:
    """
    Attributes:
        label (str):
        section_key (str):
        source_id (str):
        tokens (int):
    """

    label: str
    section_key: str
    source_id: str
    tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        section_key = self.section_key

        source_id = self.source_id

        tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "section_key": section_key,
                "source_id": source_id,
                "tokens": tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        section_key = d.pop("section_key")

        source_id = d.pop("source_id")

        tokens = d.pop("tokens")

        context_report_contribution = cls(
            label=label,
            section_key=section_key,
            source_id=source_id,
            tokens=tokens,
        )

        context_report_contribution.additional_properties = d
        return context_report_contribution

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
