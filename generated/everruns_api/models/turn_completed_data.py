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


T = TypeVar("T", bound="TurnCompletedData")


@_attrs_define
class TurnCompletedData:
    """
    Attributes:
        iterations (int):
        turn_id (str):
        duration_ms (int | None | Unset):
        final_answer_preview (None | str | Unset):
        final_message_id (None | str | Unset):
        input_content (None | str | Unset):
        llm_call_count (int | None | Unset):
        status (None | str | Unset):
        time_to_first_token_ms (int | None | Unset):
        tool_call_count (int | None | Unset):
        usage (None | TokenUsage | Unset):
    """

    iterations: int
    turn_id: str
    duration_ms: int | None | Unset = UNSET
    final_answer_preview: None | str | Unset = UNSET
    final_message_id: None | str | Unset = UNSET
    input_content: None | str | Unset = UNSET
    llm_call_count: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    time_to_first_token_ms: int | None | Unset = UNSET
    tool_call_count: int | None | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_usage import TokenUsage

        iterations = self.iterations

        turn_id = self.turn_id

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        final_answer_preview: None | str | Unset
        if isinstance(self.final_answer_preview, Unset):
            final_answer_preview = UNSET
        else:
            final_answer_preview = self.final_answer_preview

        final_message_id: None | str | Unset
        if isinstance(self.final_message_id, Unset):
            final_message_id = UNSET
        else:
            final_message_id = self.final_message_id

        input_content: None | str | Unset
        if isinstance(self.input_content, Unset):
            input_content = UNSET
        else:
            input_content = self.input_content

        llm_call_count: int | None | Unset
        if isinstance(self.llm_call_count, Unset):
            llm_call_count = UNSET
        else:
            llm_call_count = self.llm_call_count

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        time_to_first_token_ms: int | None | Unset
        if isinstance(self.time_to_first_token_ms, Unset):
            time_to_first_token_ms = UNSET
        else:
            time_to_first_token_ms = self.time_to_first_token_ms

        tool_call_count: int | None | Unset
        if isinstance(self.tool_call_count, Unset):
            tool_call_count = UNSET
        else:
            tool_call_count = self.tool_call_count

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
                "iterations": iterations,
                "turn_id": turn_id,
            }
        )
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if final_answer_preview is not UNSET:
            field_dict["final_answer_preview"] = final_answer_preview
        if final_message_id is not UNSET:
            field_dict["final_message_id"] = final_message_id
        if input_content is not UNSET:
            field_dict["input_content"] = input_content
        if llm_call_count is not UNSET:
            field_dict["llm_call_count"] = llm_call_count
        if status is not UNSET:
            field_dict["status"] = status
        if time_to_first_token_ms is not UNSET:
            field_dict["time_to_first_token_ms"] = time_to_first_token_ms
        if tool_call_count is not UNSET:
            field_dict["tool_call_count"] = tool_call_count
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_usage import TokenUsage

        d = dict(src_dict)
        iterations = d.pop("iterations")

        turn_id = d.pop("turn_id")

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_final_answer_preview(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_answer_preview = _parse_final_answer_preview(
            d.pop("final_answer_preview", UNSET)
        )

        def _parse_final_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_message_id = _parse_final_message_id(d.pop("final_message_id", UNSET))

        def _parse_input_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_content = _parse_input_content(d.pop("input_content", UNSET))

        def _parse_llm_call_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        llm_call_count = _parse_llm_call_count(d.pop("llm_call_count", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_time_to_first_token_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_first_token_ms = _parse_time_to_first_token_ms(
            d.pop("time_to_first_token_ms", UNSET)
        )

        def _parse_tool_call_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tool_call_count = _parse_tool_call_count(d.pop("tool_call_count", UNSET))

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

        turn_completed_data = cls(
            iterations=iterations,
            turn_id=turn_id,
            duration_ms=duration_ms,
            final_answer_preview=final_answer_preview,
            final_message_id=final_message_id,
            input_content=input_content,
            llm_call_count=llm_call_count,
            status=status,
            time_to_first_token_ms=time_to_first_token_ms,
            tool_call_count=tool_call_count,
            usage=usage,
        )

        turn_completed_data.additional_properties = d
        return turn_completed_data

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
