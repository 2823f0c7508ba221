from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_prompt_cache_info import LlmPromptCacheInfo
    from ..models.llm_request_options_metadata import LlmRequestOptionsMetadata
    from ..models.llm_request_options_provider_options import (
        LlmRequestOptionsProviderOptions,
    )
    from ..models.llm_tool_search_info import LlmToolSearchInfo


T = TypeVar("T", bound="LlmRequestOptions")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.llm_prompt_cache_info import LlmPromptCacheInfo
        from ..models.llm_tool_search_info import LlmToolSearchInfo

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        prompt_cache: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache, Unset):
            prompt_cache = UNSET
        elif isinstance(self.prompt_cache, LlmPromptCacheInfo):
            prompt_cache = self.prompt_cache.to_dict()
        else:
            prompt_cache = self.prompt_cache

        provider_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_options, Unset):
            provider_options = self.provider_options.to_dict()

        tool_search: dict[str, Any] | None | Unset
        if isinstance(self.tool_search, Unset):
            tool_search = UNSET
        elif isinstance(self.tool_search, LlmToolSearchInfo):
            tool_search = self.tool_search.to_dict()
        else:
            tool_search = self.tool_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt_cache is not UNSET:
            field_dict["prompt_cache"] = prompt_cache
        if provider_options is not UNSET:
            field_dict["provider_options"] = provider_options
        if tool_search is not UNSET:
            field_dict["tool_search"] = tool_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.llm_prompt_cache_info import LlmPromptCacheInfo
        from ..models.llm_request_options_metadata import LlmRequestOptionsMetadata
        from ..models.llm_request_options_provider_options import (
            LlmRequestOptionsProviderOptions,
        )
        from ..models.llm_tool_search_info import LlmToolSearchInfo

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: LlmRequestOptionsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LlmRequestOptionsMetadata.from_dict(_metadata)

        def _parse_prompt_cache(data: object) -> LlmPromptCacheInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_type_1 = LlmPromptCacheInfo.from_dict(data)

                return prompt_cache_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmPromptCacheInfo | None | Unset, data)

        prompt_cache = _parse_prompt_cache(d.pop("prompt_cache", UNSET))

        _provider_options = d.pop("provider_options", UNSET)
        provider_options: LlmRequestOptionsProviderOptions | Unset
        if isinstance(_provider_options, Unset):
            provider_options = UNSET
        else:
            provider_options = LlmRequestOptionsProviderOptions.from_dict(
                _provider_options
            )

        def _parse_tool_search(data: object) -> LlmToolSearchInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_search_type_1 = LlmToolSearchInfo.from_dict(data)

                return tool_search_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmToolSearchInfo | None | Unset, data)

        tool_search = _parse_tool_search(d.pop("tool_search", UNSET))

        llm_request_options = cls(
            metadata=metadata,
            prompt_cache=prompt_cache,
            provider_options=provider_options,
            tool_search=tool_search,
        )

        llm_request_options.additional_properties = d
        return llm_request_options

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
