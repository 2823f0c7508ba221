from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_memory_source_request_git import CreateMemorySourceRequestGit
    from ..models.create_memory_source_request_github import (
        CreateMemorySourceRequestGithub,
    )


T = TypeVar("T", bound="CreateMemoryRequest")


@_attrs_define
class CreateMemoryRequest:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        source (CreateMemorySourceRequestGit | CreateMemorySourceRequestGithub | None | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    source: (
        CreateMemorySourceRequestGit | CreateMemorySourceRequestGithub | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_memory_source_request_git import (
            CreateMemorySourceRequestGit,
        )
        from ..models.create_memory_source_request_github import (
            CreateMemorySourceRequestGithub,
        )

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, CreateMemorySourceRequestGithub) or isinstance(
            self.source, CreateMemorySourceRequestGit
        ):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_memory_source_request_git import (
            CreateMemorySourceRequestGit,
        )
        from ..models.create_memory_source_request_github import (
            CreateMemorySourceRequestGithub,
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source(
            data: object,
        ) -> (
            CreateMemorySourceRequestGit
            | CreateMemorySourceRequestGithub
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_memory_source_request_type_0 = (
                    CreateMemorySourceRequestGithub.from_dict(data)
                )

                return componentsschemas_create_memory_source_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_memory_source_request_type_1 = (
                    CreateMemorySourceRequestGit.from_dict(data)
                )

                return componentsschemas_create_memory_source_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateMemorySourceRequestGit
                | CreateMemorySourceRequestGithub
                | None
                | Unset,
                data,
            )

        source = _parse_source(d.pop("source", UNSET))

        create_memory_request = cls(
            name=name,
            description=description,
            source=source,
        )

        create_memory_request.additional_properties = d
        return create_memory_request

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
