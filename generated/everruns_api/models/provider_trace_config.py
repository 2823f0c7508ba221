from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderTraceConfig")


@_attrs_define
class ProviderTraceConfig:
    """
    Attributes:
        enabled (bool):
        generation_url_template (None | str | Unset):
        session_url_template (None | str | Unset):
    """

    enabled: bool
    generation_url_template: None | str | Unset = UNSET
    session_url_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        generation_url_template: None | str | Unset
        if isinstance(self.generation_url_template, Unset):
            generation_url_template = UNSET
        else:
            generation_url_template = self.generation_url_template

        session_url_template: None | str | Unset
        if isinstance(self.session_url_template, Unset):
            session_url_template = UNSET
        else:
            session_url_template = self.session_url_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if generation_url_template is not UNSET:
            field_dict["generation_url_template"] = generation_url_template
        if session_url_template is not UNSET:
            field_dict["session_url_template"] = session_url_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_generation_url_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_url_template = _parse_generation_url_template(
            d.pop("generation_url_template", UNSET)
        )

        def _parse_session_url_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_url_template = _parse_session_url_template(
            d.pop("session_url_template", UNSET)
        )

        provider_trace_config = cls(
            enabled=enabled,
            generation_url_template=generation_url_template,
            session_url_template=session_url_template,
        )

        provider_trace_config.additional_properties = d
        return provider_trace_config

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
