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
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.model_source import ModelSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction


@_attrs_define
class WithUrlsModel:
    """
    Attributes:
        capabilities (list[str]):
        created_at (datetime.datetime):
        display_name (str):
        enabled (bool):
        id (str):
        is_favorite (bool):
        model_id (str):
        provider_id (str):
        source (ModelSource):
        updated_at (datetime.datetime):
        self_url (str):
        ui_link (str):
        view_url (str):
        allowed_actions (list[AllowedAction] | Unset):
    """

    capabilities: list[str]
    created_at: datetime.datetime
    display_name: str
    enabled: bool
    id: str
    is_favorite: bool
    model_id: str
    provider_id: str
    source: ModelSource
    updated_at: datetime.datetime
    self_url: str
    ui_link: str
    view_url: str
    allowed_actions: list[AllowedAction] | Unset = UNSET
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


def _read_allowed_actions_item(data: Any) -> AllowedAction:
    return _models.AllowedAction.from_dict(data)


def _read_allowed_actions(data: Any) -> list[AllowedAction]:
    if not isinstance(data, list):
        raise TypeError(f"a list was expected, not {type(data).__name__}")
    return [_read_allowed_actions_item(item) for item in data]


def _write_allowed_actions(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "WithUrlsModel",
    {
        "capabilities": Field(
            "capabilities",
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
        "display_name": Field(
            "display_name",
            None,
            None,
            True,
        ),
        "enabled": Field(
            "enabled",
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
        "is_favorite": Field(
            "is_favorite",
            None,
            None,
            True,
        ),
        "model_id": Field(
            "model_id",
            None,
            None,
            True,
        ),
        "provider_id": Field(
            "provider_id",
            None,
            None,
            True,
        ),
        "source": Field(
            "source",
            ModelSource,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "self_url": Field(
            "self_url",
            None,
            None,
            True,
        ),
        "ui_link": Field(
            "ui_link",
            None,
            None,
            True,
        ),
        "view_url": Field(
            "view_url",
            None,
            None,
            True,
        ),
        "allowed_actions": Field(
            "allowed_actions",
            _read_allowed_actions,
            _write_allowed_actions,
            False,
        ),
    },
    tags=(),
    extras=True,
)
WithUrlsModel._shape = _SHAPE
