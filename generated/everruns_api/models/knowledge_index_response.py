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

T = TypeVar("T", bound="KnowledgeIndexResponse")


@_attrs_define
class KnowledgeIndexResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        embedding_model_id (str):
        id (str):
        name (str):
        source_config (Any):
        source_type (str):
        status (str):
        sync_status (str):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        last_sync_error (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        vector_dim (int | None | Unset):
    """

    created_at: datetime.datetime
    embedding_model_id: str
    id: str
    name: str
    source_config: Any
    source_type: str
    status: str
    sync_status: str
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    last_sync_error: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    vector_dim: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        embedding_model_id = self.embedding_model_id

        id = self.id

        name = self.name

        source_config = self.source_config

        source_type = self.source_type

        status = self.status

        sync_status = self.sync_status

        updated_at = self.updated_at.isoformat()

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        last_sync_error: None | str | Unset
        if isinstance(self.last_sync_error, Unset):
            last_sync_error = UNSET
        else:
            last_sync_error = self.last_sync_error

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        vector_dim: int | None | Unset
        if isinstance(self.vector_dim, Unset):
            vector_dim = UNSET
        else:
            vector_dim = self.vector_dim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "embedding_model_id": embedding_model_id,
                "id": id,
                "name": name,
                "source_config": source_config,
                "source_type": source_type,
                "status": status,
                "sync_status": sync_status,
                "updated_at": updated_at,
            }
        )
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if last_sync_error is not UNSET:
            field_dict["last_sync_error"] = last_sync_error
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if vector_dim is not UNSET:
            field_dict["vector_dim"] = vector_dim

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        embedding_model_id = d.pop("embedding_model_id")

        id = d.pop("id")

        name = d.pop("name")

        source_config = d.pop("source_config")

        source_type = d.pop("source_type")

        status = d.pop("status")

        sync_status = d.pop("sync_status")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_last_sync_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sync_error = _parse_last_sync_error(d.pop("last_sync_error", UNSET))

        def _parse_last_synced_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_at_type_0 = parse_datetime(data)

                return last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

        def _parse_vector_dim(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vector_dim = _parse_vector_dim(d.pop("vector_dim", UNSET))

        knowledge_index_response = cls(
            created_at=created_at,
            embedding_model_id=embedding_model_id,
            id=id,
            name=name,
            source_config=source_config,
            source_type=source_type,
            status=status,
            sync_status=sync_status,
            updated_at=updated_at,
            archived_at=archived_at,
            deleted_at=deleted_at,
            description=description,
            last_sync_error=last_sync_error,
            last_synced_at=last_synced_at,
            vector_dim=vector_dim,
        )

        knowledge_index_response.additional_properties = d
        return knowledge_index_response

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
