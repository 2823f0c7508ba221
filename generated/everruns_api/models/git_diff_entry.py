from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitDiffEntry")


@_attrs_define
class GitDiffEntry:
    """
    Attributes:
        path (str):
        status (str):
        old_path (None | str | Unset):
    """

    path: str
    status: str
    old_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        status = self.status

        old_path: None | str | Unset
        if isinstance(self.old_path, Unset):
            old_path = UNSET
        else:
            old_path = self.old_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "status": status,
            }
        )
        if old_path is not UNSET:
            field_dict["old_path"] = old_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")

        status = d.pop("status")

        def _parse_old_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        old_path = _parse_old_path(d.pop("old_path", UNSET))

        git_diff_entry = cls(
            path=path,
            status=status,
            old_path=old_path,
        )

        git_diff_entry.additional_properties = d
        return git_diff_entry

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
