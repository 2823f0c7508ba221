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
    from ..models.controls_hints_type_0 import ControlsHintsType0
    from ..models.reasoning_config import ReasoningConfig


@_attrs_define
class Controls:
    """
    Attributes:
        error_disclosure (None | str | Unset):
        hints (ControlsHintsType0 | None | Unset):
        locale (None | str | Unset):
        model_id (None | str | Unset):
        reasoning (None | ReasoningConfig | Unset):
        speed (None | str | Unset):
        verbosity (None | str | Unset):
    """

    error_disclosure: None | str | Unset = UNSET
    hints: ControlsHintsType0 | None | Unset = UNSET
    locale: None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    speed: None | str | Unset = UNSET
    verbosity: None | str | Unset = UNSET
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


def _read_hints(data: Any) -> ControlsHintsType0 | None:
    if _models.ControlsHintsType0._accepts(data):
        return read_nested(_models.ControlsHintsType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ControlsHintsType0._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ControlsHintsType0, data)
    return cast("ControlsHintsType0 | None", unknown_kind(data, "Controls", "hints"))


def _write_hints(value: Any) -> Any:
    if isinstance(value, _models.ControlsHintsType0):
        return write_model(value)
    return value


def _read_reasoning(data: Any) -> None | ReasoningConfig:
    if data is None:
        return None
    if _models.ReasoningConfig._accepts(data):
        return read_nested(_models.ReasoningConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ReasoningConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ReasoningConfig, data)
    return cast("None | ReasoningConfig", unknown_kind(data, "Controls", "reasoning"))


def _write_reasoning(value: Any) -> Any:
    if isinstance(value, _models.ReasoningConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "Controls",
    {
        "error_disclosure": Field(
            "error_disclosure",
            None,
            None,
            False,
        ),
        "hints": Field(
            "hints",
            _read_hints,
            _write_hints,
            False,
        ),
        "locale": Field(
            "locale",
            None,
            None,
            False,
        ),
        "model_id": Field(
            "model_id",
            None,
            None,
            False,
        ),
        "reasoning": Field(
            "reasoning",
            _read_reasoning,
            _write_reasoning,
            False,
        ),
        "speed": Field(
            "speed",
            None,
            None,
            False,
        ),
        "verbosity": Field(
            "verbosity",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
Controls._shape = _SHAPE
