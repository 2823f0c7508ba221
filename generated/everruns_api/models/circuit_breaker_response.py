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

T = TypeVar("T", bound="CircuitBreakerResponse")


@_attrs_define
class CircuitBreakerResponse:
    """
    Attributes:
        failure_count (int):
        key (str):
        state (str):
        success_count (int):
        updated_at (datetime.datetime):
        half_open_at (datetime.datetime | None | Unset):
        last_failure_at (datetime.datetime | None | Unset):
        opened_at (datetime.datetime | None | Unset):
    """

    failure_count: int
    key: str
    state: str
    success_count: int
    updated_at: datetime.datetime
    half_open_at: datetime.datetime | None | Unset = UNSET
    last_failure_at: datetime.datetime | None | Unset = UNSET
    opened_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_count = self.failure_count

        key = self.key

        state = self.state

        success_count = self.success_count

        updated_at = self.updated_at.isoformat()

        half_open_at: None | str | Unset
        if isinstance(self.half_open_at, Unset):
            half_open_at = UNSET
        elif isinstance(self.half_open_at, datetime.datetime):
            half_open_at = self.half_open_at.isoformat()
        else:
            half_open_at = self.half_open_at

        last_failure_at: None | str | Unset
        if isinstance(self.last_failure_at, Unset):
            last_failure_at = UNSET
        elif isinstance(self.last_failure_at, datetime.datetime):
            last_failure_at = self.last_failure_at.isoformat()
        else:
            last_failure_at = self.last_failure_at

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_count": failure_count,
                "key": key,
                "state": state,
                "success_count": success_count,
                "updated_at": updated_at,
            }
        )
        if half_open_at is not UNSET:
            field_dict["half_open_at"] = half_open_at
        if last_failure_at is not UNSET:
            field_dict["last_failure_at"] = last_failure_at
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        failure_count = d.pop("failure_count")

        key = d.pop("key")

        state = d.pop("state")

        success_count = d.pop("success_count")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_half_open_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                half_open_at_type_0 = parse_datetime(data)

                return half_open_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        half_open_at = _parse_half_open_at(d.pop("half_open_at", UNSET))

        def _parse_last_failure_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_failure_at_type_0 = parse_datetime(data)

                return last_failure_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_failure_at = _parse_last_failure_at(d.pop("last_failure_at", UNSET))

        def _parse_opened_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = parse_datetime(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        circuit_breaker_response = cls(
            failure_count=failure_count,
            key=key,
            state=state,
            success_count=success_count,
            updated_at=updated_at,
            half_open_at=half_open_at,
            last_failure_at=last_failure_at,
            opened_at=opened_at,
        )

        circuit_breaker_response.additional_properties = d
        return circuit_breaker_response

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
