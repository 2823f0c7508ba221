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

if TYPE_CHECKING:
    from ..models.memory_source_response_git import MemorySourceResponseGit
    from ..models.memory_source_response_github import MemorySourceResponseGithub
    from ..models.memory_source_response_manual import MemorySourceResponseManual


T = TypeVar("T", bound="ListResponseMemoryDataItem")


@_attrs_define
class ListResponseMemoryDataItem:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        is_readonly (bool):
        name (str):
        source (MemorySourceResponseGit | MemorySourceResponseGithub | MemorySourceResponseManual):
        source_type (str):
        status (str):
        sync_status (str):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        last_sync_error (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    id: str
    is_readonly: bool
    name: str
    source: (
        MemorySourceResponseGit
        | MemorySourceResponseGithub
        | MemorySourceResponseManual
    )
    source_type: str
    status: str
    sync_status: str
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    last_sync_error: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.memory_source_response_github import MemorySourceResponseGithub
        from ..models.memory_source_response_manual import MemorySourceResponseManual

        created_at = self.created_at.isoformat()

        id = self.id

        is_readonly = self.is_readonly

        name = self.name

        source: dict[str, Any]
        if isinstance(self.source, MemorySourceResponseManual) or isinstance(
            self.source, MemorySourceResponseGithub
        ):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_readonly": is_readonly,
                "name": name,
                "source": source,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.memory_source_response_git import MemorySourceResponseGit
        from ..models.memory_source_response_github import MemorySourceResponseGithub
        from ..models.memory_source_response_manual import MemorySourceResponseManual

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        is_readonly = d.pop("is_readonly")

        name = d.pop("name")

        def _parse_source(
            data: object,
        ) -> (
            MemorySourceResponseGit
            | MemorySourceResponseGithub
            | MemorySourceResponseManual
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_memory_source_response_type_0 = (
                    MemorySourceResponseManual.from_dict(data)
                )

                return componentsschemas_memory_source_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_memory_source_response_type_1 = (
                    MemorySourceResponseGithub.from_dict(data)
                )

                return componentsschemas_memory_source_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_memory_source_response_type_2 = (
                MemorySourceResponseGit.from_dict(data)
            )

            return componentsschemas_memory_source_response_type_2

        source = _parse_source(d.pop("source"))

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

        list_response_memory_data_item = cls(
            created_at=created_at,
            id=id,
            is_readonly=is_readonly,
            name=name,
            source=source,
            source_type=source_type,
            status=status,
            sync_status=sync_status,
            updated_at=updated_at,
            archived_at=archived_at,
            deleted_at=deleted_at,
            description=description,
            last_sync_error=last_sync_error,
            last_synced_at=last_synced_at,
        )

        list_response_memory_data_item.additional_properties = d
        return list_response_memory_data_item

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
