from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_cost import ModelCost
    from ..models.model_limits import ModelLimits
    from ..models.model_modalities import ModelModalities
    from ..models.reasoning_effort_config import ReasoningEffortConfig


T = TypeVar("T", bound="ModelProfile")


@_attrs_define
class ModelProfile:
    """
    Attributes:
        attachment (bool):
        family (str):
        name (str):
        open_weights (bool):
        reasoning (bool):
        structured_output (bool):
        temperature (bool):
        tool_call (bool):
        cost (ModelCost | None | Unset):
        description (None | str | Unset):
        knowledge (None | str | Unset):
        last_updated (None | str | Unset):
        limits (ModelLimits | None | Unset):
        modalities (ModelModalities | None | Unset):
        reasoning_effort (None | ReasoningEffortConfig | Unset):
        release_date (None | str | Unset):
        supported_parameters (list[str] | Unset):
        supports_phases (bool | Unset):
        tool_search (bool | Unset):
    """

    attachment: bool
    family: str
    name: str
    open_weights: bool
    reasoning: bool
    structured_output: bool
    temperature: bool
    tool_call: bool
    cost: ModelCost | None | Unset = UNSET
    description: None | str | Unset = UNSET
    knowledge: None | str | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    limits: ModelLimits | None | Unset = UNSET
    modalities: ModelModalities | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortConfig | Unset = UNSET
    release_date: None | str | Unset = UNSET
    supported_parameters: list[str] | Unset = UNSET
    supports_phases: bool | Unset = UNSET
    tool_search: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_cost import ModelCost
        from ..models.model_limits import ModelLimits
        from ..models.model_modalities import ModelModalities
        from ..models.reasoning_effort_config import ReasoningEffortConfig

        attachment = self.attachment

        family = self.family

        name = self.name

        open_weights = self.open_weights

        reasoning = self.reasoning

        structured_output = self.structured_output

        temperature = self.temperature

        tool_call = self.tool_call

        cost: dict[str, Any] | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        elif isinstance(self.cost, ModelCost):
            cost = self.cost.to_dict()
        else:
            cost = self.cost

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        knowledge: None | str | Unset
        if isinstance(self.knowledge, Unset):
            knowledge = UNSET
        else:
            knowledge = self.knowledge

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, ModelLimits):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        modalities: dict[str, Any] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, ModelModalities):
            modalities = self.modalities.to_dict()
        else:
            modalities = self.modalities

        reasoning_effort: dict[str, Any] | None | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffortConfig):
            reasoning_effort = self.reasoning_effort.to_dict()
        else:
            reasoning_effort = self.reasoning_effort

        release_date: None | str | Unset
        if isinstance(self.release_date, Unset):
            release_date = UNSET
        else:
            release_date = self.release_date

        supported_parameters: list[str] | Unset = UNSET
        if not isinstance(self.supported_parameters, Unset):
            supported_parameters = self.supported_parameters

        supports_phases = self.supports_phases

        tool_search = self.tool_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "family": family,
                "name": name,
                "open_weights": open_weights,
                "reasoning": reasoning,
                "structured_output": structured_output,
                "temperature": temperature,
                "tool_call": tool_call,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if description is not UNSET:
            field_dict["description"] = description
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if limits is not UNSET:
            field_dict["limits"] = limits
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if release_date is not UNSET:
            field_dict["release_date"] = release_date
        if supported_parameters is not UNSET:
            field_dict["supported_parameters"] = supported_parameters
        if supports_phases is not UNSET:
            field_dict["supports_phases"] = supports_phases
        if tool_search is not UNSET:
            field_dict["tool_search"] = tool_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_cost import ModelCost
        from ..models.model_limits import ModelLimits
        from ..models.model_modalities import ModelModalities
        from ..models.reasoning_effort_config import ReasoningEffortConfig

        d = dict(src_dict)
        attachment = d.pop("attachment")

        family = d.pop("family")

        name = d.pop("name")

        open_weights = d.pop("open_weights")

        reasoning = d.pop("reasoning")

        structured_output = d.pop("structured_output")

        temperature = d.pop("temperature")

        tool_call = d.pop("tool_call")

        def _parse_cost(data: object) -> ModelCost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_type_1 = ModelCost.from_dict(data)

                return cost_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelCost | None | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_knowledge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        knowledge = _parse_knowledge(d.pop("knowledge", UNSET))

        def _parse_last_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        def _parse_limits(data: object) -> ModelLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_1 = ModelLimits.from_dict(data)

                return limits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelLimits | None | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))

        def _parse_modalities(data: object) -> ModelModalities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                modalities_type_1 = ModelModalities.from_dict(data)

                return modalities_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelModalities | None | Unset, data)

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        def _parse_reasoning_effort(
            data: object,
        ) -> None | ReasoningEffortConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_effort_type_1 = ReasoningEffortConfig.from_dict(data)

                return reasoning_effort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningEffortConfig | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_release_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_date = _parse_release_date(d.pop("release_date", UNSET))

        supported_parameters = cast(list[str], d.pop("supported_parameters", UNSET))

        supports_phases = d.pop("supports_phases", UNSET)

        tool_search = d.pop("tool_search", UNSET)

        model_profile = cls(
            attachment=attachment,
            family=family,
            name=name,
            open_weights=open_weights,
            reasoning=reasoning,
            structured_output=structured_output,
            temperature=temperature,
            tool_call=tool_call,
            cost=cost,
            description=description,
            knowledge=knowledge,
            last_updated=last_updated,
            limits=limits,
            modalities=modalities,
            reasoning_effort=reasoning_effort,
            release_date=release_date,
            supported_parameters=supported_parameters,
            supports_phases=supports_phases,
            tool_search=tool_search,
        )

        model_profile.additional_properties = d
        return model_profile

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
