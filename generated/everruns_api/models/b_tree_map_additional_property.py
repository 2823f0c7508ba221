from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
    write_enum,
    write_fields,
    write_model,
)
from ..models.mcp_protocol_mode import McpProtocolMode
from ..models.mcp_server_auth_mode import McpServerAuthMode
from ..models.mcp_server_transport_type import McpServerTransportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.b_tree_map_additional_property_env import (
        BTreeMapAdditionalPropertyEnv,
    )
    from ..models.b_tree_map_additional_property_headers import (
        BTreeMapAdditionalPropertyHeaders,
    )


@_attrs_define
class BTreeMapAdditionalProperty:
    """
    Attributes:
        args (list[str] | Unset):
        auth_mode (McpServerAuthMode | Unset):
        command (None | str | Unset):
        env (BTreeMapAdditionalPropertyEnv | Unset):
        headers (BTreeMapAdditionalPropertyHeaders | Unset):
        oauth_provider_id (None | str | Unset):
        protocol_mode (McpProtocolMode | Unset):
        tool_discovery (bool | Unset):
        type_ (McpServerTransportType | Unset):
        url (str | Unset):
    """

    args: list[str] | Unset = UNSET
    auth_mode: McpServerAuthMode | Unset = UNSET
    command: None | str | Unset = UNSET
    env: BTreeMapAdditionalPropertyEnv | Unset = UNSET
    headers: BTreeMapAdditionalPropertyHeaders | Unset = UNSET
    oauth_provider_id: None | str | Unset = UNSET
    protocol_mode: McpProtocolMode | Unset = UNSET
    tool_discovery: bool | Unset = UNSET
    type_: McpServerTransportType | Unset = UNSET
    url: str | Unset = UNSET
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


def _read_env(data: Any) -> BTreeMapAdditionalPropertyEnv:
    return read_nested(_models.BTreeMapAdditionalPropertyEnv, data)


def _read_headers(data: Any) -> BTreeMapAdditionalPropertyHeaders:
    return read_nested(_models.BTreeMapAdditionalPropertyHeaders, data)


_SHAPE = Shape(
    "BTreeMapAdditionalProperty",
    {
        "args": Field(
            "args",
            None,
            None,
            False,
        ),
        "auth_mode": Field(
            "auth_mode",
            McpServerAuthMode,
            write_enum,
            False,
        ),
        "command": Field(
            "command",
            None,
            None,
            False,
        ),
        "env": Field(
            "env",
            _read_env,
            write_model,
            False,
        ),
        "headers": Field(
            "headers",
            _read_headers,
            write_model,
            False,
        ),
        "oauth_provider_id": Field(
            "oauth_provider_id",
            None,
            None,
            False,
        ),
        "protocol_mode": Field(
            "protocol_mode",
            McpProtocolMode,
            write_enum,
            False,
        ),
        "tool_discovery": Field(
            "tool_discovery",
            None,
            None,
            False,
        ),
        "type_": Field(
            "type",
            McpServerTransportType,
            write_enum,
            False,
        ),
        "url": Field(
            "url",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
BTreeMapAdditionalProperty._shape = _SHAPE
