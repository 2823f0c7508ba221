from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call import ToolCall
    from ..models.tool_call_summary import ToolCallSummary


T = TypeVar("T", bound="ToolCallRequestedData")


@_attrs_define
class ToolCallRequestedData:
    """
    Attributes:
        tool_calls (list[ToolCall]):
        headline (None | str | Unset):
        tool_summaries (list[ToolCallSummary] | Unset):
    """

    tool_calls: list[ToolCall]
    headline: None | str | Unset = UNSET
    tool_summaries: list[ToolCallSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item = tool_calls_item_data.to_dict()
            tool_calls.append(tool_calls_item)

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        tool_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_summaries, Unset):
            tool_summaries = []
            for tool_summaries_item_data in self.tool_summaries:
                tool_summaries_item = tool_summaries_item_data.to_dict()
                tool_summaries.append(tool_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_calls": tool_calls,
            }
        )
        if headline is not UNSET:
            field_dict["headline"] = headline
        if tool_summaries is not UNSET:
            field_dict["tool_summaries"] = tool_summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_call import ToolCall
        from ..models.tool_call_summary import ToolCallSummary

        d = dict(src_dict)
        tool_calls = []
        _tool_calls = d.pop("tool_calls")
        for tool_calls_item_data in _tool_calls:
            tool_calls_item = ToolCall.from_dict(tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        _tool_summaries = d.pop("tool_summaries", UNSET)
        tool_summaries: list[ToolCallSummary] | Unset = UNSET
        if _tool_summaries is not UNSET:
            tool_summaries = []
            for tool_summaries_item_data in _tool_summaries:
                tool_summaries_item = ToolCallSummary.from_dict(
                    tool_summaries_item_data
                )

                tool_summaries.append(tool_summaries_item)

        tool_call_requested_data = cls(
            tool_calls=tool_calls,
            headline=headline,
            tool_summaries=tool_summaries,
        )

        tool_call_requested_data.additional_properties = d
        return tool_call_requested_data

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
