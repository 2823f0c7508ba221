from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

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
    unknown_kind,
    write_fields,
    write_isoformat,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.memory_source_response_git import MemorySourceResponseGit
    from ..models.memory_source_response_github import MemorySourceResponseGithub
    from ..models.memory_source_response_manual import MemorySourceResponseManual


@_attrs_define
class Memory:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        is_readonly (bool):
        name (str):
        scope (str):
        source (MemorySourceResponseGit | MemorySourceResponseGithub | MemorySourceResponseManual):
        source_type (str):
        status (str):
        sync_status (str):
        updated_at (datetime.datetime):
        archived_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        last_sync_error (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        owner_agent_id (None | str | Unset):
        owner_user_id (None | Unset | UUID):
    """

    created_at: datetime.datetime
    id: str
    is_readonly: bool
    name: str
    scope: str
    source: (
        MemorySourceResponseGit
        | MemorySourceResponseGithub
        | MemorySourceResponseManual
    )
    source_type: str
    status: str
    sync_status: str
    updated_at: datetime.datetime
    archived_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    last_sync_error: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    owner_agent_id: None | str | Unset = UNSET
    owner_user_id: None | Unset | UUID = UNSET
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


def _read_source(
    data: Any,
) -> MemorySourceResponseGit | MemorySourceResponseGithub | MemorySourceResponseManual:
    if _models.MemorySourceResponseManual._accepts(data):
        return read_nested(_models.MemorySourceResponseManual, data)
    if _models.MemorySourceResponseGithub._accepts(data):
        return read_nested(_models.MemorySourceResponseGithub, data)
    if _models.MemorySourceResponseGit._accepts(data):
        return read_nested(_models.MemorySourceResponseGit, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.MemorySourceResponseManual._accepts(data, strictly=False):
        return read_nested(_models.MemorySourceResponseManual, data)
    if _models.MemorySourceResponseGithub._accepts(data, strictly=False):
        return read_nested(_models.MemorySourceResponseGithub, data)
    if _models.MemorySourceResponseGit._accepts(data, strictly=False):
        return read_nested(_models.MemorySourceResponseGit, data)
    return cast(
        "MemorySourceResponseGit | MemorySourceResponseGithub | MemorySourceResponseManual",
        unknown_kind(data, "Memory", "source"),
    )


def _write_source(value: Any) -> Any:
    if isinstance(value, _models.MemorySourceResponseManual):
        return write_model(value)
    if isinstance(value, _models.MemorySourceResponseGithub):
        return write_model(value)
    if isinstance(value, _models.MemorySourceResponseGit):
        return write_model(value)
    return value


def _read_archived_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_archived_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_deleted_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_deleted_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_last_synced_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_last_synced_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_owner_user_id(data: Any) -> None | UUID:
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of None | UUID: {type(data).__name__}")


def _write_owner_user_id(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    return value


_SHAPE = Shape(
    "Memory",
    {
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
        "is_readonly": Field(
            "is_readonly",
            None,
            None,
            True,
        ),
        "name": Field(
            "name",
            None,
            None,
            True,
        ),
        "scope": Field(
            "scope",
            None,
            None,
            True,
        ),
        "source": Field(
            "source",
            _read_source,
            _write_source,
            True,
        ),
        "source_type": Field(
            "source_type",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            None,
            None,
            True,
        ),
        "sync_status": Field(
            "sync_status",
            None,
            None,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "archived_at": Field(
            "archived_at",
            _read_archived_at,
            _write_archived_at,
            False,
        ),
        "deleted_at": Field(
            "deleted_at",
            _read_deleted_at,
            _write_deleted_at,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "last_sync_error": Field(
            "last_sync_error",
            None,
            None,
            False,
        ),
        "last_synced_at": Field(
            "last_synced_at",
            _read_last_synced_at,
            _write_last_synced_at,
            False,
        ),
        "owner_agent_id": Field(
            "owner_agent_id",
            None,
            None,
            False,
        ),
        "owner_user_id": Field(
            "owner_user_id",
            _read_owner_user_id,
            _write_owner_user_id,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Memory._shape = _SHAPE
