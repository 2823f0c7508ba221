from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_tool_call_type import ContentPartToolCallType

T = TypeVar("T", bound="ContentPartToolCall")


@_attrs_define
class ContentPartToolCall:
    """
    Attributes:
        arguments (Any):
        id (str):
        name (str):
        type_ (ContentPartToolCallType):
    """

    arguments: Any
    id: str
    name: str
    type_: ContentPartToolCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        type_ = ContentPartToolCallType(d.pop("type"))

        content_part_tool_call = cls(
            arguments=arguments,
            id=id,
            name=name,
            type_=type_,
        )

        content_part_tool_call.additional_properties = d
        return content_part_tool_call

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
