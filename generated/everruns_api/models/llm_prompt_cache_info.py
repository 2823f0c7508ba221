from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_strategy import PromptCacheStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmPromptCacheInfo")


@_attrs_define
class LlmPromptCacheInfo:
    """
    Attributes:
        enabled (bool):
        strategy (PromptCacheStrategy):
        provider_mode (None | str | Unset):
    """

    enabled: bool
    strategy: PromptCacheStrategy
    provider_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        strategy = self.strategy.value

        provider_mode: None | str | Unset
        if isinstance(self.provider_mode, Unset):
            provider_mode = UNSET
        else:
            provider_mode = self.provider_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "strategy": strategy,
            }
        )
        if provider_mode is not UNSET:
            field_dict["provider_mode"] = provider_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        strategy = PromptCacheStrategy(d.pop("strategy"))

        def _parse_provider_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_mode = _parse_provider_mode(d.pop("provider_mode", UNSET))

        llm_prompt_cache_info = cls(
            enabled=enabled,
            strategy=strategy,
            provider_mode=provider_mode,
        )

        llm_prompt_cache_info.additional_properties = d
        return llm_prompt_cache_info

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
