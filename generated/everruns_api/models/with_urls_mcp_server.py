from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_protocol_mode import McpProtocolMode
from ..models.mcp_server_auth_mode import McpServerAuthMode
from ..models.mcp_server_status import McpServerStatus
from ..models.mcp_server_transport_type import McpServerTransportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.with_urls_mcp_server_headers import WithUrlsMcpServerHeaders


T = TypeVar("T", bound="WithUrlsMcpServer")


@_attrs_define
class WithUrlsMcpServer:
    """
    Attributes:
        api_key_set (bool):
        created_at (datetime.datetime):
        id (str):
        name (str):
        status (McpServerStatus):
        transport_type (McpServerTransportType):
        updated_at (datetime.datetime):
        url (str):
        self_url (str):
        ui_link (str):
        view_url (str):
        archived_at (datetime.datetime | None | Unset):
        auth_mode (McpServerAuthMode | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        headers (WithUrlsMcpServerHeaders | Unset):
        oauth_provider_id (None | str | Unset):
        protocol_mode (McpProtocolMode | Unset):
        allowed_actions (list[AllowedAction] | Unset):
    """

    api_key_set: bool
    created_at: datetime.datetime
    id: str
    name: str
    status: McpServerStatus
    transport_type: McpServerTransportType
    updated_at: datetime.datetime
    url: str
    self_url: str
    ui_link: str
    view_url: str
    archived_at: datetime.datetime | None | Unset = UNSET
    auth_mode: McpServerAuthMode | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    headers: WithUrlsMcpServerHeaders | Unset = UNSET
    oauth_provider_id: None | str | Unset = UNSET
    protocol_mode: McpProtocolMode | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_set = self.api_key_set

        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        status = self.status.value

        transport_type = self.transport_type.value

        updated_at = self.updated_at.isoformat()

        url = self.url

        self_url = self.self_url

        ui_link = self.ui_link

        view_url = self.view_url

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        auth_mode: str | Unset = UNSET
        if not isinstance(self.auth_mode, Unset):
            auth_mode = self.auth_mode.value

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

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        oauth_provider_id: None | str | Unset
        if isinstance(self.oauth_provider_id, Unset):
            oauth_provider_id = UNSET
        else:
            oauth_provider_id = self.oauth_provider_id

        protocol_mode: str | Unset = UNSET
        if not isinstance(self.protocol_mode, Unset):
            protocol_mode = self.protocol_mode.value

        allowed_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = []
            for allowed_actions_item_data in self.allowed_actions:
                allowed_actions_item = allowed_actions_item_data.to_dict()
                allowed_actions.append(allowed_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_set": api_key_set,
                "created_at": created_at,
                "id": id,
                "name": name,
                "status": status,
                "transport_type": transport_type,
                "updated_at": updated_at,
                "url": url,
                "self_url": self_url,
                "ui_link": ui_link,
                "view_url": view_url,
            }
        )
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if oauth_provider_id is not UNSET:
            field_dict["oauth_provider_id"] = oauth_provider_id
        if protocol_mode is not UNSET:
            field_dict["protocol_mode"] = protocol_mode
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allowed_action import AllowedAction
        from ..models.with_urls_mcp_server_headers import WithUrlsMcpServerHeaders

        d = dict(src_dict)
        api_key_set = d.pop("api_key_set")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        status = McpServerStatus(d.pop("status"))

        transport_type = McpServerTransportType(d.pop("transport_type"))

        updated_at = parse_datetime(d.pop("updated_at"))

        url = d.pop("url")

        self_url = d.pop("self_url")

        ui_link = d.pop("ui_link")

        view_url = d.pop("view_url")

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

        _auth_mode = d.pop("auth_mode", UNSET)
        auth_mode: McpServerAuthMode | Unset
        if isinstance(_auth_mode, Unset):
            auth_mode = UNSET
        else:
            auth_mode = McpServerAuthMode(_auth_mode)

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

        _headers = d.pop("headers", UNSET)
        headers: WithUrlsMcpServerHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = WithUrlsMcpServerHeaders.from_dict(_headers)

        def _parse_oauth_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_provider_id = _parse_oauth_provider_id(d.pop("oauth_provider_id", UNSET))

        _protocol_mode = d.pop("protocol_mode", UNSET)
        protocol_mode: McpProtocolMode | Unset
        if isinstance(_protocol_mode, Unset):
            protocol_mode = UNSET
        else:
            protocol_mode = McpProtocolMode(_protocol_mode)

        _allowed_actions = d.pop("allowed_actions", UNSET)
        allowed_actions: list[AllowedAction] | Unset = UNSET
        if _allowed_actions is not UNSET:
            allowed_actions = []
            for allowed_actions_item_data in _allowed_actions:
                allowed_actions_item = AllowedAction.from_dict(
                    allowed_actions_item_data
                )

                allowed_actions.append(allowed_actions_item)

        with_urls_mcp_server = cls(
            api_key_set=api_key_set,
            created_at=created_at,
            id=id,
            name=name,
            status=status,
            transport_type=transport_type,
            updated_at=updated_at,
            url=url,
            self_url=self_url,
            ui_link=ui_link,
            view_url=view_url,
            archived_at=archived_at,
            auth_mode=auth_mode,
            deleted_at=deleted_at,
            description=description,
            headers=headers,
            oauth_provider_id=oauth_provider_id,
            protocol_mode=protocol_mode,
            allowed_actions=allowed_actions,
        )

        with_urls_mcp_server.additional_properties = d
        return with_urls_mcp_server

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
