from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommitResult")


@_attrs_define
class CommitResult:
    """
    Attributes:
        objects_created (int):
        oid (str):
        tree_oid (str):
    """

    objects_created: int
    oid: str
    tree_oid: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects_created = self.objects_created

        oid = self.oid

        tree_oid = self.tree_oid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objects_created": objects_created,
                "oid": oid,
                "tree_oid": tree_oid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objects_created = d.pop("objects_created")

        oid = d.pop("oid")

        tree_oid = d.pop("tree_oid")

        commit_result = cls(
            objects_created=objects_created,
            oid=oid,
            tree_oid=tree_oid,
        )

        commit_result.additional_properties = d
        return commit_result

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
