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
    from ..models.allowed_action import AllowedAction
    from ..models.with_urls_declarative_capability_definition import (
        WithUrlsDeclarativeCapabilityDefinition,
    )


T = TypeVar("T", bound="WithUrlsDeclarativeCapability")


@_attrs_define
class WithUrlsDeclarativeCapability:
    """
    Attributes:
        capability_id (str):
        created_at (datetime.datetime):
        definition (WithUrlsDeclarativeCapabilityDefinition):
        description (str):
        id (str):
        name (str):
        status (str):
        updated_at (datetime.datetime):
        self_url (str):
        ui_link (str):
        view_url (str):
        archived_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        display_name (None | str | Unset):
        allowed_actions (list[AllowedAction] | Unset):
    """

    capability_id: str
    created_at: datetime.datetime
    definition: WithUrlsDeclarativeCapabilityDefinition
    description: str
    id: str
    name: str
    status: str
    updated_at: datetime.datetime
    self_url: str
    ui_link: str
    view_url: str
    archived_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capability_id = self.capability_id

        created_at = self.created_at.isoformat()

        definition = self.definition.to_dict()

        description = self.description

        id = self.id

        name = self.name

        status = self.status

        updated_at = self.updated_at.isoformat()

        self_url = self.self_url

        ui_link = self.ui_link

        view_url = self.view_url

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

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
                "capability_id": capability_id,
                "created_at": created_at,
                "definition": definition,
                "description": description,
                "id": id,
                "name": name,
                "status": status,
                "updated_at": updated_at,
                "self_url": self_url,
                "ui_link": ui_link,
                "view_url": view_url,
            }
        )
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if allowed_actions is not UNSET:
            field_dict["allowed_actions"] = allowed_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.allowed_action import AllowedAction
        from ..models.with_urls_declarative_capability_definition import (
            WithUrlsDeclarativeCapabilityDefinition,
        )

        d = dict(src_dict)
        capability_id = d.pop("capability_id")

        created_at = parse_datetime(d.pop("created_at"))

        definition = WithUrlsDeclarativeCapabilityDefinition.from_dict(
            d.pop("definition")
        )

        description = d.pop("description")

        id = d.pop("id")

        name = d.pop("name")

        status = d.pop("status")

        updated_at = parse_datetime(d.pop("updated_at"))

        self_url = d.pop("self_url")

        ui_link = d.pop("ui_link")

        view_url = d.pop("view_url")

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = parse_datetime(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = parse_datetime(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        _allowed_actions = d.pop("allowed_actions", UNSET)
        allowed_actions: list[AllowedAction] | Unset = UNSET
        if _allowed_actions is not UNSET:
            allowed_actions = []
            for allowed_actions_item_data in _allowed_actions:
                allowed_actions_item = AllowedAction.from_dict(
                    allowed_actions_item_data
                )

                allowed_actions.append(allowed_actions_item)

        with_urls_declarative_capability = cls(
            capability_id=capability_id,
            created_at=created_at,
            definition=definition,
            description=description,
            id=id,
            name=name,
            status=status,
            updated_at=updated_at,
            self_url=self_url,
            ui_link=ui_link,
            view_url=view_url,
            archived_at=archived_at,
            deleted_at=deleted_at,
            display_name=display_name,
            allowed_actions=allowed_actions,
        )

        with_urls_declarative_capability.additional_properties = d
        return with_urls_declarative_capability

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
