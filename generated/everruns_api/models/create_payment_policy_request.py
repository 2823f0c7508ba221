from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentPolicyRequest")


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

    def to_dict(self) -> dict[str, Any]:
        payment_account_id = self.payment_account_id

        subject_id = self.subject_id

        subject_type = self.subject_type

        allowed_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.allowed_capabilities, Unset):
            allowed_capabilities = self.allowed_capabilities

        allowed_hosts: list[str] | Unset = UNSET
        if not isinstance(self.allowed_hosts, Unset):
            allowed_hosts = self.allowed_hosts

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

        metadata = self.metadata

        rail_preference: list[str] | Unset = UNSET
        if not isinstance(self.rail_preference, Unset):
            rail_preference = self.rail_preference

        require_approval_above_usd: float | None | Unset
        if isinstance(self.require_approval_above_usd, Unset):
            require_approval_above_usd = UNSET
        else:
            require_approval_above_usd = self.require_approval_above_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_account_id": payment_account_id,
                "subject_id": subject_id,
                "subject_type": subject_type,
            }
        )
        if allowed_capabilities is not UNSET:
            field_dict["allowed_capabilities"] = allowed_capabilities
        if allowed_hosts is not UNSET:
            field_dict["allowed_hosts"] = allowed_hosts
        if max_amount_usd_per_day is not UNSET:
            field_dict["max_amount_usd_per_day"] = max_amount_usd_per_day
        if max_amount_usd_per_request is not UNSET:
            field_dict["max_amount_usd_per_request"] = max_amount_usd_per_request
        if max_amount_usd_per_turn is not UNSET:
            field_dict["max_amount_usd_per_turn"] = max_amount_usd_per_turn
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if rail_preference is not UNSET:
            field_dict["rail_preference"] = rail_preference
        if require_approval_above_usd is not UNSET:
            field_dict["require_approval_above_usd"] = require_approval_above_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_account_id = d.pop("payment_account_id")

        subject_id = d.pop("subject_id")

        subject_type = d.pop("subject_type")

        allowed_capabilities = cast(list[str], d.pop("allowed_capabilities", UNSET))

        allowed_hosts = cast(list[str], d.pop("allowed_hosts", UNSET))

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

        metadata = d.pop("metadata", UNSET)

        rail_preference = cast(list[str], d.pop("rail_preference", UNSET))

        def _parse_require_approval_above_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        require_approval_above_usd = _parse_require_approval_above_usd(
            d.pop("require_approval_above_usd", UNSET)
        )

        create_payment_policy_request = cls(
            payment_account_id=payment_account_id,
            subject_id=subject_id,
            subject_type=subject_type,
            allowed_capabilities=allowed_capabilities,
            allowed_hosts=allowed_hosts,
            max_amount_usd_per_day=max_amount_usd_per_day,
            max_amount_usd_per_request=max_amount_usd_per_request,
            max_amount_usd_per_turn=max_amount_usd_per_turn,
            metadata=metadata,
            rail_preference=rail_preference,
            require_approval_above_usd=require_approval_above_usd,
        )

        create_payment_policy_request.additional_properties = d
        return create_payment_policy_request

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
