from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_resource_status import SessionResourceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionResourceEntry")


@_attrs_define
class SessionResourceEntry:
    """
    Attributes:
        created_at (datetime.datetime):
        display_name (str):
        kind (str):
        resource_id (str):
        session_id (str):
        status (SessionResourceStatus):
        updated_at (datetime.datetime):
        metadata (Any | Unset):
    """

    created_at: datetime.datetime
    display_name: str
    kind: str
    resource_id: str
    session_id: str
    status: SessionResourceStatus
    updated_at: datetime.datetime
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        display_name = self.display_name

        kind = self.kind

        resource_id = self.resource_id

        session_id = self.session_id

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "display_name": display_name,
                "kind": kind,
                "resource_id": resource_id,
                "session_id": session_id,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        display_name = d.pop("display_name")

        kind = d.pop("kind")

        resource_id = d.pop("resource_id")

        session_id = d.pop("session_id")

        status = SessionResourceStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        metadata = d.pop("metadata", UNSET)

        session_resource_entry = cls(
            created_at=created_at,
            display_name=display_name,
            kind=kind,
            resource_id=resource_id,
            session_id=session_id,
            status=status,
            updated_at=updated_at,
            metadata=metadata,
        )

        session_resource_entry.additional_properties = d
        return session_resource_entry

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
