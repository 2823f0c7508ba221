from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_response_capability_info_data_item_config_schema import (
        ListResponseCapabilityInfoDataItemConfigSchema,
    )
    from ..models.list_response_capability_info_data_item_config_ui_schema import (
        ListResponseCapabilityInfoDataItemConfigUiSchema,
    )
    from ..models.list_response_capability_info_data_item_localizations import (
        ListResponseCapabilityInfoDataItemLocalizations,
    )
    from ..models.list_response_capability_info_data_item_tool_definitions_item import (
        ListResponseCapabilityInfoDataItemToolDefinitionsItem,
    )


T = TypeVar("T", bound="ListResponseCapabilityInfoDataItem")


@_attrs_define
class ListResponseCapabilityInfoDataItem:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        status (str):
        agent_count (int | Unset):
        category (None | str | Unset):
        config_schema (ListResponseCapabilityInfoDataItemConfigSchema | Unset):
        config_ui_schema (ListResponseCapabilityInfoDataItemConfigUiSchema | Unset):
        dependencies (list[str] | Unset):
        docs_slug (None | str | Unset):
        features (list[str] | Unset):
        harness_count (int | Unset):
        icon (None | str | Unset):
        is_guardrail (bool | Unset):
        is_mcp (bool | Unset):
        is_skill (bool | Unset):
        localizations (ListResponseCapabilityInfoDataItemLocalizations | Unset):
        risk_level (RiskLevel | Unset):
        system_prompt (None | str | Unset):
        tool_definitions (list[ListResponseCapabilityInfoDataItemToolDefinitionsItem] | Unset):
    """

    description: str
    id: str
    name: str
    status: str
    agent_count: int | Unset = UNSET
    category: None | str | Unset = UNSET
    config_schema: ListResponseCapabilityInfoDataItemConfigSchema | Unset = UNSET
    config_ui_schema: ListResponseCapabilityInfoDataItemConfigUiSchema | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    docs_slug: None | str | Unset = UNSET
    features: list[str] | Unset = UNSET
    harness_count: int | Unset = UNSET
    icon: None | str | Unset = UNSET
    is_guardrail: bool | Unset = UNSET
    is_mcp: bool | Unset = UNSET
    is_skill: bool | Unset = UNSET
    localizations: ListResponseCapabilityInfoDataItemLocalizations | Unset = UNSET
    risk_level: RiskLevel | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tool_definitions: (
        list[ListResponseCapabilityInfoDataItemToolDefinitionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        name = self.name

        status = self.status

        agent_count = self.agent_count

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        config_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_schema, Unset):
            config_schema = self.config_schema.to_dict()

        config_ui_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_ui_schema, Unset):
            config_ui_schema = self.config_ui_schema.to_dict()

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        docs_slug: None | str | Unset
        if isinstance(self.docs_slug, Unset):
            docs_slug = UNSET
        else:
            docs_slug = self.docs_slug

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        harness_count = self.harness_count

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        is_guardrail = self.is_guardrail

        is_mcp = self.is_mcp

        is_skill = self.is_skill

        localizations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.localizations, Unset):
            localizations = self.localizations.to_dict()

        risk_level: str | Unset = UNSET
        if not isinstance(self.risk_level, Unset):
            risk_level = self.risk_level.value

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        tool_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_definitions, Unset):
            tool_definitions = []
            for tool_definitions_item_data in self.tool_definitions:
                tool_definitions_item = tool_definitions_item_data.to_dict()
                tool_definitions.append(tool_definitions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if agent_count is not UNSET:
            field_dict["agent_count"] = agent_count
        if category is not UNSET:
            field_dict["category"] = category
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema
        if config_ui_schema is not UNSET:
            field_dict["config_ui_schema"] = config_ui_schema
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if docs_slug is not UNSET:
            field_dict["docs_slug"] = docs_slug
        if features is not UNSET:
            field_dict["features"] = features
        if harness_count is not UNSET:
            field_dict["harness_count"] = harness_count
        if icon is not UNSET:
            field_dict["icon"] = icon
        if is_guardrail is not UNSET:
            field_dict["is_guardrail"] = is_guardrail
        if is_mcp is not UNSET:
            field_dict["is_mcp"] = is_mcp
        if is_skill is not UNSET:
            field_dict["is_skill"] = is_skill
        if localizations is not UNSET:
            field_dict["localizations"] = localizations
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tool_definitions is not UNSET:
            field_dict["tool_definitions"] = tool_definitions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_response_capability_info_data_item_config_schema import (
            ListResponseCapabilityInfoDataItemConfigSchema,
        )
        from ..models.list_response_capability_info_data_item_config_ui_schema import (
            ListResponseCapabilityInfoDataItemConfigUiSchema,
        )
        from ..models.list_response_capability_info_data_item_localizations import (
            ListResponseCapabilityInfoDataItemLocalizations,
        )
        from ..models.list_response_capability_info_data_item_tool_definitions_item import (
            ListResponseCapabilityInfoDataItemToolDefinitionsItem,
        )

        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        agent_count = d.pop("agent_count", UNSET)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        _config_schema = d.pop("config_schema", UNSET)
        config_schema: ListResponseCapabilityInfoDataItemConfigSchema | Unset
        if isinstance(_config_schema, Unset):
            config_schema = UNSET
        else:
            config_schema = ListResponseCapabilityInfoDataItemConfigSchema.from_dict(
                _config_schema
            )

        _config_ui_schema = d.pop("config_ui_schema", UNSET)
        config_ui_schema: ListResponseCapabilityInfoDataItemConfigUiSchema | Unset
        if isinstance(_config_ui_schema, Unset):
            config_ui_schema = UNSET
        else:
            config_ui_schema = (
                ListResponseCapabilityInfoDataItemConfigUiSchema.from_dict(
                    _config_ui_schema
                )
            )

        dependencies = cast(list[str], d.pop("dependencies", UNSET))

        def _parse_docs_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        docs_slug = _parse_docs_slug(d.pop("docs_slug", UNSET))

        features = cast(list[str], d.pop("features", UNSET))

        harness_count = d.pop("harness_count", UNSET)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        is_guardrail = d.pop("is_guardrail", UNSET)

        is_mcp = d.pop("is_mcp", UNSET)

        is_skill = d.pop("is_skill", UNSET)

        _localizations = d.pop("localizations", UNSET)
        localizations: ListResponseCapabilityInfoDataItemLocalizations | Unset
        if isinstance(_localizations, Unset):
            localizations = UNSET
        else:
            localizations = ListResponseCapabilityInfoDataItemLocalizations.from_dict(
                _localizations
            )

        _risk_level = d.pop("risk_level", UNSET)
        risk_level: RiskLevel | Unset
        if isinstance(_risk_level, Unset):
            risk_level = UNSET
        else:
            risk_level = RiskLevel(_risk_level)

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        _tool_definitions = d.pop("tool_definitions", UNSET)
        tool_definitions: (
            list[ListResponseCapabilityInfoDataItemToolDefinitionsItem] | Unset
        ) = UNSET
        if _tool_definitions is not UNSET:
            tool_definitions = []
            for tool_definitions_item_data in _tool_definitions:
                tool_definitions_item = (
                    ListResponseCapabilityInfoDataItemToolDefinitionsItem.from_dict(
                        tool_definitions_item_data
                    )
                )

                tool_definitions.append(tool_definitions_item)

        list_response_capability_info_data_item = cls(
            description=description,
            id=id,
            name=name,
            status=status,
            agent_count=agent_count,
            category=category,
            config_schema=config_schema,
            config_ui_schema=config_ui_schema,
            dependencies=dependencies,
            docs_slug=docs_slug,
            features=features,
            harness_count=harness_count,
            icon=icon,
            is_guardrail=is_guardrail,
            is_mcp=is_mcp,
            is_skill=is_skill,
            localizations=localizations,
            risk_level=risk_level,
            system_prompt=system_prompt,
            tool_definitions=tool_definitions,
        )

        list_response_capability_info_data_item.additional_properties = d
        return list_response_capability_info_data_item

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
