from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetCatalogEntry")


@_attrs_define
class DatasetCatalogEntry:
    """
    Attributes:
        dimensions (list[str]):
        filter_fields (list[str]):
        measures (list[str]):
        name (str):
    """

    dimensions: list[str]
    filter_fields: list[str]
    measures: list[str]
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions = self.dimensions

        filter_fields = self.filter_fields

        measures = self.measures

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "filter_fields": filter_fields,
                "measures": measures,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dimensions = cast(list[str], d.pop("dimensions"))

        filter_fields = cast(list[str], d.pop("filter_fields"))

        measures = cast(list[str], d.pop("measures"))

        name = d.pop("name")

        dataset_catalog_entry = cls(
            dimensions=dimensions,
            filter_fields=filter_fields,
            measures=measures,
            name=name,
        )

        dataset_catalog_entry.additional_properties = d
        return dataset_catalog_entry

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
