from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.leased_resource_status import LeasedResourceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.leased_resource_metadata import LeasedResourceMetadata


@_attrs_define
class LeasedResource:
    """
    Attributes:
        cleanup_attempts (int):
        created_at (datetime.datetime):
        external_id (str):
        id (str):
        last_touched_at (datetime.datetime):
        lease_duration_seconds (int):
        lease_expires_at (datetime.datetime):
        provider (str):
        resource_type (str):
        status (LeasedResourceStatus):
        updated_at (datetime.datetime):
        cleanup_completed_at (datetime.datetime | None | Unset):
        cleanup_started_at (datetime.datetime | None | Unset):
        display_name (None | str | Unset):
        last_cleanup_error (None | str | Unset):
        metadata (LeasedResourceMetadata | Unset):
        owner_user_id (None | Unset | UUID):
        session_id (None | str | Unset):
    """

    cleanup_attempts: int
    created_at: datetime.datetime
    external_id: str
    id: str
    last_touched_at: datetime.datetime
    lease_duration_seconds: int
    lease_expires_at: datetime.datetime
    provider: str
    resource_type: str
    status: LeasedResourceStatus
    updated_at: datetime.datetime
    cleanup_completed_at: datetime.datetime | None | Unset = UNSET
    cleanup_started_at: datetime.datetime | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    last_cleanup_error: None | str | Unset = UNSET
    metadata: LeasedResourceMetadata | Unset = UNSET
    owner_user_id: None | Unset | UUID = UNSET
    session_id: None | str | Unset = UNSET
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


def _read_cleanup_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_cleanup_completed_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_cleanup_started_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_cleanup_started_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_metadata(data: Any) -> LeasedResourceMetadata:
    return read_nested(_models.LeasedResourceMetadata, data)


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
    "LeasedResource",
    {
        "cleanup_attempts": Field(
            "cleanup_attempts",
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
        "external_id": Field(
            "external_id",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "last_touched_at": Field(
            "last_touched_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "lease_duration_seconds": Field(
            "lease_duration_seconds",
            None,
            None,
            True,
        ),
        "lease_expires_at": Field(
            "lease_expires_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "provider": Field(
            "provider",
            None,
            None,
            True,
        ),
        "resource_type": Field(
            "resource_type",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            LeasedResourceStatus,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "cleanup_completed_at": Field(
            "cleanup_completed_at",
            _read_cleanup_completed_at,
            _write_cleanup_completed_at,
            False,
        ),
        "cleanup_started_at": Field(
            "cleanup_started_at",
            _read_cleanup_started_at,
            _write_cleanup_started_at,
            False,
        ),
        "display_name": Field(
            "display_name",
            None,
            None,
            False,
        ),
        "last_cleanup_error": Field(
            "last_cleanup_error",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            write_model,
            False,
        ),
        "owner_user_id": Field(
            "owner_user_id",
            _read_owner_user_id,
            _write_owner_user_id,
            False,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
LeasedResource._shape = _SHAPE
