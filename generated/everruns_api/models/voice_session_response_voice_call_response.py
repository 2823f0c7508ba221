from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session import Session
    from ..models.voice_session_response_voice_call_response_voice import (
        VoiceSessionResponseVoiceCallResponseVoice,
    )


T = TypeVar("T", bound="VoiceSessionResponseVoiceCallResponse")


@_attrs_define
class VoiceSessionResponseVoiceCallResponse:
    """
    Attributes:
        session (Session):
        voice (VoiceSessionResponseVoiceCallResponseVoice):
    """

    session: Session
    voice: VoiceSessionResponseVoiceCallResponseVoice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        voice = self.voice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "voice": voice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session import Session
        from ..models.voice_session_response_voice_call_response_voice import (
            VoiceSessionResponseVoiceCallResponseVoice,
        )

        d = dict(src_dict)
        session = Session.from_dict(d.pop("session"))

        voice = VoiceSessionResponseVoiceCallResponseVoice.from_dict(d.pop("voice"))

        voice_session_response_voice_call_response = cls(
            session=session,
            voice=voice,
        )

        voice_session_response_voice_call_response.additional_properties = d
        return voice_session_response_voice_call_response

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
