from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_sandbox_action import SessionSandboxAction
from ..models.session_sandbox_status_value import SessionSandboxStatusValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageSessionSandboxResponse")


@_attrs_define
class ManageSessionSandboxResponse:
    """
    Attributes:
        action (SessionSandboxAction):
        deleted (bool):
        exists (bool):
        display_name (None | str | Unset):
        external_id (None | str | Unset):
        provider (None | str | Unset):
        session_status (None | SessionSandboxStatusValue | Unset):
        workspace_path (None | str | Unset):
    """

    action: SessionSandboxAction
    deleted: bool
    exists: bool
    display_name: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    session_status: None | SessionSandboxStatusValue | Unset = UNSET
    workspace_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        deleted = self.deleted

        exists = self.exists

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

        workspace_path: None | str | Unset
        if isinstance(self.workspace_path, Unset):
            workspace_path = UNSET
        else:
            workspace_path = self.workspace_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "deleted": deleted,
                "exists": exists,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_status is not UNSET:
            field_dict["session_status"] = session_status
        if workspace_path is not UNSET:
            field_dict["workspace_path"] = workspace_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = SessionSandboxAction(d.pop("action"))

        deleted = d.pop("deleted")

        exists = d.pop("exists")

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

        def _parse_workspace_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_path = _parse_workspace_path(d.pop("workspace_path", UNSET))

        manage_session_sandbox_response = cls(
            action=action,
            deleted=deleted,
            exists=exists,
            display_name=display_name,
            external_id=external_id,
            provider=provider,
            session_status=session_status,
            workspace_path=workspace_path,
        )

        manage_session_sandbox_response.additional_properties = d
        return manage_session_sandbox_response

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
