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
    from ..models.model_metadata import ModelMetadata


@_attrs_define
class ReasonStartedData:
    """
    Attributes:
        harness_id (str):
        agent_id (None | str | Unset):
        metadata (ModelMetadata | None | Unset):
    """

    harness_id: str
    agent_id: None | str | Unset = UNSET
    metadata: ModelMetadata | None | Unset = UNSET
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


def _read_metadata(data: Any) -> ModelMetadata | None:
    if data is None:
        return None
    if _models.ModelMetadata._accepts(data):
        return read_nested(_models.ModelMetadata, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ModelMetadata._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ModelMetadata, data)
    return cast(
        "ModelMetadata | None", unknown_kind(data, "ReasonStartedData", "metadata")
    )


def _write_metadata(value: Any) -> Any:
    if isinstance(value, _models.ModelMetadata):
        return write_model(value)
    return value


_SHAPE = Shape(
    "ReasonStartedData",
    {
        "harness_id": Field(
            "harness_id",
            None,
            None,
            True,
        ),
        "agent_id": Field(
            "agent_id",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            _write_metadata,
            False,
        ),
    },
    tags=(),
    extras=True,
)
ReasonStartedData._shape = _SHAPE
