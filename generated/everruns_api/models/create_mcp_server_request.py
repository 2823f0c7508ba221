from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_protocol_mode import McpProtocolMode
from ..models.mcp_server_auth_mode import McpServerAuthMode
from ..models.mcp_server_transport_type import McpServerTransportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_mcp_server_request_headers_type_0 import (
        CreateMcpServerRequestHeadersType0,
    )


T = TypeVar("T", bound="CreateMcpServerRequest")


@_attrs_define
class CreateMcpServerRequest:
    """
    Attributes:
        name (str):
        url (str):
        api_key (None | str | Unset):
        auth_mode (McpServerAuthMode | None | Unset):
        description (None | str | Unset):
        headers (CreateMcpServerRequestHeadersType0 | None | Unset):
        protocol_mode (McpProtocolMode | None | Unset):
        transport_type (McpServerTransportType | Unset):
    """

    name: str
    url: str
    api_key: None | str | Unset = UNSET
    auth_mode: McpServerAuthMode | None | Unset = UNSET
    description: None | str | Unset = UNSET
    headers: CreateMcpServerRequestHeadersType0 | None | Unset = UNSET
    protocol_mode: McpProtocolMode | None | Unset = UNSET
    transport_type: McpServerTransportType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_mcp_server_request_headers_type_0 import (
            CreateMcpServerRequestHeadersType0,
        )

        name = self.name

        url = self.url

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
        elif isinstance(self.headers, CreateMcpServerRequestHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        protocol_mode: None | str | Unset
        if isinstance(self.protocol_mode, Unset):
            protocol_mode = UNSET
        elif isinstance(self.protocol_mode, McpProtocolMode):
            protocol_mode = self.protocol_mode.value
        else:
            protocol_mode = self.protocol_mode

        transport_type: str | Unset = UNSET
        if not isinstance(self.transport_type, Unset):
            transport_type = self.transport_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if auth_mode is not UNSET:
            field_dict["auth_mode"] = auth_mode
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if protocol_mode is not UNSET:
            field_dict["protocol_mode"] = protocol_mode
        if transport_type is not UNSET:
            field_dict["transport_type"] = transport_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_mcp_server_request_headers_type_0 import (
            CreateMcpServerRequestHeadersType0,
        )

        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

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
        ) -> CreateMcpServerRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = CreateMcpServerRequestHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMcpServerRequestHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

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

        _transport_type = d.pop("transport_type", UNSET)
        transport_type: McpServerTransportType | Unset
        if isinstance(_transport_type, Unset):
            transport_type = UNSET
        else:
            transport_type = McpServerTransportType(_transport_type)

        create_mcp_server_request = cls(
            name=name,
            url=url,
            api_key=api_key,
            auth_mode=auth_mode,
            description=description,
            headers=headers,
            protocol_mode=protocol_mode,
            transport_type=transport_type,
        )

        create_mcp_server_request.additional_properties = d
        return create_mcp_server_request

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
