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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compaction_step_data import CompactionStepData


@_attrs_define
class ContextCompactedData:
    """
    Attributes:
        duration_ms (int):
        messages_after (int):
        messages_before (int):
        strategy_used (str):
        bytes_after (int | None | Unset):
        bytes_before (int | None | Unset):
        checkpoint_id (None | str | Unset):
        steps (list[CompactionStepData] | Unset):
        tokens_after (int | None | Unset):
        tokens_before (int | None | Unset):
    """

    duration_ms: int
    messages_after: int
    messages_before: int
    strategy_used: str
    bytes_after: int | None | Unset = UNSET
    bytes_before: int | None | Unset = UNSET
    checkpoint_id: None | str | Unset = UNSET
    steps: list[CompactionStepData] | Unset = UNSET
    tokens_after: int | None | Unset = UNSET
    tokens_before: int | None | Unset = UNSET
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


def _read_steps(data: Any) -> list[CompactionStepData]:
    return read_nested_list(_models.CompactionStepData, data)


def _write_steps(value: Any) -> Any:
    return [write_model(item) for item in value]


_SHAPE = Shape(
    "ContextCompactedData",
    {
        "duration_ms": Field(
            "duration_ms",
            None,
            None,
            True,
        ),
        "messages_after": Field(
            "messages_after",
            None,
            None,
            True,
        ),
        "messages_before": Field(
            "messages_before",
            None,
            None,
            True,
        ),
        "strategy_used": Field(
            "strategy_used",
            None,
            None,
            True,
        ),
        "bytes_after": Field(
            "bytes_after",
            None,
            None,
            False,
        ),
        "bytes_before": Field(
            "bytes_before",
            None,
            None,
            False,
        ),
        "checkpoint_id": Field(
            "checkpoint_id",
            None,
            None,
            False,
        ),
        "steps": Field(
            "steps",
            _read_steps,
            _write_steps,
            False,
        ),
        "tokens_after": Field(
            "tokens_after",
            None,
            None,
            False,
        ),
        "tokens_before": Field(
            "tokens_before",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ContextCompactedData._shape = _SHAPE
