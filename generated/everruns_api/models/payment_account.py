from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
)
from ..models.payment_owner_type import PaymentOwnerType
from ..models.payment_rail import PaymentRail
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset


@_attrs_define
class PaymentAccount:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        label (str):
        metadata (Any):
        organization_id (str):
        owner_id (str):
        owner_type (PaymentOwnerType):
        rail (PaymentRail):
        status (PaymentStatus):
        updated_at (datetime.datetime):
        public_address (None | str | Unset):
    """

    created_at: datetime.datetime
    id: str
    label: str
    metadata: Any
    organization_id: str
    owner_id: str
    owner_type: PaymentOwnerType
    rail: PaymentRail
    status: PaymentStatus
    updated_at: datetime.datetime
    public_address: None | str | Unset = UNSET
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


_SHAPE = Shape(
    "PaymentAccount",
    {
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
        "label": Field(
            "label",
            None,
            None,
            True,
        ),
        "metadata": Field(
            "metadata",
            None,
            None,
            True,
        ),
        "organization_id": Field(
            "organization_id",
            None,
            None,
            True,
        ),
        "owner_id": Field(
            "owner_id",
            None,
            None,
            True,
        ),
        "owner_type": Field(
            "owner_type",
            PaymentOwnerType,
            write_enum,
            True,
        ),
        "rail": Field(
            "rail",
            PaymentRail,
            write_enum,
            True,
        ),
        "status": Field(
            "status",
            PaymentStatus,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "public_address": Field(
            "public_address",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
PaymentAccount._shape = _SHAPE
