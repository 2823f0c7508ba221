from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentAccountRequest")


@_attrs_define
class CreatePaymentAccountRequest:
    """
    Attributes:
        label (str):
        owner_id (str):
        owner_type (str):
        rail (str):
        metadata (Any | Unset):
        private_key (None | str | Unset):
        public_address (None | str | Unset):
    """

    label: str
    owner_id: str
    owner_type: str
    rail: str
    metadata: Any | Unset = UNSET
    private_key: None | str | Unset = UNSET
    public_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        owner_id = self.owner_id

        owner_type = self.owner_type

        rail = self.rail

        metadata = self.metadata

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        public_address: None | str | Unset
        if isinstance(self.public_address, Unset):
            public_address = UNSET
        else:
            public_address = self.public_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "owner_id": owner_id,
                "owner_type": owner_type,
                "rail": rail,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if public_address is not UNSET:
            field_dict["public_address"] = public_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        owner_id = d.pop("owner_id")

        owner_type = d.pop("owner_type")

        rail = d.pop("rail")

        metadata = d.pop("metadata", UNSET)

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("private_key", UNSET))

        def _parse_public_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_address = _parse_public_address(d.pop("public_address", UNSET))

        create_payment_account_request = cls(
            label=label,
            owner_id=owner_id,
            owner_type=owner_type,
            rail=rail,
            metadata=metadata,
            private_key=private_key,
            public_address=public_address,
        )

        create_payment_account_request.additional_properties = d
        return create_payment_account_request

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
