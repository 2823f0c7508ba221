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
    read_nested_list,
    unknown_kind,
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.context_report_contribution import ContextReportContribution
    from ..models.context_report_section import ContextReportSection
    from ..models.token_usage import TokenUsage


@_attrs_define
class SessionContextReport:
    """
    Attributes:
        contributions (list[ContextReportContribution]):
        estimated_input_tokens (int):
        model (str):
        sections (list[ContextReportSection]):
        session_id (str):
        context_window_tokens (int | None | Unset):
        cumulative_usage (None | TokenUsage | Unset):
    """

    contributions: list[ContextReportContribution]
    estimated_input_tokens: int
    model: str
    sections: list[ContextReportSection]
    session_id: str
    context_window_tokens: int | None | Unset = UNSET
    cumulative_usage: None | TokenUsage | Unset = UNSET
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


def _read_contributions(data: Any) -> list[ContextReportContribution]:
    return read_nested_list(_models.ContextReportContribution, data)


def _write_contributions(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_sections(data: Any) -> list[ContextReportSection]:
    return read_nested_list(_models.ContextReportSection, data)


def _write_sections(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_cumulative_usage(data: Any) -> None | TokenUsage:
    if data is None:
        return None
    if _models.TokenUsage._accepts(data):
        return read_nested(_models.TokenUsage, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TokenUsage._accepts(data, strictly=False, alone=True):
        return read_nested(_models.TokenUsage, data)
    return cast(
        "None | TokenUsage",
        unknown_kind(data, "SessionContextReport", "cumulative_usage"),
    )


def _write_cumulative_usage(value: Any) -> Any:
    if isinstance(value, _models.TokenUsage):
        return write_model(value)
    return value


_SHAPE = Shape(
    "SessionContextReport",
    {
        "contributions": Field(
            "contributions",
            _read_contributions,
            _write_contributions,
            True,
        ),
        "estimated_input_tokens": Field(
            "estimated_input_tokens",
            None,
            None,
            True,
        ),
        "model": Field(
            "model",
            None,
            None,
            True,
        ),
        "sections": Field(
            "sections",
            _read_sections,
            _write_sections,
            True,
        ),
        "session_id": Field(
            "session_id",
            None,
            None,
            True,
        ),
        "context_window_tokens": Field(
            "context_window_tokens",
            None,
            None,
            False,
        ),
        "cumulative_usage": Field(
            "cumulative_usage",
            _read_cumulative_usage,
            _write_cumulative_usage,
            False,
        ),
    },
    tags=(),
    extras=True,
)
SessionContextReport._shape = _SHAPE
