from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_rail import PaymentRail
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPolicy")


@_attrs_define
class PaymentPolicy:
    """
    Attributes:
        allowed_capabilities (list[str]):
        allowed_hosts (list[str]):
        created_at (datetime.datetime):
        id (str):
        metadata (Any):
        organization_id (str):
        payment_account_id (str):
        rail_preference (list[PaymentRail]):
        status (PaymentStatus):
        subject_id (str):
        subject_type (str):
        updated_at (datetime.datetime):
        max_amount_usd_per_day (float | None | Unset):
        max_amount_usd_per_request (float | None | Unset):
        max_amount_usd_per_turn (float | None | Unset):
        require_approval_above_usd (float | None | Unset):
    """

    allowed_capabilities: list[str]
    allowed_hosts: list[str]
    created_at: datetime.datetime
    id: str
    metadata: Any
    organization_id: str
    payment_account_id: str
    rail_preference: list[PaymentRail]
    status: PaymentStatus
    subject_id: str
    subject_type: str
    updated_at: datetime.datetime
    max_amount_usd_per_day: float | None | Unset = UNSET
    max_amount_usd_per_request: float | None | Unset = UNSET
    max_amount_usd_per_turn: float | None | Unset = UNSET
    require_approval_above_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_capabilities = self.allowed_capabilities

        allowed_hosts = self.allowed_hosts

        created_at = self.created_at.isoformat()

        id = self.id

        metadata = self.metadata

        organization_id = self.organization_id

        payment_account_id = self.payment_account_id

        rail_preference = []
        for rail_preference_item_data in self.rail_preference:
            rail_preference_item = rail_preference_item_data.value
            rail_preference.append(rail_preference_item)

        status = self.status.value

        subject_id = self.subject_id

        subject_type = self.subject_type

        updated_at = self.updated_at.isoformat()

        max_amount_usd_per_day: float | None | Unset
        if isinstance(self.max_amount_usd_per_day, Unset):
            max_amount_usd_per_day = UNSET
        else:
            max_amount_usd_per_day = self.max_amount_usd_per_day

        max_amount_usd_per_request: float | None | Unset
        if isinstance(self.max_amount_usd_per_request, Unset):
            max_amount_usd_per_request = UNSET
        else:
            max_amount_usd_per_request = self.max_amount_usd_per_request

        max_amount_usd_per_turn: float | None | Unset
        if isinstance(self.max_amount_usd_per_turn, Unset):
            max_amount_usd_per_turn = UNSET
        else:
            max_amount_usd_per_turn = self.max_amount_usd_per_turn

        require_approval_above_usd: float | None | Unset
        if isinstance(self.require_approval_above_usd, Unset):
            require_approval_above_usd = UNSET
        else:
            require_approval_above_usd = self.require_approval_above_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_capabilities": allowed_capabilities,
                "allowed_hosts": allowed_hosts,
                "created_at": created_at,
                "id": id,
                "metadata": metadata,
                "organization_id": organization_id,
                "payment_account_id": payment_account_id,
                "rail_preference": rail_preference,
                "status": status,
                "subject_id": subject_id,
                "subject_type": subject_type,
                "updated_at": updated_at,
            }
        )
        if max_amount_usd_per_day is not UNSET:
            field_dict["max_amount_usd_per_day"] = max_amount_usd_per_day
        if max_amount_usd_per_request is not UNSET:
            field_dict["max_amount_usd_per_request"] = max_amount_usd_per_request
        if max_amount_usd_per_turn is not UNSET:
            field_dict["max_amount_usd_per_turn"] = max_amount_usd_per_turn
        if require_approval_above_usd is not UNSET:
            field_dict["require_approval_above_usd"] = require_approval_above_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        allowed_capabilities = cast(list[str], d.pop("allowed_capabilities"))

        allowed_hosts = cast(list[str], d.pop("allowed_hosts"))

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        metadata = d.pop("metadata")

        organization_id = d.pop("organization_id")

        payment_account_id = d.pop("payment_account_id")

        rail_preference = []
        _rail_preference = d.pop("rail_preference")
        for rail_preference_item_data in _rail_preference:
            rail_preference_item = PaymentRail(rail_preference_item_data)

            rail_preference.append(rail_preference_item)

        status = PaymentStatus(d.pop("status"))

        subject_id = d.pop("subject_id")

        subject_type = d.pop("subject_type")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_max_amount_usd_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_amount_usd_per_day = _parse_max_amount_usd_per_day(
            d.pop("max_amount_usd_per_day", UNSET)
        )

        def _parse_max_amount_usd_per_request(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_amount_usd_per_request = _parse_max_amount_usd_per_request(
            d.pop("max_amount_usd_per_request", UNSET)
        )

        def _parse_max_amount_usd_per_turn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_amount_usd_per_turn = _parse_max_amount_usd_per_turn(
            d.pop("max_amount_usd_per_turn", UNSET)
        )

        def _parse_require_approval_above_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        require_approval_above_usd = _parse_require_approval_above_usd(
            d.pop("require_approval_above_usd", UNSET)
        )

        payment_policy = cls(
            allowed_capabilities=allowed_capabilities,
            allowed_hosts=allowed_hosts,
            created_at=created_at,
            id=id,
            metadata=metadata,
            organization_id=organization_id,
            payment_account_id=payment_account_id,
            rail_preference=rail_preference,
            status=status,
            subject_id=subject_id,
            subject_type=subject_type,
            updated_at=updated_at,
            max_amount_usd_per_day=max_amount_usd_per_day,
            max_amount_usd_per_request=max_amount_usd_per_request,
            max_amount_usd_per_turn=max_amount_usd_per_turn,
            require_approval_above_usd=require_approval_above_usd,
        )

        payment_policy.additional_properties = d
        return payment_policy

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
