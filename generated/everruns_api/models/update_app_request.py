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
from ..models.agent_version_policy import AgentVersionPolicy
from ..models.app_status import AppStatus
from ..types import UNSET, Unset


@_attrs_define
class UpdateAppRequest:
    """
    Attributes:
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | None | Unset):
        description (None | str | Unset):
        harness_id (None | str | Unset):
        name (None | str | Unset):
        status (AppStatus | None | Unset):
    """

    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | None | Unset = UNSET
    description: None | str | Unset = UNSET
    harness_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: AppStatus | None | Unset = UNSET
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


def _read_agent_version_policy(data: Any) -> AgentVersionPolicy | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return AgentVersionPolicy(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of AgentVersionPolicy | None: {type(data).__name__}")


def _write_agent_version_policy(value: Any) -> Any:
    if isinstance(value, AgentVersionPolicy):
        return write_enum(value)
    return value


def _read_status(data: Any) -> AppStatus | None:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return AppStatus(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(f"not a value of AppStatus | None: {type(data).__name__}")


def _write_status(value: Any) -> Any:
    if isinstance(value, AppStatus):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "UpdateAppRequest",
    {
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
            _read_agent_version_policy,
            _write_agent_version_policy,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "harness_id": Field(
            "harness_id",
            None,
            None,
            False,
        ),
        "name": Field(
            "name",
            None,
            None,
            False,
        ),
        "status": Field(
            "status",
            _read_status,
            _write_status,
            False,
        ),
    },
    tags=(),
    extras=True,
)
UpdateAppRequest._shape = _SHAPE
