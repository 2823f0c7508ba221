from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_source_type import SkillSourceType
from ..models.skill_status import SkillStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_metadata import SkillMetadata


T = TypeVar("T", bound="Skill")


@_attrs_define
class Skill:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        id (str):
        name (str):
        source_type (SkillSourceType):
        status (SkillStatus):
        updated_at (datetime.datetime):
        version (str):
        allowed_tools (None | str | Unset):
        archived_at (datetime.datetime | None | Unset):
        compatibility (None | str | Unset):
        deleted_at (datetime.datetime | None | Unset):
        disable_model_invocation (bool | Unset):
        license_ (None | str | Unset):
        metadata (SkillMetadata | Unset):
        user_invocable (bool | Unset):
    """

    created_at: datetime.datetime
    description: str
    id: str
    name: str
    source_type: SkillSourceType
    status: SkillStatus
    updated_at: datetime.datetime
    version: str
    allowed_tools: None | str | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    compatibility: None | str | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    disable_model_invocation: bool | Unset = UNSET
    license_: None | str | Unset = UNSET
    metadata: SkillMetadata | Unset = UNSET
    user_invocable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        name = self.name

        source_type = self.source_type.value

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        version = self.version

        allowed_tools: None | str | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        else:
            allowed_tools = self.allowed_tools

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        disable_model_invocation = self.disable_model_invocation

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        user_invocable = self.user_invocable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "id": id,
                "name": name,
                "source_type": source_type,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if disable_model_invocation is not UNSET:
            field_dict["disable_model_invocation"] = disable_model_invocation
        if license_ is not UNSET:
            field_dict["license"] = license_
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user_invocable is not UNSET:
            field_dict["user_invocable"] = user_invocable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.skill_metadata import SkillMetadata

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        source_type = SkillSourceType(d.pop("source_type"))

        status = SkillStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_allowed_tools(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        disable_model_invocation = d.pop("disable_model_invocation", UNSET)

        def _parse_license_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: SkillMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SkillMetadata.from_dict(_metadata)

        user_invocable = d.pop("user_invocable", UNSET)

        skill = cls(
            created_at=created_at,
            description=description,
            id=id,
            name=name,
            source_type=source_type,
            status=status,
            updated_at=updated_at,
            version=version,
            allowed_tools=allowed_tools,
            archived_at=archived_at,
            compatibility=compatibility,
            deleted_at=deleted_at,
            disable_model_invocation=disable_model_invocation,
            license_=license_,
            metadata=metadata,
            user_invocable=user_invocable,
        )

        skill.additional_properties = d
        return skill

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
