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
from ..models.payment_rail import PaymentRail
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset


@_attrs_define
class PaymentAttempt:
    """
    Attributes:
        amount_usd (float):
        capability (str):
        created_at (datetime.datetime):
        currency (str):
        id (str):
        operation (str):
        organization_id (str):
        receipt (Any):
        status (PaymentStatus):
        target_url (str):
        updated_at (datetime.datetime):
        error_message (None | str | Unset):
        payment_account_id (None | str | Unset):
        rail (None | PaymentRail | Unset):
        request_hash (None | str | Unset):
        session_id (None | str | Unset):
    """

    amount_usd: float
    capability: str
    created_at: datetime.datetime
    currency: str
    id: str
    operation: str
    organization_id: str
    receipt: Any
    status: PaymentStatus
    target_url: str
    updated_at: datetime.datetime
    error_message: None | str | Unset = UNSET
    payment_account_id: None | str | Unset = UNSET
    rail: None | PaymentRail | Unset = UNSET
    request_hash: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
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


def _read_rail(data: Any) -> None | PaymentRail:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return PaymentRail(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of None | PaymentRail: {type(data).__name__}")


def _write_rail(value: Any) -> Any:
    if isinstance(value, PaymentRail):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "PaymentAttempt",
    {
        "amount_usd": Field(
            "amount_usd",
            None,
            None,
            True,
        ),
        "capability": Field(
            "capability",
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
        "currency": Field(
            "currency",
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
        "operation": Field(
            "operation",
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
        "receipt": Field(
            "receipt",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            PaymentStatus,
            write_enum,
            True,
        ),
        "target_url": Field(
            "target_url",
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
        "error_message": Field(
            "error_message",
            None,
            None,
            False,
        ),
        "payment_account_id": Field(
            "payment_account_id",
            None,
            None,
            False,
        ),
        "rail": Field(
            "rail",
            _read_rail,
            _write_rail,
            False,
        ),
        "request_hash": Field(
            "request_hash",
            None,
            None,
            False,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
PaymentAttempt._shape = _SHAPE
