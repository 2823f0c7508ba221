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
    from ..models.model_cost import ModelCost
    from ..models.model_limits import ModelLimits
    from ..models.model_modalities import ModelModalities
    from ..models.reasoning_effort_config import ReasoningEffortConfig
    from ..models.speed_config import SpeedConfig
    from ..models.verbosity_config import VerbosityConfig


@_attrs_define
class ModelProfile:
    """
    Attributes:
        attachment (bool):
        family (str):
        name (str):
        open_weights (bool):
        reasoning (bool):
        structured_output (bool):
        temperature (bool):
        tool_call (bool):
        cost (ModelCost | None | Unset):
        description (None | str | Unset):
        knowledge (None | str | Unset):
        last_updated (None | str | Unset):
        limits (ModelLimits | None | Unset):
        modalities (ModelModalities | None | Unset):
        reasoning_effort (None | ReasoningEffortConfig | Unset):
        release_date (None | str | Unset):
        speed (None | SpeedConfig | Unset):
        supported_parameters (list[str] | Unset):
        supports_phases (bool | Unset):
        tool_search (bool | Unset):
        verbosity (None | Unset | VerbosityConfig):
    """

    attachment: bool
    family: str
    name: str
    open_weights: bool
    reasoning: bool
    structured_output: bool
    temperature: bool
    tool_call: bool
    cost: ModelCost | None | Unset = UNSET
    description: None | str | Unset = UNSET
    knowledge: None | str | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    limits: ModelLimits | None | Unset = UNSET
    modalities: ModelModalities | None | Unset = UNSET
    reasoning_effort: None | ReasoningEffortConfig | Unset = UNSET
    release_date: None | str | Unset = UNSET
    speed: None | SpeedConfig | Unset = UNSET
    supported_parameters: list[str] | Unset = UNSET
    supports_phases: bool | Unset = UNSET
    tool_search: bool | Unset = UNSET
    verbosity: None | Unset | VerbosityConfig = UNSET
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


def _read_cost(data: Any) -> ModelCost | None:
    if data is None:
        return None
    if _models.ModelCost._accepts(data):
        return read_nested(_models.ModelCost, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ModelCost._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ModelCost, data)
    return cast("ModelCost | None", unknown_kind(data, "ModelProfile", "cost"))


def _write_cost(value: Any) -> Any:
    if isinstance(value, _models.ModelCost):
        return write_model(value)
    return value


def _read_limits(data: Any) -> ModelLimits | None:
    if data is None:
        return None
    if _models.ModelLimits._accepts(data):
        return read_nested(_models.ModelLimits, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ModelLimits._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ModelLimits, data)
    return cast("ModelLimits | None", unknown_kind(data, "ModelProfile", "limits"))


def _write_limits(value: Any) -> Any:
    if isinstance(value, _models.ModelLimits):
        return write_model(value)
    return value


def _read_modalities(data: Any) -> ModelModalities | None:
    if data is None:
        return None
    if _models.ModelModalities._accepts(data):
        return read_nested(_models.ModelModalities, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ModelModalities._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ModelModalities, data)
    return cast(
        "ModelModalities | None", unknown_kind(data, "ModelProfile", "modalities")
    )


def _write_modalities(value: Any) -> Any:
    if isinstance(value, _models.ModelModalities):
        return write_model(value)
    return value


def _read_reasoning_effort(data: Any) -> None | ReasoningEffortConfig:
    if data is None:
        return None
    if _models.ReasoningEffortConfig._accepts(data):
        return read_nested(_models.ReasoningEffortConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ReasoningEffortConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ReasoningEffortConfig, data)
    return cast(
        "None | ReasoningEffortConfig",
        unknown_kind(data, "ModelProfile", "reasoning_effort"),
    )


def _write_reasoning_effort(value: Any) -> Any:
    if isinstance(value, _models.ReasoningEffortConfig):
        return write_model(value)
    return value


def _read_speed(data: Any) -> None | SpeedConfig:
    if data is None:
        return None
    if _models.SpeedConfig._accepts(data):
        return read_nested(_models.SpeedConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.SpeedConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.SpeedConfig, data)
    return cast("None | SpeedConfig", unknown_kind(data, "ModelProfile", "speed"))


def _write_speed(value: Any) -> Any:
    if isinstance(value, _models.SpeedConfig):
        return write_model(value)
    return value


def _read_verbosity(data: Any) -> None | VerbosityConfig:
    if data is None:
        return None
    if _models.VerbosityConfig._accepts(data):
        return read_nested(_models.VerbosityConfig, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.VerbosityConfig._accepts(data, strictly=False, alone=True):
        return read_nested(_models.VerbosityConfig, data)
    return cast(
        "None | VerbosityConfig", unknown_kind(data, "ModelProfile", "verbosity")
    )


def _write_verbosity(value: Any) -> Any:
    if isinstance(value, _models.VerbosityConfig):
        return write_model(value)
    return value


_SHAPE = Shape(
    "ModelProfile",
    {
        "attachment": Field(
            "attachment",
            None,
            None,
            True,
        ),
        "family": Field(
            "family",
            None,
            None,
            True,
        ),
        "name": Field(
            "name",
            None,
            None,
            True,
        ),
        "open_weights": Field(
            "open_weights",
            None,
            None,
            True,
        ),
        "reasoning": Field(
            "reasoning",
            None,
            None,
            True,
        ),
        "structured_output": Field(
            "structured_output",
            None,
            None,
            True,
        ),
        "temperature": Field(
            "temperature",
            None,
            None,
            True,
        ),
        "tool_call": Field(
            "tool_call",
            None,
            None,
            True,
        ),
        "cost": Field(
            "cost",
            _read_cost,
            _write_cost,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "knowledge": Field(
            "knowledge",
            None,
            None,
            False,
        ),
        "last_updated": Field(
            "last_updated",
            None,
            None,
            False,
        ),
        "limits": Field(
            "limits",
            _read_limits,
            _write_limits,
            False,
        ),
        "modalities": Field(
            "modalities",
            _read_modalities,
            _write_modalities,
            False,
        ),
        "reasoning_effort": Field(
            "reasoning_effort",
            _read_reasoning_effort,
            _write_reasoning_effort,
            False,
        ),
        "release_date": Field(
            "release_date",
            None,
            None,
            False,
        ),
        "speed": Field(
            "speed",
            _read_speed,
            _write_speed,
            False,
        ),
        "supported_parameters": Field(
            "supported_parameters",
            None,
            None,
            False,
        ),
        "supports_phases": Field(
            "supports_phases",
            None,
            None,
            False,
        ),
        "tool_search": Field(
            "tool_search",
            None,
            None,
            False,
        ),
        "verbosity": Field(
            "verbosity",
            _read_verbosity,
            _write_verbosity,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ModelProfile._shape = _SHAPE
