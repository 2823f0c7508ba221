from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_content_part_image import InputContentPartImage
    from ..models.input_content_part_image_file import InputContentPartImageFile
    from ..models.input_content_part_text import InputContentPartText


T = TypeVar("T", bound="InputMessage")


@_attrs_define
class InputMessage:
    """
    Attributes:
        content (list[InputContentPartImage | InputContentPartImageFile | InputContentPartText]):
        role (MessageRole | Unset):
    """

    content: list[
        InputContentPartImage | InputContentPartImageFile | InputContentPartText
    ]
    role: MessageRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.input_content_part_image import InputContentPartImage
        from ..models.input_content_part_text import InputContentPartText

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, InputContentPartText) or isinstance(
                content_item_data, InputContentPartImage
            ):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_content_part_image import InputContentPartImage
        from ..models.input_content_part_image_file import InputContentPartImageFile
        from ..models.input_content_part_text import InputContentPartText

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                InputContentPartImage | InputContentPartImageFile | InputContentPartText
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_input_content_part_type_0 = (
                        InputContentPartText.from_dict(data)
                    )

                    return componentsschemas_input_content_part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_input_content_part_type_1 = (
                        InputContentPartImage.from_dict(data)
                    )

                    return componentsschemas_input_content_part_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_input_content_part_type_2 = (
                    InputContentPartImageFile.from_dict(data)
                )

                return componentsschemas_input_content_part_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        _role = d.pop("role", UNSET)
        role: MessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MessageRole(_role)

        input_message = cls(
            content=content,
            role=role,
        )

        input_message.additional_properties = d
        return input_message

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
