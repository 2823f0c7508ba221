from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_owner_type import PaymentOwnerType
from ..models.payment_rail import PaymentRail
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentAccount")


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

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        label = self.label

        metadata = self.metadata

        organization_id = self.organization_id

        owner_id = self.owner_id

        owner_type = self.owner_type.value

        rail = self.rail.value

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        public_address: None | str | Unset
        if isinstance(self.public_address, Unset):
            public_address = UNSET
        else:
            public_address = self.public_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "label": label,
                "metadata": metadata,
                "organization_id": organization_id,
                "owner_id": owner_id,
                "owner_type": owner_type,
                "rail": rail,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if public_address is not UNSET:
            field_dict["public_address"] = public_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        label = d.pop("label")

        metadata = d.pop("metadata")

        organization_id = d.pop("organization_id")

        owner_id = d.pop("owner_id")

        owner_type = PaymentOwnerType(d.pop("owner_type"))

        rail = PaymentRail(d.pop("rail"))

        status = PaymentStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_public_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_address = _parse_public_address(d.pop("public_address", UNSET))

        payment_account = cls(
            created_at=created_at,
            id=id,
            label=label,
            metadata=metadata,
            organization_id=organization_id,
            owner_id=owner_id,
            owner_type=owner_type,
            rail=rail,
            status=status,
            updated_at=updated_at,
            public_address=public_address,
        )

        payment_account.additional_properties = d
        return payment_account

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
