from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_message_direction import TaskMessageDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_message_part_data import TaskMessagePartData
    from ..models.task_message_part_text import TaskMessagePartText


T = TypeVar("T", bound="TaskMessage")


@_attrs_define
class TaskMessage:
    """
    Attributes:
        content (list[TaskMessagePartData | TaskMessagePartText]):
        created_at (datetime.datetime):
        direction (TaskMessageDirection):
        id (str):
        task_id (str):
        in_reply_to (None | str | Unset):
    """

    content: list[TaskMessagePartData | TaskMessagePartText]
    created_at: datetime.datetime
    direction: TaskMessageDirection
    id: str
    task_id: str
    in_reply_to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_message_part_text import TaskMessagePartText

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TaskMessagePartText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        id = self.id

        task_id = self.task_id

        in_reply_to: None | str | Unset
        if isinstance(self.in_reply_to, Unset):
            in_reply_to = UNSET
        else:
            in_reply_to = self.in_reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "direction": direction,
                "id": id,
                "task_id": task_id,
            }
        )
        if in_reply_to is not UNSET:
            field_dict["in_reply_to"] = in_reply_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_message_part_data import TaskMessagePartData
        from ..models.task_message_part_text import TaskMessagePartText

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
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

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        created_at = parse_datetime(d.pop("created_at"))

        direction = TaskMessageDirection(d.pop("direction"))

        id = d.pop("id")

        task_id = d.pop("task_id")

        def _parse_in_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_reply_to = _parse_in_reply_to(d.pop("in_reply_to", UNSET))

        task_message = cls(
            content=content,
            created_at=created_at,
            direction=direction,
            id=id,
            task_id=task_id,
            in_reply_to=in_reply_to,
        )

        task_message.additional_properties = d
        return task_message

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
