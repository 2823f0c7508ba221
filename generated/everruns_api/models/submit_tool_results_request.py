from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_tool_result import ClientToolResult


T = TypeVar("T", bound="SubmitToolResultsRequest")


@_attrs_define
class SubmitToolResultsRequest:
    """
    Attributes:
        tool_results (list[ClientToolResult]):
    """

    tool_results: list[ClientToolResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_results = []
        for tool_results_item_data in self.tool_results:
            tool_results_item = tool_results_item_data.to_dict()
            tool_results.append(tool_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_results": tool_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_tool_result import ClientToolResult

        d = dict(src_dict)
        tool_results = []
        _tool_results = d.pop("tool_results")
        for tool_results_item_data in _tool_results:
            tool_results_item = ClientToolResult.from_dict(tool_results_item_data)

            tool_results.append(tool_results_item)

        submit_tool_results_request = cls(
            tool_results=tool_results,
        )

        submit_tool_results_request.additional_properties = d
        return submit_tool_results_request

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
