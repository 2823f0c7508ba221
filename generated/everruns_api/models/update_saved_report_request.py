from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_query import ReportQuery
    from ..models.saved_report_dashboard_metadata import SavedReportDashboardMetadata


T = TypeVar("T", bound="UpdateSavedReportRequest")


@_attrs_define
class UpdateSavedReportRequest:
    """
    Attributes:
        dashboard (None | SavedReportDashboardMetadata | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
        query (ReportQuery | Unset):
    """

    dashboard: None | SavedReportDashboardMetadata | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    query: ReportQuery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_report_dashboard_metadata import (
            SavedReportDashboardMetadata,
        )

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_query import ReportQuery
        from ..models.saved_report_dashboard_metadata import (
            SavedReportDashboardMetadata,
        )

        d = dict(src_dict)

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _query = d.pop("query", UNSET)
        query: ReportQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = ReportQuery.from_dict(_query)

        update_saved_report_request = cls(
            dashboard=dashboard,
            description=description,
            name=name,
            query=query,
        )

        update_saved_report_request.additional_properties = d
        return update_saved_report_request

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
