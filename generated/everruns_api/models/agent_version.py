from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_version_change_kind import AgentVersionChangeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_version_authored_config import AgentVersionAuthoredConfig
    from ..models.agent_version_resolved_config import AgentVersionResolvedConfig


T = TypeVar("T", bound="AgentVersion")


@_attrs_define
class AgentVersion:
    """
    Attributes:
        agent_id (str):
        authored_config (AgentVersionAuthoredConfig):
        change_kind (AgentVersionChangeKind):
        config_hash (str):
        created_at (datetime.datetime):
        id (str):
        is_published (bool):
        resolved_config (AgentVersionResolvedConfig):
        semver_major (int):
        semver_minor (int):
        semver_patch (int):
        version (str):
        version_number (int):
        created_by_principal_id (None | str | Unset):
        parent_version_id (None | str | Unset):
        source_version_id (None | str | Unset):
        summary (None | str | Unset):
    """

    agent_id: str
    authored_config: AgentVersionAuthoredConfig
    change_kind: AgentVersionChangeKind
    config_hash: str
    created_at: datetime.datetime
    id: str
    is_published: bool
    resolved_config: AgentVersionResolvedConfig
    semver_major: int
    semver_minor: int
    semver_patch: int
    version: str
    version_number: int
    created_by_principal_id: None | str | Unset = UNSET
    parent_version_id: None | str | Unset = UNSET
    source_version_id: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        authored_config = self.authored_config.to_dict()

        change_kind = self.change_kind.value

        config_hash = self.config_hash

        created_at = self.created_at.isoformat()

        id = self.id

        is_published = self.is_published

        resolved_config = self.resolved_config.to_dict()

        semver_major = self.semver_major

        semver_minor = self.semver_minor

        semver_patch = self.semver_patch

        version = self.version

        version_number = self.version_number

        created_by_principal_id: None | str | Unset
        if isinstance(self.created_by_principal_id, Unset):
            created_by_principal_id = UNSET
        else:
            created_by_principal_id = self.created_by_principal_id

        parent_version_id: None | str | Unset
        if isinstance(self.parent_version_id, Unset):
            parent_version_id = UNSET
        else:
            parent_version_id = self.parent_version_id

        source_version_id: None | str | Unset
        if isinstance(self.source_version_id, Unset):
            source_version_id = UNSET
        else:
            source_version_id = self.source_version_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "authored_config": authored_config,
                "change_kind": change_kind,
                "config_hash": config_hash,
                "created_at": created_at,
                "id": id,
                "is_published": is_published,
                "resolved_config": resolved_config,
                "semver_major": semver_major,
                "semver_minor": semver_minor,
                "semver_patch": semver_patch,
                "version": version,
                "version_number": version_number,
            }
        )
        if created_by_principal_id is not UNSET:
            field_dict["created_by_principal_id"] = created_by_principal_id
        if parent_version_id is not UNSET:
            field_dict["parent_version_id"] = parent_version_id
        if source_version_id is not UNSET:
            field_dict["source_version_id"] = source_version_id
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_version_authored_config import AgentVersionAuthoredConfig
        from ..models.agent_version_resolved_config import AgentVersionResolvedConfig

        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        authored_config = AgentVersionAuthoredConfig.from_dict(d.pop("authored_config"))

        change_kind = AgentVersionChangeKind(d.pop("change_kind"))

        config_hash = d.pop("config_hash")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        is_published = d.pop("is_published")

        resolved_config = AgentVersionResolvedConfig.from_dict(d.pop("resolved_config"))

        semver_major = d.pop("semver_major")

        semver_minor = d.pop("semver_minor")

        semver_patch = d.pop("semver_patch")

        version = d.pop("version")

        version_number = d.pop("version_number")

        def _parse_created_by_principal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_principal_id = _parse_created_by_principal_id(
            d.pop("created_by_principal_id", UNSET)
        )

        def _parse_parent_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_version_id = _parse_parent_version_id(d.pop("parent_version_id", UNSET))

        def _parse_source_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_version_id = _parse_source_version_id(d.pop("source_version_id", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        agent_version = cls(
            agent_id=agent_id,
            authored_config=authored_config,
            change_kind=change_kind,
            config_hash=config_hash,
            created_at=created_at,
            id=id,
            is_published=is_published,
            resolved_config=resolved_config,
            semver_major=semver_major,
            semver_minor=semver_minor,
            semver_patch=semver_patch,
            version=version,
            version_number=version_number,
            created_by_principal_id=created_by_principal_id,
            parent_version_id=parent_version_id,
            source_version_id=source_version_id,
            summary=summary,
        )

        agent_version.additional_properties = d
        return agent_version

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
