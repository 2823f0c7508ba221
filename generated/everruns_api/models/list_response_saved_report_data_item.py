from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_query import ReportQuery
    from ..models.saved_report_dashboard_metadata import SavedReportDashboardMetadata


T = TypeVar("T", bound="ListResponseSavedReportDataItem")


@_attrs_define
class ListResponseSavedReportDataItem:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID):
        name (str):
        query (ReportQuery):
        updated_at (datetime.datetime):
        dashboard (None | SavedReportDashboardMetadata | Unset):
        description (None | str | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    name: str
    query: ReportQuery
    updated_at: datetime.datetime
    dashboard: None | SavedReportDashboardMetadata | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_report_dashboard_metadata import (
            SavedReportDashboardMetadata,
        )

        created_at = self.created_at.isoformat()

        id = str(self.id)

        name = self.name

        query = self.query.to_dict()

        updated_at = self.updated_at.isoformat()

        dashboard: dict[str, Any] | None | Unset
        if isinstance(self.dashboard, Unset):
            dashboard = UNSET
        elif isinstance(self.dashboard, SavedReportDashboardMetadata):
            dashboard = self.dashboard.to_dict()
        else:
            dashboard = self.dashboard

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "query": query,
                "updated_at": updated_at,
            }
        )
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_query import ReportQuery
        from ..models.saved_report_dashboard_metadata import (
            SavedReportDashboardMetadata,
        )

        d = dict(src_dict)
        created_at = parse_datetime(d.pop("created_at"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        query = ReportQuery.from_dict(d.pop("query"))

        updated_at = parse_datetime(d.pop("updated_at"))

        def _parse_dashboard(
            data: object,
        ) -> None | SavedReportDashboardMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dashboard_type_1 = SavedReportDashboardMetadata.from_dict(data)

                return dashboard_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavedReportDashboardMetadata | Unset, data)

        dashboard = _parse_dashboard(d.pop("dashboard", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        list_response_saved_report_data_item = cls(
            created_at=created_at,
            id=id,
            name=name,
            query=query,
            updated_at=updated_at,
            dashboard=dashboard,
            description=description,
        )

        list_response_saved_report_data_item.additional_properties = d
        return list_response_saved_report_data_item

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
