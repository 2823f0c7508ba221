from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_enum,
    write_fields,
    write_model,
)
from ..models.provider_status import ProviderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_request_options import ProviderRequestOptions
    from ..models.provider_trace_config import ProviderTraceConfig
    from ..models.update_provider_request_credentials_type_0 import (
        UpdateProviderRequestCredentialsType0,
    )


@_attrs_define
class UpdateProviderRequest:
    """
    Attributes:
        api_key (None | str | Unset):
        base_url (None | str | Unset):
        credentials (None | Unset | UpdateProviderRequestCredentialsType0):
        name (None | str | Unset):
        provider_type (None | str | Unset):
        request_options (None | ProviderRequestOptions | Unset):
        status (None | ProviderStatus | Unset):
        trace (None | ProviderTraceConfig | Unset):
    """

    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    credentials: None | Unset | UpdateProviderRequestCredentialsType0 = UNSET
    name: None | str | Unset = UNSET
    provider_type: None | str | Unset = UNSET
    request_options: None | ProviderRequestOptions | Unset = UNSET
    status: None | ProviderStatus | Unset = UNSET
    trace: None | ProviderTraceConfig | Unset = UNSET
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


def _read_credentials(data: Any) -> None | UpdateProviderRequestCredentialsType0:
    if _models.UpdateProviderRequestCredentialsType0._accepts(data):
        return read_nested(_models.UpdateProviderRequestCredentialsType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.UpdateProviderRequestCredentialsType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.UpdateProviderRequestCredentialsType0, data)
    return cast(
        "None | UpdateProviderRequestCredentialsType0",
        unknown_kind(data, "UpdateProviderRequest", "credentials"),
    )


def _write_credentials(value: Any) -> Any:
    if isinstance(value, _models.UpdateProviderRequestCredentialsType0):
        return write_model(value)
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
        unknown_kind(data, "UpdateProviderRequest", "request_options"),
    )


def _write_request_options(value: Any) -> Any:
    if isinstance(value, _models.ProviderRequestOptions):
        return write_model(value)
    return value


def _read_status(data: Any) -> None | ProviderStatus:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return ProviderStatus(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of None | ProviderStatus: {type(data).__name__}")


def _write_status(value: Any) -> Any:
    if isinstance(value, ProviderStatus):
        return write_enum(value)
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
    return cast(
        "None | ProviderTraceConfig",
        unknown_kind(data, "UpdateProviderRequest", "trace"),
    )


def _write_trace(value: Any) -> Any:
    if isinstance(value, _models.ProviderTraceConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "UpdateProviderRequest",
    {
        "api_key": Field(
            "api_key",
            None,
            None,
            False,
        ),
        "base_url": Field(
            "base_url",
            None,
            None,
            False,
        ),
        "credentials": Field(
            "credentials",
            _read_credentials,
            _write_credentials,
            False,
        ),
        "name": Field(
            "name",
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
        "request_options": Field(
            "request_options",
            _read_request_options,
            _write_request_options,
            False,
        ),
        "status": Field(
            "status",
            _read_status,
            _write_status,
            False,
        ),
        "trace": Field(
            "trace",
            _read_trace,
            _write_trace,
            False,
        ),
    },
    tags=(),
    extras=True,
)
UpdateProviderRequest._shape = _SHAPE
