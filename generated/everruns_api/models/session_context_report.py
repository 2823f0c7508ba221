from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_report_contribution import ContextReportContribution
    from ..models.context_report_section import ContextReportSection
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="SessionContextReport")


@_attrs_define
class SessionContextReport:
    """
    Attributes:
        contributions (list[ContextReportContribution]):
        estimated_input_tokens (int):
        model (str):
        sections (list[ContextReportSection]):
        session_id (str):
        context_window_tokens (int | None | Unset):
        cumulative_usage (None | TokenUsage | Unset):
    """

    contributions: list[ContextReportContribution]
    estimated_input_tokens: int
    model: str
    sections: list[ContextReportSection]
    session_id: str
    context_window_tokens: int | None | Unset = UNSET
    cumulative_usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_usage import TokenUsage

        contributions = []
        for contributions_item_data in self.contributions:
            contributions_item = contributions_item_data.to_dict()
            contributions.append(contributions_item)

        estimated_input_tokens = self.estimated_input_tokens

        model = self.model

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)

        session_id = self.session_id

        context_window_tokens: int | None | Unset
        if isinstance(self.context_window_tokens, Unset):
            context_window_tokens = UNSET
        else:
            context_window_tokens = self.context_window_tokens

        cumulative_usage: dict[str, Any] | None | Unset
        if isinstance(self.cumulative_usage, Unset):
            cumulative_usage = UNSET
        elif isinstance(self.cumulative_usage, TokenUsage):
            cumulative_usage = self.cumulative_usage.to_dict()
        else:
            cumulative_usage = self.cumulative_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contributions": contributions,
                "estimated_input_tokens": estimated_input_tokens,
                "model": model,
                "sections": sections,
                "session_id": session_id,
            }
        )
        if context_window_tokens is not UNSET:
            field_dict["context_window_tokens"] = context_window_tokens
        if cumulative_usage is not UNSET:
            field_dict["cumulative_usage"] = cumulative_usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.context_report_contribution import ContextReportContribution
        from ..models.context_report_section import ContextReportSection
        from ..models.token_usage import TokenUsage

        d = dict(src_dict)
        contributions = []
        _contributions = d.pop("contributions")
        for contributions_item_data in _contributions:
            contributions_item = ContextReportContribution.from_dict(
                contributions_item_data
            )

            contributions.append(contributions_item)

        estimated_input_tokens = d.pop("estimated_input_tokens")

        model = d.pop("model")

        sections = []
        _sections = d.pop("sections")
        for sections_item_data in _sections:
            sections_item = ContextReportSection.from_dict(sections_item_data)

            sections.append(sections_item)

        session_id = d.pop("session_id")

        def _parse_context_window_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        context_window_tokens = _parse_context_window_tokens(
            d.pop("context_window_tokens", UNSET)
        )

        def _parse_cumulative_usage(data: object) -> None | TokenUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cumulative_usage_type_1 = TokenUsage.from_dict(data)

                return cumulative_usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenUsage | Unset, data)

        cumulative_usage = _parse_cumulative_usage(d.pop("cumulative_usage", UNSET))

        session_context_report = cls(
            contributions=contributions,
            estimated_input_tokens=estimated_input_tokens,
            model=model,
            sections=sections,
            session_id=session_id,
            context_window_tokens=context_window_tokens,
            cumulative_usage=cumulative_usage,
        )

        session_context_report.additional_properties = d
        return session_context_report

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
