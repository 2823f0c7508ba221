from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_version_policy import AgentVersionPolicy
from ..models.app_status import AppStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.app_channel import AppChannel
    from ..models.principal_summary import PrincipalSummary


T = TypeVar("T", bound="WithUrlsApp")


@_attrs_define
class WithUrlsApp:
    """
    Attributes:
        created_at (datetime.datetime):
        harness_id (str):
        id (str):
        name (str):
        owner_principal_id (str):
        status (AppStatus):
        updated_at (datetime.datetime):
        self_url (str):
        ui_link (str):
        view_url (str):
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | Unset):
        archived_at (datetime.datetime | None | Unset):
        channels (list[AppChannel] | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        effective_owner (None | PrincipalSummary | Unset):
        owner (None | PrincipalSummary | Unset):
        published_at (datetime.datetime | None | Unset):
        resolved_owner_user_id (None | Unset | UUID):
        allowed_actions (list[AllowedAction] | Unset):
    """

    created_at: datetime.datetime
    harness_id: str
    id: str
    name: str
    owner_principal_id: str
    status: AppStatus
    updated_at: datetime.datetime
    self_url: str
    ui_link: str
    view_url: str
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    channels: list[AppChannel] | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    effective_owner: None | PrincipalSummary | Unset = UNSET
    owner: None | PrincipalSummary | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    resolved_owner_user_id: None | Unset | UUID = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.principal_summary import PrincipalSummary

        created_at = self.created_at.isoformat()

        harness_id = self.harness_id

        id = self.id

        name = self.name

        owner_principal_id = self.owner_principal_id

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        self_url = self.self_url

        ui_link = self.ui_link

        view_url = self.view_url

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

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        effective_owner: dict[str, Any] | None | Unset
        if isinstance(self.effective_owner, Unset):
            effective_owner = UNSET
        elif isinstance(self.effective_owner, PrincipalSummary):
            effective_owner = self.effective_owner.to_dict()
        else:
            effective_owner = self.effective_owner

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, PrincipalSummary):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        resolved_owner_user_id: None | str | Unset
        if isinstance(self.resolved_owner_user_id, Unset):
            resolved_owner_user_id = UNSET
        elif isinstance(self.resolved_owner_user_id, UUID):
            resolved_owner_user_id = str(self.resolved_owner_user_id)
        else:
            resolved_owner_user_id = self.resolved_owner_user_id

        allowed_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = []
            for allowed_actions_item_data in self.allowed_actions:
                allowed_actions_item = allowed_actions_item_data.to_dict()
                allowed_actions.append(allowed_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "harness_id": harness_id,
                "id": id,
                "name": name,
                "owner_principal_id": owner_principal_id,
                "status": status,
                "updated_at": updated_at,
                "self_url": self_url,
                "ui_link": ui_link,
                "view_url": view_url,
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
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if channels is not UNSET:
            field_dict["channels"] = channels
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if description is not UNSET:
            field_dict["description"] = description
        if effective_owner is not UNSET:
            field_dict["effective_owner"] = effective_owner
        if owner is not UNSET:
            field_dict["owner"] = owner
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if resolved_owner_user_id is not UNSET:
            field_dict["resolved_owner_user_id"] = resolved_owner_user_id
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allowed_action import AllowedAction
        from ..models.app_channel import AppChannel
        from ..models.principal_summary import PrincipalSummary

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        harness_id = d.pop("harness_id")

        id = d.pop("id")

        name = d.pop("name")

        owner_principal_id = d.pop("owner_principal_id")

        status = AppStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        self_url = d.pop("self_url")

        ui_link = d.pop("ui_link")

        view_url = d.pop("view_url")

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

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        _channels = d.pop("channels", UNSET)
        channels: list[AppChannel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = AppChannel.from_dict(channels_item_data)

                channels.append(channels_item)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_effective_owner(data: object) -> None | PrincipalSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                effective_owner_type_1 = PrincipalSummary.from_dict(data)

                return effective_owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrincipalSummary | Unset, data)

        effective_owner = _parse_effective_owner(d.pop("effective_owner", UNSET))

        def _parse_owner(data: object) -> None | PrincipalSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_1 = PrincipalSummary.from_dict(data)

                return owner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrincipalSummary | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = parse_datetime(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_resolved_owner_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_owner_user_id_type_0 = UUID(data)

                return resolved_owner_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        resolved_owner_user_id = _parse_resolved_owner_user_id(
            d.pop("resolved_owner_user_id", UNSET)
        )

        _allowed_actions = d.pop("allowed_actions", UNSET)
        allowed_actions: list[AllowedAction] | Unset = UNSET
        if _allowed_actions is not UNSET:
            allowed_actions = []
            for allowed_actions_item_data in _allowed_actions:
                allowed_actions_item = AllowedAction.from_dict(
                    allowed_actions_item_data
                )

                allowed_actions.append(allowed_actions_item)

        with_urls_app = cls(
            created_at=created_at,
            harness_id=harness_id,
            id=id,
            name=name,
            owner_principal_id=owner_principal_id,
            status=status,
            updated_at=updated_at,
            self_url=self_url,
            ui_link=ui_link,
            view_url=view_url,
            agent_id=agent_id,
            agent_identity_id=agent_identity_id,
            agent_version_id=agent_version_id,
            agent_version_policy=agent_version_policy,
            archived_at=archived_at,
            channels=channels,
            deleted_at=deleted_at,
            description=description,
            effective_owner=effective_owner,
            owner=owner,
            published_at=published_at,
            resolved_owner_user_id=resolved_owner_user_id,
            allowed_actions=allowed_actions,
        )

        with_urls_app.additional_properties = d
        return with_urls_app

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
