from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

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
    read_nested_list,
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_filter import ReportFilter
    from ..models.report_order_by import ReportOrderBy
    from ..models.report_time_range import ReportTimeRange


@_attrs_define
class ReportQuery:
    """
    Attributes:
        dataset (str):
        time_range (ReportTimeRange):
        dimensions (list[str] | Unset):
        filters (list[ReportFilter] | Unset):
        limit (int | Unset):
        measures (list[str] | Unset):
        order_by (list[ReportOrderBy] | Unset):
    """

    dataset: str
    time_range: ReportTimeRange
    dimensions: list[str] | Unset = UNSET
    filters: list[ReportFilter] | Unset = UNSET
    limit: int | Unset = UNSET
    measures: list[str] | Unset = UNSET
    order_by: list[ReportOrderBy] | Unset = UNSET
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


def _read_time_range(data: Any) -> ReportTimeRange:
    return read_nested(_models.ReportTimeRange, data)


def _read_filters(data: Any) -> list[ReportFilter]:
    return read_nested_list(_models.ReportFilter, data)


def _write_filters(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_order_by(data: Any) -> list[ReportOrderBy]:
    return read_nested_list(_models.ReportOrderBy, data)


def _write_order_by(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "ReportQuery",
    {
        "dataset": Field(
            "dataset",
            None,
            None,
            True,
        ),
        "time_range": Field(
            "time_range",
            _read_time_range,
            write_model,
            True,
        ),
        "dimensions": Field(
            "dimensions",
            None,
            None,
            False,
        ),
        "filters": Field(
            "filters",
            _read_filters,
            _write_filters,
            False,
        ),
        "limit": Field(
            "limit",
            None,
            None,
            False,
        ),
        "measures": Field(
            "measures",
            None,
            None,
            False,
        ),
        "order_by": Field(
            "order_by",
            _read_order_by,
            _write_order_by,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ReportQuery._shape = _SHAPE
