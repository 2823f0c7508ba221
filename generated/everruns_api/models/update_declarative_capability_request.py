from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_declarative_capability_request_definition import (
        UpdateDeclarativeCapabilityRequestDefinition,
    )


T = TypeVar("T", bound="UpdateDeclarativeCapabilityRequest")


@_attrs_define
class UpdateDeclarativeCapabilityRequest:
    """
    Attributes:
        definition (UpdateDeclarativeCapabilityRequestDefinition | Unset):
        status (None | str | Unset):
    """

    definition: UpdateDeclarativeCapabilityRequestDefinition | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definition is not UNSET:
            field_dict["definition"] = definition
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_declarative_capability_request_definition import (
            UpdateDeclarativeCapabilityRequestDefinition,
        )

        d = dict(src_dict)
        _definition = d.pop("definition", UNSET)
        definition: UpdateDeclarativeCapabilityRequestDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = UpdateDeclarativeCapabilityRequestDefinition.from_dict(
                _definition
            )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_declarative_capability_request = cls(
            definition=definition,
            status=status,
        )

        update_declarative_capability_request.additional_properties = d
        return update_declarative_capability_request

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
