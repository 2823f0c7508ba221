from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_stage import GuardrailStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_dry_run_request_config import GuardrailsDryRunRequestConfig


T = TypeVar("T", bound="GuardrailsDryRunRequest")


@_attrs_define
class GuardrailsDryRunRequest:
    """
    Attributes:
        config (GuardrailsDryRunRequestConfig):
        stage (GuardrailStage):
        text (str):
        tool_name (None | str | Unset):
    """

    config: GuardrailsDryRunRequestConfig
    stage: GuardrailStage
    text: str
    tool_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        stage = self.stage.value

        text = self.text

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "stage": stage,
                "text": text,
            }
        )
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guardrails_dry_run_request_config import (
            GuardrailsDryRunRequestConfig,
        )

        d = dict(src_dict)
        config = GuardrailsDryRunRequestConfig.from_dict(d.pop("config"))

        stage = GuardrailStage(d.pop("stage"))

        text = d.pop("text")

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("tool_name", UNSET))

        guardrails_dry_run_request = cls(
            config=config,
            stage=stage,
            text=text,
            tool_name=tool_name,
        )

        guardrails_dry_run_request.additional_properties = d
        return guardrails_dry_run_request

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
