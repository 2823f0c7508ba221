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
    read_nested_list,
    unknown_kind,
    write_enum,
    write_fields,
    write_model,
)
from ..models.harness_status import HarnessStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.update_harness_request_embedder_metadata_type_0 import (
        UpdateHarnessRequestEmbedderMetadataType0,
    )


@_attrs_define
class UpdateHarnessRequest:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig] | None | Unset):
        default_model_id (None | str | Unset):
        description (None | str | Unset):
        display_name (None | str | Unset):
        embedder_metadata (None | Unset | UpdateHarnessRequestEmbedderMetadataType0):
        initial_files (list[InitialFile] | None | Unset):
        mcp_servers (BTreeMap | None | Unset):
        name (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        parent_harness_id (None | str | Unset):
        status (HarnessStatus | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | None | Unset):
    """

    capabilities: list[AgentCapabilityConfig] | None | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    embedder_metadata: None | Unset | UpdateHarnessRequestEmbedderMetadataType0 = UNSET
    initial_files: list[InitialFile] | None | Unset = UNSET
    mcp_servers: BTreeMap | None | Unset = UNSET
    name: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parent_harness_id: None | str | Unset = UNSET
    status: HarnessStatus | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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


def _read_capabilities_1(data: Any) -> list[AgentCapabilityConfig]:
    return read_nested_list(_models.AgentCapabilityConfig, data)


def _read_capabilities(data: Any) -> list[AgentCapabilityConfig] | None:
    if isinstance(data, list):
        try:
            return _read_capabilities_1(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(
        f"not a value of list[AgentCapabilityConfig] | None: {type(data).__name__}"
    )


def _write_capabilities_1(value: Any) -> Any:
    return [write_model(item) for item in value]


def _write_capabilities(value: Any) -> Any:
    if isinstance(value, list):
        return _write_capabilities_1(value)
    return value


def _read_embedder_metadata(
    data: Any,
) -> None | UpdateHarnessRequestEmbedderMetadataType0:
    if _models.UpdateHarnessRequestEmbedderMetadataType0._accepts(data):
        return read_nested(_models.UpdateHarnessRequestEmbedderMetadataType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.UpdateHarnessRequestEmbedderMetadataType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.UpdateHarnessRequestEmbedderMetadataType0, data)
    return cast(
        "None | UpdateHarnessRequestEmbedderMetadataType0",
        unknown_kind(data, "UpdateHarnessRequest", "embedder_metadata"),
    )


def _write_embedder_metadata(value: Any) -> Any:
    if isinstance(value, _models.UpdateHarnessRequestEmbedderMetadataType0):
        return write_model(value)
    return value


def _read_initial_files_1(data: Any) -> list[InitialFile]:
    return read_nested_list(_models.InitialFile, data)


def _read_initial_files(data: Any) -> list[InitialFile] | None:
    if isinstance(data, list):
        try:
            return _read_initial_files_1(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of list[InitialFile] | None: {type(data).__name__}")


def _write_initial_files_1(value: Any) -> Any:
    return [write_model(item) for item in value]


def _write_initial_files(value: Any) -> Any:
    if isinstance(value, list):
        return _write_initial_files_1(value)
    return value


def _read_mcp_servers(data: Any) -> BTreeMap | None:
    if data is None:
        return None
    if _models.BTreeMap._accepts(data):
        return read_nested(_models.BTreeMap, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.BTreeMap._accepts(data, strictly=False, alone=True):
        return read_nested(_models.BTreeMap, data)
    return cast(
        "BTreeMap | None", unknown_kind(data, "UpdateHarnessRequest", "mcpServers")
    )


def _write_mcp_servers(value: Any) -> Any:
    if isinstance(value, _models.BTreeMap):
        return write_model(value)
    return value


def _read_network_access(data: Any) -> NetworkAccessList | None:
    if data is None:
        return None
    if _models.NetworkAccessList._accepts(data):
        return read_nested(_models.NetworkAccessList, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.NetworkAccessList._accepts(data, strictly=False, alone=True):
        return read_nested(_models.NetworkAccessList, data)
    return cast(
        "NetworkAccessList | None",
        unknown_kind(data, "UpdateHarnessRequest", "network_access"),
    )


def _write_network_access(value: Any) -> Any:
    if isinstance(value, _models.NetworkAccessList):
        return write_model(value)
    return value


def _read_status(data: Any) -> HarnessStatus | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return HarnessStatus(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of HarnessStatus | None: {type(data).__name__}")


def _write_status(value: Any) -> Any:
    if isinstance(value, HarnessStatus):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "UpdateHarnessRequest",
    {
        "capabilities": Field(
            "capabilities",
            _read_capabilities,
            _write_capabilities,
            False,
        ),
        "default_model_id": Field(
            "default_model_id",
            None,
            None,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "display_name": Field(
            "display_name",
            None,
            None,
            False,
        ),
        "embedder_metadata": Field(
            "embedder_metadata",
            _read_embedder_metadata,
            _write_embedder_metadata,
            False,
        ),
        "initial_files": Field(
            "initial_files",
            _read_initial_files,
            _write_initial_files,
            False,
        ),
        "mcp_servers": Field(
            "mcpServers",
            _read_mcp_servers,
            _write_mcp_servers,
            False,
        ),
        "name": Field(
            "name",
            None,
            None,
            False,
        ),
        "network_access": Field(
            "network_access",
            _read_network_access,
            _write_network_access,
            False,
        ),
        "parent_harness_id": Field(
            "parent_harness_id",
            None,
            None,
            False,
        ),
        "status": Field(
            "status",
            _read_status,
            _write_status,
            False,
        ),
        "system_prompt": Field(
            "system_prompt",
            None,
            None,
            False,
        ),
        "tags": Field(
            "tags",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
UpdateHarnessRequest._shape = _SHAPE
