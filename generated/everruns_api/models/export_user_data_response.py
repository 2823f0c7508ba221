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

if TYPE_CHECKING:
    from ..models.exported_organization import ExportedOrganization
    from ..models.exported_personal_access_token import ExportedPersonalAccessToken
    from ..models.exported_user_profile import ExportedUserProfile


@_attrs_define
class ExportUserDataResponse:
    """
    Attributes:
        exported_at (datetime.datetime):
        organizations (list[ExportedOrganization]):
        personal_access_tokens (list[ExportedPersonalAccessToken]):
        user (ExportedUserProfile):
    """

    exported_at: datetime.datetime
    organizations: list[ExportedOrganization]
    personal_access_tokens: list[ExportedPersonalAccessToken]
    user: ExportedUserProfile
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


def _read_organizations(data: Any) -> list[ExportedOrganization]:
    return read_nested_list(_models.ExportedOrganization, data)


def _write_organizations(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_personal_access_tokens(data: Any) -> list[ExportedPersonalAccessToken]:
    return read_nested_list(_models.ExportedPersonalAccessToken, data)


def _write_personal_access_tokens(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_user(data: Any) -> ExportedUserProfile:
    return read_nested(_models.ExportedUserProfile, data)


_SHAPE = Shape(
    "ExportUserDataResponse",
    {
        "exported_at": Field(
            "exported_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "organizations": Field(
            "organizations",
            _read_organizations,
            _write_organizations,
            True,
        ),
        "personal_access_tokens": Field(
            "personal_access_tokens",
            _read_personal_access_tokens,
            _write_personal_access_tokens,
            True,
        ),
        "user": Field(
            "user",
            _read_user,
            write_model,
            True,
        ),
    },
    tags=(),
    extras=True,
)
ExportUserDataResponse._shape = _SHAPE
