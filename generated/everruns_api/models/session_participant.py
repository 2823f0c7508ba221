from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    write_enum,
    write_fields,
    write_isoformat,
)
from ..models.session_participant_kind import SessionParticipantKind
from ..models.session_participant_role import SessionParticipantRole
from ..types import UNSET, Unset


@_attrs_define
class SessionParticipant:
    """
    Attributes:
        id (str):
        joined_at (datetime.datetime):
        kind (SessionParticipantKind):
        principal_id (str):
        role (SessionParticipantRole):
        session_id (str):
        agent_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        display_name (None | str | Unset):
        left_at (datetime.datetime | None | Unset):
    """

    id: str
    joined_at: datetime.datetime
    kind: SessionParticipantKind
    principal_id: str
    role: SessionParticipantRole
    session_id: str
    agent_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    left_at: datetime.datetime | None | Unset = UNSET
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


def _read_left_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_left_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


_SHAPE = Shape(
    "SessionParticipant",
    {
        "id": Field(
            "id",
            None,
            None,
            True,
        ),
        "joined_at": Field(
            "joined_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "kind": Field(
            "kind",
            SessionParticipantKind,
            write_enum,
            True,
        ),
        "principal_id": Field(
            "principal_id",
            None,
            None,
            True,
        ),
        "role": Field(
            "role",
            SessionParticipantRole,
            write_enum,
            True,
        ),
        "session_id": Field(
            "session_id",
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
        "agent_version_id": Field(
            "agent_version_id",
            None,
            None,
            False,
        ),
        "display_name": Field(
            "display_name",
            None,
            None,
            False,
        ),
        "left_at": Field(
            "left_at",
            _read_left_at,
            _write_left_at,
            False,
        ),
    },
    tags=(),
    extras=True,
)
SessionParticipant._shape = _SHAPE
