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

T = TypeVar("T", bound="PaymentAttempt")


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

    def to_dict(self) -> dict[str, Any]:
        amount_usd = self.amount_usd

        capability = self.capability

        created_at = self.created_at.isoformat()

        currency = self.currency

        id = self.id

        operation = self.operation

        organization_id = self.organization_id

        receipt = self.receipt

        status = self.status.value

        target_url = self.target_url

        updated_at = self.updated_at.isoformat()

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        payment_account_id: None | str | Unset
        if isinstance(self.payment_account_id, Unset):
            payment_account_id = UNSET
        else:
            payment_account_id = self.payment_account_id

        rail: None | str | Unset
        if isinstance(self.rail, Unset):
            rail = UNSET
        elif isinstance(self.rail, PaymentRail):
            rail = self.rail.value
        else:
            rail = self.rail

        request_hash: None | str | Unset
        if isinstance(self.request_hash, Unset):
            request_hash = UNSET
        else:
            request_hash = self.request_hash

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_usd": amount_usd,
                "capability": capability,
                "created_at": created_at,
                "currency": currency,
                "id": id,
                "operation": operation,
                "organization_id": organization_id,
                "receipt": receipt,
                "status": status,
                "target_url": target_url,
                "updated_at": updated_at,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if payment_account_id is not UNSET:
            field_dict["payment_account_id"] = payment_account_id
        if rail is not UNSET:
            field_dict["rail"] = rail
        if request_hash is not UNSET:
            field_dict["request_hash"] = request_hash
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_usd = d.pop("amount_usd")

        capability = d.pop("capability")

        created_at = parse_datetime(d.pop("created_at"))

        currency = d.pop("currency")

        id = d.pop("id")

        operation = d.pop("operation")

        organization_id = d.pop("organization_id")

        receipt = d.pop("receipt")

        status = PaymentStatus(d.pop("status"))

        target_url = d.pop("target_url")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_payment_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_account_id = _parse_payment_account_id(
            d.pop("payment_account_id", UNSET)
        )

        def _parse_rail(data: object) -> None | PaymentRail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rail_type_1 = PaymentRail(data)

                return rail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentRail | Unset, data)

        rail = _parse_rail(d.pop("rail", UNSET))

        def _parse_request_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_hash = _parse_request_hash(d.pop("request_hash", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        payment_attempt = cls(
            amount_usd=amount_usd,
            capability=capability,
            created_at=created_at,
            currency=currency,
            id=id,
            operation=operation,
            organization_id=organization_id,
            receipt=receipt,
            status=status,
            target_url=target_url,
            updated_at=updated_at,
            error_message=error_message,
            payment_account_id=payment_account_id,
            rail=rail,
            request_hash=request_hash,
            session_id=session_id,
        )

        payment_attempt.additional_properties = d
        return payment_attempt

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
