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
    read_nested_list,
    write_fields,
    write_model,
)

if TYPE_CHECKING:
    from ..models.session_facet_count import SessionFacetCount


@_attrs_define
class SessionFacets:
    """
    Attributes:
        active_now (int):
        by_activity (list[SessionFacetCount]):
        by_agent (list[SessionFacetCount]):
        by_source (list[SessionFacetCount]):
        failed_today (int):
        p95_duration_ms (int):
        tokens_today (int):
        total (int):
    """

    active_now: int
    by_activity: list[SessionFacetCount]
    by_agent: list[SessionFacetCount]
    by_source: list[SessionFacetCount]
    failed_today: int
    p95_duration_ms: int
    tokens_today: int
    total: int
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


def _read_by_activity(data: Any) -> list[SessionFacetCount]:
    return read_nested_list(_models.SessionFacetCount, data)


def _write_by_activity(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_by_agent(data: Any) -> list[SessionFacetCount]:
    return read_nested_list(_models.SessionFacetCount, data)


def _write_by_agent(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_by_source(data: Any) -> list[SessionFacetCount]:
    return read_nested_list(_models.SessionFacetCount, data)


def _write_by_source(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "SessionFacets",
    {
        "active_now": Field(
            "active_now",
            None,
            None,
            True,
        ),
        "by_activity": Field(
            "by_activity",
            _read_by_activity,
            _write_by_activity,
            True,
        ),
        "by_agent": Field(
            "by_agent",
            _read_by_agent,
            _write_by_agent,
            True,
        ),
        "by_source": Field(
            "by_source",
            _read_by_source,
            _write_by_source,
            True,
        ),
        "failed_today": Field(
            "failed_today",
            None,
            None,
            True,
        ),
        "p95_duration_ms": Field(
            "p95_duration_ms",
            None,
            None,
            True,
        ),
        "tokens_today": Field(
            "tokens_today",
            None,
            None,
            True,
        ),
        "total": Field(
            "total",
            None,
            None,
            True,
        ),
    },
    tags=(),
    extras=True,
)
SessionFacets._shape = _SHAPE
