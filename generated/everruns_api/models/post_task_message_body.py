from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_message_part_data import TaskMessagePartData
    from ..models.task_message_part_text import TaskMessagePartText


T = TypeVar("T", bound="PostTaskMessageBody")


@_attrs_define
class PostTaskMessageBody:
    """
    Attributes:
        content (list[TaskMessagePartData | TaskMessagePartText] | None | Unset):
        in_reply_to (None | str | Unset):
        text (None | str | Unset):
    """

    content: list[TaskMessagePartData | TaskMessagePartText] | None | Unset = UNSET
    in_reply_to: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_message_part_text import TaskMessagePartText

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, TaskMessagePartText):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_message_part_data import TaskMessagePartData
        from ..models.task_message_part_text import TaskMessagePartText

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> list[TaskMessagePartData | TaskMessagePartText] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> TaskMessagePartData | TaskMessagePartText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_task_message_part_type_0 = (
                                TaskMessagePartText.from_dict(data)
                            )

                            return componentsschemas_task_message_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_task_message_part_type_1 = (
                            TaskMessagePartData.from_dict(data)
                        )

                        return componentsschemas_task_message_part_type_1

                    content_type_0_item = _parse_content_type_0_item(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[TaskMessagePartData | TaskMessagePartText] | None | Unset, data
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_in_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        post_task_message_body = cls(
            content=content,
            in_reply_to=in_reply_to,
            text=text,
        )

        post_task_message_body.additional_properties = d
        return post_task_message_body

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
