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
from ..models.execution_phase import ExecutionPhase
from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_image_file import ContentPartImageFile
    from ..models.content_part_text import ContentPartText
    from ..models.content_part_tool_call import ContentPartToolCall
    from ..models.content_part_tool_result import ContentPartToolResult
    from ..models.controls import Controls
    from ..models.external_actor import ExternalActor
    from ..models.message_metadata_type_0 import MessageMetadataType0


@_attrs_define
class Message:
    """
    Attributes:
        content (list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall |
            ContentPartToolResult]):
        created_at (datetime.datetime):
        id (str):
        role (MessageRole):
        controls (Controls | None | Unset):
        external_actor (ExternalActor | None | Unset):
        metadata (MessageMetadataType0 | None | Unset):
        phase (ExecutionPhase | None | Unset):
        sequence (int | Unset):
        session_id (str | Unset):
        thinking (None | str | Unset):
        thinking_signature (None | str | Unset):
    """

    content: list[
        ContentPartImage
        | ContentPartImageFile
        | ContentPartText
        | ContentPartToolCall
        | ContentPartToolResult
    ]
    created_at: datetime.datetime
    id: str
    role: MessageRole
    controls: Controls | None | Unset = UNSET
    external_actor: ExternalActor | None | Unset = UNSET
    metadata: MessageMetadataType0 | None | Unset = UNSET
    phase: ExecutionPhase | None | Unset = UNSET
    sequence: int | Unset = UNSET
    session_id: str | Unset = UNSET
    thinking: None | str | Unset = UNSET
    thinking_signature: None | str | Unset = UNSET
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


def _read_content_item(
    data: Any,
) -> (
    ContentPartImage
    | ContentPartImageFile
    | ContentPartText
    | ContentPartToolCall
    | ContentPartToolResult
):
    if _models.ContentPartText._accepts(data):
        return read_nested(_models.ContentPartText, data)
    if _models.ContentPartImage._accepts(data):
        return read_nested(_models.ContentPartImage, data)
    if _models.ContentPartImageFile._accepts(data):
        return read_nested(_models.ContentPartImageFile, data)
    if _models.ContentPartToolCall._accepts(data):
        return read_nested(_models.ContentPartToolCall, data)
    if _models.ContentPartToolResult._accepts(data):
        return read_nested(_models.ContentPartToolResult, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ContentPartText._accepts(data, strictly=False):
        return read_nested(_models.ContentPartText, data)
    if _models.ContentPartImage._accepts(data, strictly=False):
        return read_nested(_models.ContentPartImage, data)
    if _models.ContentPartImageFile._accepts(data, strictly=False):
        return read_nested(_models.ContentPartImageFile, data)
    if _models.ContentPartToolCall._accepts(data, strictly=False):
        return read_nested(_models.ContentPartToolCall, data)
    if _models.ContentPartToolResult._accepts(data, strictly=False):
        return read_nested(_models.ContentPartToolResult, data)
    return cast(
        "ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall | ContentPartToolResult",
        unknown_kind(data, "Message", "content"),
    )


def _read_content(
    data: Any,
) -> list[
    ContentPartImage
    | ContentPartImageFile
    | ContentPartText
    | ContentPartToolCall
    | ContentPartToolResult
]:
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    return [_read_content_item(item) for item in data]


def _write_content_item(value: Any) -> Any:
    if isinstance(value, _models.ContentPartText):
        return write_model(value)
    if isinstance(value, _models.ContentPartImage):
        return write_model(value)
    if isinstance(value, _models.ContentPartImageFile):
        return write_model(value)
    if isinstance(value, _models.ContentPartToolCall):
        return write_model(value)
    if isinstance(value, _models.ContentPartToolResult):
        return write_model(value)
    return value


def _write_content(value: Any) -> Any:
    return [_write_content_item(item) for item in value]


def _read_controls(data: Any) -> Controls | None:
    if data is None:
        return None
    if _models.Controls._accepts(data):
        return read_nested(_models.Controls, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.Controls._accepts(data, strictly=False, alone=True):
        return read_nested(_models.Controls, data)
    return cast("Controls | None", unknown_kind(data, "Message", "controls"))


def _write_controls(value: Any) -> Any:
    if isinstance(value, _models.Controls):
        return write_model(value)
    return value


def _read_external_actor(data: Any) -> ExternalActor | None:
    if data is None:
        return None
    if _models.ExternalActor._accepts(data):
        return read_nested(_models.ExternalActor, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ExternalActor._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ExternalActor, data)
    return cast("ExternalActor | None", unknown_kind(data, "Message", "external_actor"))


def _write_external_actor(value: Any) -> Any:
    if isinstance(value, _models.ExternalActor):
        return write_model(value)
    return value


def _read_metadata(data: Any) -> MessageMetadataType0 | None:
    if _models.MessageMetadataType0._accepts(data):
        return read_nested(_models.MessageMetadataType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.MessageMetadataType0._accepts(data, strictly=False, alone=True):
        return read_nested(_models.MessageMetadataType0, data)
    return cast(
        "MessageMetadataType0 | None", unknown_kind(data, "Message", "metadata")
    )


def _write_metadata(value: Any) -> Any:
    if isinstance(value, _models.MessageMetadataType0):
        return write_model(value)
    return value


def _read_phase(data: Any) -> ExecutionPhase | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return ExecutionPhase(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of ExecutionPhase | None: {type(data).__name__}")


def _write_phase(value: Any) -> Any:
    if isinstance(value, ExecutionPhase):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "Message",
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
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "role": Field(
            "role",
            MessageRole,
            write_enum,
            True,
        ),
        "controls": Field(
            "controls",
            _read_controls,
            _write_controls,
            False,
        ),
        "external_actor": Field(
            "external_actor",
            _read_external_actor,
            _write_external_actor,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            _write_metadata,
            False,
        ),
        "phase": Field(
            "phase",
            _read_phase,
            _write_phase,
            False,
        ),
        "sequence": Field(
            "sequence",
            None,
            None,
            False,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            False,
        ),
        "thinking": Field(
            "thinking",
            None,
            None,
            False,
        ),
        "thinking_signature": Field(
            "thinking_signature",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Message._shape = _SHAPE
