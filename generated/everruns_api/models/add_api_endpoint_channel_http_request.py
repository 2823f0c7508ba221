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
from ..models.invocation_session_mode import InvocationSessionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_endpoint_auth_config import AppEndpointAuthConfig


@_attrs_define
class AddApiEndpointChannelHttpRequest:
    """
    Attributes:
        auth (AppEndpointAuthConfig | None | Unset):
        enabled (bool | None | Unset):
        session_mode (InvocationSessionMode | Unset):
    """

    auth: AppEndpointAuthConfig | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    session_mode: InvocationSessionMode | Unset = UNSET
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


def _read_auth(data: Any) -> AppEndpointAuthConfig | None:
    if data is None:
        return None
    if _models.AppEndpointAuthConfig._accepts(data):
        return read_nested(_models.AppEndpointAuthConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.AppEndpointAuthConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.AppEndpointAuthConfig, data)
    return cast(
        "AppEndpointAuthConfig | None",
        unknown_kind(data, "AddApiEndpointChannelHttpRequest", "auth"),
    )


def _write_auth(value: Any) -> Any:
    if isinstance(value, _models.AppEndpointAuthConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "AddApiEndpointChannelHttpRequest",
    {
        "auth": Field(
            "auth",
            _read_auth,
            _write_auth,
            False,
        ),
        "enabled": Field(
            "enabled",
            None,
            None,
            False,
        ),
        "session_mode": Field(
            "session_mode",
            InvocationSessionMode,
            write_enum,
            False,
        ),
    },
    tags=(),
    extras=True,
)
AddApiEndpointChannelHttpRequest._shape = _SHAPE
