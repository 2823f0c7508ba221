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
    from ..models.llm_compaction_info import LlmCompactionInfo
    from ..models.llm_request_options import LlmRequestOptions
    from ..models.llm_retry_info import LlmRetryInfo
    from ..models.token_usage import TokenUsage


@_attrs_define
class LlmGenerationMetadata:
    """
    Attributes:
        model (str):
        success (bool):
        compaction (LlmCompactionInfo | None | Unset):
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        finish_reasons (list[str] | None | Unset):
        provider (None | str | Unset):
        request_options (LlmRequestOptions | None | Unset):
        response_id (None | str | Unset):
        retry (LlmRetryInfo | None | Unset):
        time_to_first_token_ms (int | None | Unset):
        usage (None | TokenUsage | Unset):
    """

    model: str
    success: bool
    compaction: LlmCompactionInfo | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    finish_reasons: list[str] | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    request_options: LlmRequestOptions | None | Unset = UNSET
    response_id: None | str | Unset = UNSET
    retry: LlmRetryInfo | None | Unset = UNSET
    time_to_first_token_ms: int | None | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
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


def _read_compaction(data: Any) -> LlmCompactionInfo | None:
    if data is None:
        return None
    if _models.LlmCompactionInfo._accepts(data):
        return read_nested(_models.LlmCompactionInfo, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.LlmCompactionInfo._accepts(data, strictly=False, alone=True):
        return read_nested(_models.LlmCompactionInfo, data)
    return cast(
        "LlmCompactionInfo | None",
        unknown_kind(data, "LlmGenerationMetadata", "compaction"),
    )


def _write_compaction(value: Any) -> Any:
    if isinstance(value, _models.LlmCompactionInfo):
        return write_model(value)
    return value


def _read_request_options(data: Any) -> LlmRequestOptions | None:
    if data is None:
        return None
    if _models.LlmRequestOptions._accepts(data):
        return read_nested(_models.LlmRequestOptions, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.LlmRequestOptions._accepts(data, strictly=False, alone=True):
        return read_nested(_models.LlmRequestOptions, data)
    return cast(
        "LlmRequestOptions | None",
        unknown_kind(data, "LlmGenerationMetadata", "request_options"),
    )


def _write_request_options(value: Any) -> Any:
    if isinstance(value, _models.LlmRequestOptions):
        return write_model(value)
    return value


def _read_retry(data: Any) -> LlmRetryInfo | None:
    if data is None:
        return None
    if _models.LlmRetryInfo._accepts(data):
        return read_nested(_models.LlmRetryInfo, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.LlmRetryInfo._accepts(data, strictly=False, alone=True):
        return read_nested(_models.LlmRetryInfo, data)
    return cast(
        "LlmRetryInfo | None", unknown_kind(data, "LlmGenerationMetadata", "retry")
    )


def _write_retry(value: Any) -> Any:
    if isinstance(value, _models.LlmRetryInfo):
        return write_model(value)
    return value


def _read_usage(data: Any) -> None | TokenUsage:
    if data is None:
        return None
    if _models.TokenUsage._accepts(data):
        return read_nested(_models.TokenUsage, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.TokenUsage._accepts(data, strictly=False, alone=True):
        return read_nested(_models.TokenUsage, data)
    return cast(
        "None | TokenUsage", unknown_kind(data, "LlmGenerationMetadata", "usage")
    )


def _write_usage(value: Any) -> Any:
    if isinstance(value, _models.TokenUsage):
        return write_model(value)
    return value


_SHAPE = Shape(
    "LlmGenerationMetadata",
    {
        "model": Field(
            "model",
            None,
            None,
            True,
        ),
        "success": Field(
            "success",
            None,
            None,
            True,
        ),
        "compaction": Field(
            "compaction",
            _read_compaction,
            _write_compaction,
            False,
        ),
        "duration_ms": Field(
            "duration_ms",
            None,
            None,
            False,
        ),
        "error": Field(
            "error",
            None,
            None,
            False,
        ),
        "finish_reasons": Field(
            "finish_reasons",
            None,
            None,
            False,
        ),
        "provider": Field(
            "provider",
            None,
            None,
            False,
        ),
        "request_options": Field(
            "request_options",
            _read_request_options,
            _write_request_options,
            False,
        ),
        "response_id": Field(
            "response_id",
            None,
            None,
            False,
        ),
        "retry": Field(
            "retry",
            _read_retry,
            _write_retry,
            False,
        ),
        "time_to_first_token_ms": Field(
            "time_to_first_token_ms",
            None,
            None,
            False,
        ),
        "usage": Field(
            "usage",
            _read_usage,
            _write_usage,
            False,
        ),
    },
    tags=(),
    extras=True,
)
LlmGenerationMetadata._shape = _SHAPE
