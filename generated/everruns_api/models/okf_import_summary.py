from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OkfImportSummary")


@_attrs_define
class OkfImportSummary:
    """
    Attributes:
        created (int):
        pruned (int):
        skipped (int):
        updated (int):
        warnings (list[str]):
    """

    created: int
    pruned: int
    skipped: int
    updated: int
    warnings: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        pruned = self.pruned

        skipped = self.skipped

        updated = self.updated

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "pruned": pruned,
                "skipped": skipped,
                "updated": updated,
                "warnings": warnings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created = d.pop("created")

        pruned = d.pop("pruned")

        skipped = d.pop("skipped")

        updated = d.pop("updated")

        warnings = cast(list[str], d.pop("warnings"))

        okf_import_summary = cls(
            created=created,
            pruned=pruned,
            skipped=skipped,
            updated=updated,
            warnings=warnings,
        )

        okf_import_summary.additional_properties = d
        return okf_import_summary

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
