from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
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
    write_isoformat,
    write_model,
)
from ..models.session_activity import SessionActivity
from ..models.session_source import SessionSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.allowed_action import AllowedAction
    from ..models.b_tree_map import BTreeMap
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.principal_summary import PrincipalSummary
    from ..models.session_blueprint_config_type_0 import SessionBlueprintConfigType0
    from ..models.session_hints_type_0 import SessionHintsType0
    from ..models.token_usage import TokenUsage
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


@_attrs_define
class Session:
    """
    Attributes:
        created_at (datetime.datetime):
        harness_id (str):
        id (str):
        organization_id (str):
        owner_principal_id (str):
        status (str):
        updated_at (datetime.datetime):
        workspace_id (str):
        active_schedule_count (int | None | Unset):
        activity (SessionActivity | Unset):
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        allowed_actions (list[AllowedAction] | Unset):
        blueprint_config (None | SessionBlueprintConfigType0 | Unset):
        blueprint_id (None | str | Unset):
        capabilities (list[AgentCapabilityConfig] | Unset):
        effective_owner (None | PrincipalSummary | Unset):
        features (list[str] | Unset):
        finished_at (datetime.datetime | None | Unset):
        forked_from_sequence (int | None | Unset):
        forked_from_session_id (None | str | Unset):
        goal (None | str | Unset):
        hints (None | SessionHintsType0 | Unset):
        initial_files (list[InitialFile] | Unset):
        is_pinned (bool | None | Unset):
        locale (None | str | Unset):
        max_iterations (int | None | Unset):
        mcp_servers (BTreeMap | Unset):
        model_id (None | str | Unset):
        network_access (NetworkAccessList | None | Unset):
        output_preview (None | str | Unset):
        owner (None | PrincipalSummary | Unset):
        parallel_tool_calls (bool | None | Unset):
        parent_session_id (None | str | Unset):
        preview (None | str | Unset):
        resolved_owner_user_id (None | Unset | UUID):
        run_summary (None | str | Unset):
        self_url (str | Unset):
        source (SessionSource | Unset):
        started_at (datetime.datetime | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | Unset):
        title (None | str | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset):
        ui_link (str | Unset):
        usage (None | TokenUsage | Unset):
        view_url (str | Unset):
    """

    created_at: datetime.datetime
    harness_id: str
    id: str
    organization_id: str
    owner_principal_id: str
    status: str
    updated_at: datetime.datetime
    workspace_id: str
    active_schedule_count: int | None | Unset = UNSET
    activity: SessionActivity | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    blueprint_config: None | SessionBlueprintConfigType0 | Unset = UNSET
    blueprint_id: None | str | Unset = UNSET
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    effective_owner: None | PrincipalSummary | Unset = UNSET
    features: list[str] | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    forked_from_sequence: int | None | Unset = UNSET
    forked_from_session_id: None | str | Unset = UNSET
    goal: None | str | Unset = UNSET
    hints: None | SessionHintsType0 | Unset = UNSET
    initial_files: list[InitialFile] | Unset = UNSET
    is_pinned: bool | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    max_iterations: int | None | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    model_id: None | str | Unset = UNSET
    network_access: NetworkAccessList | None | Unset = UNSET
    output_preview: None | str | Unset = UNSET
    owner: None | PrincipalSummary | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    parent_session_id: None | str | Unset = UNSET
    preview: None | str | Unset = UNSET
    resolved_owner_user_id: None | Unset | UUID = UNSET
    run_summary: None | str | Unset = UNSET
    self_url: str | Unset = UNSET
    source: SessionSource | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
    ui_link: str | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    view_url: str | Unset = UNSET
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


def _read_allowed_actions(data: Any) -> list[AllowedAction]:
    return read_nested_list(_models.AllowedAction, data)


def _write_allowed_actions(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_blueprint_config(data: Any) -> None | SessionBlueprintConfigType0:
    if _models.SessionBlueprintConfigType0._accepts(data):
        return read_nested(_models.SessionBlueprintConfigType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.SessionBlueprintConfigType0._accepts(data, strictly=False, alone=True):
        return read_nested(_models.SessionBlueprintConfigType0, data)
    return cast(
        "None | SessionBlueprintConfigType0",
        unknown_kind(data, "Session", "blueprint_config"),
    )


def _write_blueprint_config(value: Any) -> Any:
    if isinstance(value, _models.SessionBlueprintConfigType0):
        return write_model(value)
    return value


def _read_capabilities(data: Any) -> list[AgentCapabilityConfig]:
    return read_nested_list(_models.AgentCapabilityConfig, data)


def _write_capabilities(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_effective_owner(data: Any) -> None | PrincipalSummary:
    if data is None:
        return None
    if _models.PrincipalSummary._accepts(data):
        return read_nested(_models.PrincipalSummary, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.PrincipalSummary._accepts(data, strictly=False, alone=True):
        return read_nested(_models.PrincipalSummary, data)
    return cast(
        "None | PrincipalSummary", unknown_kind(data, "Session", "effective_owner")
    )


def _write_effective_owner(value: Any) -> Any:
    if isinstance(value, _models.PrincipalSummary):
        return write_model(value)
    return value


def _read_finished_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_finished_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_hints(data: Any) -> None | SessionHintsType0:
    if _models.SessionHintsType0._accepts(data):
        return read_nested(_models.SessionHintsType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.SessionHintsType0._accepts(data, strictly=False, alone=True):
        return read_nested(_models.SessionHintsType0, data)
    return cast("None | SessionHintsType0", unknown_kind(data, "Session", "hints"))


def _write_hints(value: Any) -> Any:
    if isinstance(value, _models.SessionHintsType0):
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
        "NetworkAccessList | None", unknown_kind(data, "Session", "network_access")
    )


def _write_network_access(value: Any) -> Any:
    if isinstance(value, _models.NetworkAccessList):
        return write_model(value)
    return value


def _read_owner(data: Any) -> None | PrincipalSummary:
    if data is None:
        return None
    if _models.PrincipalSummary._accepts(data):
        return read_nested(_models.PrincipalSummary, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.PrincipalSummary._accepts(data, strictly=False, alone=True):
        return read_nested(_models.PrincipalSummary, data)
    return cast("None | PrincipalSummary", unknown_kind(data, "Session", "owner"))


def _write_owner(value: Any) -> Any:
    if isinstance(value, _models.PrincipalSummary):
        return write_model(value)
    return value


def _read_resolved_owner_user_id(data: Any) -> None | UUID:
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of None | UUID: {type(data).__name__}")


def _write_resolved_owner_user_id(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    return value


def _read_started_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_started_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
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
        unknown_kind(data, "Session", "tools"),
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


def _read_usage(data: Any) -> None | TokenUsage:
    if data is None:
        return None
    if _models.TokenUsage._accepts(data):
        return read_nested(_models.TokenUsage, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TokenUsage._accepts(data, strictly=False, alone=True):
        return read_nested(_models.TokenUsage, data)
    return cast("None | TokenUsage", unknown_kind(data, "Session", "usage"))


def _write_usage(value: Any) -> Any:
    if isinstance(value, _models.TokenUsage):
        return write_model(value)
    return value


_SHAPE = Shape(
    "Session",
    {
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "harness_id": Field(
            "harness_id",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "organization_id": Field(
            "organization_id",
            None,
            None,
            True,
        ),
        "owner_principal_id": Field(
            "owner_principal_id",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "workspace_id": Field(
            "workspace_id",
            None,
            None,
            True,
        ),
        "active_schedule_count": Field(
            "active_schedule_count",
            None,
            None,
            False,
        ),
        "activity": Field(
            "activity",
            SessionActivity,
            write_enum,
            False,
        ),
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
        "agent_version_id": Field(
            "agent_version_id",
            None,
            None,
            False,
        ),
        "allowed_actions": Field(
            "allowed_actions",
            _read_allowed_actions,
            _write_allowed_actions,
            False,
        ),
        "blueprint_config": Field(
            "blueprint_config",
            _read_blueprint_config,
            _write_blueprint_config,
            False,
        ),
        "blueprint_id": Field(
            "blueprint_id",
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
        "effective_owner": Field(
            "effective_owner",
            _read_effective_owner,
            _write_effective_owner,
            False,
        ),
        "features": Field(
            "features",
            None,
            None,
            False,
        ),
        "finished_at": Field(
            "finished_at",
            _read_finished_at,
            _write_finished_at,
            False,
        ),
        "forked_from_sequence": Field(
            "forked_from_sequence",
            None,
            None,
            False,
        ),
        "forked_from_session_id": Field(
            "forked_from_session_id",
            None,
            None,
            False,
        ),
        "goal": Field(
            "goal",
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
        "is_pinned": Field(
            "is_pinned",
            None,
            None,
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
        "output_preview": Field(
            "output_preview",
            None,
            None,
            False,
        ),
        "owner": Field(
            "owner",
            _read_owner,
            _write_owner,
            False,
        ),
        "parallel_tool_calls": Field(
            "parallel_tool_calls",
            None,
            None,
            False,
        ),
        "parent_session_id": Field(
            "parent_session_id",
            None,
            None,
            False,
        ),
        "preview": Field(
            "preview",
            None,
            None,
            False,
        ),
        "resolved_owner_user_id": Field(
            "resolved_owner_user_id",
            _read_resolved_owner_user_id,
            _write_resolved_owner_user_id,
            False,
        ),
        "run_summary": Field(
            "run_summary",
            None,
            None,
            False,
        ),
        "self_url": Field(
            "self_url",
            None,
            None,
            False,
        ),
        "source": Field(
            "source",
            SessionSource,
            write_enum,
            False,
        ),
        "started_at": Field(
            "started_at",
            _read_started_at,
            _write_started_at,
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
        "ui_link": Field(
            "ui_link",
            None,
            None,
            False,
        ),
        "usage": Field(
            "usage",
            _read_usage,
            _write_usage,
            False,
        ),
        "view_url": Field(
            "view_url",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Session._shape = _SHAPE
