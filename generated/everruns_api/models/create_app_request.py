from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_version_policy import AgentVersionPolicy
from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_app_request_channel_config_type_0 import (
        CreateAppRequestChannelConfigType0,
    )


T = TypeVar("T", bound="CreateAppRequest")


@_attrs_define
class CreateAppRequest:
    """
    Attributes:
        harness_id (str):
        name (str):
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | Unset):
        channel_config (CreateAppRequestChannelConfigType0 | None | Unset):
        channel_type (ChannelType | None | Unset):
        description (None | str | Unset):
    """

    harness_id: str
    name: str
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | Unset = UNSET
    channel_config: CreateAppRequestChannelConfigType0 | None | Unset = UNSET
    channel_type: ChannelType | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_app_request_channel_config_type_0 import (
            CreateAppRequestChannelConfigType0,
        )

        harness_id = self.harness_id

        name = self.name

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_identity_id: None | str | Unset
        if isinstance(self.agent_identity_id, Unset):
            agent_identity_id = UNSET
        else:
            agent_identity_id = self.agent_identity_id

        agent_version_id: None | str | Unset
        if isinstance(self.agent_version_id, Unset):
            agent_version_id = UNSET
        else:
            agent_version_id = self.agent_version_id

        agent_version_policy: str | Unset = UNSET
        if not isinstance(self.agent_version_policy, Unset):
            agent_version_policy = self.agent_version_policy.value

        channel_config: dict[str, Any] | None | Unset
        if isinstance(self.channel_config, Unset):
            channel_config = UNSET
        elif isinstance(self.channel_config, CreateAppRequestChannelConfigType0):
            channel_config = self.channel_config.to_dict()
        else:
            channel_config = self.channel_config

        channel_type: None | str | Unset
        if isinstance(self.channel_type, Unset):
            channel_type = UNSET
        elif isinstance(self.channel_type, ChannelType):
            channel_type = self.channel_type.value
        else:
            channel_type = self.channel_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "harness_id": harness_id,
                "name": name,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if agent_version_id is not UNSET:
            field_dict["agent_version_id"] = agent_version_id
        if agent_version_policy is not UNSET:
            field_dict["agent_version_policy"] = agent_version_policy
        if channel_config is not UNSET:
            field_dict["channel_config"] = channel_config
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_app_request_channel_config_type_0 import (
            CreateAppRequestChannelConfigType0,
        )

        d = dict(src_dict)
        harness_id = d.pop("harness_id")

        name = d.pop("name")

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_identity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_identity_id = _parse_agent_identity_id(d.pop("agent_identity_id", UNSET))

        def _parse_agent_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_version_id = _parse_agent_version_id(d.pop("agent_version_id", UNSET))

        _agent_version_policy = d.pop("agent_version_policy", UNSET)
        agent_version_policy: AgentVersionPolicy | Unset
        if isinstance(_agent_version_policy, Unset):
            agent_version_policy = UNSET
        else:
            agent_version_policy = AgentVersionPolicy(_agent_version_policy)

        def _parse_channel_config(
            data: object,
        ) -> CreateAppRequestChannelConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_config_type_0 = CreateAppRequestChannelConfigType0.from_dict(
                    data
                )

                return channel_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAppRequestChannelConfigType0 | None | Unset, data)

        channel_config = _parse_channel_config(d.pop("channel_config", UNSET))

        def _parse_channel_type(data: object) -> ChannelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_type_1 = ChannelType(data)

                return channel_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChannelType | None | Unset, data)

        channel_type = _parse_channel_type(d.pop("channel_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        create_app_request = cls(
            harness_id=harness_id,
            name=name,
            agent_id=agent_id,
            agent_identity_id=agent_identity_id,
            agent_version_id=agent_version_id,
            agent_version_policy=agent_version_policy,
            channel_config=channel_config,
            channel_type=channel_type,
            description=description,
        )

        create_app_request.additional_properties = d
        return create_app_request

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
