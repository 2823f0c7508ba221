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
    read_nested,
    write_enum,
    write_fields,
    write_model,
)
from ..models.session_sandbox_status_value import SessionSandboxStatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_session_sandbox_response_metadata import (
        GetSessionSandboxResponseMetadata,
    )


@_attrs_define
class GetSessionSandboxResponse:
    """
    Attributes:
        configured (bool):
        exists (bool):
        created_at (None | str | Unset):
        display_name (None | str | Unset):
        external_id (None | str | Unset):
        init_completed_at (None | str | Unset):
        last_init_error (None | str | Unset):
        metadata (GetSessionSandboxResponseMetadata | Unset):
        provider (None | str | Unset):
        session_status (None | SessionSandboxStatusValue | Unset):
        updated_at (None | str | Unset):
        workspace_path (None | str | Unset):
    """

    configured: bool
    exists: bool
    created_at: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    init_completed_at: None | str | Unset = UNSET
    last_init_error: None | str | Unset = UNSET
    metadata: GetSessionSandboxResponseMetadata | Unset = UNSET
    provider: None | str | Unset = UNSET
    session_status: None | SessionSandboxStatusValue | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    workspace_path: None | str | Unset = UNSET
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


def _read_metadata(data: Any) -> GetSessionSandboxResponseMetadata:
    return read_nested(_models.GetSessionSandboxResponseMetadata, data)


def _read_session_status(data: Any) -> None | SessionSandboxStatusValue:
    if data is None:
        return None
    if isinstance(data, str):
        try:
            return SessionSandboxStatusValue(data)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    raise TypeError(
        f"not a value of None | SessionSandboxStatusValue: {type(data).__name__}"
    )


def _write_session_status(value: Any) -> Any:
    if isinstance(value, SessionSandboxStatusValue):
        return write_enum(value)
    return value


_SHAPE = Shape(
    "GetSessionSandboxResponse",
    {
        "configured": Field(
            "configured",
            None,
            None,
            True,
        ),
        "exists": Field(
            "exists",
            None,
            None,
            True,
        ),
        "created_at": Field(
            "created_at",
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
        "external_id": Field(
            "external_id",
            None,
            None,
            False,
        ),
        "init_completed_at": Field(
            "init_completed_at",
            None,
            None,
            False,
        ),
        "last_init_error": Field(
            "last_init_error",
            None,
            None,
            False,
        ),
        "metadata": Field(
            "metadata",
            _read_metadata,
            write_model,
            False,
        ),
        "provider": Field(
            "provider",
            None,
            None,
            False,
        ),
        "session_status": Field(
            "session_status",
            _read_session_status,
            _write_session_status,
            False,
        ),
        "updated_at": Field(
            "updated_at",
            None,
            None,
            False,
        ),
        "workspace_path": Field(
            "workspace_path",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
GetSessionSandboxResponse._shape = _SHAPE
