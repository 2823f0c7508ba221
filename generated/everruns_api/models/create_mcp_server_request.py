from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_enum,
    write_fields,
    write_model,
)
from ..models.mcp_protocol_mode import McpProtocolMode
from ..models.mcp_server_auth_mode import McpServerAuthMode
from ..models.mcp_server_transport_type import McpServerTransportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_mcp_server_request_headers_type_0 import (
        CreateMcpServerRequestHeadersType0,
    )


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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_auth_mode(data: Any) -> McpServerAuthMode | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return McpServerAuthMode(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of McpServerAuthMode | None: {type(data).__name__}")


def _write_auth_mode(value: Any) -> Any:
    if isinstance(value, McpServerAuthMode):
        return write_enum(value)
    return value


def _read_headers(data: Any) -> CreateMcpServerRequestHeadersType0 | None:
    if _models.CreateMcpServerRequestHeadersType0._accepts(data):
        return read_nested(_models.CreateMcpServerRequestHeadersType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.CreateMcpServerRequestHeadersType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.CreateMcpServerRequestHeadersType0, data)
    return cast(
        "CreateMcpServerRequestHeadersType0 | None",
        unknown_kind(data, "CreateMcpServerRequest", "headers"),
    )


def _write_headers(value: Any) -> Any:
    if isinstance(value, _models.CreateMcpServerRequestHeadersType0):
        return write_model(value)
    return value


def _read_protocol_mode(data: Any) -> McpProtocolMode | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return McpProtocolMode(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of McpProtocolMode | None: {type(data).__name__}")


def _write_protocol_mode(value: Any) -> Any:
    if isinstance(value, McpProtocolMode):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "CreateMcpServerRequest",
    {
        "name": Field(
            "name",
            None,
            None,
            True,
        ),
        "url": Field(
            "url",
            None,
            None,
            True,
        ),
        "api_key": Field(
            "api_key",
            None,
            None,
            False,
        ),
        "auth_mode": Field(
            "auth_mode",
            _read_auth_mode,
            _write_auth_mode,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "headers": Field(
            "headers",
            _read_headers,
            _write_headers,
            False,
        ),
        "protocol_mode": Field(
            "protocol_mode",
            _read_protocol_mode,
            _write_protocol_mode,
            False,
        ),
        "transport_type": Field(
            "transport_type",
            McpServerTransportType,
            write_enum,
            False,
        ),
    },
    tags=(),
    extras=True,
)
CreateMcpServerRequest._shape = _SHAPE
