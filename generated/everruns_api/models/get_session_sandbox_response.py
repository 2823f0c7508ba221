from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_sandbox_status_value import SessionSandboxStatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_session_sandbox_response_metadata import (
        GetSessionSandboxResponseMetadata,
    )


T = TypeVar("T", bound="GetSessionSandboxResponse")


@_attrs_define
class GetSessionSandboxResponse:
    """
    Attributes:
        configured (bool):
        exists (bool):
        created_at (None | str | Unset):
        display_name (None | str | Unset):
        external_id (None | str | Unset):
        init_completed_at (None | str | Unset):
        last_init_error (None | str | Unset):
        metadata (GetSessionSandboxResponseMetadata | Unset):
        provider (None | str | Unset):
        session_status (None | SessionSandboxStatusValue | Unset):
        updated_at (None | str | Unset):
        workspace_path (None | str | Unset):
    """

    configured: bool
    exists: bool
    created_at: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    init_completed_at: None | str | Unset = UNSET
    last_init_error: None | str | Unset = UNSET
    metadata: GetSessionSandboxResponseMetadata | Unset = UNSET
    provider: None | str | Unset = UNSET
    session_status: None | SessionSandboxStatusValue | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    workspace_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        exists = self.exists

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        init_completed_at: None | str | Unset
        if isinstance(self.init_completed_at, Unset):
            init_completed_at = UNSET
        else:
            init_completed_at = self.init_completed_at

        last_init_error: None | str | Unset
        if isinstance(self.last_init_error, Unset):
            last_init_error = UNSET
        else:
            last_init_error = self.last_init_error

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        session_status: None | str | Unset
        if isinstance(self.session_status, Unset):
            session_status = UNSET
        elif isinstance(self.session_status, SessionSandboxStatusValue):
            session_status = self.session_status.value
        else:
            session_status = self.session_status

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        workspace_path: None | str | Unset
        if isinstance(self.workspace_path, Unset):
            workspace_path = UNSET
        else:
            workspace_path = self.workspace_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
                "exists": exists,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if init_completed_at is not UNSET:
            field_dict["init_completed_at"] = init_completed_at
        if last_init_error is not UNSET:
            field_dict["last_init_error"] = last_init_error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_status is not UNSET:
            field_dict["session_status"] = session_status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_path is not UNSET:
            field_dict["workspace_path"] = workspace_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_session_sandbox_response_metadata import (
            GetSessionSandboxResponseMetadata,
        )

        d = dict(src_dict)
        configured = d.pop("configured")

        exists = d.pop("exists")

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_init_completed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        init_completed_at = _parse_init_completed_at(d.pop("init_completed_at", UNSET))

        def _parse_last_init_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_init_error = _parse_last_init_error(d.pop("last_init_error", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: GetSessionSandboxResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = GetSessionSandboxResponseMetadata.from_dict(_metadata)

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_session_status(
            data: object,
        ) -> None | SessionSandboxStatusValue | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_status_type_1 = SessionSandboxStatusValue(data)

                return session_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionSandboxStatusValue | Unset, data)

        session_status = _parse_session_status(d.pop("session_status", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_workspace_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_path = _parse_workspace_path(d.pop("workspace_path", UNSET))

        get_session_sandbox_response = cls(
            configured=configured,
            exists=exists,
            created_at=created_at,
            display_name=display_name,
            external_id=external_id,
            init_completed_at=init_completed_at,
            last_init_error=last_init_error,
            metadata=metadata,
            provider=provider,
            session_status=session_status,
            updated_at=updated_at,
            workspace_path=workspace_path,
        )

        get_session_sandbox_response.additional_properties = d
        return get_session_sandbox_response

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
