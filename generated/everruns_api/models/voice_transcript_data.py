from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceTranscriptData")


@_attrs_define
class VoiceTranscriptData:
    """
    Attributes:
        accumulated (str):
        voice_connection_id (str):
        delta (str | Unset):
        item_id (None | str | Unset):
        phase (None | str | Unset):
        response_id (None | str | Unset):
    """

    accumulated: str
    voice_connection_id: str
    delta: str | Unset = UNSET
    item_id: None | str | Unset = UNSET
    phase: None | str | Unset = UNSET
    response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accumulated = self.accumulated

        voice_connection_id = self.voice_connection_id

        delta = self.delta

        item_id: None | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        response_id: None | str | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        else:
            response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accumulated": accumulated,
                "voice_connection_id": voice_connection_id,
            }
        )
        if delta is not UNSET:
            field_dict["delta"] = delta
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accumulated = d.pop("accumulated")

        voice_connection_id = d.pop("voice_connection_id")

        delta = d.pop("delta", UNSET)

        def _parse_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_id = _parse_item_id(d.pop("item_id", UNSET))

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_id = _parse_response_id(d.pop("response_id", UNSET))

        voice_transcript_data = cls(
            accumulated=accumulated,
            voice_connection_id=voice_connection_id,
            delta=delta,
            item_id=item_id,
            phase=phase,
            response_id=response_id,
        )

        voice_transcript_data.additional_properties = d
        return voice_transcript_data

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
