from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionFile")


@_attrs_define
class SessionFile:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        is_directory (bool):
        is_readonly (bool):
        name (str):
        path (str):
        session_id (UUID):
        size_bytes (int):
        updated_at (datetime.datetime):
        content (None | str | Unset):
        encoding (str | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    is_directory: bool
    is_readonly: bool
    name: str
    path: str
    session_id: UUID
    size_bytes: int
    updated_at: datetime.datetime
    content: None | str | Unset = UNSET
    encoding: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        is_directory = self.is_directory

        is_readonly = self.is_readonly

        name = self.name

        path = self.path

        session_id = str(self.session_id)

        size_bytes = self.size_bytes

        updated_at = self.updated_at.isoformat()

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_directory": is_directory,
                "is_readonly": is_readonly,
                "name": name,
                "path": path,
                "session_id": session_id,
                "size_bytes": size_bytes,
                "updated_at": updated_at,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = UUID(d.pop("id"))

        is_directory = d.pop("is_directory")

        is_readonly = d.pop("is_readonly")

        name = d.pop("name")

        path = d.pop("path")

        session_id = UUID(d.pop("session_id"))

        size_bytes = d.pop("size_bytes")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        encoding = d.pop("encoding", UNSET)

        session_file = cls(
            created_at=created_at,
            id=id,
            is_directory=is_directory,
            is_readonly=is_readonly,
            name=name,
            path=path,
            session_id=session_id,
            size_bytes=size_bytes,
            updated_at=updated_at,
            content=content,
            encoding=encoding,
        )

        session_file.additional_properties = d
        return session_file

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
