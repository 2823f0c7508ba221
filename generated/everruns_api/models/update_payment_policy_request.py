from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePaymentPolicyRequest")


@_attrs_define
class UpdatePaymentPolicyRequest:
    """
    Attributes:
        allowed_capabilities (list[str] | None | Unset):
        allowed_hosts (list[str] | None | Unset):
        max_amount_usd_per_day (float | None | Unset):
        max_amount_usd_per_request (float | None | Unset):
        max_amount_usd_per_turn (float | None | Unset):
        metadata (Any | Unset):
        rail_preference (list[str] | None | Unset):
        require_approval_above_usd (float | None | Unset):
        status (None | str | Unset):
    """

    allowed_capabilities: list[str] | None | Unset = UNSET
    allowed_hosts: list[str] | None | Unset = UNSET
    max_amount_usd_per_day: float | None | Unset = UNSET
    max_amount_usd_per_request: float | None | Unset = UNSET
    max_amount_usd_per_turn: float | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    rail_preference: list[str] | None | Unset = UNSET
    require_approval_above_usd: float | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_capabilities: list[str] | None | Unset
        if isinstance(self.allowed_capabilities, Unset):
            allowed_capabilities = UNSET
        elif isinstance(self.allowed_capabilities, list):
            allowed_capabilities = self.allowed_capabilities

        else:
            allowed_capabilities = self.allowed_capabilities

        allowed_hosts: list[str] | None | Unset
        if isinstance(self.allowed_hosts, Unset):
            allowed_hosts = UNSET
        elif isinstance(self.allowed_hosts, list):
            allowed_hosts = self.allowed_hosts

        else:
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

        rail_preference: list[str] | None | Unset
        if isinstance(self.rail_preference, Unset):
            rail_preference = UNSET
        elif isinstance(self.rail_preference, list):
            rail_preference = self.rail_preference

        else:
            rail_preference = self.rail_preference

        require_approval_above_usd: float | None | Unset
        if isinstance(self.require_approval_above_usd, Unset):
            require_approval_above_usd = UNSET
        else:
            require_approval_above_usd = self.require_approval_above_usd

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_allowed_capabilities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_capabilities_type_0 = cast(list[str], data)

                return allowed_capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_capabilities = _parse_allowed_capabilities(
            d.pop("allowed_capabilities", UNSET)
        )

        def _parse_allowed_hosts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_hosts_type_0 = cast(list[str], data)

                return allowed_hosts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_hosts = _parse_allowed_hosts(d.pop("allowed_hosts", UNSET))

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

        def _parse_rail_preference(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rail_preference_type_0 = cast(list[str], data)

                return rail_preference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rail_preference = _parse_rail_preference(d.pop("rail_preference", UNSET))

        def _parse_require_approval_above_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        require_approval_above_usd = _parse_require_approval_above_usd(
            d.pop("require_approval_above_usd", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_payment_policy_request = cls(
            allowed_capabilities=allowed_capabilities,
            allowed_hosts=allowed_hosts,
            max_amount_usd_per_day=max_amount_usd_per_day,
            max_amount_usd_per_request=max_amount_usd_per_request,
            max_amount_usd_per_turn=max_amount_usd_per_turn,
            metadata=metadata,
            rail_preference=rail_preference,
            require_approval_above_usd=require_approval_above_usd,
            status=status,
        )

        update_payment_policy_request.additional_properties = d
        return update_payment_policy_request

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
