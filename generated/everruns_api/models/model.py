from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

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
    unknown_kind,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.model_source import ModelSource
from ..models.model_vendor import ModelVendor
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.model_profile import ModelProfile


@_attrs_define
class Model:
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
        allowed_actions (list[AllowedAction] | Unset):
        healthy (bool | Unset):
        model_vendor (ModelVendor | None | Unset):
        profile (ModelProfile | None | Unset):
        provider_name (str | Unset):
        provider_type (str | Unset):
        self_url (str | Unset):
        ui_link (str | Unset):
        view_url (str | Unset):
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
    allowed_actions: list[AllowedAction] | Unset = UNSET
    healthy: bool | Unset = UNSET
    model_vendor: ModelVendor | None | Unset = UNSET
    profile: ModelProfile | None | Unset = UNSET
    provider_name: str | Unset = UNSET
    provider_type: str | Unset = UNSET
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


def _read_allowed_actions(data: Any) -> list[AllowedAction]:
    return read_nested_list(_models.AllowedAction, data)


def _write_allowed_actions(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_model_vendor(data: Any) -> ModelVendor | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return ModelVendor(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of ModelVendor | None: {type(data).__name__}")


def _write_model_vendor(value: Any) -> Any:
    if isinstance(value, ModelVendor):
        return write_enum(value)
    return value


def _read_profile(data: Any) -> ModelProfile | None:
    if data is None:
        return None
    if _models.ModelProfile._accepts(data):
        return read_nested(_models.ModelProfile, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ModelProfile._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ModelProfile, data)
    return cast("ModelProfile | None", unknown_kind(data, "Model", "profile"))


def _write_profile(value: Any) -> Any:
    if isinstance(value, _models.ModelProfile):
        return write_model(value)
    return value


_SHAPE = Shape(
    "Model",
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
        "allowed_actions": Field(
            "allowed_actions",
            _read_allowed_actions,
            _write_allowed_actions,
            False,
        ),
        "healthy": Field(
            "healthy",
            None,
            None,
            False,
        ),
        "model_vendor": Field(
            "model_vendor",
            _read_model_vendor,
            _write_model_vendor,
            False,
        ),
        "profile": Field(
            "profile",
            _read_profile,
            _write_profile,
            False,
        ),
        "provider_name": Field(
            "provider_name",
            None,
            None,
            False,
        ),
        "provider_type": Field(
            "provider_type",
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
Model._shape = _SHAPE
