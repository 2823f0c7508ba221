from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
    read_nested_list,
    write_fields,
    write_model,
)

if TYPE_CHECKING:
    from ..models.driver_credential_info import DriverCredentialInfo
    from ..models.providers_config_response_policies import (
        ProvidersConfigResponsePolicies,
    )


@_attrs_define
class ProvidersConfigResponse:
    """
    Attributes:
        drivers (list[DriverCredentialInfo]):
        policies (ProvidersConfigResponsePolicies):
    """

    drivers: list[DriverCredentialInfo]
    policies: ProvidersConfigResponsePolicies
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


def _read_drivers(data: Any) -> list[DriverCredentialInfo]:
    return read_nested_list(_models.DriverCredentialInfo, data)


def _write_drivers(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_policies(data: Any) -> ProvidersConfigResponsePolicies:
    return read_nested(_models.ProvidersConfigResponsePolicies, data)


_SHAPE = Shape(
    "ProvidersConfigResponse",
    {
        "drivers": Field(
            "drivers",
            _read_drivers,
            _write_drivers,
            True,
        ),
        "policies": Field(
            "policies",
            _read_policies,
            write_model,
            True,
        ),
    },
    tags=(),
    extras=True,
)
ProvidersConfigResponse._shape = _SHAPE
