from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemoryFile")


@_attrs_define
class MemoryFile:
    """
    Attributes:
        content (str):
        created_at (datetime.datetime):
        encoding (str):
        path (str):
        size_bytes (int):
        updated_at (datetime.datetime):
        content_hash (None | str | Unset):
    """

    content: str
    created_at: datetime.datetime
    encoding: str
    path: str
    size_bytes: int
    updated_at: datetime.datetime
    content_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        created_at = self.created_at.isoformat()

        encoding = self.encoding

        path = self.path

        size_bytes = self.size_bytes

        updated_at = self.updated_at.isoformat()

        content_hash: None | str | Unset
        if isinstance(self.content_hash, Unset):
            content_hash = UNSET
        else:
            content_hash = self.content_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "encoding": encoding,
                "path": path,
                "size_bytes": size_bytes,
                "updated_at": updated_at,
            }
        )
        if content_hash is not UNSET:
            field_dict["content_hash"] = content_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        created_at = parse_datetime(d.pop("created_at"))

        encoding = d.pop("encoding")

        path = d.pop("path")

        size_bytes = d.pop("size_bytes")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_content_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_hash = _parse_content_hash(d.pop("content_hash", UNSET))

        memory_file = cls(
            content=content,
            created_at=created_at,
            encoding=encoding,
            path=path,
            size_bytes=size_bytes,
            updated_at=updated_at,
            content_hash=content_hash,
        )

        memory_file.additional_properties = d
        return memory_file

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
