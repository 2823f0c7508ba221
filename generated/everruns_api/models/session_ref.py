from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionRef")


@_attrs_define
class SessionRef:
    """
    Attributes:
        session_id (str):
        status (str):
        created_session (bool | None | Unset):
    """

    session_id: str
    status: str
    created_session: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        status = self.status

        created_session: bool | None | Unset
        if isinstance(self.created_session, Unset):
            created_session = UNSET
        else:
            created_session = self.created_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
            }
        )
        if created_session is not UNSET:
            field_dict["created_session"] = created_session

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        status = d.pop("status")

        def _parse_created_session(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        created_session = _parse_created_session(d.pop("created_session", UNSET))

        session_ref = cls(
            session_id=session_id,
            status=status,
            created_session=created_session,
        )

        session_ref.additional_properties = d
        return session_ref

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
