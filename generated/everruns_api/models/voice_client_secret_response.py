from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoiceClientSecretResponse")


@_attrs_define
class VoiceClientSecretResponse:
    """
    Attributes:
        client_secret (Any):
        expires_at (datetime.datetime):
        model (str):
        provider (str):
        reasoning_effort (str):
        voice (str):
        voice_connection_id (str):
    """

    client_secret: Any
    expires_at: datetime.datetime
    model: str
    provider: str
    reasoning_effort: str
    voice: str
    voice_connection_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret

        expires_at = self.expires_at.isoformat()

        model = self.model

        provider = self.provider

        reasoning_effort = self.reasoning_effort

        voice = self.voice

        voice_connection_id = self.voice_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
                "expires_at": expires_at,
                "model": model,
                "provider": provider,
                "reasoning_effort": reasoning_effort,
                "voice": voice,
                "voice_connection_id": voice_connection_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_secret = d.pop("client_secret")

        expires_at = parse_datetime(d.pop("expires_at"))

        model = d.pop("model")

        provider = d.pop("provider")

        reasoning_effort = d.pop("reasoning_effort")

        voice = d.pop("voice")

        voice_connection_id = d.pop("voice_connection_id")

        voice_client_secret_response = cls(
            client_secret=client_secret,
            expires_at=expires_at,
            model=model,
            provider=provider,
            reasoning_effort=reasoning_effort,
            voice=voice,
            voice_connection_id=voice_connection_id,
        )

        voice_client_secret_response.additional_properties = d
        return voice_client_secret_response

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
