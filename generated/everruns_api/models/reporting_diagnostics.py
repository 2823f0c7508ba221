from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_projector_lag import DatasetProjectorLag
    from ..models.reporting_outbox_diagnostics import ReportingOutboxDiagnostics


T = TypeVar("T", bound="ReportingDiagnostics")


@_attrs_define
class ReportingDiagnostics:
    """
    Attributes:
        generated_at (datetime.datetime):
        outbox (ReportingOutboxDiagnostics):
        projector_lag (list[DatasetProjectorLag]):
    """

    generated_at: datetime.datetime
    outbox: ReportingOutboxDiagnostics
    projector_lag: list[DatasetProjectorLag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_at = self.generated_at.isoformat()

        outbox = self.outbox.to_dict()

        projector_lag = []
        for projector_lag_item_data in self.projector_lag:
            projector_lag_item = projector_lag_item_data.to_dict()
            projector_lag.append(projector_lag_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_at": generated_at,
                "outbox": outbox,
                "projector_lag": projector_lag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_projector_lag import DatasetProjectorLag
        from ..models.reporting_outbox_diagnostics import ReportingOutboxDiagnostics

        d = dict(src_dict)
        generated_at = parse_datetime(d.pop("generated_at"))

        outbox = ReportingOutboxDiagnostics.from_dict(d.pop("outbox"))

        projector_lag = []
        _projector_lag = d.pop("projector_lag")
        for projector_lag_item_data in _projector_lag:
            projector_lag_item = DatasetProjectorLag.from_dict(projector_lag_item_data)

            projector_lag.append(projector_lag_item)

        reporting_diagnostics = cls(
            generated_at=generated_at,
            outbox=outbox,
            projector_lag=projector_lag,
        )

        reporting_diagnostics.additional_properties = d
        return reporting_diagnostics

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
