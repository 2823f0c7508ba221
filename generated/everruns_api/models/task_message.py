from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.task_message_direction import TaskMessageDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_message_part_data import TaskMessagePartData
    from ..models.task_message_part_text import TaskMessagePartText


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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_content_item(data: Any) -> TaskMessagePartData | TaskMessagePartText:
    if _models.TaskMessagePartText._accepts(data):
        return read_nested(_models.TaskMessagePartText, data)
    if _models.TaskMessagePartData._accepts(data):
        return read_nested(_models.TaskMessagePartData, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TaskMessagePartText._accepts(data, strictly=False):
        return read_nested(_models.TaskMessagePartText, data)
    if _models.TaskMessagePartData._accepts(data, strictly=False):
        return read_nested(_models.TaskMessagePartData, data)
    return cast(
        "TaskMessagePartData | TaskMessagePartText",
        unknown_kind(data, "TaskMessage", "content"),
    )


def _read_content(data: Any) -> list[TaskMessagePartData | TaskMessagePartText]:
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    return [_read_content_item(item) for item in data]


def _write_content_item(value: Any) -> Any:
    if isinstance(value, _models.TaskMessagePartText):
        return write_model(value)
    if isinstance(value, _models.TaskMessagePartData):
        return write_model(value)
    return value


def _write_content(value: Any) -> Any:
    return [_write_content_item(item) for item in value]


_SHAPE = Shape(
    "TaskMessage",
    {
        "content": Field(
            "content",
            _read_content,
            _write_content,
            True,
        ),
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "direction": Field(
            "direction",
            TaskMessageDirection,
            write_enum,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "task_id": Field(
            "task_id",
            None,
            None,
            True,
        ),
        "in_reply_to": Field(
            "in_reply_to",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
TaskMessage._shape = _SHAPE
