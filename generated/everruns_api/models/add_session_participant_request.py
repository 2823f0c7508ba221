from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_participant_kind import SessionParticipantKind
from ..models.session_participant_role import SessionParticipantRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSessionParticipantRequest")


@_attrs_define
class AddSessionParticipantRequest:
    """
    Attributes:
        kind (SessionParticipantKind):
        agent_id (None | str | Unset):
        role (None | SessionParticipantRole | Unset):
    """

    kind: SessionParticipantKind
    agent_id: None | str | Unset = UNSET
    role: None | SessionParticipantRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, SessionParticipantRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = SessionParticipantKind(d.pop("kind"))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_role(data: object) -> None | SessionParticipantRole | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = SessionParticipantRole(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionParticipantRole | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        add_session_participant_request = cls(
            kind=kind,
            agent_id=agent_id,
            role=role,
        )

        add_session_participant_request.additional_properties = d
        return add_session_participant_request

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
