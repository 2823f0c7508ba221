from __future__ import annotations

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
    from ..models.update_mcp_server_request_headers_type_0 import (
        UpdateMcpServerRequestHeadersType0,
    )


T = TypeVar("T", bound="UpdateMcpServerRequest")


@_attrs_define
class UpdateMcpServerRequest:
    """
    Attributes:
        api_key (None | str | Unset):
        auth_mode (McpServerAuthMode | None | Unset):
        description (None | str | Unset):
        headers (None | Unset | UpdateMcpServerRequestHeadersType0):
        name (None | str | Unset):
        protocol_mode (McpProtocolMode | None | Unset):
        status (McpServerStatus | None | Unset):
        transport_type (McpServerTransportType | None | Unset):
        url (None | str | Unset):
    """

    api_key: None | str | Unset = UNSET
    auth_mode: McpServerAuthMode | None | Unset = UNSET
    description: None | str | Unset = UNSET
    headers: None | Unset | UpdateMcpServerRequestHeadersType0 = UNSET
    name: None | str | Unset = UNSET
    protocol_mode: McpProtocolMode | None | Unset = UNSET
    status: McpServerStatus | None | Unset = UNSET
    transport_type: McpServerTransportType | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_mcp_server_request_headers_type_0 import (
            UpdateMcpServerRequestHeadersType0,
        )

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        auth_mode: None | str | Unset
        if isinstance(self.auth_mode, Unset):
            auth_mode = UNSET
        elif isinstance(self.auth_mode, McpServerAuthMode):
            auth_mode = self.auth_mode.value
        else:
            auth_mode = self.auth_mode

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, UpdateMcpServerRequestHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        protocol_mode: None | str | Unset
        if isinstance(self.protocol_mode, Unset):
            protocol_mode = UNSET
        elif isinstance(self.protocol_mode, McpProtocolMode):
            protocol_mode = self.protocol_mode.value
        else:
            protocol_mode = self.protocol_mode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, McpServerStatus):
            status = self.status.value
        else:
            status = self.status

        transport_type: None | str | Unset
        if isinstance(self.transport_type, Unset):
            transport_type = UNSET
        elif isinstance(self.transport_type, McpServerTransportType):
            transport_type = self.transport_type.value
        else:
            transport_type = self.transport_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_mode is not UNSET:
            field_dict["protocol_mode"] = protocol_mode
        if status is not UNSET:
            field_dict["status"] = status
        if transport_type is not UNSET:
            field_dict["transport_type"] = transport_type
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_mcp_server_request_headers_type_0 import (
            UpdateMcpServerRequestHeadersType0,
        )

        d = dict(src_dict)

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_auth_mode(data: object) -> McpServerAuthMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auth_mode_type_1 = McpServerAuthMode(data)

                return auth_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpServerAuthMode | None | Unset, data)

        auth_mode = _parse_auth_mode(d.pop("auth_mode", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_headers(
            data: object,
        ) -> None | Unset | UpdateMcpServerRequestHeadersType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = UpdateMcpServerRequestHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateMcpServerRequestHeadersType0, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_protocol_mode(data: object) -> McpProtocolMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                protocol_mode_type_1 = McpProtocolMode(data)

                return protocol_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpProtocolMode | None | Unset, data)

        protocol_mode = _parse_protocol_mode(d.pop("protocol_mode", UNSET))

        def _parse_status(data: object) -> McpServerStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = McpServerStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpServerStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_transport_type(
            data: object,
        ) -> McpServerTransportType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transport_type_type_1 = McpServerTransportType(data)

                return transport_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpServerTransportType | None | Unset, data)

        transport_type = _parse_transport_type(d.pop("transport_type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        update_mcp_server_request = cls(
            api_key=api_key,
            auth_mode=auth_mode,
            description=description,
            headers=headers,
            name=name,
            protocol_mode=protocol_mode,
            status=status,
            transport_type=transport_type,
            url=url,
        )

        update_mcp_server_request.additional_properties = d
        return update_mcp_server_request

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
