from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImageInfo")


@_attrs_define
class ImageInfo:
    """
    Attributes:
        content_type (str):
        created_at (datetime.datetime):
        filename (str):
        id (str):
        metadata (Any):
        size_bytes (int):
    """

    content_type: str
    created_at: datetime.datetime
    filename: str
    id: str
    metadata: Any
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        created_at = self.created_at.isoformat()

        filename = self.filename

        id = self.id

        metadata = self.metadata

        size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "metadata": metadata,
                "size_bytes": size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        created_at = parse_datetime(d.pop("created_at"))

        filename = d.pop("filename")

        id = d.pop("id")

        metadata = d.pop("metadata")

        size_bytes = d.pop("size_bytes")

        image_info = cls(
            content_type=content_type,
            created_at=created_at,
            filename=filename,
            id=id,
            metadata=metadata,
            size_bytes=size_bytes,
        )

        image_info.additional_properties = d
        return image_info

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
