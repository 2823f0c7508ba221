from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.turn_failed_data_error_fields_type_0 import (
        TurnFailedDataErrorFieldsType0,
    )


T = TypeVar("T", bound="TurnFailedData")


@_attrs_define
class TurnFailedData:
    """
    Attributes:
        error (str):
        turn_id (str):
        error_code (None | str | Unset):
        error_disclosure (None | str | Unset):
        error_fields (None | TurnFailedDataErrorFieldsType0 | Unset):
    """

    error: str
    turn_id: str
    error_code: None | str | Unset = UNSET
    error_disclosure: None | str | Unset = UNSET
    error_fields: None | TurnFailedDataErrorFieldsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.turn_failed_data_error_fields_type_0 import (
            TurnFailedDataErrorFieldsType0,
        )

        error = self.error

        turn_id = self.turn_id

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_disclosure: None | str | Unset
        if isinstance(self.error_disclosure, Unset):
            error_disclosure = UNSET
        else:
            error_disclosure = self.error_disclosure

        error_fields: dict[str, Any] | None | Unset
        if isinstance(self.error_fields, Unset):
            error_fields = UNSET
        elif isinstance(self.error_fields, TurnFailedDataErrorFieldsType0):
            error_fields = self.error_fields.to_dict()
        else:
            error_fields = self.error_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "turn_id": turn_id,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_disclosure is not UNSET:
            field_dict["error_disclosure"] = error_disclosure
        if error_fields is not UNSET:
            field_dict["error_fields"] = error_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.turn_failed_data_error_fields_type_0 import (
            TurnFailedDataErrorFieldsType0,
        )

        d = dict(src_dict)
        error = d.pop("error")

        turn_id = d.pop("turn_id")

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_disclosure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_disclosure = _parse_error_disclosure(d.pop("error_disclosure", UNSET))

        def _parse_error_fields(
            data: object,
        ) -> None | TurnFailedDataErrorFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_fields_type_0 = TurnFailedDataErrorFieldsType0.from_dict(data)

                return error_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnFailedDataErrorFieldsType0 | Unset, data)

        error_fields = _parse_error_fields(d.pop("error_fields", UNSET))

        turn_failed_data = cls(
            error=error,
            turn_id=turn_id,
            error_code=error_code,
            error_disclosure=error_disclosure,
            error_fields=error_fields,
        )

        turn_failed_data.additional_properties = d
        return turn_failed_data

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
