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

T = TypeVar("T", bound="ListResponseKnowledgeIndexDocumentResponseDataItem")


@_attrs_define
class ListResponseKnowledgeIndexDocumentResponseDataItem:
    """
    Attributes:
        chunk_count (int):
        created_at (datetime.datetime):
        id (str):
        index_id (str):
        source_uri (str):
        updated_at (datetime.datetime):
        content_hash (None | str | Unset):
        last_seen_at (datetime.datetime | None | Unset):
        mime_type (None | str | Unset):
        size_bytes (int | None | Unset):
        title (None | str | Unset):
    """

    chunk_count: int
    created_at: datetime.datetime
    id: str
    index_id: str
    source_uri: str
    updated_at: datetime.datetime
    content_hash: None | str | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunk_count = self.chunk_count

        created_at = self.created_at.isoformat()

        id = self.id

        index_id = self.index_id

        source_uri = self.source_uri

        updated_at = self.updated_at.isoformat()

        content_hash: None | str | Unset
        if isinstance(self.content_hash, Unset):
            content_hash = UNSET
        else:
            content_hash = self.content_hash

        last_seen_at: None | str | Unset
        if isinstance(self.last_seen_at, Unset):
            last_seen_at = UNSET
        elif isinstance(self.last_seen_at, datetime.datetime):
            last_seen_at = self.last_seen_at.isoformat()
        else:
            last_seen_at = self.last_seen_at

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunk_count": chunk_count,
                "created_at": created_at,
                "id": id,
                "index_id": index_id,
                "source_uri": source_uri,
                "updated_at": updated_at,
            }
        )
        if content_hash is not UNSET:
            field_dict["content_hash"] = content_hash
        if last_seen_at is not UNSET:
            field_dict["last_seen_at"] = last_seen_at
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chunk_count = d.pop("chunk_count")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        index_id = d.pop("index_id")

        source_uri = d.pop("source_uri")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_content_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_hash = _parse_content_hash(d.pop("content_hash", UNSET))

        def _parse_last_seen_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_at_type_0 = parse_datetime(data)

                return last_seen_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen_at = _parse_last_seen_at(d.pop("last_seen_at", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mime_type", UNSET))

        def _parse_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        list_response_knowledge_index_document_response_data_item = cls(
            chunk_count=chunk_count,
            created_at=created_at,
            id=id,
            index_id=index_id,
            source_uri=source_uri,
            updated_at=updated_at,
            content_hash=content_hash,
            last_seen_at=last_seen_at,
            mime_type=mime_type,
            size_bytes=size_bytes,
            title=title,
        )

        list_response_knowledge_index_document_response_data_item.additional_properties = d
        return list_response_knowledge_index_document_response_data_item

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
