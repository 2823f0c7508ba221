from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source import ModelSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction


T = TypeVar("T", bound="WithUrlsModel")


@_attrs_define
class WithUrlsModel:
    """
    Attributes:
        capabilities (list[str]):
        created_at (datetime.datetime):
        display_name (str):
        enabled (bool):
        id (str):
        is_favorite (bool):
        model_id (str):
        provider_id (str):
        source (ModelSource):
        updated_at (datetime.datetime):
        self_url (str):
        ui_link (str):
        view_url (str):
        allowed_actions (list[AllowedAction] | Unset):
    """

    capabilities: list[str]
    created_at: datetime.datetime
    display_name: str
    enabled: bool
    id: str
    is_favorite: bool
    model_id: str
    provider_id: str
    source: ModelSource
    updated_at: datetime.datetime
    self_url: str
    ui_link: str
    view_url: str
    allowed_actions: list[AllowedAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capabilities = self.capabilities

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        enabled = self.enabled

        id = self.id

        is_favorite = self.is_favorite

        model_id = self.model_id

        provider_id = self.provider_id

        source = self.source.value

        updated_at = self.updated_at.isoformat()

        self_url = self.self_url

        ui_link = self.ui_link

        view_url = self.view_url

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
                "capabilities": capabilities,
                "created_at": created_at,
                "display_name": display_name,
                "enabled": enabled,
                "id": id,
                "is_favorite": is_favorite,
                "model_id": model_id,
                "provider_id": provider_id,
                "source": source,
                "updated_at": updated_at,
                "self_url": self_url,
                "ui_link": ui_link,
                "view_url": view_url,
            }
        )
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allowed_action import AllowedAction

        d = dict(src_dict)
        capabilities = cast(list[str], d.pop("capabilities"))

        created_at = parse_datetime(d.pop("created_at"))

        display_name = d.pop("display_name")

        enabled = d.pop("enabled")

        id = d.pop("id")

        is_favorite = d.pop("is_favorite")

        model_id = d.pop("model_id")

        provider_id = d.pop("provider_id")

        source = ModelSource(d.pop("source"))

        updated_at = parse_datetime(d.pop("updated_at"))

        self_url = d.pop("self_url")

        ui_link = d.pop("ui_link")

        view_url = d.pop("view_url")

        _allowed_actions = d.pop("allowed_actions", UNSET)
        allowed_actions: list[AllowedAction] | Unset = UNSET
        if _allowed_actions is not UNSET:
            allowed_actions = []
            for allowed_actions_item_data in _allowed_actions:
                allowed_actions_item = AllowedAction.from_dict(
                    allowed_actions_item_data
                )

                allowed_actions.append(allowed_actions_item)

        with_urls_model = cls(
            capabilities=capabilities,
            created_at=created_at,
            display_name=display_name,
            enabled=enabled,
            id=id,
            is_favorite=is_favorite,
            model_id=model_id,
            provider_id=provider_id,
            source=source,
            updated_at=updated_at,
            self_url=self_url,
            ui_link=ui_link,
            view_url=view_url,
            allowed_actions=allowed_actions,
        )

        with_urls_model.additional_properties = d
        return with_urls_model

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
