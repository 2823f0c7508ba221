from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    unknown_kind,
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_query import ReportQuery
    from ..models.saved_report_dashboard_metadata import SavedReportDashboardMetadata


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
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

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


def _read_dashboard(data: Any) -> None | SavedReportDashboardMetadata:
    if data is None:
        return None
    if _models.SavedReportDashboardMetadata._accepts(data):
        return read_nested(_models.SavedReportDashboardMetadata, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.SavedReportDashboardMetadata._accepts(data, strictly=False, alone=True):
        return read_nested(_models.SavedReportDashboardMetadata, data)
    return cast(
        "None | SavedReportDashboardMetadata",
        unknown_kind(data, "UpdateSavedReportRequest", "dashboard"),
    )


def _write_dashboard(value: Any) -> Any:
    if isinstance(value, _models.SavedReportDashboardMetadata):
        return write_model(value)
    return value


def _read_query(data: Any) -> ReportQuery:
    return read_nested(_models.ReportQuery, data)


_SHAPE = Shape(
    "UpdateSavedReportRequest",
    {
        "dashboard": Field(
            "dashboard",
            _read_dashboard,
            _write_dashboard,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "name": Field(
            "name",
            None,
            None,
            False,
        ),
        "query": Field(
            "query",
            _read_query,
            write_model,
            False,
        ),
    },
    tags=(),
    extras=True,
)
UpdateSavedReportRequest._shape = _SHAPE
