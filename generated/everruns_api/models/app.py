from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self

from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._datetimes import parse_datetime
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    read_nested_list,
    unknown_kind,
    write_enum,
    write_fields,
    write_isoformat,
    write_model,
)
from ..models.agent_version_policy import AgentVersionPolicy
from ..models.app_status import AppStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_action import AllowedAction
    from ..models.app_channel import AppChannel
    from ..models.principal_summary import PrincipalSummary


@_attrs_define
class App:
    """
    Attributes:
        created_at (datetime.datetime):
        harness_id (str):
        id (str):
        name (str):
        owner_principal_id (str):
        status (AppStatus):
        updated_at (datetime.datetime):
        agent_id (None | str | Unset):
        agent_identity_id (None | str | Unset):
        agent_version_id (None | str | Unset):
        agent_version_policy (AgentVersionPolicy | Unset):
        allowed_actions (list[AllowedAction] | Unset):
        archived_at (datetime.datetime | None | Unset):
        channels (list[AppChannel] | Unset):
        deleted_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        effective_owner (None | PrincipalSummary | Unset):
        owner (None | PrincipalSummary | Unset):
        published_at (datetime.datetime | None | Unset):
        resolved_owner_user_id (None | Unset | UUID):
        self_url (str | Unset):
        ui_link (str | Unset):
        view_url (str | Unset):
    """

    created_at: datetime.datetime
    harness_id: str
    id: str
    name: str
    owner_principal_id: str
    status: AppStatus
    updated_at: datetime.datetime
    agent_id: None | str | Unset = UNSET
    agent_identity_id: None | str | Unset = UNSET
    agent_version_id: None | str | Unset = UNSET
    agent_version_policy: AgentVersionPolicy | Unset = UNSET
    allowed_actions: list[AllowedAction] | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    channels: list[AppChannel] | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    effective_owner: None | PrincipalSummary | Unset = UNSET
    owner: None | PrincipalSummary | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    resolved_owner_user_id: None | Unset | UUID = UNSET
    self_url: str | Unset = UNSET
    ui_link: str | Unset = UNSET
    view_url: str | Unset = UNSET
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


def _read_allowed_actions(data: Any) -> list[AllowedAction]:
    return read_nested_list(_models.AllowedAction, data)


def _write_allowed_actions(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_archived_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_archived_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_channels(data: Any) -> list[AppChannel]:
    return read_nested_list(_models.AppChannel, data)


def _write_channels(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_deleted_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_deleted_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_effective_owner(data: Any) -> None | PrincipalSummary:
    if data is None:
        return None
    if _models.PrincipalSummary._accepts(data):
        return read_nested(_models.PrincipalSummary, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.PrincipalSummary._accepts(data, strictly=False, alone=True):
        return read_nested(_models.PrincipalSummary, data)
    return cast("None | PrincipalSummary", unknown_kind(data, "App", "effective_owner"))


def _write_effective_owner(value: Any) -> Any:
    if isinstance(value, _models.PrincipalSummary):
        return write_model(value)
    return value


def _read_owner(data: Any) -> None | PrincipalSummary:
    if data is None:
        return None
    if _models.PrincipalSummary._accepts(data):
        return read_nested(_models.PrincipalSummary, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.PrincipalSummary._accepts(data, strictly=False, alone=True):
        return read_nested(_models.PrincipalSummary, data)
    return cast("None | PrincipalSummary", unknown_kind(data, "App", "owner"))


def _write_owner(value: Any) -> Any:
    if isinstance(value, _models.PrincipalSummary):
        return write_model(value)
    return value


def _read_published_at(data: Any) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of datetime.datetime | None: {type(data).__name__}")


def _write_published_at(value: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return write_isoformat(value)
    return value


def _read_resolved_owner_user_id(data: Any) -> None | UUID:
    if isinstance(data, str):
        try:
            return UUID(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    if data is None:
        return None
    raise TypeError(f"not a value of None | UUID: {type(data).__name__}")


def _write_resolved_owner_user_id(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    return value


_SHAPE = Shape(
    "App",
    {
        "created_at": Field(
            "created_at",
            parse_datetime,
            write_isoformat,
            True,
        ),
        "harness_id": Field(
            "harness_id",
            None,
            None,
            True,
        ),
        "id": Field(
            "id",
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
        "owner_principal_id": Field(
            "owner_principal_id",
            None,
            None,
            True,
        ),
        "status": Field(
            "status",
            AppStatus,
            write_enum,
            True,
        ),
        "updated_at": Field(
            "updated_at",
            parse_datetime,
            write_isoformat,
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
        "allowed_actions": Field(
            "allowed_actions",
            _read_allowed_actions,
            _write_allowed_actions,
            False,
        ),
        "archived_at": Field(
            "archived_at",
            _read_archived_at,
            _write_archived_at,
            False,
        ),
        "channels": Field(
            "channels",
            _read_channels,
            _write_channels,
            False,
        ),
        "deleted_at": Field(
            "deleted_at",
            _read_deleted_at,
            _write_deleted_at,
            False,
        ),
        "description": Field(
            "description",
            None,
            None,
            False,
        ),
        "effective_owner": Field(
            "effective_owner",
            _read_effective_owner,
            _write_effective_owner,
            False,
        ),
        "owner": Field(
            "owner",
            _read_owner,
            _write_owner,
            False,
        ),
        "published_at": Field(
            "published_at",
            _read_published_at,
            _write_published_at,
            False,
        ),
        "resolved_owner_user_id": Field(
            "resolved_owner_user_id",
            _read_resolved_owner_user_id,
            _write_resolved_owner_user_id,
            False,
        ),
        "self_url": Field(
            "self_url",
            None,
            None,
            False,
        ),
        "ui_link": Field(
            "ui_link",
            None,
            None,
            False,
        ),
        "view_url": Field(
            "view_url",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
App._shape = _SHAPE
