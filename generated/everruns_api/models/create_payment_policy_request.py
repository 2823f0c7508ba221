from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    write_fields,
)
from ..types import UNSET, Unset


@_attrs_define
class CreatePaymentPolicyRequest:
    """
    Attributes:
        payment_account_id (str):
        subject_id (str):
        subject_type (str):
        allowed_capabilities (list[str] | Unset):
        allowed_hosts (list[str] | Unset):
        max_amount_usd_per_day (float | None | Unset):
        max_amount_usd_per_request (float | None | Unset):
        max_amount_usd_per_turn (float | None | Unset):
        metadata (Any | Unset):
        rail_preference (list[str] | Unset):
        require_approval_above_usd (float | None | Unset):
    """

    payment_account_id: str
    subject_id: str
    subject_type: str
    allowed_capabilities: list[str] | Unset = UNSET
    allowed_hosts: list[str] | Unset = UNSET
    max_amount_usd_per_day: float | None | Unset = UNSET
    max_amount_usd_per_request: float | None | Unset = UNSET
    max_amount_usd_per_turn: float | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    rail_preference: list[str] | Unset = UNSET
    require_approval_above_usd: float | None | Unset = UNSET
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
    "CreatePaymentPolicyRequest",
    {
        "payment_account_id": Field(
            "payment_account_id",
            None,
            None,
            True,
        ),
        "subject_id": Field(
            "subject_id",
            None,
            None,
            True,
        ),
        "subject_type": Field(
            "subject_type",
            None,
            None,
            True,
        ),
        "allowed_capabilities": Field(
            "allowed_capabilities",
            None,
            None,
            False,
        ),
        "allowed_hosts": Field(
            "allowed_hosts",
            None,
            None,
            False,
        ),
        "max_amount_usd_per_day": Field(
            "max_amount_usd_per_day",
            None,
            None,
            False,
        ),
        "max_amount_usd_per_request": Field(
            "max_amount_usd_per_request",
            None,
            None,
            False,
        ),
        "max_amount_usd_per_turn": Field(
            "max_amount_usd_per_turn",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            None,
            None,
            False,
        ),
        "rail_preference": Field(
            "rail_preference",
            None,
            None,
            False,
        ),
        "require_approval_above_usd": Field(
            "require_approval_above_usd",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
CreatePaymentPolicyRequest._shape = _SHAPE
