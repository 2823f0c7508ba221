from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventContext")


@_attrs_define
class EventContext:
    """
    Attributes:
        exec_id (None | str | Unset):
        input_message_id (None | str | Unset):
        parent_span_id (None | str | Unset):
        span_id (None | str | Unset):
        trace_id (None | str | Unset):
        turn_id (None | str | Unset):
    """

    exec_id: None | str | Unset = UNSET
    input_message_id: None | str | Unset = UNSET
    parent_span_id: None | str | Unset = UNSET
    span_id: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    turn_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exec_id: None | str | Unset
        if isinstance(self.exec_id, Unset):
            exec_id = UNSET
        else:
            exec_id = self.exec_id

        input_message_id: None | str | Unset
        if isinstance(self.input_message_id, Unset):
            input_message_id = UNSET
        else:
            input_message_id = self.input_message_id

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        span_id: None | str | Unset
        if isinstance(self.span_id, Unset):
            span_id = UNSET
        else:
            span_id = self.span_id

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        turn_id: None | str | Unset
        if isinstance(self.turn_id, Unset):
            turn_id = UNSET
        else:
            turn_id = self.turn_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exec_id is not UNSET:
            field_dict["exec_id"] = exec_id
        if input_message_id is not UNSET:
            field_dict["input_message_id"] = input_message_id
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if turn_id is not UNSET:
            field_dict["turn_id"] = turn_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_exec_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exec_id = _parse_exec_id(d.pop("exec_id", UNSET))

        def _parse_input_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_message_id = _parse_input_message_id(d.pop("input_message_id", UNSET))

        def _parse_parent_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_span_id = _parse_parent_span_id(d.pop("parent_span_id", UNSET))

        def _parse_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_id = _parse_span_id(d.pop("span_id", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        def _parse_turn_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        turn_id = _parse_turn_id(d.pop("turn_id", UNSET))

        event_context = cls(
            exec_id=exec_id,
            input_message_id=input_message_id,
            parent_span_id=parent_span_id,
            span_id=span_id,
            trace_id=trace_id,
            turn_id=turn_id,
        )

        event_context.additional_properties = d
        return event_context

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
