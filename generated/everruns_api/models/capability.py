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
    read_nested_list,
    write_enum,
    write_fields,
    write_model,
)
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.capability_config_schema import CapabilityConfigSchema
    from ..models.capability_config_ui_schema import CapabilityConfigUiSchema
    from ..models.capability_localizations import CapabilityLocalizations
    from ..models.capability_tool_definitions_item import CapabilityToolDefinitionsItem


@_attrs_define
class Capability:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        status (str):
        agent_count (int | Unset):
        allowed_actions (list[AllowedAction] | Unset):
        category (None | str | Unset):
        config_schema (CapabilityConfigSchema | Unset):
        config_ui_schema (CapabilityConfigUiSchema | Unset):
        dependencies (list[str] | Unset):
        docs_slug (None | str | Unset):
        features (list[str] | Unset):
        harness_count (int | Unset):
        icon (None | str | Unset):
        is_guardrail (bool | Unset):
        is_mcp (bool | Unset):
        is_skill (bool | Unset):
        localizations (CapabilityLocalizations | Unset):
        risk_level (RiskLevel | Unset):
        self_url (str | Unset):
        system_prompt (None | str | Unset):
        tool_definitions (list[CapabilityToolDefinitionsItem] | Unset):
        ui_link (str | Unset):
        view_url (str | Unset):
    """

    description: str
    id: str
    name: str
    status: str
    agent_count: int | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    category: None | str | Unset = UNSET
    config_schema: CapabilityConfigSchema | Unset = UNSET
    config_ui_schema: CapabilityConfigUiSchema | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    docs_slug: None | str | Unset = UNSET
    features: list[str] | Unset = UNSET
    harness_count: int | Unset = UNSET
    icon: None | str | Unset = UNSET
    is_guardrail: bool | Unset = UNSET
    is_mcp: bool | Unset = UNSET
    is_skill: bool | Unset = UNSET
    localizations: CapabilityLocalizations | Unset = UNSET
    risk_level: RiskLevel | Unset = UNSET
    self_url: str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tool_definitions: list[CapabilityToolDefinitionsItem] | Unset = UNSET
    ui_link: str | Unset = UNSET
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


def _read_config_schema(data: Any) -> CapabilityConfigSchema:
    return read_nested(_models.CapabilityConfigSchema, data)


def _read_config_ui_schema(data: Any) -> CapabilityConfigUiSchema:
    return read_nested(_models.CapabilityConfigUiSchema, data)


def _read_localizations(data: Any) -> CapabilityLocalizations:
    return read_nested(_models.CapabilityLocalizations, data)


def _read_tool_definitions(data: Any) -> list[CapabilityToolDefinitionsItem]:
    return read_nested_list(_models.CapabilityToolDefinitionsItem, data)


def _write_tool_definitions(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "Capability",
    {
        "description": Field(
            "description",
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
        "name": Field(
            "name",
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
        "agent_count": Field(
            "agent_count",
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
        "category": Field(
            "category",
            None,
            None,
            False,
        ),
        "config_schema": Field(
            "config_schema",
            _read_config_schema,
            write_model,
            False,
        ),
        "config_ui_schema": Field(
            "config_ui_schema",
            _read_config_ui_schema,
            write_model,
            False,
        ),
        "dependencies": Field(
            "dependencies",
            None,
            None,
            False,
        ),
        "docs_slug": Field(
            "docs_slug",
            None,
            None,
            False,
        ),
        "features": Field(
            "features",
            None,
            None,
            False,
        ),
        "harness_count": Field(
            "harness_count",
            None,
            None,
            False,
        ),
        "icon": Field(
            "icon",
            None,
            None,
            False,
        ),
        "is_guardrail": Field(
            "is_guardrail",
            None,
            None,
            False,
        ),
        "is_mcp": Field(
            "is_mcp",
            None,
            None,
            False,
        ),
        "is_skill": Field(
            "is_skill",
            None,
            None,
            False,
        ),
        "localizations": Field(
            "localizations",
            _read_localizations,
            write_model,
            False,
        ),
        "risk_level": Field(
            "risk_level",
            RiskLevel,
            write_enum,
            False,
        ),
        "self_url": Field(
            "self_url",
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
        "tool_definitions": Field(
            "tool_definitions",
            _read_tool_definitions,
            _write_tool_definitions,
            False,
        ),
        "ui_link": Field(
            "ui_link",
            None,
            None,
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
Capability._shape = _SHAPE
