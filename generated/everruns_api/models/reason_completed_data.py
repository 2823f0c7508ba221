from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="ReasonCompletedData")


@_attrs_define
class ReasonCompletedData:
    """
    Attributes:
        has_tool_calls (bool):
        success (bool):
        tool_call_count (int):
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        text_preview (None | str | Unset):
        usage (None | TokenUsage | Unset):
    """

    has_tool_calls: bool
    success: bool
    tool_call_count: int
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    text_preview: None | str | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_usage import TokenUsage

        has_tool_calls = self.has_tool_calls

        success = self.success

        tool_call_count = self.tool_call_count

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        text_preview: None | str | Unset
        if isinstance(self.text_preview, Unset):
            text_preview = UNSET
        else:
            text_preview = self.text_preview

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TokenUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_tool_calls": has_tool_calls,
                "success": success,
                "tool_call_count": tool_call_count,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error
        if text_preview is not UNSET:
            field_dict["text_preview"] = text_preview
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_usage import TokenUsage

        d = dict(src_dict)
        has_tool_calls = d.pop("has_tool_calls")

        success = d.pop("success")

        tool_call_count = d.pop("tool_call_count")

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_text_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_preview = _parse_text_preview(d.pop("text_preview", UNSET))

        def _parse_usage(data: object) -> None | TokenUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = TokenUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        reason_completed_data = cls(
            has_tool_calls=has_tool_calls,
            success=success,
            tool_call_count=tool_call_count,
            duration_ms=duration_ms,
            error=error,
            text_preview=text_preview,
            usage=usage,
        )

        reason_completed_data.additional_properties = d
        return reason_completed_data

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
