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

if TYPE_CHECKING:
    from ..models.list_response_organization_response_data_item_default_provider_per_service import (
        ListResponseOrganizationResponseDataItemDefaultProviderPerService,
    )


T = TypeVar("T", bound="ListResponseOrganizationResponseDataItem")


@_attrs_define
class ListResponseOrganizationResponseDataItem:
    """
    Attributes:
        created_at (datetime.datetime):
        default_provider_per_service (ListResponseOrganizationResponseDataItemDefaultProviderPerService):
        id (str):
        name (str):
        updated_at (datetime.datetime):
        base_harness_id (None | str | Unset):
        default_harness_id (None | str | Unset):
        default_model_id (None | str | Unset):
        onboarding_completed_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime
    default_provider_per_service: (
        ListResponseOrganizationResponseDataItemDefaultProviderPerService
    )
    id: str
    name: str
    updated_at: datetime.datetime
    base_harness_id: None | str | Unset = UNSET
    default_harness_id: None | str | Unset = UNSET
    default_model_id: None | str | Unset = UNSET
    onboarding_completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        default_provider_per_service = self.default_provider_per_service.to_dict()

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        base_harness_id: None | str | Unset
        if isinstance(self.base_harness_id, Unset):
            base_harness_id = UNSET
        else:
            base_harness_id = self.base_harness_id

        default_harness_id: None | str | Unset
        if isinstance(self.default_harness_id, Unset):
            default_harness_id = UNSET
        else:
            default_harness_id = self.default_harness_id

        default_model_id: None | str | Unset
        if isinstance(self.default_model_id, Unset):
            default_model_id = UNSET
        else:
            default_model_id = self.default_model_id

        onboarding_completed_at: None | str | Unset
        if isinstance(self.onboarding_completed_at, Unset):
            onboarding_completed_at = UNSET
        elif isinstance(self.onboarding_completed_at, datetime.datetime):
            onboarding_completed_at = self.onboarding_completed_at.isoformat()
        else:
            onboarding_completed_at = self.onboarding_completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "default_provider_per_service": default_provider_per_service,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )
        if base_harness_id is not UNSET:
            field_dict["base_harness_id"] = base_harness_id
        if default_harness_id is not UNSET:
            field_dict["default_harness_id"] = default_harness_id
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if onboarding_completed_at is not UNSET:
            field_dict["onboarding_completed_at"] = onboarding_completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_response_organization_response_data_item_default_provider_per_service import (
            ListResponseOrganizationResponseDataItemDefaultProviderPerService,
        )

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        default_provider_per_service = (
            ListResponseOrganizationResponseDataItemDefaultProviderPerService.from_dict(
                d.pop("default_provider_per_service")
            )
        )

        id = d.pop("id")

        name = d.pop("name")

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_base_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_harness_id = _parse_base_harness_id(d.pop("base_harness_id", UNSET))

        def _parse_default_harness_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_harness_id = _parse_default_harness_id(
            d.pop("default_harness_id", UNSET)
        )

        def _parse_default_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model_id = _parse_default_model_id(d.pop("default_model_id", UNSET))

        def _parse_onboarding_completed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                onboarding_completed_at_type_0 = parse_datetime(data)

                return onboarding_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        onboarding_completed_at = _parse_onboarding_completed_at(
            d.pop("onboarding_completed_at", UNSET)
        )

        list_response_organization_response_data_item = cls(
            created_at=created_at,
            default_provider_per_service=default_provider_per_service,
            id=id,
            name=name,
            updated_at=updated_at,
            base_harness_id=base_harness_id,
            default_harness_id=default_harness_id,
            default_model_id=default_model_id,
            onboarding_completed_at=onboarding_completed_at,
        )

        list_response_organization_response_data_item.additional_properties = d
        return list_response_organization_response_data_item

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
