from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_image_file import ContentPartImageFile
    from ..models.content_part_text import ContentPartText
    from ..models.content_part_tool_call import ContentPartToolCall
    from ..models.content_part_tool_result import ContentPartToolResult


@_attrs_define
class ToolCompletedData:
    """
    Attributes:
        status (str):
        success (bool):
        tool_call_id (str):
        tool_name (str):
        capability_id (None | str | Unset):
        capability_name (None | str | Unset):
        display_name (None | str | Unset):
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        narration (None | str | Unset):
        result (list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall |
            ContentPartToolResult] | None | Unset):
        tool_call_fingerprint (None | str | Unset):
        tool_result_fingerprint (None | str | Unset):
    """

    status: str
    success: bool
    tool_call_id: str
    tool_name: str
    capability_id: None | str | Unset = UNSET
    capability_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    narration: None | str | Unset = UNSET
    result: (
        list[
            ContentPartImage
            | ContentPartImageFile
            | ContentPartText
            | ContentPartToolCall
            | ContentPartToolResult
        ]
        | None
        | Unset
    ) = UNSET
    tool_call_fingerprint: None | str | Unset = UNSET
    tool_result_fingerprint: None | str | Unset = UNSET
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


def _read_result_1_item(
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
        unknown_kind(data, "ToolCompletedData", "result"),
    )


def _read_result_1(
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
    return [_read_result_1_item(item) for item in data]


def _read_result(
    data: Any,
) -> (
    list[
        ContentPartImage
        | ContentPartImageFile
        | ContentPartText
        | ContentPartToolCall
        | ContentPartToolResult
    ]
    | None
):
    if isinstance(data, list):
        try:
            return _read_result_1(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(
        f"not a value of list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall | ContentPartToolResult] | None: {type(data).__name__}"
    )


def _write_result_1_item(value: Any) -> Any:
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


def _write_result_1(value: Any) -> Any:
    return [_write_result_1_item(item) for item in value]


def _write_result(value: Any) -> Any:
    if isinstance(value, list):
        return _write_result_1(value)
    return value


_SHAPE = Shape(
    "ToolCompletedData",
    {
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "success": Field(
            "success",
            None,
            None,
            True,
        ),
        "tool_call_id": Field(
            "tool_call_id",
            None,
            None,
            True,
        ),
        "tool_name": Field(
            "tool_name",
            None,
            None,
            True,
        ),
        "capability_id": Field(
            "capability_id",
            None,
            None,
            False,
        ),
        "capability_name": Field(
            "capability_name",
            None,
            None,
            False,
        ),
        "display_name": Field(
            "display_name",
            None,
            None,
            False,
        ),
        "duration_ms": Field(
            "duration_ms",
            None,
            None,
            False,
        ),
        "error": Field(
            "error",
            None,
            None,
            False,
        ),
        "narration": Field(
            "narration",
            None,
            None,
            False,
        ),
        "result": Field(
            "result",
            _read_result,
            _write_result,
            False,
        ),
        "tool_call_fingerprint": Field(
            "tool_call_fingerprint",
            None,
            None,
            False,
        ),
        "tool_result_fingerprint": Field(
            "tool_result_fingerprint",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ToolCompletedData._shape = _SHAPE
