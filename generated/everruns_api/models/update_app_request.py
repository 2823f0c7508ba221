from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_version_policy import AgentVersionPolicy
from ..models.app_status import AppStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAppRequest")


@_attrs_define
class UpdateAppRequest:
    """
    Attributes:
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | None | Unset):
        description (None | str | Unset):
        harness_id (None | str | Unset):
        name (None | str | Unset):
        status (AppStatus | None | Unset):
    """

    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | None | Unset = UNSET
    description: None | str | Unset = UNSET
    harness_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: AppStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        agent_version_policy: None | str | Unset
        if isinstance(self.agent_version_policy, Unset):
            agent_version_policy = UNSET
        elif isinstance(self.agent_version_policy, AgentVersionPolicy):
            agent_version_policy = self.agent_version_policy.value
        else:
            agent_version_policy = self.agent_version_policy

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        harness_id: None | str | Unset
        if isinstance(self.harness_id, Unset):
            harness_id = UNSET
        else:
            harness_id = self.harness_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AppStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_identity_id is not UNSET:
            field_dict["agent_identity_id"] = agent_identity_id
        if agent_version_id is not UNSET:
            field_dict["agent_version_id"] = agent_version_id
        if agent_version_policy is not UNSET:
            field_dict["agent_version_policy"] = agent_version_policy
        if description is not UNSET:
            field_dict["description"] = description
        if harness_id is not UNSET:
            field_dict["harness_id"] = harness_id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        def _parse_agent_version_policy(
            data: object,
        ) -> AgentVersionPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_version_policy_type_1 = AgentVersionPolicy(data)

                return agent_version_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentVersionPolicy | None | Unset, data)

        agent_version_policy = _parse_agent_version_policy(
            d.pop("agent_version_policy", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harness_id = _parse_harness_id(d.pop("harness_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> AppStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = AppStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_app_request = cls(
            agent_id=agent_id,
            agent_identity_id=agent_identity_id,
            agent_version_id=agent_version_id,
            agent_version_policy=agent_version_policy,
            description=description,
            harness_id=harness_id,
            name=name,
            status=status,
        )

        update_app_request.additional_properties = d
        return update_app_request

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
