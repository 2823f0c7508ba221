from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_diff_entry import GitDiffEntry
    from ..models.git_diff_stats import GitDiffStats


T = TypeVar("T", bound="GitDiff")


@_attrs_define
class GitDiff:
    """
    Attributes:
        entries (list[GitDiffEntry]):
        stats (GitDiffStats):
        patch (None | str | Unset):
    """

    entries: list[GitDiffEntry]
    stats: GitDiffStats
    patch: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        stats = self.stats.to_dict()

        patch: None | str | Unset
        if isinstance(self.patch, Unset):
            patch = UNSET
        else:
            patch = self.patch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "stats": stats,
            }
        )
        if patch is not UNSET:
            field_dict["patch"] = patch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.git_diff_entry import GitDiffEntry
        from ..models.git_diff_stats import GitDiffStats

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = GitDiffEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        stats = GitDiffStats.from_dict(d.pop("stats"))

        def _parse_patch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        patch = _parse_patch(d.pop("patch", UNSET))

        git_diff = cls(
            entries=entries,
            stats=stats,
            patch=patch,
        )

        git_diff.additional_properties = d
        return git_diff

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
