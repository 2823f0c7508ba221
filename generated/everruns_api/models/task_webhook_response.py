from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskWebhookResponse")


@_attrs_define
class TaskWebhookResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        has_secret (bool):
        id (str):
        updated_at (datetime.datetime):
        url (str):
    """

    created_at: datetime.datetime
    enabled: bool
    has_secret: bool
    id: str
    updated_at: datetime.datetime
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        has_secret = self.has_secret

        id = self.id

        updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "has_secret": has_secret,
                "id": id,
                "updated_at": updated_at,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        enabled = d.pop("enabled")

        has_secret = d.pop("has_secret")

        id = d.pop("id")

        updated_at = parse_datetime(d.pop("updated_at"))

        url = d.pop("url")

        task_webhook_response = cls(
            created_at=created_at,
            enabled=enabled,
            has_secret=has_secret,
            id=id,
            updated_at=updated_at,
            url=url,
        )

        task_webhook_response.additional_properties = d
        return task_webhook_response

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
