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
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_provider_request_credentials_type_0 import (
        CreateProviderRequestCredentialsType0,
    )
    from ..models.provider_request_options import ProviderRequestOptions
    from ..models.provider_trace_config import ProviderTraceConfig


@_attrs_define
class CreateProviderRequest:
    """
    Attributes:
        name (str):
        provider_type (str):
        api_key (None | str | Unset):
        base_url (None | str | Unset):
        credentials (CreateProviderRequestCredentialsType0 | None | Unset):
        request_options (None | ProviderRequestOptions | Unset):
        trace (None | ProviderTraceConfig | Unset):
    """

    name: str
    provider_type: str
    api_key: None | str | Unset = UNSET
    base_url: None | str | Unset = UNSET
    credentials: CreateProviderRequestCredentialsType0 | None | Unset = UNSET
    request_options: None | ProviderRequestOptions | Unset = UNSET
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


def _read_credentials(data: Any) -> CreateProviderRequestCredentialsType0 | None:
    if _models.CreateProviderRequestCredentialsType0._accepts(data):
        return read_nested(_models.CreateProviderRequestCredentialsType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.CreateProviderRequestCredentialsType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.CreateProviderRequestCredentialsType0, data)
    return cast(
        "CreateProviderRequestCredentialsType0 | None",
        unknown_kind(data, "CreateProviderRequest", "credentials"),
    )


def _write_credentials(value: Any) -> Any:
    if isinstance(value, _models.CreateProviderRequestCredentialsType0):
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
        unknown_kind(data, "CreateProviderRequest", "request_options"),
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
    return cast(
        "None | ProviderTraceConfig",
        unknown_kind(data, "CreateProviderRequest", "trace"),
    )


def _write_trace(value: Any) -> Any:
    if isinstance(value, _models.ProviderTraceConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "CreateProviderRequest",
    {
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
        "request_options": Field(
            "request_options",
            _read_request_options,
            _write_request_options,
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
CreateProviderRequest._shape = _SHAPE
