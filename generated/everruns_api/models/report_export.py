from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_export_format import ReportExportFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportExport")


@_attrs_define
class ReportExport:
    """
    Attributes:
        as_of (datetime.datetime):
        content (str):
        content_type (str):
        filename (str):
        format_ (ReportExportFormat):
        freshness_lag_ms (int | None | Unset):
    """

    as_of: datetime.datetime
    content: str
    content_type: str
    filename: str
    format_: ReportExportFormat
    freshness_lag_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        content = self.content

        content_type = self.content_type

        filename = self.filename

        format_ = self.format_.value

        freshness_lag_ms: int | None | Unset
        if isinstance(self.freshness_lag_ms, Unset):
            freshness_lag_ms = UNSET
        else:
            freshness_lag_ms = self.freshness_lag_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "content": content,
                "content_type": content_type,
                "filename": filename,
                "format": format_,
            }
        )
        if freshness_lag_ms is not UNSET:
            field_dict["freshness_lag_ms"] = freshness_lag_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        as_of = parse_datetime(d.pop("as_of"))

        content = d.pop("content")

        content_type = d.pop("content_type")

        filename = d.pop("filename")

        format_ = ReportExportFormat(d.pop("format"))

        def _parse_freshness_lag_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        freshness_lag_ms = _parse_freshness_lag_ms(d.pop("freshness_lag_ms", UNSET))

        report_export = cls(
            as_of=as_of,
            content=content,
            content_type=content_type,
            filename=filename,
            format_=format_,
            freshness_lag_ms=freshness_lag_ms,
        )

        report_export.additional_properties = d
        return report_export

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
