from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_status import ProviderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.provider_trace_config import ProviderTraceConfig


T = TypeVar("T", bound="WithUrlsProvider")


@_attrs_define
class WithUrlsProvider:
    """
    Attributes:
        api_key_set (bool):
        created_at (datetime.datetime):
        id (str):
        name (str):
        provider_type (str):
        status (ProviderStatus):
        updated_at (datetime.datetime):
        self_url (str):
        ui_link (str):
        view_url (str):
        base_url (None | str | Unset):
        last_synced_at (datetime.datetime | None | Unset):
        trace (None | ProviderTraceConfig | Unset):
        allowed_actions (list[AllowedAction] | Unset):
    """

    api_key_set: bool
    created_at: datetime.datetime
    id: str
    name: str
    provider_type: str
    status: ProviderStatus
    updated_at: datetime.datetime
    self_url: str
    ui_link: str
    view_url: str
    base_url: None | str | Unset = UNSET
    last_synced_at: datetime.datetime | None | Unset = UNSET
    trace: None | ProviderTraceConfig | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_trace_config import ProviderTraceConfig

        api_key_set = self.api_key_set

        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        provider_type = self.provider_type

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        self_url = self.self_url

        ui_link = self.ui_link

        view_url = self.view_url

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        last_synced_at: None | str | Unset
        if isinstance(self.last_synced_at, Unset):
            last_synced_at = UNSET
        elif isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        trace: dict[str, Any] | None | Unset
        if isinstance(self.trace, Unset):
            trace = UNSET
        elif isinstance(self.trace, ProviderTraceConfig):
            trace = self.trace.to_dict()
        else:
            trace = self.trace

        allowed_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_actions, Unset):
            allowed_actions = []
            for allowed_actions_item_data in self.allowed_actions:
                allowed_actions_item = allowed_actions_item_data.to_dict()
                allowed_actions.append(allowed_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_set": api_key_set,
                "created_at": created_at,
                "id": id,
                "name": name,
                "provider_type": provider_type,
                "status": status,
                "updated_at": updated_at,
                "self_url": self_url,
                "ui_link": ui_link,
                "view_url": view_url,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if last_synced_at is not UNSET:
            field_dict["last_synced_at"] = last_synced_at
        if trace is not UNSET:
            field_dict["trace"] = trace
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allowed_action import AllowedAction
        from ..models.provider_trace_config import ProviderTraceConfig

        d = dict(src_dict)
        api_key_set = d.pop("api_key_set")

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        provider_type = d.pop("provider_type")

        status = ProviderStatus(d.pop("status"))

        updated_at = parse_datetime(d.pop("updated_at"))

        self_url = d.pop("self_url")

        ui_link = d.pop("ui_link")

        view_url = d.pop("view_url")

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_last_synced_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_at_type_0 = parse_datetime(data)

                return last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at", UNSET))

        def _parse_trace(data: object) -> None | ProviderTraceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trace_type_1 = ProviderTraceConfig.from_dict(data)

                return trace_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderTraceConfig | Unset, data)

        trace = _parse_trace(d.pop("trace", UNSET))

        _allowed_actions = d.pop("allowed_actions", UNSET)
        allowed_actions: list[AllowedAction] | Unset = UNSET
        if _allowed_actions is not UNSET:
            allowed_actions = []
            for allowed_actions_item_data in _allowed_actions:
                allowed_actions_item = AllowedAction.from_dict(
                    allowed_actions_item_data
                )

                allowed_actions.append(allowed_actions_item)

        with_urls_provider = cls(
            api_key_set=api_key_set,
            created_at=created_at,
            id=id,
            name=name,
            provider_type=provider_type,
            status=status,
            updated_at=updated_at,
            self_url=self_url,
            ui_link=ui_link,
            view_url=view_url,
            base_url=base_url,
            last_synced_at=last_synced_at,
            trace=trace,
            allowed_actions=allowed_actions,
        )

        with_urls_provider.additional_properties = d
        return with_urls_provider

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
