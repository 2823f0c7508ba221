from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deferrable_policy import DeferrablePolicy
from ..models.tool_policy import ToolPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_hints import ToolHints


T = TypeVar("T", bound="BuiltinTool")


@_attrs_define
class BuiltinTool:
    """
    Attributes:
        description (str):
        name (str):
        parameters (Any):
        category (None | str | Unset):
        deferrable (DeferrablePolicy | Unset):
        display_name (None | str | Unset):
        full_parameters (Any | Unset):
        hints (ToolHints | Unset):
        policy (ToolPolicy | Unset):
    """

    description: str
    name: str
    parameters: Any
    category: None | str | Unset = UNSET
    deferrable: DeferrablePolicy | Unset = UNSET
    display_name: None | str | Unset = UNSET
    full_parameters: Any | Unset = UNSET
    hints: ToolHints | Unset = UNSET
    policy: ToolPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        parameters = self.parameters

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        deferrable: str | Unset = UNSET
        if not isinstance(self.deferrable, Unset):
            deferrable = self.deferrable.value

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        full_parameters = self.full_parameters

        hints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints.to_dict()

        policy: str | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "parameters": parameters,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if deferrable is not UNSET:
            field_dict["deferrable"] = deferrable
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if full_parameters is not UNSET:
            field_dict["full_parameters"] = full_parameters
        if hints is not UNSET:
            field_dict["hints"] = hints
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_hints import ToolHints

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        parameters = d.pop("parameters")

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        _deferrable = d.pop("deferrable", UNSET)
        deferrable: DeferrablePolicy | Unset
        if isinstance(_deferrable, Unset):
            deferrable = UNSET
        else:
            deferrable = DeferrablePolicy(_deferrable)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        full_parameters = d.pop("full_parameters", UNSET)

        _hints = d.pop("hints", UNSET)
        hints: ToolHints | Unset
        if isinstance(_hints, Unset):
            hints = UNSET
        else:
            hints = ToolHints.from_dict(_hints)

        _policy = d.pop("policy", UNSET)
        policy: ToolPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = ToolPolicy(_policy)

        builtin_tool = cls(
            description=description,
            name=name,
            parameters=parameters,
            category=category,
            deferrable=deferrable,
            display_name=display_name,
            full_parameters=full_parameters,
            hints=hints,
            policy=policy,
        )

        builtin_tool.additional_properties = d
        return builtin_tool

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
