from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.controls_hints_type_0 import ControlsHintsType0
    from ..models.reasoning_config import ReasoningConfig


T = TypeVar("T", bound="Controls")


@_attrs_define
class Controls:
    """
    Attributes:
        error_disclosure (None | str | Unset):
        hints (ControlsHintsType0 | None | Unset):
        locale (None | str | Unset):
        model_id (None | str | Unset):
        reasoning (None | ReasoningConfig | Unset):
    """

    error_disclosure: None | str | Unset = UNSET
    hints: ControlsHintsType0 | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.controls_hints_type_0 import ControlsHintsType0
        from ..models.reasoning_config import ReasoningConfig

        error_disclosure: None | str | Unset
        if isinstance(self.error_disclosure, Unset):
            error_disclosure = UNSET
        else:
            error_disclosure = self.error_disclosure

        hints: dict[str, Any] | None | Unset
        if isinstance(self.hints, Unset):
            hints = UNSET
        elif isinstance(self.hints, ControlsHintsType0):
            hints = self.hints.to_dict()
        else:
            hints = self.hints

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_disclosure is not UNSET:
            field_dict["error_disclosure"] = error_disclosure
        if hints is not UNSET:
            field_dict["hints"] = hints
        if locale is not UNSET:
            field_dict["locale"] = locale
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.controls_hints_type_0 import ControlsHintsType0
        from ..models.reasoning_config import ReasoningConfig

        d = dict(src_dict)

        def _parse_error_disclosure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_disclosure = _parse_error_disclosure(d.pop("error_disclosure", UNSET))

        def _parse_hints(data: object) -> ControlsHintsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hints_type_0 = ControlsHintsType0.from_dict(data)

                return hints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlsHintsType0 | None | Unset, data)

        hints = _parse_hints(d.pop("hints", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_reasoning(data: object) -> None | ReasoningConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_1 = ReasoningConfig.from_dict(data)

                return reasoning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningConfig | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        controls = cls(
            error_disclosure=error_disclosure,
            hints=hints,
            locale=locale,
            model_id=model_id,
            reasoning=reasoning,
        )

        controls.additional_properties = d
        return controls

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
