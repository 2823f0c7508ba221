from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListResponseKnowledgeEntryResponseDataItem")


@_attrs_define
class ListResponseKnowledgeEntryResponseDataItem:
    """
    Attributes:
        body (str):
        created_at (datetime.datetime):
        id (str):
        kb_id (str):
        kind (str):
        tags (list[str]):
        title (str):
        updated_at (datetime.datetime):
        resource (None | str | Unset):
    """

    body: str
    created_at: datetime.datetime
    id: str
    kb_id: str
    kind: str
    tags: list[str]
    title: str
    updated_at: datetime.datetime
    resource: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        created_at = self.created_at.isoformat()

        id = self.id

        kb_id = self.kb_id

        kind = self.kind

        tags = self.tags

        title = self.title

        updated_at = self.updated_at.isoformat()

        resource: None | str | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        else:
            resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
                "created_at": created_at,
                "id": id,
                "kb_id": kb_id,
                "kind": kind,
                "tags": tags,
                "title": title,
                "updated_at": updated_at,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        body = d.pop("body")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        kb_id = d.pop("kb_id")

        kind = d.pop("kind")

        tags = cast(list[str], d.pop("tags"))

        title = d.pop("title")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource = _parse_resource(d.pop("resource", UNSET))

        list_response_knowledge_entry_response_data_item = cls(
            body=body,
            created_at=created_at,
            id=id,
            kb_id=kb_id,
            kind=kind,
            tags=tags,
            title=title,
            updated_at=updated_at,
            resource=resource,
        )

        list_response_knowledge_entry_response_data_item.additional_properties = d
        return list_response_knowledge_entry_response_data_item

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
