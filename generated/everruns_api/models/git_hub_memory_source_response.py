from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitHubMemorySourceResponse")


@_attrs_define
class GitHubMemorySourceResponse:
    """
    Attributes:
        branch (str):
        repository (str):
        root_folder (None | str | Unset):
        sync_interval_secs (int | None | Unset):
    """

    branch: str
    repository: str
    root_folder: None | str | Unset = UNSET
    sync_interval_secs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        repository = self.repository

        root_folder: None | str | Unset
        if isinstance(self.root_folder, Unset):
            root_folder = UNSET
        else:
            root_folder = self.root_folder

        sync_interval_secs: int | None | Unset
        if isinstance(self.sync_interval_secs, Unset):
            sync_interval_secs = UNSET
        else:
            sync_interval_secs = self.sync_interval_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "branch": branch,
                "repository": repository,
            }
        )
        if root_folder is not UNSET:
            field_dict["root_folder"] = root_folder
        if sync_interval_secs is not UNSET:
            field_dict["sync_interval_secs"] = sync_interval_secs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        branch = d.pop("branch")

        repository = d.pop("repository")

        def _parse_root_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_folder = _parse_root_folder(d.pop("root_folder", UNSET))

        def _parse_sync_interval_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sync_interval_secs = _parse_sync_interval_secs(
            d.pop("sync_interval_secs", UNSET)
        )

        git_hub_memory_source_response = cls(
            branch=branch,
            repository=repository,
            root_folder=root_folder,
            sync_interval_secs=sync_interval_secs,
        )

        git_hub_memory_source_response.additional_properties = d
        return git_hub_memory_source_response

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
