from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceCallResponse")


@_attrs_define
class VoiceCallResponse:
    """
    Attributes:
        answer_sdp (str):
        expires_at (datetime.datetime):
        model (str):
        provider (str):
        reasoning_effort (str):
        voice (str):
        voice_connection_id (str):
        provider_call_id (None | str | Unset):
    """

    answer_sdp: str
    expires_at: datetime.datetime
    model: str
    provider: str
    reasoning_effort: str
    voice: str
    voice_connection_id: str
    provider_call_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer_sdp = self.answer_sdp

        expires_at = self.expires_at.isoformat()

        model = self.model

        provider = self.provider

        reasoning_effort = self.reasoning_effort

        voice = self.voice

        voice_connection_id = self.voice_connection_id

        provider_call_id: None | str | Unset
        if isinstance(self.provider_call_id, Unset):
            provider_call_id = UNSET
        else:
            provider_call_id = self.provider_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer_sdp": answer_sdp,
                "expires_at": expires_at,
                "model": model,
                "provider": provider,
                "reasoning_effort": reasoning_effort,
                "voice": voice,
                "voice_connection_id": voice_connection_id,
            }
        )
        if provider_call_id is not UNSET:
            field_dict["provider_call_id"] = provider_call_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        answer_sdp = d.pop("answer_sdp")

        expires_at = parse_datetime(d.pop("expires_at"))

        model = d.pop("model")

        provider = d.pop("provider")

        reasoning_effort = d.pop("reasoning_effort")

        voice = d.pop("voice")

        voice_connection_id = d.pop("voice_connection_id")

        def _parse_provider_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_call_id = _parse_provider_call_id(d.pop("provider_call_id", UNSET))

        voice_call_response = cls(
            answer_sdp=answer_sdp,
            expires_at=expires_at,
            model=model,
            provider=provider,
            reasoning_effort=reasoning_effort,
            voice=voice,
            voice_connection_id=voice_connection_id,
            provider_call_id=provider_call_id,
        )

        voice_call_response.additional_properties = d
        return voice_call_response

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
