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
    from ..models.controls import Controls
    from ..models.create_message_request_metadata_type_0 import (
        CreateMessageRequestMetadataType0,
    )
    from ..models.external_actor import ExternalActor
    from ..models.input_message import InputMessage


@_attrs_define
class CreateMessageRequest:
    """
    Attributes:
        message (InputMessage):
        addressed_participant_id (None | str | Unset):
        controls (Controls | None | Unset):
        external_actor (ExternalActor | None | Unset):
        metadata (CreateMessageRequestMetadataType0 | None | Unset):
        tags (list[str] | None | Unset):
    """

    message: InputMessage
    addressed_participant_id: None | str | Unset = UNSET
    controls: Controls | None | Unset = UNSET
    external_actor: ExternalActor | None | Unset = UNSET
    metadata: CreateMessageRequestMetadataType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
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


def _read_message(data: Any) -> InputMessage:
    return read_nested(_models.InputMessage, data)


def _read_controls(data: Any) -> Controls | None:
    if data is None:
        return None
    if _models.Controls._accepts(data):
        return read_nested(_models.Controls, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.Controls._accepts(data, strictly=False, alone=True):
        return read_nested(_models.Controls, data)
    return cast(
        "Controls | None", unknown_kind(data, "CreateMessageRequest", "controls")
    )


def _write_controls(value: Any) -> Any:
    if isinstance(value, _models.Controls):
        return write_model(value)
    return value


def _read_external_actor(data: Any) -> ExternalActor | None:
    if data is None:
        return None
    if _models.ExternalActor._accepts(data):
        return read_nested(_models.ExternalActor, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.ExternalActor._accepts(data, strictly=False, alone=True):
        return read_nested(_models.ExternalActor, data)
    return cast(
        "ExternalActor | None",
        unknown_kind(data, "CreateMessageRequest", "external_actor"),
    )


def _write_external_actor(value: Any) -> Any:
    if isinstance(value, _models.ExternalActor):
        return write_model(value)
    return value


def _read_metadata(data: Any) -> CreateMessageRequestMetadataType0 | None:
    if _models.CreateMessageRequestMetadataType0._accepts(data):
        return read_nested(_models.CreateMessageRequestMetadataType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.CreateMessageRequestMetadataType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.CreateMessageRequestMetadataType0, data)
    return cast(
        "CreateMessageRequestMetadataType0 | None",
        unknown_kind(data, "CreateMessageRequest", "metadata"),
    )


def _write_metadata(value: Any) -> Any:
    if isinstance(value, _models.CreateMessageRequestMetadataType0):
        return write_model(value)
    return value


_SHAPE = Shape(
    "CreateMessageRequest",
    {
        "message": Field(
            "message",
            _read_message,
            write_model,
            True,
        ),
        "addressed_participant_id": Field(
            "addressed_participant_id",
            None,
            None,
            False,
        ),
        "controls": Field(
            "controls",
            _read_controls,
            _write_controls,
            False,
        ),
        "external_actor": Field(
            "external_actor",
            _read_external_actor,
            _write_external_actor,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            _write_metadata,
            False,
        ),
        "tags": Field(
            "tags",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
CreateMessageRequest._shape = _SHAPE
