from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invocation_session_mode import InvocationSessionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_endpoint_auth_config import AppEndpointAuthConfig


T = TypeVar("T", bound="AddA2AChannelHttpRequest")


@_attrs_define
class AddA2AChannelHttpRequest:
    """
    Attributes:
        message (str):
        agent_card_description (None | str | Unset):
        agent_card_name (None | str | Unset):
        auth (AppEndpointAuthConfig | None | Unset):
        enabled (bool | None | Unset):
        session_mode (InvocationSessionMode | Unset):
    """

    message: str
    agent_card_description: None | str | Unset = UNSET
    agent_card_name: None | str | Unset = UNSET
    auth: AppEndpointAuthConfig | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    session_mode: InvocationSessionMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_endpoint_auth_config import AppEndpointAuthConfig

        message = self.message

        agent_card_description: None | str | Unset
        if isinstance(self.agent_card_description, Unset):
            agent_card_description = UNSET
        else:
            agent_card_description = self.agent_card_description

        agent_card_name: None | str | Unset
        if isinstance(self.agent_card_name, Unset):
            agent_card_name = UNSET
        else:
            agent_card_name = self.agent_card_name

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AppEndpointAuthConfig):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        session_mode: str | Unset = UNSET
        if not isinstance(self.session_mode, Unset):
            session_mode = self.session_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if agent_card_description is not UNSET:
            field_dict["agent_card_description"] = agent_card_description
        if agent_card_name is not UNSET:
            field_dict["agent_card_name"] = agent_card_name
        if auth is not UNSET:
            field_dict["auth"] = auth
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if session_mode is not UNSET:
            field_dict["session_mode"] = session_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_endpoint_auth_config import AppEndpointAuthConfig

        d = dict(src_dict)
        message = d.pop("message")

        def _parse_agent_card_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_card_description = _parse_agent_card_description(
            d.pop("agent_card_description", UNSET)
        )

        def _parse_agent_card_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_card_name = _parse_agent_card_name(d.pop("agent_card_name", UNSET))

        def _parse_auth(data: object) -> AppEndpointAuthConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_1 = AppEndpointAuthConfig.from_dict(data)

                return auth_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppEndpointAuthConfig | None | Unset, data)

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _session_mode = d.pop("session_mode", UNSET)
        session_mode: InvocationSessionMode | Unset
        if isinstance(_session_mode, Unset):
            session_mode = UNSET
        else:
            session_mode = InvocationSessionMode(_session_mode)

        add_a2a_channel_http_request = cls(
            message=message,
            agent_card_description=agent_card_description,
            agent_card_name=agent_card_name,
            auth=auth,
            enabled=enabled,
            session_mode=session_mode,
        )

        add_a2a_channel_http_request.additional_properties = d
        return add_a2a_channel_http_request

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
