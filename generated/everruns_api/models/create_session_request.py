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
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.create_session_request_hints_type_0 import (
        CreateSessionRequestHintsType0,
    )
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


@_attrs_define
class CreateSessionRequest:
    """
    Attributes:
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_name (None | str | Unset):
        capabilities (list[AgentCapabilityConfig] | Unset):
        goal (None | str | Unset):
        harness_id (None | str | Unset):
        harness_name (None | str | Unset):
        hints (CreateSessionRequestHintsType0 | None | Unset):
        initial_files (list[InitialFile] | Unset):
        locale (None | str | Unset):
        max_iterations (int | None | Unset):
        mcp_servers (BTreeMap | Unset):
        model_id (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        source (None | str | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | Unset):
        title (None | str | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset):
        workspace_id (None | str | Unset):
    """

    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_name: None | str | Unset = UNSET
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    goal: None | str | Unset = UNSET
    harness_id: None | str | Unset = UNSET
    harness_name: None | str | Unset = UNSET
    hints: CreateSessionRequestHintsType0 | None | Unset = UNSET
    initial_files: list[InitialFile] | Unset = UNSET
    locale: None | str | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    model_id: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    source: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
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


def _read_capabilities(data: Any) -> list[AgentCapabilityConfig]:
    return read_nested_list(_models.AgentCapabilityConfig, data)


def _write_capabilities(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_hints(data: Any) -> CreateSessionRequestHintsType0 | None:
    if _models.CreateSessionRequestHintsType0._accepts(data):
        return read_nested(_models.CreateSessionRequestHintsType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.CreateSessionRequestHintsType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.CreateSessionRequestHintsType0, data)
    return cast(
        "CreateSessionRequestHintsType0 | None",
        unknown_kind(data, "CreateSessionRequest", "hints"),
    )


def _write_hints(value: Any) -> Any:
    if isinstance(value, _models.CreateSessionRequestHintsType0):
        return write_model(value)
    return value


def _read_initial_files(data: Any) -> list[InitialFile]:
    return read_nested_list(_models.InitialFile, data)


def _write_initial_files(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_mcp_servers(data: Any) -> BTreeMap:
    return read_nested(_models.BTreeMap, data)


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
        unknown_kind(data, "CreateSessionRequest", "network_access"),
    )


def _write_network_access(value: Any) -> Any:
    if isinstance(value, _models.NetworkAccessList):
        return write_model(value)
    return value


def _read_tools_item(data: Any) -> ToolDefinitionBuiltin | ToolDefinitionClientSide:
    if _models.ToolDefinitionBuiltin._accepts(data):
        return read_nested(_models.ToolDefinitionBuiltin, data)
    if _models.ToolDefinitionClientSide._accepts(data):
        return read_nested(_models.ToolDefinitionClientSide, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ToolDefinitionBuiltin._accepts(data, strictly=False):
        return read_nested(_models.ToolDefinitionBuiltin, data)
    if _models.ToolDefinitionClientSide._accepts(data, strictly=False):
        return read_nested(_models.ToolDefinitionClientSide, data)
    return cast(
        "ToolDefinitionBuiltin | ToolDefinitionClientSide",
        unknown_kind(data, "CreateSessionRequest", "tools"),
    )


def _read_tools(data: Any) -> list[ToolDefinitionBuiltin | ToolDefinitionClientSide]:
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    return [_read_tools_item(item) for item in data]


def _write_tools_item(value: Any) -> Any:
    if isinstance(value, _models.ToolDefinitionBuiltin):
        return write_model(value)
    if isinstance(value, _models.ToolDefinitionClientSide):
        return write_model(value)
    return value


def _write_tools(value: Any) -> Any:
    return [_write_tools_item(item) for item in value]


_SHAPE = Shape(
    "CreateSessionRequest",
    {
        "agent_id": Field(
            "agent_id",
            None,
            None,
            False,
        ),
        "agent_identity_id": Field(
            "agent_identity_id",
            None,
            None,
            False,
        ),
        "agent_name": Field(
            "agent_name",
            None,
            None,
            False,
        ),
        "capabilities": Field(
            "capabilities",
            _read_capabilities,
            _write_capabilities,
            False,
        ),
        "goal": Field(
            "goal",
            None,
            None,
            False,
        ),
        "harness_id": Field(
            "harness_id",
            None,
            None,
            False,
        ),
        "harness_name": Field(
            "harness_name",
            None,
            None,
            False,
        ),
        "hints": Field(
            "hints",
            _read_hints,
            _write_hints,
            False,
        ),
        "initial_files": Field(
            "initial_files",
            _read_initial_files,
            _write_initial_files,
            False,
        ),
        "locale": Field(
            "locale",
            None,
            None,
            False,
        ),
        "max_iterations": Field(
            "max_iterations",
            None,
            None,
            False,
        ),
        "mcp_servers": Field(
            "mcpServers",
            _read_mcp_servers,
            write_model,
            False,
        ),
        "model_id": Field(
            "model_id",
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
        "parallel_tool_calls": Field(
            "parallel_tool_calls",
            None,
            None,
            False,
        ),
        "source": Field(
            "source",
            None,
            None,
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
        "title": Field(
            "title",
            None,
            None,
            False,
        ),
        "tools": Field(
            "tools",
            _read_tools,
            _write_tools,
            False,
        ),
        "workspace_id": Field(
            "workspace_id",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
CreateSessionRequest._shape = _SHAPE
