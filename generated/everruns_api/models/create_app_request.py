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
    write_enum,
    write_fields,
    write_model,
)
from ..models.agent_version_policy import AgentVersionPolicy
from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_app_request_channel_config_type_0 import (
        CreateAppRequestChannelConfigType0,
    )


@_attrs_define
class CreateAppRequest:
    """
    Attributes:
        harness_id (str):
        name (str):
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | Unset):
        channel_config (CreateAppRequestChannelConfigType0 | None | Unset):
        channel_type (ChannelType | None | Unset):
        description (None | str | Unset):
    """

    harness_id: str
    name: str
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | Unset = UNSET
    channel_config: CreateAppRequestChannelConfigType0 | None | Unset = UNSET
    channel_type: ChannelType | None | Unset = UNSET
    description: None | str | Unset = UNSET
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


def _read_channel_config(data: Any) -> CreateAppRequestChannelConfigType0 | None:
    if _models.CreateAppRequestChannelConfigType0._accepts(data):
        return read_nested(_models.CreateAppRequestChannelConfigType0, data)
    if data is None:
        return None
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.CreateAppRequestChannelConfigType0._accepts(
        data, strictly=False, alone=True
    ):
        return read_nested(_models.CreateAppRequestChannelConfigType0, data)
    return cast(
        "CreateAppRequestChannelConfigType0 | None",
        unknown_kind(data, "CreateAppRequest", "channel_config"),
    )


def _write_channel_config(value: Any) -> Any:
    if isinstance(value, _models.CreateAppRequestChannelConfigType0):
        return write_model(value)
    return value


def _read_channel_type(data: Any) -> ChannelType | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return ChannelType(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of ChannelType | None: {type(data).__name__}")


def _write_channel_type(value: Any) -> Any:
    if isinstance(value, ChannelType):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "CreateAppRequest",
    {
        "harness_id": Field(
            "harness_id",
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
        "agent_id": Field(
            "agent_id",
            None,
            None,
            False,
        ),
        "agent_identity_id": Field(
            "agent_identity_id",
            None,
            None,
            False,
        ),
        "agent_version_id": Field(
            "agent_version_id",
            None,
            None,
            False,
        ),
        "agent_version_policy": Field(
            "agent_version_policy",
            AgentVersionPolicy,
            write_enum,
            False,
        ),
        "channel_config": Field(
            "channel_config",
            _read_channel_config,
            _write_channel_config,
            False,
        ),
        "channel_type": Field(
            "channel_type",
            _read_channel_type,
            _write_channel_type,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
CreateAppRequest._shape = _SHAPE
