from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.agent_version_change_kind import AgentVersionChangeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_version_authored_config import AgentVersionAuthoredConfig
    from ..models.agent_version_resolved_config import AgentVersionResolvedConfig


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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_authored_config(data: Any) -> AgentVersionAuthoredConfig:
    return read_nested(_models.AgentVersionAuthoredConfig, data)


def _read_resolved_config(data: Any) -> AgentVersionResolvedConfig:
    return read_nested(_models.AgentVersionResolvedConfig, data)


_SHAPE = Shape(
    "AgentVersion",
    {
        "agent_id": Field(
            "agent_id",
            None,
            None,
            True,
        ),
        "authored_config": Field(
            "authored_config",
            _read_authored_config,
            write_model,
            True,
        ),
        "change_kind": Field(
            "change_kind",
            AgentVersionChangeKind,
            write_enum,
            True,
        ),
        "config_hash": Field(
            "config_hash",
            None,
            None,
            True,
        ),
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "is_published": Field(
            "is_published",
            None,
            None,
            True,
        ),
        "resolved_config": Field(
            "resolved_config",
            _read_resolved_config,
            write_model,
            True,
        ),
        "semver_major": Field(
            "semver_major",
            None,
            None,
            True,
        ),
        "semver_minor": Field(
            "semver_minor",
            None,
            None,
            True,
        ),
        "semver_patch": Field(
            "semver_patch",
            None,
            None,
            True,
        ),
        "version": Field(
            "version",
            None,
            None,
            True,
        ),
        "version_number": Field(
            "version_number",
            None,
            None,
            True,
        ),
        "created_by_principal_id": Field(
            "created_by_principal_id",
            None,
            None,
            False,
        ),
        "parent_version_id": Field(
            "parent_version_id",
            None,
            None,
            False,
        ),
        "source_version_id": Field(
            "source_version_id",
            None,
            None,
            False,
        ),
        "summary": Field(
            "summary",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
AgentVersion._shape = _SHAPE
