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
    from ..models.update_organization_request_default_provider_per_service_type_0 import (
        UpdateOrganizationRequestDefaultProviderPerServiceType0,
    )


@_attrs_define
class UpdateOrganizationRequest:
    """
    Attributes:
        base_harness_id (None | str | Unset):
        default_harness_id (None | str | Unset):
        default_harness_name (None | str | Unset):
        default_model_id (None | str | Unset):
        default_provider_per_service (None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0):
        name (None | str | Unset):
    """

    base_harness_id: None | str | Unset = UNSET
    default_harness_id: None | str | Unset = UNSET
    default_harness_name: None | str | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    default_provider_per_service: (
        None | Unset | UpdateOrganizationRequestDefaultProviderPerServiceType0
    ) = UNSET
    name: None | str | Unset = UNSET
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


def _read_default_provider_per_service(
    data: Any,
) -> None | UpdateOrganizationRequestDefaultProviderPerServiceType0:
    if _models.UpdateOrganizationRequestDefaultProviderPerServiceType0._accepts(data):
        return read_nested(
            _models.UpdateOrganizationRequestDefaultProviderPerServiceType0, data
        )
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.UpdateOrganizationRequestDefaultProviderPerServiceType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(
            _models.UpdateOrganizationRequestDefaultProviderPerServiceType0, data
        )
    return cast(
        "None | UpdateOrganizationRequestDefaultProviderPerServiceType0",
        unknown_kind(data, "UpdateOrganizationRequest", "default_provider_per_service"),
    )


def _write_default_provider_per_service(value: Any) -> Any:
    if isinstance(
        value, _models.UpdateOrganizationRequestDefaultProviderPerServiceType0
    ):
        return write_model(value)
    return value


_SHAPE = Shape(
    "UpdateOrganizationRequest",
    {
        "base_harness_id": Field(
            "base_harness_id",
            None,
            None,
            False,
        ),
        "default_harness_id": Field(
            "default_harness_id",
            None,
            None,
            False,
        ),
        "default_harness_name": Field(
            "default_harness_name",
            None,
            None,
            False,
        ),
        "default_model_id": Field(
            "default_model_id",
            None,
            None,
            False,
        ),
        "default_provider_per_service": Field(
            "default_provider_per_service",
            _read_default_provider_per_service,
            _write_default_provider_per_service,
            False,
        ),
        "name": Field(
            "name",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
UpdateOrganizationRequest._shape = _SHAPE
