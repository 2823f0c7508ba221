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

from ..models.leased_resource_status import LeasedResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leased_resource_metadata import LeasedResourceMetadata


T = TypeVar("T", bound="LeasedResource")


@_attrs_define
class LeasedResource:
    """
    Attributes:
        cleanup_attempts (int):
        created_at (datetime.datetime):
        external_id (str):
        id (str):
        last_touched_at (datetime.datetime):
        lease_duration_seconds (int):
        lease_expires_at (datetime.datetime):
        provider (str):
        resource_type (str):
        status (LeasedResourceStatus):
        updated_at (datetime.datetime):
        cleanup_completed_at (datetime.datetime | None | Unset):
        cleanup_started_at (datetime.datetime | None | Unset):
        display_name (None | str | Unset):
        last_cleanup_error (None | str | Unset):
        metadata (LeasedResourceMetadata | Unset):
        owner_user_id (None | Unset | UUID):
        session_id (None | str | Unset):
    """

    cleanup_attempts: int
    created_at: datetime.datetime
    external_id: str
    id: str
    last_touched_at: datetime.datetime
    lease_duration_seconds: int
    lease_expires_at: datetime.datetime
    provider: str
    resource_type: str
    status: LeasedResourceStatus
    updated_at: datetime.datetime
    cleanup_completed_at: datetime.datetime | None | Unset = UNSET
    cleanup_started_at: datetime.datetime | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    last_cleanup_error: None | str | Unset = UNSET
    metadata: LeasedResourceMetadata | Unset = UNSET
    owner_user_id: None | Unset | UUID = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cleanup_attempts = self.cleanup_attempts

        created_at = self.created_at.isoformat()

        external_id = self.external_id

        id = self.id

        last_touched_at = self.last_touched_at.isoformat()

        lease_duration_seconds = self.lease_duration_seconds

        lease_expires_at = self.lease_expires_at.isoformat()

        provider = self.provider

        resource_type = self.resource_type

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        cleanup_completed_at: None | str | Unset
        if isinstance(self.cleanup_completed_at, Unset):
            cleanup_completed_at = UNSET
        elif isinstance(self.cleanup_completed_at, datetime.datetime):
            cleanup_completed_at = self.cleanup_completed_at.isoformat()
        else:
            cleanup_completed_at = self.cleanup_completed_at

        cleanup_started_at: None | str | Unset
        if isinstance(self.cleanup_started_at, Unset):
            cleanup_started_at = UNSET
        elif isinstance(self.cleanup_started_at, datetime.datetime):
            cleanup_started_at = self.cleanup_started_at.isoformat()
        else:
            cleanup_started_at = self.cleanup_started_at

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        last_cleanup_error: None | str | Unset
        if isinstance(self.last_cleanup_error, Unset):
            last_cleanup_error = UNSET
        else:
            last_cleanup_error = self.last_cleanup_error

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        owner_user_id: None | str | Unset
        if isinstance(self.owner_user_id, Unset):
            owner_user_id = UNSET
        elif isinstance(self.owner_user_id, UUID):
            owner_user_id = str(self.owner_user_id)
        else:
            owner_user_id = self.owner_user_id

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cleanup_attempts": cleanup_attempts,
                "created_at": created_at,
                "external_id": external_id,
                "id": id,
                "last_touched_at": last_touched_at,
                "lease_duration_seconds": lease_duration_seconds,
                "lease_expires_at": lease_expires_at,
                "provider": provider,
                "resource_type": resource_type,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if cleanup_completed_at is not UNSET:
            field_dict["cleanup_completed_at"] = cleanup_completed_at
        if cleanup_started_at is not UNSET:
            field_dict["cleanup_started_at"] = cleanup_started_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if last_cleanup_error is not UNSET:
            field_dict["last_cleanup_error"] = last_cleanup_error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.leased_resource_metadata import LeasedResourceMetadata

        d = dict(src_dict)
        cleanup_attempts = d.pop("cleanup_attempts")

        created_at = parse_datetime(d.pop("created_at"))

        external_id = d.pop("external_id")

        id = d.pop("id")

        last_touched_at = parse_datetime(d.pop("last_touched_at"))

        lease_duration_seconds = d.pop("lease_duration_seconds")

        lease_expires_at = parse_datetime(d.pop("lease_expires_at"))

        provider = d.pop("provider")

        resource_type = d.pop("resource_type")

        status = LeasedResourceStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_cleanup_completed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cleanup_completed_at_type_0 = parse_datetime(data)

                return cleanup_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cleanup_completed_at = _parse_cleanup_completed_at(
            d.pop("cleanup_completed_at", UNSET)
        )

        def _parse_cleanup_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cleanup_started_at_type_0 = parse_datetime(data)

                return cleanup_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cleanup_started_at = _parse_cleanup_started_at(
            d.pop("cleanup_started_at", UNSET)
        )

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_last_cleanup_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_cleanup_error = _parse_last_cleanup_error(
            d.pop("last_cleanup_error", UNSET)
        )

        _metadata = d.pop("metadata", UNSET)
        metadata: LeasedResourceMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LeasedResourceMetadata.from_dict(_metadata)

        def _parse_owner_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_user_id_type_0 = UUID(data)

                return owner_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_user_id = _parse_owner_user_id(d.pop("owner_user_id", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        leased_resource = cls(
            cleanup_attempts=cleanup_attempts,
            created_at=created_at,
            external_id=external_id,
            id=id,
            last_touched_at=last_touched_at,
            lease_duration_seconds=lease_duration_seconds,
            lease_expires_at=lease_expires_at,
            provider=provider,
            resource_type=resource_type,
            status=status,
            updated_at=updated_at,
            cleanup_completed_at=cleanup_completed_at,
            cleanup_started_at=cleanup_started_at,
            display_name=display_name,
            last_cleanup_error=last_cleanup_error,
            metadata=metadata,
            owner_user_id=owner_user_id,
            session_id=session_id,
        )

        leased_resource.additional_properties = d
        return leased_resource

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
