from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitCommitInfo")


@_attrs_define
class GitCommitInfo:
    """
    Attributes:
        author_email (str):
        author_name (str):
        message (str):
        oid (str):
        parent_oids (list[str]):
        timestamp (datetime.datetime):
    """

    author_email: str
    author_name: str
    message: str
    oid: str
    parent_oids: list[str]
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author_email = self.author_email

        author_name = self.author_name

        message = self.message

        oid = self.oid

        parent_oids = self.parent_oids

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author_email": author_email,
                "author_name": author_name,
                "message": message,
                "oid": oid,
                "parent_oids": parent_oids,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        author_email = d.pop("author_email")

        author_name = d.pop("author_name")

        message = d.pop("message")

        oid = d.pop("oid")

        parent_oids = cast(list[str], d.pop("parent_oids"))

        timestamp = parse_datetime(d.pop("timestamp"))

        git_commit_info = cls(
            author_email=author_email,
            author_name=author_name,
            message=message,
            oid=oid,
            parent_oids=parent_oids,
            timestamp=timestamp,
        )

        git_commit_info.additional_properties = d
        return git_commit_info

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
