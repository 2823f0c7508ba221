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
    write_fields,
    write_isoformat,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_response_default_provider_per_service import (
        OrganizationResponseDefaultProviderPerService,
    )


@_attrs_define
class OrganizationResponse:
    """
    Attributes:
        created_at (datetime.datetime):
        default_provider_per_service (OrganizationResponseDefaultProviderPerService):
        id (str):
        name (str):
        updated_at (datetime.datetime):
        base_harness_id (None | str | Unset):
        default_harness_id (None | str | Unset):
        default_model_id (None | str | Unset):
        onboarding_completed_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    default_provider_per_service: OrganizationResponseDefaultProviderPerService
    id: str
    name: str
    updated_at: datetime.datetime
    base_harness_id: None | str | Unset = UNSET
    default_harness_id: None | str | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    onboarding_completed_at: datetime.datetime | None | Unset = UNSET
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
) -> OrganizationResponseDefaultProviderPerService:
    return read_nested(_models.OrganizationResponseDefaultProviderPerService, data)


def _read_onboarding_completed_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_onboarding_completed_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "OrganizationResponse",
    {
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "default_provider_per_service": Field(
            "default_provider_per_service",
            _read_default_provider_per_service,
            write_model,
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
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
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
        "default_model_id": Field(
            "default_model_id",
            None,
            None,
            False,
        ),
        "onboarding_completed_at": Field(
            "onboarding_completed_at",
            _read_onboarding_completed_at,
            _write_onboarding_completed_at,
            False,
        ),
    },
    tags=(),
    extras=True,
)
OrganizationResponse._shape = _SHAPE
