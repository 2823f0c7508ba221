from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap
    from ..models.initial_file import InitialFile
    from ..models.network_access_list import NetworkAccessList
    from ..models.principal_summary import PrincipalSummary
    from ..models.session_blueprint_config_type_0 import SessionBlueprintConfigType0
    from ..models.session_hints_type_0 import SessionHintsType0
    from ..models.token_usage import TokenUsage
    from ..models.tool_definition_builtin import ToolDefinitionBuiltin
    from ..models.tool_definition_client_side import ToolDefinitionClientSide


T = TypeVar("T", bound="Session")


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
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        blueprint_config (None | SessionBlueprintConfigType0 | Unset):
        blueprint_id (None | str | Unset):
        capabilities (list[AgentCapabilityConfig] | Unset):
        effective_owner (None | PrincipalSummary | Unset):
        features (list[str] | Unset):
        finished_at (datetime.datetime | None | Unset):
        forked_from_sequence (int | None | Unset):
        forked_from_session_id (None | str | Unset):
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
        started_at (datetime.datetime | None | Unset):
        system_prompt (None | str | Unset):
        tags (list[str] | Unset):
        title (None | str | Unset):
        tools (list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset):
        usage (None | TokenUsage | Unset):
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
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    blueprint_config: None | SessionBlueprintConfigType0 | Unset = UNSET
    blueprint_id: None | str | Unset = UNSET
    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    effective_owner: None | PrincipalSummary | Unset = UNSET
    features: list[str] | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    forked_from_sequence: int | None | Unset = UNSET
    forked_from_session_id: None | str | Unset = UNSET
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
    started_at: datetime.datetime | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    title: None | str | Unset = UNSET
    tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.network_access_list import NetworkAccessList
        from ..models.principal_summary import PrincipalSummary
        from ..models.session_blueprint_config_type_0 import SessionBlueprintConfigType0
        from ..models.session_hints_type_0 import SessionHintsType0
        from ..models.token_usage import TokenUsage
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin

        created_at = self.created_at.isoformat()

        harness_id = self.harness_id

        id = self.id

        organization_id = self.organization_id

        owner_principal_id = self.owner_principal_id

        status = self.status

        updated_at = self.updated_at.isoformat()

        workspace_id = self.workspace_id

        active_schedule_count: int | None | Unset
        if isinstance(self.active_schedule_count, Unset):
            active_schedule_count = UNSET
        else:
            active_schedule_count = self.active_schedule_count

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_identity_id: None | str | Unset
        if isinstance(self.agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = self.agent_identity_id

        agent_version_id: None | str | Unset
        if isinstance(self.agent_version_id, Unset):
            agent_version_id = UNSET
        else:
            agent_version_id = self.agent_version_id

        blueprint_config: dict[str, Any] | None | Unset
        if isinstance(self.blueprint_config, Unset):
            blueprint_config = UNSET
        elif isinstance(self.blueprint_config, SessionBlueprintConfigType0):
            blueprint_config = self.blueprint_config.to_dict()
        else:
            blueprint_config = self.blueprint_config

        blueprint_id: None | str | Unset
        if isinstance(self.blueprint_id, Unset):
            blueprint_id = UNSET
        else:
            blueprint_id = self.blueprint_id

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        effective_owner: dict[str, Any] | None | Unset
        if isinstance(self.effective_owner, Unset):
            effective_owner = UNSET
        elif isinstance(self.effective_owner, PrincipalSummary):
            effective_owner = self.effective_owner.to_dict()
        else:
            effective_owner = self.effective_owner

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        forked_from_sequence: int | None | Unset
        if isinstance(self.forked_from_sequence, Unset):
            forked_from_sequence = UNSET
        else:
            forked_from_sequence = self.forked_from_sequence

        forked_from_session_id: None | str | Unset
        if isinstance(self.forked_from_session_id, Unset):
            forked_from_session_id = UNSET
        else:
            forked_from_session_id = self.forked_from_session_id

        hints: dict[str, Any] | None | Unset
        if isinstance(self.hints, Unset):
            hints = UNSET
        elif isinstance(self.hints, SessionHintsType0):
            hints = self.hints.to_dict()
        else:
            hints = self.hints

        initial_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.initial_files, Unset):
            initial_files = []
            for initial_files_item_data in self.initial_files:
                initial_files_item = initial_files_item_data.to_dict()
                initial_files.append(initial_files_item)

        is_pinned: bool | None | Unset
        if isinstance(self.is_pinned, Unset):
            is_pinned = UNSET
        else:
            is_pinned = self.is_pinned

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        max_iterations: int | None | Unset
        if isinstance(self.max_iterations, Unset):
            max_iterations = UNSET
        else:
            max_iterations = self.max_iterations

        mcp_servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mcp_servers, Unset):
            mcp_servers = self.mcp_servers.to_dict()

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        network_access: dict[str, Any] | None | Unset
        if isinstance(self.network_access, Unset):
            network_access = UNSET
        elif isinstance(self.network_access, NetworkAccessList):
            network_access = self.network_access.to_dict()
        else:
            network_access = self.network_access

        output_preview: None | str | Unset
        if isinstance(self.output_preview, Unset):
            output_preview = UNSET
        else:
            output_preview = self.output_preview

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, PrincipalSummary):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        parent_session_id: None | str | Unset
        if isinstance(self.parent_session_id, Unset):
            parent_session_id = UNSET
        else:
            parent_session_id = self.parent_session_id

        preview: None | str | Unset
        if isinstance(self.preview, Unset):
            preview = UNSET
        else:
            preview = self.preview

        resolved_owner_user_id: None | str | Unset
        if isinstance(self.resolved_owner_user_id, Unset):
            resolved_owner_user_id = UNSET
        elif isinstance(self.resolved_owner_user_id, UUID):
            resolved_owner_user_id = str(self.resolved_owner_user_id)
        else:
            resolved_owner_user_id = self.resolved_owner_user_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ToolDefinitionBuiltin):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TokenUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "harness_id": harness_id,
                "id": id,
                "organization_id": organization_id,
                "owner_principal_id": owner_principal_id,
                "status": status,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )
        if active_schedule_count is not UNSET:
            field_dict["active_schedule_count"] = active_schedule_count
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if agent_version_id is not UNSET:
            field_dict["agent_version_id"] = agent_version_id
        if blueprint_config is not UNSET:
            field_dict["blueprint_config"] = blueprint_config
        if blueprint_id is not UNSET:
            field_dict["blueprint_id"] = blueprint_id
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if effective_owner is not UNSET:
            field_dict["effective_owner"] = effective_owner
        if features is not UNSET:
            field_dict["features"] = features
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if forked_from_sequence is not UNSET:
            field_dict["forked_from_sequence"] = forked_from_sequence
        if forked_from_session_id is not UNSET:
            field_dict["forked_from_session_id"] = forked_from_session_id
        if hints is not UNSET:
            field_dict["hints"] = hints
        if initial_files is not UNSET:
            field_dict["initial_files"] = initial_files
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if locale is not UNSET:
            field_dict["locale"] = locale
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if mcp_servers is not UNSET:
            field_dict["mcpServers"] = mcp_servers
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if network_access is not UNSET:
            field_dict["network_access"] = network_access
        if output_preview is not UNSET:
            field_dict["output_preview"] = output_preview
        if owner is not UNSET:
            field_dict["owner"] = owner
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if parent_session_id is not UNSET:
            field_dict["parent_session_id"] = parent_session_id
        if preview is not UNSET:
            field_dict["preview"] = preview
        if resolved_owner_user_id is not UNSET:
            field_dict["resolved_owner_user_id"] = resolved_owner_user_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title
        if tools is not UNSET:
            field_dict["tools"] = tools
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_capability_config import AgentCapabilityConfig
        from ..models.b_tree_map import BTreeMap
        from ..models.initial_file import InitialFile
        from ..models.network_access_list import NetworkAccessList
        from ..models.principal_summary import PrincipalSummary
        from ..models.session_blueprint_config_type_0 import SessionBlueprintConfigType0
        from ..models.session_hints_type_0 import SessionHintsType0
        from ..models.token_usage import TokenUsage
        from ..models.tool_definition_builtin import ToolDefinitionBuiltin
        from ..models.tool_definition_client_side import ToolDefinitionClientSide

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        harness_id = d.pop("harness_id")

        id = d.pop("id")

        organization_id = d.pop("organization_id")

        owner_principal_id = d.pop("owner_principal_id")

        status = d.pop("status")

        updated_at = parse_datetime(d.pop("updated_at"))

        workspace_id = d.pop("workspace_id")

        def _parse_active_schedule_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_schedule_count = _parse_active_schedule_count(
            d.pop("active_schedule_count", UNSET)
        )

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_identity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_identity_id = _parse_agent_identity_id(d.pop("agent_identity_id", UNSET))

        def _parse_agent_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_version_id = _parse_agent_version_id(d.pop("agent_version_id", UNSET))

        def _parse_blueprint_config(
            data: object,
        ) -> None | SessionBlueprintConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blueprint_config_type_0 = SessionBlueprintConfigType0.from_dict(data)

                return blueprint_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionBlueprintConfigType0 | Unset, data)

        blueprint_config = _parse_blueprint_config(d.pop("blueprint_config", UNSET))

        def _parse_blueprint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blueprint_id = _parse_blueprint_id(d.pop("blueprint_id", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[AgentCapabilityConfig] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = AgentCapabilityConfig.from_dict(
                    capabilities_item_data
                )

                capabilities.append(capabilities_item)

        def _parse_effective_owner(data: object) -> None | PrincipalSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_owner_type_1 = PrincipalSummary.from_dict(data)

                return effective_owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrincipalSummary | Unset, data)

        effective_owner = _parse_effective_owner(d.pop("effective_owner", UNSET))

        features = cast(list[str], d.pop("features", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = parse_datetime(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_forked_from_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        forked_from_sequence = _parse_forked_from_sequence(
            d.pop("forked_from_sequence", UNSET)
        )

        def _parse_forked_from_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forked_from_session_id = _parse_forked_from_session_id(
            d.pop("forked_from_session_id", UNSET)
        )

        def _parse_hints(data: object) -> None | SessionHintsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hints_type_0 = SessionHintsType0.from_dict(data)

                return hints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionHintsType0 | Unset, data)

        hints = _parse_hints(d.pop("hints", UNSET))

        _initial_files = d.pop("initial_files", UNSET)
        initial_files: list[InitialFile] | Unset = UNSET
        if _initial_files is not UNSET:
            initial_files = []
            for initial_files_item_data in _initial_files:
                initial_files_item = InitialFile.from_dict(initial_files_item_data)

                initial_files.append(initial_files_item)

        def _parse_is_pinned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pinned = _parse_is_pinned(d.pop("is_pinned", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_max_iterations(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_iterations = _parse_max_iterations(d.pop("max_iterations", UNSET))

        _mcp_servers = d.pop("mcpServers", UNSET)
        mcp_servers: BTreeMap | Unset
        if isinstance(_mcp_servers, Unset):
            mcp_servers = UNSET
        else:
            mcp_servers = BTreeMap.from_dict(_mcp_servers)

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_network_access(data: object) -> NetworkAccessList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_access_type_1 = NetworkAccessList.from_dict(data)

                return network_access_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NetworkAccessList | None | Unset, data)

        network_access = _parse_network_access(d.pop("network_access", UNSET))

        def _parse_output_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output_preview = _parse_output_preview(d.pop("output_preview", UNSET))

        def _parse_owner(data: object) -> None | PrincipalSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = PrincipalSummary.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrincipalSummary | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(
            d.pop("parallel_tool_calls", UNSET)
        )

        def _parse_parent_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_session_id = _parse_parent_session_id(d.pop("parent_session_id", UNSET))

        def _parse_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        def _parse_resolved_owner_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_owner_user_id_type_0 = UUID(data)

                return resolved_owner_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resolved_owner_user_id = _parse_resolved_owner_user_id(
            d.pop("resolved_owner_user_id", UNSET)
        )

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = parse_datetime(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ToolDefinitionBuiltin | ToolDefinitionClientSide] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> ToolDefinitionBuiltin | ToolDefinitionClientSide:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_definition_type_0 = (
                            ToolDefinitionBuiltin.from_dict(data)
                        )

                        return componentsschemas_tool_definition_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_tool_definition_type_1 = (
                        ToolDefinitionClientSide.from_dict(data)
                    )

                    return componentsschemas_tool_definition_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_usage(data: object) -> None | TokenUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = TokenUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        session = cls(
            created_at=created_at,
            harness_id=harness_id,
            id=id,
            organization_id=organization_id,
            owner_principal_id=owner_principal_id,
            status=status,
            updated_at=updated_at,
            workspace_id=workspace_id,
            active_schedule_count=active_schedule_count,
            agent_id=agent_id,
            agent_identity_id=agent_identity_id,
            agent_version_id=agent_version_id,
            blueprint_config=blueprint_config,
            blueprint_id=blueprint_id,
            capabilities=capabilities,
            effective_owner=effective_owner,
            features=features,
            finished_at=finished_at,
            forked_from_sequence=forked_from_sequence,
            forked_from_session_id=forked_from_session_id,
            hints=hints,
            initial_files=initial_files,
            is_pinned=is_pinned,
            locale=locale,
            max_iterations=max_iterations,
            mcp_servers=mcp_servers,
            model_id=model_id,
            network_access=network_access,
            output_preview=output_preview,
            owner=owner,
            parallel_tool_calls=parallel_tool_calls,
            parent_session_id=parent_session_id,
            preview=preview,
            resolved_owner_user_id=resolved_owner_user_id,
            started_at=started_at,
            system_prompt=system_prompt,
            tags=tags,
            title=title,
            tools=tools,
            usage=usage,
        )

        session.additional_properties = d
        return session

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
