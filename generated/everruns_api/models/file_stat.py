from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileStat")


@_attrs_define
class FileStat:
    """
    Attributes:
        created_at (datetime.datetime):
        is_directory (bool):
        is_readonly (bool):
        name (str):
        path (str):
        size_bytes (int):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    is_directory: bool
    is_readonly: bool
    name: str
    path: str
    size_bytes: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        is_directory = self.is_directory

        is_readonly = self.is_readonly

        name = self.name

        path = self.path

        size_bytes = self.size_bytes

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "is_directory": is_directory,
                "is_readonly": is_readonly,
                "name": name,
                "path": path,
                "size_bytes": size_bytes,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        is_directory = d.pop("is_directory")

        is_readonly = d.pop("is_readonly")

        name = d.pop("name")

        path = d.pop("path")

        size_bytes = d.pop("size_bytes")

        updated_at = parse_datetime(d.pop("updated_at"))

        file_stat = cls(
            created_at=created_at,
            is_directory=is_directory,
            is_readonly=is_readonly,
            name=name,
            path=path,
            size_bytes=size_bytes,
            updated_at=updated_at,
        )

        file_stat.additional_properties = d
        return file_stat

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
