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
    read_nested_list,
    write_fields,
    write_isoformat,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.declarative_capability_definition import (
        DeclarativeCapabilityDefinition,
    )


@_attrs_define
class DeclarativeCapability:
    """
    Attributes:
        capability_id (str):
        created_at (datetime.datetime):
        definition (DeclarativeCapabilityDefinition):
        description (str):
        id (str):
        name (str):
        status (str):
        updated_at (datetime.datetime):
        allowed_actions (list[AllowedAction] | Unset):
        archived_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        display_name (None | str | Unset):
        self_url (str | Unset):
        ui_link (str | Unset):
        view_url (str | Unset):
    """

    capability_id: str
    created_at: datetime.datetime
    definition: DeclarativeCapabilityDefinition
    description: str
    id: str
    name: str
    status: str
    updated_at: datetime.datetime
    allowed_actions: list[AllowedAction] | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    self_url: str | Unset = UNSET
    ui_link: str | Unset = UNSET
    view_url: str | Unset = UNSET
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


def _read_definition(data: Any) -> DeclarativeCapabilityDefinition:
    return read_nested(_models.DeclarativeCapabilityDefinition, data)


def _read_allowed_actions(data: Any) -> list[AllowedAction]:
    return read_nested_list(_models.AllowedAction, data)


def _write_allowed_actions(value: Any) -> Any:
    return [write_model(item) for item in value]


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


_SHAPE = Shape(
    "DeclarativeCapability",
    {
        "capability_id": Field(
            "capability_id",
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
        "definition": Field(
            "definition",
            _read_definition,
            write_model,
            True,
        ),
        "description": Field(
            "description",
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
        "name": Field(
            "name",
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
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "allowed_actions": Field(
            "allowed_actions",
            _read_allowed_actions,
            _write_allowed_actions,
            False,
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
        "display_name": Field(
            "display_name",
            None,
            None,
            False,
        ),
        "self_url": Field(
            "self_url",
            None,
            None,
            False,
        ),
        "ui_link": Field(
            "ui_link",
            None,
            None,
            False,
        ),
        "view_url": Field(
            "view_url",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
DeclarativeCapability._shape = _SHAPE
