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
    from ..models.llm_prompt_cache_info import LlmPromptCacheInfo
    from ..models.llm_request_options_metadata import LlmRequestOptionsMetadata
    from ..models.llm_request_options_provider_options import (
        LlmRequestOptionsProviderOptions,
    )
    from ..models.llm_tool_search_info import LlmToolSearchInfo


@_attrs_define
class LlmRequestOptions:
    """
    Attributes:
        metadata (LlmRequestOptionsMetadata | Unset):
        prompt_cache (LlmPromptCacheInfo | None | Unset):
        provider_options (LlmRequestOptionsProviderOptions | Unset):
        tool_search (LlmToolSearchInfo | None | Unset):
    """

    metadata: LlmRequestOptionsMetadata | Unset = UNSET
    prompt_cache: LlmPromptCacheInfo | None | Unset = UNSET
    provider_options: LlmRequestOptionsProviderOptions | Unset = UNSET
    tool_search: LlmToolSearchInfo | None | Unset = UNSET
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


def _read_metadata(data: Any) -> LlmRequestOptionsMetadata:
    return read_nested(_models.LlmRequestOptionsMetadata, data)


def _read_prompt_cache(data: Any) -> LlmPromptCacheInfo | None:
    if data is None:
        return None
    if _models.LlmPromptCacheInfo._accepts(data):
        return read_nested(_models.LlmPromptCacheInfo, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.LlmPromptCacheInfo._accepts(data, strictly=False, alone=True):
        return read_nested(_models.LlmPromptCacheInfo, data)
    return cast(
        "LlmPromptCacheInfo | None",
        unknown_kind(data, "LlmRequestOptions", "prompt_cache"),
    )


def _write_prompt_cache(value: Any) -> Any:
    if isinstance(value, _models.LlmPromptCacheInfo):
        return write_model(value)
    return value


def _read_provider_options(data: Any) -> LlmRequestOptionsProviderOptions:
    return read_nested(_models.LlmRequestOptionsProviderOptions, data)


def _read_tool_search(data: Any) -> LlmToolSearchInfo | None:
    if data is None:
        return None
    if _models.LlmToolSearchInfo._accepts(data):
        return read_nested(_models.LlmToolSearchInfo, data)
    # A mapping short of a required field (a server older than this client) is still
    # the kind its tags name, or the one kind of object this value can be.
    if _models.LlmToolSearchInfo._accepts(data, strictly=False, alone=True):
        return read_nested(_models.LlmToolSearchInfo, data)
    return cast(
        "LlmToolSearchInfo | None",
        unknown_kind(data, "LlmRequestOptions", "tool_search"),
    )


def _write_tool_search(value: Any) -> Any:
    if isinstance(value, _models.LlmToolSearchInfo):
        return write_model(value)
    return value


_SHAPE = Shape(
    "LlmRequestOptions",
    {
        "metadata": Field(
            "metadata",
            _read_metadata,
            write_model,
            False,
        ),
        "prompt_cache": Field(
            "prompt_cache",
            _read_prompt_cache,
            _write_prompt_cache,
            False,
        ),
        "provider_options": Field(
            "provider_options",
            _read_provider_options,
            write_model,
            False,
        ),
        "tool_search": Field(
            "tool_search",
            _read_tool_search,
            _write_tool_search,
            False,
        ),
    },
    tags=(),
    extras=True,
)
LlmRequestOptions._shape = _SHAPE
