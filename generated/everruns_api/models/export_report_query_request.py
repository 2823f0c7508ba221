from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_export_format import ReportExportFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_query import ReportQuery


T = TypeVar("T", bound="ExportReportQueryRequest")


@_attrs_define
class ExportReportQueryRequest:
    """
    Attributes:
        query (ReportQuery):
        format_ (ReportExportFormat | Unset):
    """

    query: ReportQuery
    format_: ReportExportFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_query import ReportQuery

        d = dict(src_dict)
        query = ReportQuery.from_dict(d.pop("query"))

        _format_ = d.pop("format", UNSET)
        format_: ReportExportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ReportExportFormat(_format_)

        export_report_query_request = cls(
            query=query,
            format_=format_,
        )

        export_report_query_request.additional_properties = d
        return export_report_query_request

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
