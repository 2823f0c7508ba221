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
from ..models.provider_status import ProviderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.provider_request_options import ProviderRequestOptions
    from ..models.provider_trace_config import ProviderTraceConfig


@_attrs_define
class Provider:
    """
    Attributes:
        api_key_set (bool):
        created_at (datetime.datetime):
        id (str):
        managed (bool):
        name (str):
        provider_type (str):
        status (ProviderStatus):
        updated_at (datetime.datetime):
        allowed_actions (list[AllowedAction] | Unset):
        base_url (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        request_options (None | ProviderRequestOptions | Unset):
        self_url (str | Unset):
        trace (None | ProviderTraceConfig | Unset):
        ui_link (str | Unset):
        view_url (str | Unset):
    """

    api_key_set: bool
    created_at: datetime.datetime
    id: str
    managed: bool
    name: str
    provider_type: str
    status: ProviderStatus
    updated_at: datetime.datetime
    allowed_actions: list[AllowedAction] | Unset = UNSET
    base_url: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    request_options: None | ProviderRequestOptions | Unset = UNSET
    self_url: str | Unset = UNSET
    trace: None | ProviderTraceConfig | Unset = UNSET
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


def _read_request_options(data: Any) -> None | ProviderRequestOptions:
    if data is None:
        return None
    if _models.ProviderRequestOptions._accepts(data):
        return read_nested(_models.ProviderRequestOptions, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ProviderRequestOptions._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ProviderRequestOptions, data)
    return cast(
        "None | ProviderRequestOptions",
        unknown_kind(data, "Provider", "request_options"),
    )


def _write_request_options(value: Any) -> Any:
    if isinstance(value, _models.ProviderRequestOptions):
        return write_model(value)
    return value


def _read_trace(data: Any) -> None | ProviderTraceConfig:
    if data is None:
        return None
    if _models.ProviderTraceConfig._accepts(data):
        return read_nested(_models.ProviderTraceConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ProviderTraceConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ProviderTraceConfig, data)
    return cast("None | ProviderTraceConfig", unknown_kind(data, "Provider", "trace"))


def _write_trace(value: Any) -> Any:
    if isinstance(value, _models.ProviderTraceConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "Provider",
    {
        "api_key_set": Field(
            "api_key_set",
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
        "managed": Field(
            "managed",
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
        "provider_type": Field(
            "provider_type",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            ProviderStatus,
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
        "base_url": Field(
            "base_url",
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
        "request_options": Field(
            "request_options",
            _read_request_options,
            _write_request_options,
            False,
        ),
        "self_url": Field(
            "self_url",
            None,
            None,
            False,
        ),
        "trace": Field(
            "trace",
            _read_trace,
            _write_trace,
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
Provider._shape = _SHAPE
