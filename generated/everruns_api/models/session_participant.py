from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_participant_kind import SessionParticipantKind
from ..models.session_participant_role import SessionParticipantRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionParticipant")


@_attrs_define
class SessionParticipant:
    """
    Attributes:
        id (str):
        joined_at (datetime.datetime):
        kind (SessionParticipantKind):
        principal_id (str):
        role (SessionParticipantRole):
        session_id (str):
        agent_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        left_at (datetime.datetime | None | Unset):
    """

    id: str
    joined_at: datetime.datetime
    kind: SessionParticipantKind
    principal_id: str
    role: SessionParticipantRole
    session_id: str
    agent_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    left_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        joined_at = self.joined_at.isoformat()

        kind = self.kind.value

        principal_id = self.principal_id

        role = self.role.value

        session_id = self.session_id

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_version_id: None | str | Unset
        if isinstance(self.agent_version_id, Unset):
            agent_version_id = UNSET
        else:
            agent_version_id = self.agent_version_id

        left_at: None | str | Unset
        if isinstance(self.left_at, Unset):
            left_at = UNSET
        elif isinstance(self.left_at, datetime.datetime):
            left_at = self.left_at.isoformat()
        else:
            left_at = self.left_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "joined_at": joined_at,
                "kind": kind,
                "principal_id": principal_id,
                "role": role,
                "session_id": session_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_version_id is not UNSET:
            field_dict["agent_version_id"] = agent_version_id
        if left_at is not UNSET:
            field_dict["left_at"] = left_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        joined_at = parse_datetime(d.pop("joined_at"))

        kind = SessionParticipantKind(d.pop("kind"))

        principal_id = d.pop("principal_id")

        role = SessionParticipantRole(d.pop("role"))

        session_id = d.pop("session_id")

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_version_id = _parse_agent_version_id(d.pop("agent_version_id", UNSET))

        def _parse_left_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_at_type_0 = parse_datetime(data)

                return left_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        left_at = _parse_left_at(d.pop("left_at", UNSET))

        session_participant = cls(
            id=id,
            joined_at=joined_at,
            kind=kind,
            principal_id=principal_id,
            role=role,
            session_id=session_id,
            agent_id=agent_id,
            agent_version_id=agent_version_id,
            left_at=left_at,
        )

        session_participant.additional_properties = d
        return session_participant

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
