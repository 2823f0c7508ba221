from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_tool_result_type import ContentPartToolResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentPartToolResult")


@_attrs_define
class ContentPartToolResult:
    """
    Attributes:
        tool_call_id (str):
        type_ (ContentPartToolResultType):
        error (None | str | Unset):
        result (Any | Unset):
    """

    tool_call_id: str
    type_: ContentPartToolResultType
    error: None | str | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_call_id = self.tool_call_id

        type_ = self.type_.value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_call_id": tool_call_id,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_call_id = d.pop("tool_call_id")

        type_ = ContentPartToolResultType(d.pop("type"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        result = d.pop("result", UNSET)

        content_part_tool_result = cls(
            tool_call_id=tool_call_id,
            type_=type_,
            error=error,
            result=result,
        )

        content_part_tool_result.additional_properties = d
        return content_part_tool_result

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
