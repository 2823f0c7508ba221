from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskLinks")


@_attrs_define
class TaskLinks:
    """
    Attributes:
        child_session_id (None | str | Unset):
        remote_task_id (None | str | Unset):
        resource_ids (list[str] | Unset):
    """

    child_session_id: None | str | Unset = UNSET
    remote_task_id: None | str | Unset = UNSET
    resource_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_session_id: None | str | Unset
        if isinstance(self.child_session_id, Unset):
            child_session_id = UNSET
        else:
            child_session_id = self.child_session_id

        remote_task_id: None | str | Unset
        if isinstance(self.remote_task_id, Unset):
            remote_task_id = UNSET
        else:
            remote_task_id = self.remote_task_id

        resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_session_id is not UNSET:
            field_dict["child_session_id"] = child_session_id
        if remote_task_id is not UNSET:
            field_dict["remote_task_id"] = remote_task_id
        if resource_ids is not UNSET:
            field_dict["resource_ids"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_child_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_session_id = _parse_child_session_id(d.pop("child_session_id", UNSET))

        def _parse_remote_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_task_id = _parse_remote_task_id(d.pop("remote_task_id", UNSET))

        resource_ids = cast(list[str], d.pop("resource_ids", UNSET))

        task_links = cls(
            child_session_id=child_session_id,
            remote_task_id=remote_task_id,
            resource_ids=resource_ids,
        )

        task_links.additional_properties = d
        return task_links

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
