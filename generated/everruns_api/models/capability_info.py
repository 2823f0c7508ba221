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
    write_enum,
    write_fields,
    write_model,
)
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capability_info_config_schema import CapabilityInfoConfigSchema
    from ..models.capability_info_config_ui_schema import CapabilityInfoConfigUiSchema
    from ..models.capability_info_localizations import CapabilityInfoLocalizations
    from ..models.capability_info_tool_definitions_item import (
        CapabilityInfoToolDefinitionsItem,
    )


@_attrs_define
class CapabilityInfo:
    """
    Attributes:
        description (str):
        id (str):
        name (str):
        status (str):
        agent_count (int | Unset):
        category (None | str | Unset):
        config_schema (CapabilityInfoConfigSchema | Unset):
        config_ui_schema (CapabilityInfoConfigUiSchema | Unset):
        dependencies (list[str] | Unset):
        docs_slug (None | str | Unset):
        features (list[str] | Unset):
        harness_count (int | Unset):
        icon (None | str | Unset):
        is_guardrail (bool | Unset):
        is_mcp (bool | Unset):
        is_skill (bool | Unset):
        localizations (CapabilityInfoLocalizations | Unset):
        risk_level (RiskLevel | Unset):
        system_prompt (None | str | Unset):
        tool_definitions (list[CapabilityInfoToolDefinitionsItem] | Unset):
    """

    description: str
    id: str
    name: str
    status: str
    agent_count: int | Unset = UNSET
    category: None | str | Unset = UNSET
    config_schema: CapabilityInfoConfigSchema | Unset = UNSET
    config_ui_schema: CapabilityInfoConfigUiSchema | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    docs_slug: None | str | Unset = UNSET
    features: list[str] | Unset = UNSET
    harness_count: int | Unset = UNSET
    icon: None | str | Unset = UNSET
    is_guardrail: bool | Unset = UNSET
    is_mcp: bool | Unset = UNSET
    is_skill: bool | Unset = UNSET
    localizations: CapabilityInfoLocalizations | Unset = UNSET
    risk_level: RiskLevel | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tool_definitions: list[CapabilityInfoToolDefinitionsItem] | Unset = UNSET
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


def _read_config_schema(data: Any) -> CapabilityInfoConfigSchema:
    return _models.CapabilityInfoConfigSchema.from_dict(data)


def _read_config_ui_schema(data: Any) -> CapabilityInfoConfigUiSchema:
    return _models.CapabilityInfoConfigUiSchema.from_dict(data)


def _read_localizations(data: Any) -> CapabilityInfoLocalizations:
    return _models.CapabilityInfoLocalizations.from_dict(data)


def _read_tool_definitions_item(data: Any) -> CapabilityInfoToolDefinitionsItem:
    return _models.CapabilityInfoToolDefinitionsItem.from_dict(data)


def _read_tool_definitions(data: Any) -> list[CapabilityInfoToolDefinitionsItem]:
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    return [_read_tool_definitions_item(item) for item in data]


def _write_tool_definitions(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "CapabilityInfo",
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
    },
    tags=(),
    extras=True,
)
CapabilityInfo._shape = _SHAPE
