from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListResponseDatabaseInfoResponseDataItem")


@_attrs_define
class ListResponseDatabaseInfoResponseDataItem:
    """
    Attributes:
        created_at (str):
        name (str):
        page_count (int):
        size_bytes (int):
        updated_at (str):
    """

    created_at: str
    name: str
    page_count: int
    size_bytes: int
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        name = self.name

        page_count = self.page_count

        size_bytes = self.size_bytes

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "name": name,
                "page_count": page_count,
                "size_bytes": size_bytes,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        name = d.pop("name")

        page_count = d.pop("page_count")

        size_bytes = d.pop("size_bytes")

        updated_at = d.pop("updated_at")

        list_response_database_info_response_data_item = cls(
            created_at=created_at,
            name=name,
            page_count=page_count,
            size_bytes=size_bytes,
            updated_at=updated_at,
        )

        list_response_database_info_response_data_item.additional_properties = d
        return list_response_database_info_response_data_item

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
