from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerEntry")


@_attrs_define
class LedgerEntry:
    """
    Attributes:
        amount (float):
        budget_id (str):
        created_at (datetime.datetime):
        id (str):
        meter_source (str):
        description (None | str | Unset):
        ref_id (None | str | Unset):
        ref_type (None | str | Unset):
        session_id (None | str | Unset):
    """

    amount: float
    budget_id: str
    created_at: datetime.datetime
    id: str
    meter_source: str
    description: None | str | Unset = UNSET
    ref_id: None | str | Unset = UNSET
    ref_type: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        budget_id = self.budget_id

        created_at = self.created_at.isoformat()

        id = self.id

        meter_source = self.meter_source

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        ref_id: None | str | Unset
        if isinstance(self.ref_id, Unset):
            ref_id = UNSET
        else:
            ref_id = self.ref_id

        ref_type: None | str | Unset
        if isinstance(self.ref_type, Unset):
            ref_type = UNSET
        else:
            ref_type = self.ref_type

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "budget_id": budget_id,
                "created_at": created_at,
                "id": id,
                "meter_source": meter_source,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if ref_id is not UNSET:
            field_dict["ref_id"] = ref_id
        if ref_type is not UNSET:
            field_dict["ref_type"] = ref_type
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        budget_id = d.pop("budget_id")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        meter_source = d.pop("meter_source")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ref_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_id = _parse_ref_id(d.pop("ref_id", UNSET))

        def _parse_ref_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_type = _parse_ref_type(d.pop("ref_type", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        ledger_entry = cls(
            amount=amount,
            budget_id=budget_id,
            created_at=created_at,
            id=id,
            meter_source=meter_source,
            description=description,
            ref_id=ref_id,
            ref_type=ref_type,
            session_id=session_id,
        )

        ledger_entry.additional_properties = d
        return ledger_entry

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
