from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    write_enum,
    write_fields,
)
from ..models.side_effect_class import SideEffectClass
from ..types import UNSET, Unset


@_attrs_define
class ToolHints:
    """
    Attributes:
        capability_id (None | str | Unset):
        capability_name (None | str | Unset):
        concurrency_class (None | str | Unset):
        cpu_bound (bool | None | Unset):
        destructive (bool | None | Unset):
        idempotent (bool | None | Unset):
        long_running (bool | None | Unset):
        metadata (Any | Unset):
        narration_noun (None | str | Unset):
        open_world (bool | None | Unset):
        persist_output (bool | None | Unset):
        readonly (bool | None | Unset):
        requires_secrets (bool | None | Unset):
        side_effect_class (None | SideEffectClass | Unset):
        supports_background (bool | None | Unset):
    """

    capability_id: None | str | Unset = UNSET
    capability_name: None | str | Unset = UNSET
    concurrency_class: None | str | Unset = UNSET
    cpu_bound: bool | None | Unset = UNSET
    destructive: bool | None | Unset = UNSET
    idempotent: bool | None | Unset = UNSET
    long_running: bool | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    narration_noun: None | str | Unset = UNSET
    open_world: bool | None | Unset = UNSET
    persist_output: bool | None | Unset = UNSET
    readonly: bool | None | Unset = UNSET
    requires_secrets: bool | None | Unset = UNSET
    side_effect_class: None | SideEffectClass | Unset = UNSET
    supports_background: bool | None | Unset = UNSET
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


def _read_side_effect_class(data: Any) -> None | SideEffectClass:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return SideEffectClass(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of None | SideEffectClass: {type(data).__name__}")


def _write_side_effect_class(value: Any) -> Any:
    if isinstance(value, SideEffectClass):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "ToolHints",
    {
        "capability_id": Field(
            "capability_id",
            None,
            None,
            False,
        ),
        "capability_name": Field(
            "capability_name",
            None,
            None,
            False,
        ),
        "concurrency_class": Field(
            "concurrency_class",
            None,
            None,
            False,
        ),
        "cpu_bound": Field(
            "cpu_bound",
            None,
            None,
            False,
        ),
        "destructive": Field(
            "destructive",
            None,
            None,
            False,
        ),
        "idempotent": Field(
            "idempotent",
            None,
            None,
            False,
        ),
        "long_running": Field(
            "long_running",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            None,
            None,
            False,
        ),
        "narration_noun": Field(
            "narration_noun",
            None,
            None,
            False,
        ),
        "open_world": Field(
            "open_world",
            None,
            None,
            False,
        ),
        "persist_output": Field(
            "persist_output",
            None,
            None,
            False,
        ),
        "readonly": Field(
            "readonly",
            None,
            None,
            False,
        ),
        "requires_secrets": Field(
            "requires_secrets",
            None,
            None,
            False,
        ),
        "side_effect_class": Field(
            "side_effect_class",
            _read_side_effect_class,
            _write_side_effect_class,
            False,
        ),
        "supports_background": Field(
            "supports_background",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ToolHints._shape = _SHAPE
